/**
 * Cross-outlet story points, built once: each corpus sentence is linked to the other outlets' sentences
 * that report the same point, found through the inverted index (never all pairs). A page sentence that
 * matches one outlet's version of a point then reaches every outlet's version through these links.
 */

import { CorpusIndex } from '../match/corpus-index';
import { SentenceScorer } from '../match/scorer';
import { encInts } from './codec';
import type { CompiledCorpus } from './format';

/**
 * Similarity at which two corpus sentences count as the same point: low enough to reach a point told inside a longer
 * sentence ("If AI systems gain the ability to recursively improve themselves—…—the window … could close").
 */
export const LINK_MIN = 0.36;
/** Links kept per sentence: enough for every outlet of a story, bounded for near-duplicate floods. */
const MAX_LINKS = 5;
const CANDIDATES = 16;
/** Build-time candidate search walks only postings this short, so linking stays near-linear at 10,000 articles. */
const LINK_DF_CAP = 100;
/** Candidates come through a sentence's rarest terms: two reports of one point share some of them. */
const SEED_TERMS = 8;

/** Distinct paragraphs of one article with a substantial link into another for the two to share a story. */
const MATES_MIN = 3;
const MATE_LINK = 0.45;
const MATE_TERMS = 5;

/**
 * Story links per sentence ("gid score gid score", score 0..100, sentences joined by ','), and per doc
 * the other docs on the same story (several substantial sentence links; direct only, so no chaining).
 */
export function buildStoryLinks(c: CompiledCorpus): { links: string[]; mates: string[] } {
  const ix = new CorpusIndex({ ...c, links: '', mates: '' });
  const out: string[] = [];
  const mates: string[] = [];
  const scorer = new SentenceScorer(ix);
  for (let d = 0; d < ix.nDocs; d++) {
    const rows: string[] = [];
    const shared = new Map<number, Set<number>>();
    for (const s of ix.docSentences(d)) {
      const found: Array<[number, number]> = [];
      scorer.load(s, s.mass);
      const seeds = s.ids.length <= SEED_TERMS ? s : { ...s, ids: [...s.ids].sort((x, y) => ix.weight(y) - ix.weight(x)).slice(0, SEED_TERMS) };
      for (const g of ix.candidates(seeds, CANDIDATES, LINK_DF_CAP, false)) {
        const o = ix.sentence(g);
        if (o.doc === d) continue;
        const sim = scorer.score(o, o.mass);
        if (sim >= LINK_MIN) found.push([g, sim]);
        if (sim >= MATE_LINK && s.ids.length >= MATE_TERMS && o.ids.length >= MATE_TERMS) {
          let set = shared.get(o.doc);
          if (!set) shared.set(o.doc, (set = new Set()));
          set.add(s.paragraph);
        }
      }
      found.sort((a, b) => b[1] - a[1]);
      rows.push(encInts(found.slice(0, MAX_LINKS).flatMap(([g, v]) => [g, Math.round(v * 100)]), ' '));
    }
    out.push(rows.join(','));
    mates.push(encInts([...shared].filter(([, paras]) => paras.size >= MATES_MIN).map(([o]) => o).sort((a, b) => a - b)));
  }
  return { links: out, mates };
}
