/**
 * An amount denied on one side and granted on the other: "That effort had little practical impact" / "That push did
 * have a real practical impact", "gained little traction" / "gained significant traction". The two are tied by the
 * words of what is measured (the noun and a word before it or the verb that takes it), so no other context is needed.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { isNegator, span } from './modality';
import { memo, slot, type Passage, type Word } from './passage';
import { STOPWORDS } from '../text/stopwords';

/** Words that deny an amount of what follows ("little impact", "scant evidence"); "no" and "few" deny too much else ("no single lab", "no bad actor could"). */
const LITTLE = new Set(['little', 'scant', 'minimal', 'negligible']);
/** Content words after the denying word that name what is measured. */
const MEASURED = 3;
/** Words before the other side's phrase where a denial of its own would stand. */
const DENIAL_SPAN = 3;

const content = (w: Word | undefined) => !!w && !STOPWORDS.has(w.lower) && w.lower.length > 2 && !LITTLE.has(w.lower);

/** What a denying word at i measures: its content words' stems up to the noun, and the verb before it ("had", "gained"). */
function measured(p: Passage, i: number): { stems: string[]; last: number; verb: string | undefined } | null {
  const stems: string[] = [];
  let last = i;
  for (let k = i + 1; k < p.words.length && k <= i + MEASURED && content(p.words[k]); k++) {
    stems.push(p.words[k]!.stem);
    last = k;
  }
  if (!stems.length) return null;
  // The verb may stand before an article ("gained a little support" is read, and set aside, as "gained little").
  const before = p.words[i - 1]?.lower === 'a' ? p.words[i - 2] : p.words[i - 1];
  return { stems, last, verb: content(before) ? before!.stem : undefined };
}

/** Where y grants what x denies at i: the measured words together, with no denial of y's own before them. */
function grantedIn(x: Passage, i: number, y: Passage): { from: number; to: number } | null {
  const m = measured(x, i);
  if (!m) return null;
  const noun = m.stems[m.stems.length - 1]!;
  for (let j = 0; j < y.words.length; j++) {
    if (y.words[j]!.stem !== noun) continue;
    const from = Math.max(0, j - MEASURED - 2);
    const near = y.words.slice(from, j + 1);
    const shared = new Set(near.map((w) => w.stem).filter((s) => s === m.verb || m.stems.includes(s)));
    if (shared.size < 2) continue;
    const lead = y.words.slice(Math.max(0, j - MEASURED - DENIAL_SPAN), j);
    if (lead.some((w) => LITTLE.has(w.lower) || isNegator(w.lower) || w.lower === 'lack')) continue;
    return { from: from + near.findIndex((w) => shared.has(w.stem)), to: j };
  }
  return null;
}

const DENIALS_SLOT = slot();

/** Where a passage denies an amount ("little impact"; "a little" is some, not little), found once per passage. */
const denials = (p: Passage): number[] => memo(p, DENIALS_SLOT, (q) => q.words.flatMap((w, i) => (LITTLE.has(w.lower) && q.words[i - 1]?.lower !== 'a' ? [i] : [])));

/** One side says there was little or none of something the other says there was. */
export function checkDeniedAmount(a: Passage, b: Passage): Finding | null {
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    for (const i of denials(x)) {
      const w = x.words[i]!;
      // Quoted on both sides, the quote check reports it.
      const at = grantedIn(x, i, y);
      if (!at || (w.quoted && y.words[at.to]!.quoted)) continue;
      const px = [span(x, i, measured(x, i)!.last)];
      const py = [span(y, at.from, at.to)];
      const [pa, pb] = flip ? [py, px] : [px, py];
      return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}
