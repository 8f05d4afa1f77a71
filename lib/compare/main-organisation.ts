/**
 * The organisation an article is about: the one-word proper name it writes most often ("Anthropic"), which a bare "the
 * company" stands for when no sentence near it names another.
 */

import { words } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { timeExprs } from '../text/temporal';
import { NOT_NAMES } from './names';
import { startsUpper } from '../text/capitals';
import type { NameUse } from './name-uses';

/** Mentions the name needs, and how far it must lead the next one, to be what the article is about. */
const MIN_MENTIONS = 3;
const LEAD = 1.5;

/** The article's most written one-word organisation name (as `uses` reads its names), or undefined when none leads clearly. */
export function mainOrganisation(paragraphs: readonly string[], uses: (lower: string) => NameUse): string | undefined {
  const counts = new Map<string, { text: string; n: number }>();
  for (const para of paragraphs) {
    for (const w of words(para)) {
      if (!startsUpper(w.text)) continue;
      const text = w.text.replace(/['’]s$/, '');
      const lower = text.toLowerCase();
      if (lower.length < 3 || STOPWORDS.has(lower) || NOT_NAMES.has(lower)) continue;
      const c = counts.get(lower);
      if (c) c.n++;
      else counts.set(lower, { text, n: 1 });
    }
  }
  const ranked = [...counts.entries()].filter(([lower]) => uses(lower) === 'proper' && timeExprs(lower).length === 0).sort((x, y) => y[1].n - x[1].n);
  const [first, second] = ranked;
  if (!first || first[1].n < MIN_MENTIONS || (second && first[1].n < LEAD * second[1].n)) return undefined;
  return first[1].text;
}
