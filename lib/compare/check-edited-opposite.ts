/**
 * A word the edit turned into its opposite in an edited sentence of a recognised article ("current trends make
 * plausible" edited to "implausible", "the pool has expanded" to "has shrunk"): the unedited sentence ties the claim to
 * the other outlets' sentences on its point, which state it as the original did, so the page now denies it.
 */

import { claimThere, type Edit } from './edited-sentences';
import { summarise, type Finding } from './finding';
import { negations } from './negations';
import type { Passage, Word } from './passage';

/** Prefixes that make a word its own opposite ("plausible" / "implausible", "capable" / "incapable"). */
const NEGATING_PREFIX = /^(?:un|in|im|il|ir|dis|non-?)/;

/** Endings of a comparative or an adverb, taken off to find a word's opposites ("faster" is "fast"'s). */
const ENDING = /(?:er|est|ly)$/;

/** Whether two words are opposites: by the corpus's opposites (WordNet), their bare forms', or a negating prefix. */
function opposite(p: Passage, x: Word, y: Word): boolean {
  const opp = p.opposites;
  const lists = (w: Word) => [w.stem, w.stem.replace(ENDING, '')].flatMap((s) => (s.length >= 3 && opp ? [...opp(s)] : []));
  if (lists(x).includes(y.stem) || lists(y).includes(x.stem) || lists(x).includes(y.stem.replace(ENDING, ''))) return true;
  const [s, l] = x.lower.length < y.lower.length ? [x.lower, y.lower] : [y.lower, x.lower];
  const m = NEGATING_PREFIX.exec(l);
  return s.length >= 4 && !!m && l.slice(m[0].length) === s;
}

/** Letters two forms of one verb share at least ("adapting" / "adapts" / "adaptive"). */
const FAMILY = 5;

/** Whether the word at i opens a claim with "of" or "to" ("incapable of adapting") whose verb the outlet's words have. */
function opensClaimIn(a: Passage, i: number, near: Word[]): boolean {
  const verb = /^(?:of|to)$/.test(a.words[i + 1]?.lower ?? '') ? a.words[i + 2] : undefined;
  if (!verb || verb.lower.length < FAMILY) return false;
  const root = verb.lower.slice(0, FAMILY);
  return near.some((w) => w.lower.startsWith(root));
}

/** The page stating the opposite of what its original said, against an outlet that states it as the original did. */
export function checkEditedOpposite(a: Passage, b: Passage, edit: Edit): Finding | null {
  if (edit.rewritten) return null;
  // One word traded for its opposite (a longer swap, "least cautious" / "most reckless", may say the same again).
  const flips = edit.swaps.filter((s) => s.removed.length === 1 && s.added.length === 1 && opposite(a, s.removed[0]!, s.added[0]!));
  if (flips.length !== 1) return null;
  const was = flips[0]!.removed[0]!;
  const now = flips[0]!.added[0]!;
  const at = a.words.indexOf(now);
  const there = claimThere(a, at, b);
  if (!there) return null;
  // An outlet that says what the page now says, or denies the claim itself, agrees with the page.
  if (there.near.some((w) => w.stem === now.stem) || negations(b).some((n) => there.near.includes(n.word))) return null;
  // The outlet states what the page turned around: the word itself ("more collaboration" against "less collaboration"),
  // or the claim it opens ("incapable of adapting" against "a worm that adapts").
  if (!b.words.some((w) => w.stem === was.stem) && !opensClaimIn(a, at, there.near)) return null;
  const pa = [{ start: now.start, end: now.end, text: now.text }];
  return { kind: 'negation', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.65 };
}
