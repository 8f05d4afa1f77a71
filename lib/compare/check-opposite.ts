/**
 * Opposite words: the same thing called one thing on one side and its opposite on the other ("domestic
 * surveillance" / "foreign surveillance", "regulation has moved slowly" / "quickly", the "least" / "most
 * cautious" players). One outlet states the opposite of the other, so it is reported as a negation. The
 * opposites come from WordNet (compiled with the corpus); the words around both tie them to one thing.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, type Passage, type Word } from './passage';
import { contextStems } from './context';
import { isNegator } from './check-modality';

// Memo slots of this file's extractors.
const OPPOSABLE_SLOT = slot();
const WITH_OPPOSITES_SLOT = slot();

/** Words either side that name what the opposite words describe. */
const RADIUS = 5;

/** The same content word right after both ("domestic surveillance" / "foreign surveillance") ties them as one slot. */
const SLOT_WEIGHT = 2;

/** Stems of one word family: equal, or one a short extension of the other ("cheap" / "cheapli"). */
function kin(x: string, y: string): boolean {
  if (x === y) return true;
  const [s, l] = x.length < y.length ? [x, y] : [y, x];
  return s.length >= 4 && l.length - s.length <= 3 && l.startsWith(s);
}

/** Words that can oppose another: not a name (capital inside the sentence), not negated, not a bound ("more than"). */
function candidates(p: Passage): number[] {
  return memo(p, OPPOSABLE_SLOT, () => {
    const out: number[] = [];
    const ws = p.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (w.lower.length < 3 || /\d/.test(w.lower) || (i > 0 && w.text[0] !== w.lower[0])) continue;
      if (ws[i + 1]?.lower === 'than') continue;
      if (negatedBefore(ws, i)) continue;
      out.push(i);
    }
    return out;
  });
}

/** A negator among the two words before word i. */
function negatedBefore(ws: Word[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if (isNegator(ws[k]!.lower)) return true;
  return false;
}

/** A passage's candidate words that have opposites, with them (its own opposites test: fixed per passage). */
function withOpposites(p: Passage, opposites: (stem: string) => readonly string[]): Array<[number, readonly string[]]> {
  return memo(p, WITH_OPPOSITES_SLOT, () => {
    const out: Array<[number, readonly string[]]> = [];
    for (const i of candidates(p)) {
      const opp = opposites(p.words[i]!.stem);
      if (opp.length > 0) out.push([i, opp]);
    }
    return out;
  });
}

/** The last word of a hyphenated compound starting at i ("low-value"), or i. */
function compoundEnd(p: Passage, i: number): number {
  let k = i;
  while (k + 1 < p.words.length && p.text[p.words[k]!.end] === '-' && p.words[k + 1]!.start === p.words[k]!.end + 1) k++;
  return k;
}

/** The next content word after a word and its compound (its stem): what it describes. */
function nextContent(p: Passage, i: number): string | undefined {
  const from = compoundEnd(p, i) + 1;
  for (let k = from; k < Math.min(p.words.length, from + 2); k++) {
    const w = p.words[k]!;
    if (w.lower.length > 2) return w.stem;
  }
  return undefined;
}

const has = (p: Passage, stem: string) => p.words.some((w) => kin(w.stem, stem));

/** How strongly the words around two positions tie them to one thing. */
function tie(a: Passage, i: number, b: Passage, j: number): number {
  const [wa, wb] = [a.words[i]!, b.words[j]!];
  const ca = contextStems(a, wa, RADIUS);
  const cb = contextStems(b, wb, RADIUS);
  // The rest of a compound is part of the word ("low-value" / "high-value"), not what it describes.
  const inCompound = new Set([...a.words.slice(i + 1, compoundEnd(a, i) + 1), ...b.words.slice(j + 1, compoundEnd(b, j) + 1)].map((w) => w.stem));
  let n = 0;
  for (const s of ca) if (cb.has(s) && !inCompound.has(s)) n++;
  const slot = nextContent(a, i);
  if (slot !== undefined && slot === nextContent(b, j)) n += SLOT_WEIGHT - 1;
  return n;
}

/**
 * A word on one side whose opposite stands on the other, tied by `minContext` words around both. A
 * passage that carries both words ("domestic and foreign") opposes nothing.
 */
export function checkOpposite(a: Passage, b: Passage, minContext: number): Finding | null {
  const opposites = a.opposites ?? b.opposites;
  if (!opposites) return null;
  // A passage's own opposites test gives the same lists for every pair: they are kept with it.
  const own = a.opposites ? withOpposites(a, a.opposites) : null;
  const list = own ?? candidates(a).map((i): [number, readonly string[]] => [i, opposites(a.words[i]!.stem)]);
  for (const [i, opp] of list) {
    const wa: Word = a.words[i]!;
    if (opp.length === 0) continue;
    for (const j of candidates(b)) {
      const wb = b.words[j]!;
      if (!opp.some((o) => kin(o, wb.stem))) continue;
      // Inside a quotation both sides carry, the quote check reports the change.
      if (wa.quoted && wb.quoted) continue;
      if (has(a, wb.stem) || has(b, wa.stem)) continue;
      if (tie(a, i, b, j) < minContext) continue;
      const pa = [{ text: wa.text, start: wa.start, end: wa.end }];
      const pb = [{ text: wb.text, start: wb.start, end: wb.end }];
      return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}
