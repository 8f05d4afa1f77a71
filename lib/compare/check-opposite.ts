/**
 * Opposite words: the same thing called one thing on one side and its opposite on the other ("domestic
 * surveillance" / "foreign surveillance", "regulation has moved slowly" / "quickly", the "least" / "most
 * cautious" players). One outlet states the opposite of the other, so it is reported as a negation. The
 * opposites come from WordNet (compiled with the corpus); the words around both tie them to one thing.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import type { Passage, Word } from './passage';
import { contextStems } from './context';
import { candidates, keysOf, kinIn, stemIndex, withOpposites, type KinKeys } from './opposable-words';
import { STOPWORDS } from '../text/stopwords';
import { passageTimes } from './passage-times';
import { isNegator } from './modality';

/** Words either side that name what the opposite words describe. */
const RADIUS = 5;

/** Words of the language of rules ("voluntarily" / "obliges"): what they govern is a verb and its object, further off. */
const RULE = /^(?:voluntar|mandat|compuls|oblig|compel|requir)/;
const RULE_RADIUS = 9;

/** The same content word right after both ("domestic surveillance" / "foreign surveillance") ties them as one slot. */
const SLOT_WEIGHT = 2;
/**
 * The same action, in the same form, right before both adverbs ("regulation has moved slowly" / "rule-making has moved quickly") ties
 * them more closely: one action done in opposite ways is one claim contradicted, enough alone for a related pair.
 */
const VERB_SLOT_WEIGHT = 3;

/** Stems of one word family: equal, or one a short extension of the other ("cheap" / "cheapli"). */
function kin(x: string, y: string): boolean {
  if (x === y) return true;
  const [s, l] = x.length < y.length ? [x, y] : [y, x];
  return s.length >= 4 && l.length - s.length <= 3 && l.startsWith(s);
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

/**
 * For an adverb of manner ("-ly"), the content word right before it, as written: the action it tells how ("moved
 * slowly"). The same form on both sides ("has moved quickly" / "has moved slowly") is one action told two ways;
 * "could move quickly" in a host page's interview is another.
 */
function manner(p: Passage, i: number): string | undefined {
  const w = p.words[i - 1];
  return p.words[i]!.lower.endsWith('ly') && w && w.lower.length > 2 && !STOPWORDS.has(w.lower) ? w.lower : undefined;
}

/**
 * Whether word k is set aside by what comes before it ("rather than mandating", "instead of mandating") or denied
 * there ("without compelling them", "not mandatory", "nothing voluntary about it"): not claimed.
 */
const setAside = (p: Passage, k: number) => {
  const [x, y] = [p.words[k - 2]?.lower, p.words[k - 1]?.lower];
  return (x === 'rather' && y === 'than') || (x === 'instead' && y === 'of') || y === 'without' || y === 'not' || y === 'never' || y === 'nothing' || y === 'no';
};
/** Words back from an opposite word within which a negator in its clause denies it ("Nor has regulation moved quickly"). */
const DENIED_WITHIN = 5;

/** Whether a negator stands earlier in word k's clause, within DENIED_WITHIN words ("has not moved quickly", "Nor has it moved quickly"). */
function deniedBefore(p: Passage, k: number): boolean {
  for (let i = k - 1; i >= Math.max(0, k - DENIED_WITHIN); i--) {
    if (isNegator(p.words[i]!.lower) || /^(?:nor|neither)$/.test(p.words[i]!.lower)) return true;
    if (i > 0 && /[,;:()\u2014\u2013]/.test(p.norm.slice(p.words[i - 1]!.end, p.words[i]!.start))) return false;
  }
  return false;
}

/** Whether word k follows a modal of what would or should be ("would require", "should be mandatory"). */
const proposed = (p: Passage, k: number) => p.words.slice(Math.max(0, k - 2), k).some((w) => /^(?:would|could|should|might|may)$/.test(w.lower));

/** Whether a word is part of a time expression ("earlier that same week", "the following day"): it dates, it claims nothing. */
const inTime = (p: Passage, w: Word) => passageTimes(p).some((t) => t.start <= w.start && w.end <= t.end);

/** Whether the passage claims a word kin to `stem` ("domestic and foreign"), one it sets aside left out. */
const has = (p: Passage, stem: string) => p.words.some((w, k) => kin(w.stem, stem) && !setAside(p, k));

/** Whether the word of stem `s` nearest position i is lessened by another word ("the least cautious players" are not "cautious players"). */
function lessened(p: Passage, i: number, s: string): boolean {
  let best = -1;
  for (let k = Math.max(0, i - RADIUS); k <= Math.min(p.words.length - 1, i + RADIUS); k++) if (p.words[k]!.stem === s && (best < 0 || Math.abs(k - i) < Math.abs(best - i))) best = k;
  // The opposite word itself lessening it ("least" / "most cautious") is what is compared, not a lessened context.
  return best > 0 && best - 1 !== i && /^(?:least|less)$/.test(p.words[best - 1]!.lower);
}

/** How strongly the words around two positions tie them to one thing. */
function tie(a: Passage, i: number, b: Passage, j: number): number {
  const [wa, wb] = [a.words[i]!, b.words[j]!];
  const radius = RULE.test(wa.stem) && RULE.test(wb.stem) ? RULE_RADIUS : RADIUS;
  const ca = contextStems(a, wa, radius);
  const cb = contextStems(b, wb, radius);
  // The rest of a compound is part of the word ("low-value" / "high-value"), not what it describes.
  const inCompound = new Set([...a.words.slice(i + 1, compoundEnd(a, i) + 1), ...b.words.slice(j + 1, compoundEnd(b, j) + 1)].map((w) => w.stem));
  let n = 0;
  for (const s of ca) if (cb.has(s) && !inCompound.has(s) && lessened(a, i, s) === lessened(b, j, s)) n++;
  const slot = nextContent(a, i);
  if (slot !== undefined && slot === nextContent(b, j)) n += SLOT_WEIGHT - 1;
  const verb = manner(a, i);
  if (verb !== undefined && verb === manner(b, j)) n += VERB_SLOT_WEIGHT - 1;
  return n;
}

/**
 * A word on one side whose opposite stands on the other, tied by `minContext` words around both. A
 * passage that carries both words ("domestic and foreign") opposes nothing, unless it sets one aside ("voluntarily …
 * rather than mandating").
 */
export function checkOpposite(a: Passage, b: Passage, minContext: number): Finding | null {
  const opposites = a.opposites ?? b.opposites;
  if (!opposites) return null;
  // A passage's own opposites test gives the same lists for every pair: they are kept with it.
  const own = a.opposites ? withOpposites(a, a.opposites) : null;
  const list = own ?? candidates(a).map((i): [number, KinKeys[]] => [i, keysOf(opposites(a.words[i]!.stem))]);
  if (list.length === 0) return null;
  const index = stemIndex(b);
  for (const [i, keys] of list) {
    const wa: Word = a.words[i]!;
    const found = kinIn(index, keys);
    if (found === null) continue;
    for (const j of found.sort((x, y) => x - y)) {
      const wb = b.words[j]!;
      // Inside a quotation both sides carry, the quote check reports the change.
      if (wa.quoted && wb.quoted) continue;
      // A word denied or set aside claims nothing ("asks them, without compelling them" / "voluntarily").
      if (setAside(a, i) || setAside(b, j)) continue;
      // Denied earlier in its clause, the word says its opposite's own claim ("Nor has regulation moved quickly" / "slowly").
      if (deniedBefore(a, i) !== deniedBefore(b, j)) continue;
      if (inTime(a, wa) || inTime(b, wb)) continue;
      // A rule someone would make ("my bill would require testing") is a proposal, not the rule the other side describes.
      if ((RULE.test(wa.stem) && proposed(a, i)) || (RULE.test(wb.stem) && proposed(b, j))) continue;
      if (has(a, wb.stem) || has(b, wa.stem)) continue;
      if (tie(a, i, b, j) < minContext) continue;
      const pa = [{ text: wa.text, start: wa.start, end: wa.end }];
      const pb = [{ text: wb.text, start: wb.start, end: wb.end }];
      return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}
