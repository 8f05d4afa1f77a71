/**
 * Builds the compiled synonym table from a lexical source (WordNet by default): groups of corpus terms
 * that share a frequent sense, plus page-side words the corpus lacks mapped to the corpus terms they mean.
 * Only the result ships; the browser never reads WordNet.
 */

import { stem } from '../text/tokens';
import { STOPWORDS } from '../text/stopwords';
import { wordnetSource } from './wordnet-fs';

/** Frequent senses of a word, each as its single-word lemmas (lower case), most frequent first. */
export type SynonymSource = (word: string) => string[][];

/** Senses per part of speech taken from the source: later senses are rare and mislead. */
const SENSES = 2;

/** Groups of corpus term ids, and extra page stems → corpus term ids. */
export interface SynonymTable {
  groups: number[][];
  extra: Array<[string, number[]]>;
}

/** Synonym groups for the vocabulary (`terms` are stems, `surface` a written form of each). */
export function synonymTable(
  terms: string[],
  surface: string[],
  vocab: Map<string, number>,
  source: SynonymSource | undefined = wordnetSource(SENSES),
): SynonymTable {
  const groups = new Map<string, number[]>();
  const extra = new Map<string, Set<number>>();
  terms.forEach((term, id) => {
    const word = surface[id]!;
    if (/\d/.test(word) || word.length < 3) return;
    for (const lemmas of source(word)) {
      const ids = new Set<number>([id]);
      const missing: string[] = [];
      for (const l of lemmas) {
        if (STOPWORDS.has(l)) continue;
        const s = stem(l);
        if (s === term) continue;
        const other = vocab.get(s);
        if (other !== undefined) ids.add(other);
        else missing.push(s);
      }
      if (ids.size > 1) {
        const g = [...ids].sort((a, b) => a - b);
        groups.set(g.join(' '), g);
      }
      for (const m of missing) {
        const set = extra.get(m) ?? new Set<number>();
        for (const x of ids) set.add(x);
        extra.set(m, set);
      }
    }
  });
  return {
    groups: [...groups.values()],
    extra: [...extra.entries()].map(([w, s]) => [w, [...s].sort((a, b) => a - b)] as [string, number[]]),
  };
}
