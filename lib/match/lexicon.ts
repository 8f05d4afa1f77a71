/**
 * The compiled corpus's lexical relations, decoded on first use: WordNet synonym groups, stem variants
 * among corpus terms, and page words the corpus lacks mapped to the corpus terms they mean.
 */

import type { CompiledCorpus } from '../corpus/format';
import { decLists } from '../corpus/codec';
import { findVariant } from '../corpus/variants';

/** The answer for a term with no relations: one shared empty list rather than a new one per question. */
const NONE: readonly number[] = Object.freeze([]);
const NONE_STR: readonly string[] = Object.freeze([]);

/** A map by term id as an array indexed by id, NONE where the map has nothing. */
function dense(map: Map<number, number[]>): Array<readonly number[]> {
  let n = 0;
  for (const k of map.keys()) n = Math.max(n, k + 1);
  const out = new Array<readonly number[]>(n).fill(NONE);
  for (const [k, v] of map) out[k] = v;
  return out;
}

/** The compiled opposites (see corpus/antonyms.ts) as a map from a stem to its opposites, both ways round. */
function decodeAntonyms(packed: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (x: string, y: string) => {
    const list = map.get(x);
    if (!list) map.set(x, [y]);
    else if (!list.includes(y)) list.push(y);
  };
  for (const entry of packed ? packed.split(',') : []) {
    const [s, ...opposites] = entry.split(' ');
    for (const o of opposites) {
      add(s!, o);
      add(o, s!);
    }
  }
  return map;
}

/** Synonyms and variants of corpus terms (by id). */
export class Lexicon {
  /** By term id (dense arrays: these are asked for every term of every page sentence). */
  private synList: Array<readonly number[]> | null = null;
  private varList: Array<readonly number[]> | null = null;
  private extraMap: Map<string, number[]> | null = null;
  private sortedVocab: string[] | null = null;
  private antonymMap: Map<string, string[]> | null = null;

  constructor(private readonly c: CompiledCorpus) {}

  /** Terms sharing a frequent WordNet sense with a term. */
  synonyms(id: number): readonly number[] {
    if (!this.synList) {
      const map = new Map<number, number[]>();
      for (const group of decLists(this.c.synonyms)) {
        for (const t of group) {
          const list = map.get(t) ?? [];
          for (const u of group) if (u !== t && !list.includes(u)) list.push(u);
          map.set(t, list);
        }
      }
      this.synList = dense(map);
    }
    return this.synList[id] ?? NONE;
  }

  /** Stem variants of a term ("verifi" / "verif"). */
  variants(id: number): readonly number[] {
    if (!this.varList) {
      const map = new Map<number, number[]>();
      for (const [a, b] of decLists(this.c.variants ?? '')) {
        map.set(a!, [...(map.get(a!) ?? []), b!]);
        map.set(b!, [...(map.get(b!) ?? []), a!]);
      }
      this.varList = dense(map);
    }
    return this.varList[id] ?? NONE;
  }

  /** The vocabulary stem an unknown stem is a variant of, if any. */
  variantOf(stem: string, vocab: string[]): string | undefined {
    this.sortedVocab ??= [...vocab].sort();
    return findVariant(stem, this.sortedVocab);
  }

  /** Corpus terms WordNet relates to a stem the corpus does not contain. */
  extraSynonyms(stem: string): readonly number[] {
    if (!this.extraMap) {
      const map = new Map<string, number[]>();
      for (const entry of this.c.synonymsExtra ? this.c.synonymsExtra.split(',') : []) {
        const [w, ...ids] = entry.split(' ');
        map.set(w!, ids.map((x) => parseInt(x, 36)));
      }
      this.extraMap = map;
    }
    return this.extraMap.get(stem) ?? NONE;
  }

  /** Stems WordNet gives as opposites of a stem (any word of the corpus, or a page word opposing one). */
  opposites(stem: string): readonly string[] {
    this.antonymMap ??= decodeAntonyms(this.c.antonyms);
    return this.antonymMap.get(stem) ?? NONE_STR;
  }
}
