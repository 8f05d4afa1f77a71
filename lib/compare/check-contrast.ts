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

// Memo slot of this file's extractor.
const CONTRASTS_SLOT = slot();

/** Words on each side of a contrast marker that name what is preferred and what is set aside. */
const SIDE = 2;

interface Contrast {
  /** Content stems of the thing preferred (before the marker) and the thing set aside (after it). */
  kept: Set<string>;
  dropped: Set<string>;
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
      if (w === 'not' && i > 0 && /[,\u2014\u2013-]\s*$/.test(p.norm.slice(ws[i - 1]!.end, ws[i]!.start))) len = 1;
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
        span: { text: p.text.slice(first.start, last.end), start: first.start, end: last.end },
      });
    }
    return out;
  });
}

const meets = (x: Set<string>, y: Set<string>) => [...x].some((s) => y.has(s));

/** The same two things in opposite roles of a contrast on the two sides. */
export function checkContrast(a: Passage, b: Passage): Finding | null {
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
  return null;
}
