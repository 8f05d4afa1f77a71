/**
 * Swapped contrasts: "governments, not companies, should set the rules" on one side and "companies,
 * rather than governments, should set the rules" on the other. Each side puts the same two things in
 * opposite roles, so one outlet states the opposite of the other: reported as a negation.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, type Passage, type Word, slot } from './passage';
import { STOPWORDS } from '../text/stopwords';
import { DOCUMENT } from './party-kind';

// Memo slot of this file's extractor.
const CONTRASTS_SLOT = slot();

/** Words on each side of a contrast marker that name what is preferred and what is set aside. */
const SIDE = 2;

interface Contrast {
  /** Content stems of the thing preferred (before the marker) and the thing set aside (after it). */
  kept: Set<string>;
  dropped: Set<string>;
  droppedWords: Word[];
  span: Piece;
}

const content = (w: Word) => w.lower.length > 2 && !STOPWORDS.has(w.lower);

/** Up to SIDE content words next to position i, walking by `step`, within the clause. */
function side(p: Passage, from: number, step: 1 | -1): Word[] {
  const out: Word[] = [];
  for (let i = from; i >= 0 && i < p.words.length && out.length < SIDE; i += step) {
    const w = p.words[i]!;
    if (!content(w)) {
      if (out.length > 0) break;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** "X, not Y", "X rather than Y", "X instead of Y", with X and Y as content words. */
function contrasts(p: Passage): Contrast[] {
  return memo(p, CONTRASTS_SLOT, () => {
    const out: Contrast[] = [];
    const ws = p.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!.lower;
      let len = 0;
      // "not" contrasts only when set off by punctuation ("governments, not companies"), not as a verb's negation.
      // "not just the largest models" adds to a claim ("not only"), setting nothing aside.
      if (w === 'not' && i > 0 && /[,\u2014\u2013-]\s*$/.test(p.norm.slice(ws[i - 1]!.end, ws[i]!.start)) && !/^(?:just|only|merely|simply|least)$/.test(ws[i + 1]?.lower ?? '')) len = 1;
      else if (w === 'rather' && ws[i + 1]?.lower === 'than') len = 2;
      else if (w === 'instead' && ws[i + 1]?.lower === 'of') len = 2;
      if (!len) continue;
      const before = side(p, i - 1, -1);
      const after = side(p, i + len, 1);
      if (!before.length || !after.length) continue;
      const first = before[before.length - 1]!;
      const last = after[after.length - 1]!;
      out.push({
        kept: new Set(before.map((x) => x.stem)),
        dropped: new Set(after.map((x) => x.stem)),
        droppedWords: after,
        span: { text: p.text.slice(first.start, last.end), start: first.start, end: last.end },
      });
    }
    return out;
  });
}

const meets = (x: Set<string>, y: Set<string>) => [...x].some((s) => y.has(s));

/**
 * The same two things in opposite roles of a contrast on the two sides; with `oneSided` (the words a thing set aside
 * must have: 1 for pairs already on one point, 2 for merely related ones), also a thing the page sets aside that the
 * other side plainly states ("built on a closed model rather than open-source tools" / "conducted using open-source AI tools").
 */
export function checkContrast(a: Passage, b: Passage, oneSided: 0 | 1 | 2 = 0): Finding | null {
  const ca = contrasts(a);
  if (ca.length === 0) return null;
  const cb = contrasts(b);
  for (const x of ca) {
    for (const y of cb) {
      if (!meets(x.kept, y.dropped) || !meets(x.dropped, y.kept)) continue;
      // Both sides also saying it the same way round ("X, not Y ... not Y but X") is no swap.
      if (meets(x.kept, y.kept) || meets(x.dropped, y.dropped)) continue;
      return { kind: 'negation', a: [x.span], b: [y.span], summary: summarise([x.span], [y.span]), confidence: 0.75 };
    }
  }
  if (!oneSided || cb.length) return null;
  for (const x of ca) {
    // On a merely related pair, only a thing of two words or more is one thing on both sides; and where a thing was said
    // ("in the report, not in the blog post") is who said it, the credit checks' to read.
    // Plural too: "read the prospectuses, not the blog posts" sets aside a kind of text, not a thing the other side states.
    if (x.dropped.size < oneSided || x.droppedWords.every((w) => DOCUMENT.test(w.lower.replace(/s$/, '')) || /^blogs?$/.test(w.lower))) continue;
    const stated = statedRun(b, x.dropped);
    // The other side naming what the page keeps too ("a closed model and open-source tools") chooses nothing.
    if (!stated || meets(x.kept, new Set(b.words.map((w) => w.stem)))) continue;
    return { kind: 'negation', a: [x.span], b: [stated], summary: summarise([x.span], [stated]), confidence: 0.7 };
  }
  return null;
}

/** Where a passage states every one of `stems` as a run of adjacent words, not denied just before, or null. */
function statedRun(p: Passage, stems: Set<string>): Piece | null {
  const ws = p.words;
  for (let i = 0; i + stems.size <= ws.length; i++) {
    const run = ws.slice(i, i + stems.size);
    if (!run.every((w) => stems.has(w.stem)) || new Set(run.map((w) => w.stem)).size !== stems.size) continue;
    if (ws.slice(Math.max(0, i - 2), i).some((w) => /^(?:not|no|never|without|than|of)$/.test(w.lower))) continue;
    return { text: p.text.slice(run[0]!.start, run.at(-1)!.end), start: run[0]!.start, end: run.at(-1)!.end };
  }
  return null;
}
