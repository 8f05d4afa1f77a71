import type { Divergence } from '../types';
import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
export function findDivergences(page: PageSentence[], pairs: Pair[], ix: CorpusIndex): Divergence[] {
  void page; void pairs; void ix;
  return [];
}
