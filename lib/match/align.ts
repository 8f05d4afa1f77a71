/** Paragraph alignment: each page paragraph's corpus paragraphs (other outlets) reporting the same point. */

import type { ParagraphResult } from '../types';
import type { CorpusIndex } from './corpus-index';
import type { Pair } from './pairs';
import type { PageSentence } from './page';
import { alignCandidates } from './align-candidates';
import { modelAligns } from './align-model';

/** Score at which a sentence pair makes its paragraphs aligned. */
export const ALIGN_MIN = 0.25;
const MAX_MATCHES = 12;

/**
 * Paragraph results from sentence pairs, each pair of paragraphs judged by the alignment model, which reads how alike
 * they are, how the pair stands among the page's other candidates, and what the corpus ties to it.
 */
export function alignParagraphs(paragraphs: string[], page: PageSentence[], pairs: Pair[], ix: CorpusIndex, self: number): ParagraphResult[] {
  const candidates = alignCandidates(paragraphs, page, pairs, ix, self);
  return paragraphs.map((text, index) => {
    const aligned = candidates[index]!.filter((c) => modelAligns(c.features));
    const matches = aligned.map((c) => ({ doc: ix.docs[c.doc]!.id, paragraph: c.paragraph, score: Math.round(c.score * 1000) / 1000 }));
    return { index, text, matches: matches.sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES) };
  });
}
