/** Paragraph alignment: each page paragraph's corpus paragraphs (other outlets) reporting the same point. */

import type { Match, ParagraphResult } from '../types';
import type { CorpusIndex } from './corpus-index';
import type { Pair } from './pairs';
import type { PageSentence } from './page';
import { HEADING, PROMO, CAPTION, FRAGMENT, paragraphFlags } from '../corpus/boilerplate';

/** Score at which a sentence pair makes its paragraphs aligned. */
export const ALIGN_MIN = 0.25;
const MAX_MATCHES = 12;
const NOT_REPORTING = PROMO | CAPTION | FRAGMENT | HEADING;

/** Paragraph results from sentence pairs; a paragraph pair scores as its best sentence pair. */
export function alignParagraphs(
  paragraphs: string[],
  page: PageSentence[],
  pairs: Pair[],
  ix: CorpusIndex,
  self: number,
): ParagraphResult[] {
  const byPara = paragraphs.map(() => new Map<string, Match>());
  // The page's own headings, captions and promos report nothing to align.
  const pageFlags = paragraphFlags(paragraphs);
  for (const p of pairs) {
    if (p.doc === self || p.score < ALIGN_MIN) continue;
    if ((pageFlags[page[p.page]!.paragraph] ?? 0) & NOT_REPORTING) continue;
    const cs = ix.sentence(p.gid);
    if ((ix.paragraphFlags(cs.doc)[cs.paragraph] ?? 0) & NOT_REPORTING) continue;
    const ps = page[p.page]!;
    const map = byPara[ps.paragraph]!;
    const key = `${cs.doc}:${cs.paragraph}`;
    const old = map.get(key);
    if (!old || old.score < p.score) {
      map.set(key, { doc: ix.docs[cs.doc]!.id, paragraph: cs.paragraph, score: Math.round(p.score * 1000) / 1000 });
    }
  }
  return paragraphs.map((text, index) => ({
    index,
    text,
    matches: [...byPara[index]!.values()].sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES),
  }));
}
