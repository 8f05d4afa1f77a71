/**
 * Page–corpus sentence pairs where a claim the page hedges, firms up or negates ("people will lose control")
 * recurs: the corpus sentence holds the word the modal or negation governs. How sure an outlet is of a claim
 * is a fact about the claim, wherever in its article the outlet makes it, so such pairs are checked for
 * certainty and negation whether or not the two sentences are otherwise alike.
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
import type { Passage } from './passage';
import { governed, modals } from './modality';
import { negations } from './negations';
import { headVariants } from './claim-tie';

/** Pairs of page sentences and story sentences holding a word one of the page sentence's claims turns on (heads: its claimHeads), each pair once, none in `checked` (page * nSents + gid). */
export function claimPairs(page: PageSentence[], ix: CorpusIndex, story: Set<number>, heads: (ps: PageSentence) => string[], checked: Set<number>): Pair[] {
  const out: Pair[] = [];
  for (const ps of page) {
    const hits = new Set<number>();
    for (const h of heads(ps)) {
      const id = ix.termId(h);
      if (id === undefined) continue;
      for (const d of story) for (const g of ix.docPostings(id, d)) if (!checked.has(ps.index * ix.nSents + g)) hits.add(g);
    }
    for (const g of hits) out.push({ page: ps.index, gid: g, doc: ix.docOf(g), score: 0, linked: false });
  }
  return out;
}

/** Stems of the words a passage's modals and negations govern ("lose" in "will lose control"): where its claims can be found again. */
export function claimHeads(p: Passage): string[] {
  const out: string[] = [];
  for (const m of [...modals(p), ...negations(p)]) {
    const h = governed(p, m);
    // The other side may write the claim's verb as another of its family ("would not check" / "verify each other's compliance").
    if (h) for (const s of headVariants(h.stem)) if (!out.includes(s)) out.push(s);
  }
  return out;
}
