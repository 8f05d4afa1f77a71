/** Sequence: which came first ("follows" vs "comes alongside", "before" vs "after", "first reported by X" vs Y). */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, type Passage } from './passage';
import { sameName } from './names';

const MARKERS: Array<[RegExp, string]> = [
  [/\bfirst reported by (?:the )?([A-Z][\w.&' -]{1,40}?)(?=[.,;]|$)/g, 'first'],
  [/\b(?:follows|followed|following|in the wake of|comes after|came after)\b/gi, 'after'],
  [/\b(?:precedes|preceded|ahead of|prior to|comes before|came before)\b/gi, 'before'],
  [/\b(?:comes alongside|alongside|coincides with|at the same time as|comes as|arrives as|came as|arrived as)\b/gi, 'same'],
];

interface Marker extends Piece {
  cls: string;
  who?: string;
}

function markers(p: Passage): Marker[] {
  return memo(p, 'sequence', findMarkers);
}

function findMarkers(p: Passage): Marker[] {
  const out: Marker[] = [];
  for (const [re, cls] of MARKERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.norm))) out.push({ text: p.text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length, cls, who: m[1] });
  }
  return out;
}

/** Different order of events, or a different first reporter. */
export function checkSequence(a: Passage, b: Passage): Finding | null {
  const ma = markers(a);
  const mb = markers(b);
  if (!ma.length || !mb.length) return null;
  const fa = ma.find((m) => m.cls === 'first');
  const fb = mb.find((m) => m.cls === 'first');
  if (fa && fb) {
    if (sameName(fa.who ?? '', fb.who ?? '')) return null;
    return { kind: 'sequence', a: [fa], b: [fb], summary: summarise([fa], [fb]), confidence: 0.8 };
  }
  const oa = ma.filter((m) => m.cls !== 'first');
  const ob = mb.filter((m) => m.cls !== 'first');
  // "Follows" against "comes alongside" is loose wording; only before against after is a real conflict.
  const conflict = oa.some((x) => ob.some((y) => (x.cls === 'before' && y.cls === 'after') || (x.cls === 'after' && y.cls === 'before')));
  if (!conflict) return null;
  return { kind: 'sequence', a: oa, b: ob, summary: summarise(oa, ob), confidence: 0.6 };
}
