/**
 * The words of a passage that can oppose another (not names, not negated, not bounds), and an index of them by stem:
 * the other passage's opposites of a word find their kin there in a look-up or two, not a pass over every word.
 */

import { memo, slot, type Passage, type Word } from './passage';
import { isNegator } from './modality';

// Memo slots of this file's extractors.
const OPPOSABLE_SLOT = slot();
const WITH_OPPOSITES_SLOT = slot();
const STEM_INDEX_SLOT = slot();

/** Word i can oppose another: not a name (capital inside the sentence), not negated, not a bound ("more than"). */
function opposable(ws: Word[], i: number): boolean {
  const w = ws[i]!;
  if (w.lower.length < 3 || /\d/.test(w.lower) || (i > 0 && w.text[0] !== w.lower[0])) return false;
  return ws[i + 1]?.lower !== 'than' && !negatedBefore(ws, i);
}

/** The words of a passage that can oppose another. */
export function candidates(p: Passage): number[] {
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

/** The lookup keys of an opposites list, made once per list. */
export function keysOf(opp: readonly string[]): KinKeys[] {
  let keys = keysOfList.get(opp);
  if (!keys) keysOfList.set(opp, (keys = opp.map(kinKeys)));
  return keys;
}

/** A passage's candidate words that have opposites, with the keys to find them (its own opposites test: fixed per passage). */
export function withOpposites(p: Passage, opposites: (stem: string) => readonly string[]): Array<[number, KinKeys[]]> {
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

/** A passage's candidate words indexed by stem (see StemIndex), built once per passage. */
export function stemIndex(p: Passage): StemIndex {
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
export interface KinKeys {
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
export function kinIn(ix: StemIndex, keys: readonly KinKeys[]): number[] | null {
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
