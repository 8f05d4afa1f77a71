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
import { isNegator } from './modality';
import { STOPWORDS } from '../text/stopwords';

// Memo slots of this file's extractors.
const OPPOSABLE_SLOT = slot();
const WITH_OPPOSITES_SLOT = slot();
const STEM_INDEX_SLOT = slot();

/** Words either side that name what the opposite words describe. */
const RADIUS = 5;

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

/** Word i can oppose another: not a name (capital inside the sentence), not negated, not a bound ("more than"). */
function opposable(ws: Word[], i: number): boolean {
  const w = ws[i]!;
  if (w.lower.length < 3 || /\d/.test(w.lower) || (i > 0 && w.text[0] !== w.lower[0])) return false;
  return ws[i + 1]?.lower !== 'than' && !negatedBefore(ws, i);
}

/** The words of a passage that can oppose another. */
function candidates(p: Passage): number[] {
  return memo(p, OPPOSABLE_SLOT, () => {
    const out: number[] = [];
    for (let i = 0; i < p.words.length; i++) if (opposable(p.words, i)) out.push(i);
    return out;
  });
}

/** A negator among the two words before word i. */
function negatedBefore(ws: Word[], i: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) if (isNegator(ws[k]!.lower)) return true;
  return false;
}

/** Lookup keys per opposites list: the lists are the corpus's own (one array per stem), so this lasts as long as it. */
const keysOfList = new WeakMap<readonly string[], KinKeys[]>();

function keysOf(opp: readonly string[]): KinKeys[] {
  let keys = keysOfList.get(opp);
  if (!keys) keysOfList.set(opp, (keys = opp.map(kinKeys)));
  return keys;
}

/** A passage's candidate words that have opposites, with the keys to find them (its own opposites test: fixed per passage). */
function withOpposites(p: Passage, opposites: (stem: string) => readonly string[]): Array<[number, KinKeys[]]> {
  return memo(p, WITH_OPPOSITES_SLOT, () => {
    const out: Array<[number, KinKeys[]]> = [];
    // Most words have no opposite: that look-up comes first.
    for (let i = 0; i < p.words.length; i++) {
      const opp = opposites(p.words[i]!.stem);
      if (opp.length > 0 && opposable(p.words, i)) out.push([i, keysOf(opp)]);
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

/**
 * For an adverb of manner ("-ly"), the content word right before it, as written: the action it tells how ("moved
 * slowly"). The same form on both sides ("has moved quickly" / "has moved slowly") is one action told two ways;
 * "could move quickly" in a host page's interview is another.
 */
function manner(p: Passage, i: number): string | undefined {
  const w = p.words[i - 1];
  return p.words[i]!.lower.endsWith('ly') && w && w.lower.length > 2 && !STOPWORDS.has(w.lower) ? w.lower : undefined;
}

/** A passage's candidate words by stem, and by each prefix a kin stem could be (exact: stem; prefix: stem minus 1-3 letters). */
interface StemIndex {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  /** Every candidate's root (see rootOf): a word kin to none of them is kin to no candidate. */
  roots: Set<string>;
}

/** What kin stems share: their first four letters (kin() extends only stems of four or more), or the whole of a shorter stem. */
function rootOf(stem: string): string {
  return stem.length >= 4 ? stem.slice(0, 4) : stem;
}

function stemIndex(p: Passage): StemIndex {
  return memo(p, STEM_INDEX_SLOT, () => {
    const exact = new Map<string, number[]>();
    const prefix = new Map<string, number[]>();
    const roots = new Set<string>();
    const add = (m: Map<string, number[]>, k: string, j: number) => {
      const list = m.get(k);
      if (list) list.push(j);
      else m.set(k, [j]);
    };
    for (const j of candidates(p)) {
      const t = p.words[j]!.stem;
      add(exact, t, j);
      roots.add(rootOf(t));
      for (let cut = 1; cut <= 3 && t.length - cut >= 4; cut++) add(prefix, t.slice(0, t.length - cut), j);
    }
    return { exact, prefix, roots };
  });
}

/** What to look up in another passage's StemIndex for an opposite `o`: its kin there are stems equal to one of `exact`, or with `o` as a prefix. */
interface KinKeys {
  exact: string[];
  prefixed: string | null;
  root: string;
}

function kinKeys(o: string): KinKeys {
  const exact = [o];
  for (let cut = 1; cut <= 3 && o.length - cut >= 4; cut++) exact.push(o.slice(0, o.length - cut));
  return { exact, prefixed: o.length >= 4 ? o : null, root: rootOf(o) };
}

/** Candidate words of the other passage kin to any of the opposites (what kin() over every candidate would find), or null. */
function kinIn(ix: StemIndex, keys: readonly KinKeys[]): number[] | null {
  let found: number[] | null = null;
  for (const k of keys) {
    // Most pairs have no kin at all: one look-up rules a key out before its four or five.
    if (!ix.roots.has(k.root)) continue;
    for (const e of k.exact) found = collect(found, ix.exact.get(e));
    if (k.prefixed !== null) found = collect(found, ix.prefix.get(k.prefixed));
  }
  return found;
}

/** Adds word indices to a list (made on the first one), once each. */
function collect(found: number[] | null, js: number[] | undefined): number[] | null {
  if (!js) return found;
  const out = found ?? [];
  for (const j of js) if (!out.includes(j)) out.push(j);
  return out;
}

/** Whether word k is set aside by what comes before it ("rather than mandating", "instead of mandating"): not claimed. */
const setAside = (p: Passage, k: number) => {
  const [x, y] = [p.words[k - 2]?.lower, p.words[k - 1]?.lower];
  return (x === 'rather' && y === 'than') || (x === 'instead' && y === 'of');
};
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
  const ca = contextStems(a, wa, RADIUS);
  const cb = contextStems(b, wb, RADIUS);
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
      if (has(a, wb.stem) || has(b, wa.stem)) continue;
      if (tie(a, i, b, j) < minContext) continue;
      const pa = [{ text: wa.text, start: wa.start, end: wa.end }];
      const pb = [{ text: wb.text, start: wb.start, end: wb.end }];
      return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}
