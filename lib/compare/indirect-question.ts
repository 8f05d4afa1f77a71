/**
 * A modal inside an indirect question ("The unresolved question is who would hold the brake", "it is unclear whether
 * labs will agree") asks rather than claims: no sureness of its own to compare.
 */

import type { Word } from './passage';

/** A question word that opens an indirect question. */
const WH = /^(?:who|what|whether|which|how|when|where)$/;
/** Words an indirect question follows ("the question is who…", "unclear whether…", "asked who…", "debate over who…"). */
const ASKING = /^(?:is|was|are|were|question|unclear|uncertain|unknown|asked|asks|ask|asking|wonder|wonders|know|decide|decides|over|about|of)$/;

/** Whether the modal at `index` stands right after a question word that follows a word of asking. */
export function inIndirectQuestion(ws: Word[], index: number): boolean {
  // "whether labs will…", "who would…": the question word, then its subject of a word or two, or none.
  for (let k = index - 1; k >= Math.max(1, index - 3); k--) {
    if (WH.test(ws[k]!.lower)) return ASKING.test(ws[k - 1]!.lower);
  }
  return false;
}
