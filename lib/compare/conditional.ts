/**
 * A "would" under a condition its sentence states ("Without a global mechanism, a slowdown would simply let the least
 * cautious players gain ground"): the conditional mood, as unsure of the outcome as "could", not a firm claim.
 */

import type { Passage } from './passage';

/** Words that set a condition on what the rest of the sentence says. */
const CONDITION = /^(?:if|unless|without|absent|otherwise|lacking|barring|failing)$/;

/** Words right after "would" that make the outcome sure whatever the condition ("would surely"), and "all but" ("would all but guarantee"): a bare "all" ("they would all slow down") is no such word. */
const MAKES_SURE = /^(?:guarantee[sd]?|ensure[sd]?|certainly|surely|inevitably|definitely)$/;
/** Words after "would" in which such a word counts. */
const SURE_WITHIN = 3;

/** Whether the word at `index` is a "would" with a condition before it in its sentence, and nothing after it making the outcome sure. */
export function conditionalWould(p: Passage, index: number): boolean {
  const ws = p.words;
  if (ws[index]?.lower !== 'would') return false;
  const after = ws.slice(index + 1, index + 1 + SURE_WITHIN);
  if (after.some((w, i) => MAKES_SURE.test(w.lower) || (w.lower === 'all' && after[i + 1]?.lower === 'but'))) return false;
  for (let i = 0; i < index; i++) if (CONDITION.test(ws[i]!.lower)) return true;
  return false;
}
