/** Paragraph alignment: each page paragraph's corpus paragraphs (other outlets) reporting the same point. */

import type { Match, ParagraphResult } from '../types';
import type { CorpusIndex } from './corpus-index';
import { scorerFor, type Pair } from './pairs';
import type { PageSentence } from './page';
import { HEADING, PROMO, CAPTION, FRAGMENT, paragraphFlags } from '../corpus/boilerplate';
import { corpusBag, pageBags, paragraphKey, paragraphScore } from './paragraph-evidence';
import { listLines } from './list-lines';

/** Score at which a sentence pair makes its paragraphs aligned. */
export const ALIGN_MIN = 0.25;
/** Paragraph score (best sentence pair with whole-paragraph overlap, see paragraph-evidence.ts) that aligns two paragraphs. */
export const PARAGRAPH_MIN = 0.28;
/** Paragraph score that aligns a page paragraph with a paragraph the corpus links to one it aligns with. */
export const LINKED_MIN = 0.2;
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
      const scored = [...best[index]!.values()].map((b) => ({ ...b, score: paragraphScore(b.score, scorer, bag.mass, corpusBag(ix, b.doc, b.paragraph)) }));
      const aligned = scored.filter((b) => b.score >= PARAGRAPH_MIN);
      // A page the corpus does not hold has no paragraphs of its own whose story links name the other outlets'
      // versions of a point: those of the paragraphs it aligns with stand in, for paragraphs it shares some ground with.
      const linked = self < 0 ? linkedParagraphs(aligned, ix) : new Set<number>();
      const shown = new Set<number>();
      const show = (doc: number, paragraph: number, score: number) => {
        shown.add(paragraphKey(doc, paragraph));
        matches.push({ doc: ix.docs[doc]!.id, paragraph, score: Math.round(score * 1000) / 1000 });
      };
      for (const b of scored) {
        if (b.score >= PARAGRAPH_MIN || (b.score >= LINKED_MIN && linked.has(paragraphKey(b.doc, b.paragraph)))) show(b.doc, b.paragraph, b.score);
      }
      // A list tells its point over its lead-in and its lines ("OpenAI takes a different stance, arguing that:" / "- AI
      // governance should be set by democratic governments"): the other lines of a list a paragraph aligns with are aligned
      // too when they share ground with the page's paragraph, as linked paragraphs are.
      // (For a page the corpus does not hold: one it holds has its own list lines matched each on its own.)
      if (self < 0) for (const b of aligned) {
        for (const k of listLines(ix.docs[b.doc]!.paragraphs, b.paragraph)) {
          const key = paragraphKey(b.doc, k);
          if (shown.has(key) || (ix.paragraphFlags(b.doc)[k] ?? 0) & NOT_REPORTING) continue;
          const score = paragraphScore(best[index]!.get(key)?.score ?? 0, scorer, bag.mass, corpusBag(ix, b.doc, k));
          if (score >= LINKED_MIN) show(b.doc, k, score);
        }
      }
    }
    return { index, text, matches: matches.sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES) };
  });
}

/** Paragraphs (paragraphKey) of other outlets that the corpus's story links tie to any of these paragraphs. */
function linkedParagraphs(aligned: Array<{ doc: number; paragraph: number }>, ix: CorpusIndex): Set<number> {
  const out = new Set<number>();
  for (const { doc, paragraph } of aligned) {
    for (const s of ix.docSentences(doc)) {
      if (s.paragraph !== paragraph) continue;
      for (const [g] of ix.links(s.gid)) {
        const o = ix.sentence(g);
        if (o.doc !== doc) out.add(paragraphKey(o.doc, o.paragraph));
      }
    }
  }
  return out;
}

