/**
 * A modal the edit changed in an edited sentence of a recognised article ("devices can become entry points" edited
 * to "might become"): the unedited sentence ties the claim to the other outlets' sentences on its point, so an outlet
 * that does not hedge it as the page now does (or hedges it where the page now is firm) diverges from the page.
 */

import { claimThere, type Edit } from './edited-sentences';
import { summarise, type Finding } from './finding';
import { AUX, FIRM, HEDGE } from './modality';
import type { Passage, Word } from './passage';

/** Adverbs of certainty that can be put into a sentence without rebuilding it. */
const ADVERB = new Set(['perhaps', 'probably', 'possibly', 'potentially', 'likely', 'certainly', 'definitely', 'surely', 'inevitably']);

/** How sure a word makes a claim: a hedge ("might"), firm ("will") or neither ("can", a plain verb). */
const sureness = (w: Word) => (HEDGE.has(w.lower) ? 'hedge' : FIRM.has(w.lower) ? 'firm' : 'plain');

/** The page's new hedge or firmness against an outlet that words the claim otherwise, where the edit swapped one word. */
export function checkEditedCertainty(a: Passage, b: Passage, edit: Edit): Finding | null {
  for (const swap of edit.swaps) {
    // A hedging or firm adverb put into a sentence otherwise kept ("the technology is perhaps improving faster").
    if (swap.added.length === 1 && swap.removed.length === 0) {
      const now = a.words[swap.at]!;
      if (!ADVERB.has(now.lower)) continue;
      const there = claimThere(a, swap.at, b);
      if (!there || there.near.some((w) => sureness(w) === sureness(now))) continue;
      const pa = [{ start: now.start, end: now.end, text: now.text }];
      return { kind: 'certainty', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.6 };
    }
    if (swap.added.length !== 1 || swap.removed.length !== 1) continue;
    const now = a.words[swap.at]!;
    const was = sureness(edit.original.words.find((w) => w.start === swap.removed[0]!.start)!);
    const is = sureness(now);
    if (is === was || (is === 'plain' && was === 'plain')) continue;
    // A plain word traded for a modal is an auxiliary ("can become" / "might become"); any other ("from secretly
    // accelerating" / "could secretly speed up") is a sentence rebuilt around it.
    const plain = was === 'plain' ? swap.removed[0]!.text.toLowerCase() : now.lower;
    if (!AUX.has(plain)) continue;
    const there = claimThere(a, swap.at, b);
    // An outlet as sure as the page now is agrees with it.
    if (!there || there.near.some((w) => sureness(w) === is)) continue;
    const pa = [{ start: now.start, end: now.end, text: now.text }];
    return { kind: 'certainty', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.6 };
  }
  return null;
}
