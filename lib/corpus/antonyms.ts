/**
 * Opposite words for the divergence checks ("domestic" / "foreign", "least" / "most"), compiled from
 * WordNet for every word the corpus uses, so the browser can tell when a page says the opposite of an
 * outlet without shipping WordNet.
 */

import { stem } from '../text/tokens';
import { wordnetAntonyms } from './wordnet-fs';

/** A word's opposites (lower-case words). */
export type AntonymSource = (word: string) => string[];

/** Senses per word whose antonyms are taken: later senses are rare and mislead. */
const SENSES = 3;

/**
 * Opposites of the language of rules that WordNet does not link: it opposes "voluntary" to "involuntary" and
 * "forced", and "mandatory" to nothing, yet a rule that asks labs to act voluntarily and one that makes them act
 * is the commonest flip in policy news. Both ways round; each word's adverb as well, and the verbs that make someone act
 * ("obliges", "compels", "requires").
 */
const RULE_OPPOSITES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  voluntary: ['mandatory', 'compulsory', 'obliges', 'obliged', 'compels', 'compelled', 'requires', 'required'],
  voluntarily: ['mandatory', 'compulsory', 'mandatorily', 'compulsorily', 'obliges', 'obliged', 'compels', 'compelled', 'requires', 'required'],
  mandatory: ['voluntary'],
  compulsory: ['voluntary'],
  mandatorily: ['voluntarily'],
  compulsorily: ['voluntarily'],
}));

/** Adverbial particles, which WordNet also opposes to words of other kinds ("out" / "safe"). */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'in', 'up', 'down', 'on', 'off', 'over', 'under']);

/** "stem opposite-stem …" entries joined by ',' for every corpus word that has an opposite. */
export function antonymTable(texts: Iterable<string>, source: AntonymSource | undefined = wordnetAntonyms(SENSES)): string {
  const seen = new Set<string>();
  const table = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const m of text.toLowerCase().matchAll(/[a-z]{3,}/g)) {
      const word = m[0];
      if (seen.has(word)) continue;
      seen.add(word);
      const opposites = [...source(word), ...(RULE_OPPOSITES.get(word) ?? [])];
      if (opposites.length === 0) continue;
      const s = stem(word);
      const set = table.get(s) ?? new Set<string>();
      // A particle opposes only another ("up" / "down"): "out" against "safe" is baseball's, not "out of concern" against safety.
      for (const o of opposites) if (stem(o) !== s && PARTICLES.has(word) === PARTICLES.has(o)) set.add(stem(o));
      if (set.size) table.set(s, set);
    }
  }
  return [...table].map(([s, set]) => [s, ...set].join(' ')).join(',');
}
