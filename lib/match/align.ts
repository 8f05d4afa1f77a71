/** Paragraph alignment: each page paragraph's corpus paragraphs (other outlets) reporting the same point. */

import type { Match, ParagraphResult } from '../types';
import type { CorpusIndex } from './corpus-index';
import { scorerFor, type Pair } from './pairs';
import type { PageSentence } from './page';
import { HEADING, PROMO, CAPTION, FRAGMENT, paragraphFlags } from '../corpus/boilerplate';
import { corpusBag, pageBags, paragraphKey, paragraphScore } from './paragraph-evidence';

/** Score at which a sentence pair makes its paragraphs aligned. */
export const ALIGN_MIN = 0.25;
/** Paragraph score (best sentence pair with whole-paragraph overlap, see paragraph-evidence.ts) that aligns two paragraphs. */
export const PARAGRAPH_MIN = 0.28;
const MAX_MATCHES = 12;
const NOT_REPORTING = PROMO | CAPTION | FRAGMENT | HEADING;

/** Paragraph results from sentence pairs, each paragraph pair judged on its best sentence pair and its whole text. */
export function alignParagraphs(
  paragraphs: string[],
  page: PageSentence[],
  pairs: Pair[],
  ix: CorpusIndex,
  self: number,
): ParagraphResult[] {
  // Best sentence pair per (page paragraph, corpus paragraph).
  const best = paragraphs.map(() => new Map<number, { doc: number; paragraph: number; score: number }>());
  // The page's own headings, captions and promos report nothing to align.
  const pageFlags = paragraphFlags(paragraphs);
  for (const p of pairs) {
    if (p.doc === self) continue;
    if ((pageFlags[page[p.page]!.paragraph] ?? 0) & NOT_REPORTING) continue;
    const cs = ix.sentence(p.gid);
    if ((ix.paragraphFlags(cs.doc)[cs.paragraph] ?? 0) & NOT_REPORTING) continue;
    const map = best[page[p.page]!.paragraph]!;
    const key = paragraphKey(cs.doc, cs.paragraph);
    const old = map.get(key);
    if (!old) map.set(key, { doc: cs.doc, paragraph: cs.paragraph, score: p.score });
    else if (old.score < p.score) old.score = p.score;
  }
  const bags = pageBags(page, ix);
  const scorer = scorerFor(ix);
  return paragraphs.map((text, index) => {
    const matches: Match[] = [];
    const bag = bags.get(index);
    if (bag && best[index]!.size > 0) {
      scorer.load(bag.terms, bag.mass);
      for (const b of best[index]!.values()) {
        const score = paragraphScore(b.score, scorer, bag.mass, corpusBag(ix, b.doc, b.paragraph));
        if (score >= PARAGRAPH_MIN) matches.push({ doc: ix.docs[b.doc]!.id, paragraph: b.paragraph, score: Math.round(score * 1000) / 1000 });
      }
    }
    return { index, text, matches: matches.sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES) };
  });
}
