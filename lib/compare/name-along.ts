/**
 * A name found in another's place against one outlet ("University of Ottawa" / "University of Toronto"), read again in
 * the other outlets' versions of the point: each that names the first outlet's name, and not the page's, differs too.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import type { Passage } from './passage';
import { namePhrases, sameName } from './names';

/**
 * The page's name against `other`, a version of the point linked to the outlet's (or a close partner of the page's
 * sentence): a divergence when `other` names the outlet's name and not the page's. A title is not carried: a person
 * may hold two roles, which titleStands weighs for each outlet's article.
 */
export function nameAlong(f: Finding, other: Passage): Finding | null {
  const [x, y] = [f.a[0], f.b[0]];
  if (f.title || !x || !y || f.a.length !== 1 || f.b.length !== 1) return null;
  const names = namePhrases(other);
  if (names.some((n) => sameName(n.text, x.text))) return null;
  const z = names.find((n) => sameName(n.text, y.text));
  if (!z) return null;
  const pb = [{ text: z.text, start: z.start, end: z.end }];
  return { kind: 'name', a: f.a, b: pb, summary: summarise(f.a, pb), confidence: f.confidence };
}
