/**
 * A claim the edit negated, or whose negation it dropped, in an edited sentence of a recognised article ("the least
 * cautious players could pull ahead" edited to "could not pull ahead"). The unedited sentence ties the claim to the
 * other outlets' sentences on its point, so an outlet stating the claim as the original did diverges from the page.
 */

import { claimThere, type Edit } from './edited-sentences';
import { summarise, type Finding } from './finding';
import { governed, isNegator, span, type Marker } from './modality';
import { negations } from './negations';
import type { Passage } from './passage';

/** Words that deny through the noun phrase they open or stand for ("no single lab", "none of the labs", "nobody"). */
const NEGATING = new Set(['no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'never']);

/** The page negating what the outlet asserts, or asserting what it negates, where the edit added or dropped the negation. */
export function checkEditedNegation(a: Passage, b: Passage, edit: Edit): Finding | null {
  const inSwap = (x: Passage, ws: Edit['swaps'][number]['added']) => negations(x).find((m) => ws.some((w) => w.start === m.word.start));
  // A negation the edit moved is none added or dropped: "should not rest with any single lab" reworded "No single lab
  // should hold" denies the same claim (a negating determiner on the subject is no negation marker of its own).
  const addsNegator = edit.swaps.some((s) => inSwap(a, s.added) || s.added.some((w) => isNegator(w.text.toLowerCase()) || NEGATING.has(w.text.toLowerCase())));
  if (addsNegator && edit.swaps.some((s) => inSwap(edit.original, s.removed))) return null;
  for (const swap of edit.swaps) {
    const added = inSwap(a, swap.added);
    const dropped = added ? undefined : inSwap(edit.original, swap.removed);
    const m = added ?? dropped;
    if (!m) continue;
    // "faster than safety measures can keep pace" already denies what "safety measures cannot keep pace" does.
    if (added && comparedAway(edit.original, governed(a, m)?.stem)) continue;
    // A sentence rewritten throughout may deny in other words what its original said ("extend beyond" / "are not
    // confined to"): there the denial counts only on a claim word the two share.
    if (edit.rewritten && !keptClaim(added ? a : edit.original, m, added ? edit.original : a)) continue;
    const there = claimThere(added ? a : edit.original, m.index, b);
    // The outlet must word the claim as the original did: asserted where the page added a negation, negated where it
    // dropped one (a predicate's negation: "governments, not companies" is a contrast).
    if (!there || negations(b).some((n) => there.near.includes(n.word)) !== !!dropped) continue;
    const at = Math.min(added ? m.index : swap.at, a.words.length - 1);
    const pa = [span(a, at, Math.min(at + 2, a.words.length - 1))];
    return { kind: 'negation', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.7 };
  }
  return edit.rewritten ? null : scarceIn(a, b, edit);
}

/** Words that, put before a noun, say there is next to none of it ("little improvement", "scant progress"). */
const SCARCE = new Set(['little', 'scant', 'negligible', 'minimal', 'no']);

/**
 * A quantity denied where the original stated one ("Rapid improvements in AI coding" edited to "Little improvement"):
 * the word before a kept noun traded for a word of next to none, against an outlet that states the claim undenied.
 */
function scarceIn(a: Passage, b: Passage, edit: Edit): Finding | null {
  for (const swap of edit.swaps) {
    // The word alone, or with its noun's number changed to suit it ("Rapid improvements" / "Little improvement").
    if (!swap.added.length || swap.added.length > 2 || swap.removed.length > 2 || !swap.removed.length) continue;
    const now = swap.added[0]!;
    const at = a.words.indexOf(now);
    // "a little" is some; the noun after must be the original's too (only its quantity changed).
    if (!SCARCE.has(now.lower) || a.words[at - 1]?.lower === 'a' || swap.removed.some((w) => SCARCE.has(w.lower) || isNegator(w.lower))) continue;
    const noun = a.words[at + 1];
    if (!noun || !edit.original.words.some((w) => w.stem === noun.stem)) continue;
    const there = claimThere(a, at, b);
    if (!there || negations(b).some((n) => there.near.includes(n.word)) || there.near.some((w) => SCARCE.has(w.lower))) continue;
    const pa = [span(a, at, Math.min(at + 1, a.words.length - 1))];
    return { kind: 'negation', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.65 };
  }
  return null;
}

/** Whether the word a negation governs in `x` is also in `y`. */
function keptClaim(x: Passage, m: Marker, y: Passage): boolean {
  const stem = governed(x, m)?.stem;
  return !!stem && y.words.some((w) => w.stem === stem);
}

/** Words before a verb within which a "than" makes the verb's claim one a comparison denies ("faster than X can keep"). */
const THAN_REACH = 6;

/** Whether the original words the claim of `stem` after "than": the comparison already says it does not hold. */
function comparedAway(original: Passage, stem: string | undefined): boolean {
  const ws = original.words;
  return !!stem && ws.some((w, i) => w.stem === stem && ws.slice(Math.max(0, i - THAN_REACH), i).some((x) => x.lower === 'than'));
}
