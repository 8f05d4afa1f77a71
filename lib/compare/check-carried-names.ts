/**
 * A name changed in the sentence before, when this one carries its subject on ("Another team, at McGill University,
 * found a new danger. They used AI tools to build a worm." against "Researchers at the University of Toronto
 * demonstrated how AI tools could create a worm"): the sentence the outlet's matches holds the claim, the one before
 * it the name.
 */

import type { Finding } from './finding';
import type { Passage } from './passage';
import { checkNames } from './check-names';

/** A sentence opening with a word that stands for the subject of the one before. */
const CARRIES_ON = /^\s*(?:they|it|he|she|the (?:team|researchers|scientists|group|company|lab))\b/i;

/**
 * A name of the sentence before (same paragraph) against the other passage's, when this sentence carries its subject on;
 * minContext: context words shared around the two names (one on the same point: the sentences are alike only through
 * the one that carries on).
 */
export function checkCarriedNames(a: Passage, b: Passage, minContext = 1): Finding | null {
  const offset = a.beforeOffset;
  if (offset === undefined || !CARRIES_ON.test(a.norm)) return null;
  const before = a.before?.();
  if (!before) return null;
  const f = checkNames(before, b, minContext);
  if (!f || f.kind !== 'name') return null;
  // The marks are the sentence before's: placed from this sentence's start, they stand before it.
  return { ...f, a: f.a.map((x) => ({ ...x, start: x.start + offset, end: x.end + offset })) };
}
