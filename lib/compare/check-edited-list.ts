/**
 * A member of a list the edit replaced in an edited sentence of a recognised article ("collaboration between companies,
 * government agencies, and academic institutions" edited to "companies, insurers, and academic institutions"): the
 * members kept tie the list to an outlet's sentence on its point, and an outlet that names the member taken out, and
 * not the new one, lists other parties than the page now does.
 */

import type { Edit } from './edited-sentences';
import { summarise, type Finding } from './finding';
import { kin } from './modality';
import type { Passage, Word } from './passage';
import { STOPWORDS } from '../text/stopwords';

/** Words a list member may have at most, on either side of the swap. */
const MEMBER_WORDS = 3;
/** Words either side of the swap read as the members kept around it. */
const NEIGHBOURS = 6;
/** What joins list members: a comma, or "and" / "or" (after a comma or not). */
const JOIN_BEFORE = /(?:,|\band|\bor|\bbetween)\s*$/i;
const JOIN_AFTER = /^\s*(?:,|and\b|or\b)/i;

/** Nouns for a business of any kind, which stand for one another ("lab, company, or …" / "lab, firm, or …"). */
const GENERIC = /^(?:company|companies|firm|firms|business|businesses|corporation|corporations|enterprise|enterprises|organi[sz]ation|organi[sz]ations|outfit|outfits|developer|developers|player|players)$/;

const content = (ws: Word[]) => ws.filter((w) => !STOPWORDS.has(w.lower) && w.lower.length > 2);
const hasStem = (p: Passage, stem: string) => p.words.some((w) => kin(w.stem, stem));

/** The page listing a party in place of one an outlet on the point lists with the same others. */
export function checkEditedList(a: Passage, b: Passage, edit: Edit): Finding | null {
  if (edit.rewritten) return null;
  for (const swap of edit.swaps) {
    const was = content(swap.removed);
    const now = content(swap.added);
    if (!was.length || !now.length || swap.removed.length > MEMBER_WORDS || swap.added.length > MEMBER_WORDS) continue;
    // A list member: joined to the members before and after it, in the page as in the original.
    const first = swap.added[0]!;
    const last = swap.added.at(-1)!;
    if (!JOIN_BEFORE.test(a.text.slice(Math.max(0, first.start - 12), first.start)) || !JOIN_AFTER.test(a.text.slice(last.end, last.end + 6))) continue;
    // Another word for the same party ("academic institutions" / "universities") is a rewording.
    const related = a.related ?? b.related;
    if (now.some((x) => was.some((y) => kin(x.stem, y.stem) || related?.(x.stem, y.stem) === true || (GENERIC.test(x.lower) && GENERIC.test(y.lower))))) continue;
    // The outlet names the member taken out, not the new one, and some member kept beside it.
    if (!was.every((w) => hasStem(b, w.stem)) || now.some((w) => hasStem(b, w.stem))) continue;
    const at = a.words.indexOf(first);
    const kept = content([...a.words.slice(Math.max(0, at - NEIGHBOURS), at), ...a.words.slice(at + swap.added.length, at + swap.added.length + NEIGHBOURS)]);
    if (!kept.some((w) => hasStem(b, w.stem))) continue;
    // The member as the outlet writes it: its first word taken out and the words of it that follow ("government agencies").
    const from = b.words.findIndex((w) => kin(w.stem, was[0]!.stem));
    let to = from;
    while (to + 1 < b.words.length && to - from + 1 < was.length && kin(b.words[to + 1]!.stem, was[to - from + 1]!.stem)) to++;
    const pa = [{ start: first.start, end: last.end, text: a.text.slice(first.start, last.end) }];
    const pb = [{ start: b.words[from]!.start, end: b.words[to]!.end, text: b.text.slice(b.words[from]!.start, b.words[to]!.end) }];
    return { kind: 'name', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.6 };
  }
  return null;
}
