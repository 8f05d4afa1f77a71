/**
 * Cross-outlet story points, built once: each corpus sentence is linked to the other outlets' sentences
 * that report the same point, found through the inverted index (never all pairs). A page sentence that
 * matches one outlet's version of a point then reaches every outlet's version through these links.
 */

import { CorpusIndex } from '../match/corpus-index';
import { similarity } from '../match/similarity';
import { encInts } from './codec';
import type { CompiledCorpus } from './format';

/** Similarity at which two corpus sentences count as the same point. */
export const LINK_MIN = 0.42;
/** Links kept per sentence: enough for every outlet of a story, bounded for near-duplicate floods. */
const MAX_LINKS = 8;
const CANDIDATES = 40;

/** Per doc, per sentence: "gid score gid score" (score 0..100), sentences joined by ','. */
export function buildStoryLinks(c: CompiledCorpus): string[] {
  const ix = new CorpusIndex({ ...c, links: [] });
  const out: string[] = [];
  for (let d = 0; d < ix.nDocs; d++) {
    const rows: string[] = [];
    for (const s of ix.docSentences(d)) {
      const found: Array<[number, number]> = [];
      for (const g of ix.candidates(s, CANDIDATES)) {
        const o = ix.sentence(g);
        if (o.doc === d) continue;
        const sim = similarity(s, o, ix, s.mass, o.mass);
        if (sim >= LINK_MIN) found.push([g, sim]);
      }
      found.sort((a, b) => b[1] - a[1]);
      rows.push(encInts(found.slice(0, MAX_LINKS).flatMap(([g, v]) => [g, Math.round(v * 100)]), ' '));
    }
    out.push(rows.join(','));
  }
  return out;
}
