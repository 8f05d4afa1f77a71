/**
 * An order the edit put into an edited sentence of a recognised article, or turned around ("The discussion follows
 * research from Toronto" edited to "predates", "the proposal arrives as researchers demonstrated" to "weeks after").
 * The unedited sentence ties the point to the other outlets' sentences on it; an outlet that does not place the
 * events as the page now does diverges from it.
 */

import { claimThere, type Edit } from './edited-sentences';
import { summarise, type Finding } from './finding';
import type { Passage, Word } from './passage';
import { markers } from './sequence-markers';

/** Order words the marker reader leaves to context, which an edit puts in to place one event after or before another. */
const ORDER_WORDS: Array<[RegExp, string]> = [
  [/^(?:afterwards|afterward|later|subsequently|until)$/, 'after'],
  [/^(?:earlier|beforehand|previously|first|already)$/, 'before'],
];

/** Verbs whose "after" is their object's, not a time ("gone after high-value systems", "look after"). */
const PHRASAL = /^(?:go|goes|going|gone|went|look|looks|looked|looking|run|runs|ran|running|chase|chases|chased|chasing)$/;

/** The class of order a word puts in ("after", "before", "same"), by the marker reader or the words above. */
function orderAt(p: Passage, w: Word): string | null {
  const i = p.words.indexOf(w);
  if (w.lower === 'after' && PHRASAL.test(p.words[i - 1]?.lower ?? '')) return null;
  const m = markers(p).find((x) => x.start <= w.start && w.end <= (x.word ?? x.end) && x.cls !== 'first');
  if (m) return m.cls;
  // "released the findings and then notified them": the second event after the first.
  if (w.lower === 'then' && p.words[i - 1]?.lower === 'and') return 'after';
  // "OpenAI has since answered it": after the event the sentence is about.
  if (w.lower === 'since' && /^(?:has|have|had)$/.test(p.words[i - 1]?.lower ?? '')) return 'after';
  return ORDER_WORDS.find(([re]) => re.test(w.lower))?.[1] ?? null;
}

/** The classes of order words among `ws` of passage p. */
const ordersIn = (p: Passage, ws: Word[]) => new Set(ws.map((w) => orderAt(p, w)).filter((c): c is string => c !== null));

/** Words an edit may put in at most to be read as an order changed rather than a sentence rebuilt. */
const MAX_ADDED = 8;

/** The page placing an event after or before another where its original did not, against an outlet that does not place it so. */
export function checkEditedSequence(a: Passage, b: Passage, edit: Edit): Finding | null {
  // A sentence rewritten throughout orders its clauses anew ("X comes as Y" / "Y, and X followed").
  if (edit.rewritten) return null;
  for (const swap of edit.swaps) {
    if (!swap.added.length || swap.added.length > MAX_ADDED) continue;
    const now = ordersIn(a, swap.added);
    if (now.size !== 1) continue;
    const cls = [...now][0]!;
    // The original ordered the events so already, in the words the edit took out or kept beside them.
    const was = ordersIn(edit.original, edit.original.words.slice(Math.max(0, swap.from - 1), swap.from + swap.removed.length + 1));
    if (was.has(cls)) continue;
    const at = swap.added.find((w) => orderAt(a, w) === cls)!;
    // An order word moved within the sentence ("notified them before releasing it" / "Before releasing it, he notified them").
    if (edit.swaps.some((x) => x.removed.some((w) => w.lower === at.lower))) continue;
    const index = a.words.indexOf(at);
    const there = claimThere(a, index, b);
    if (!there) continue;
    // An outlet placing the events as the page now does agrees with it.
    if (ordersIn(b, there.near).has(cls)) continue;
    const pa = [{ start: swap.added[0]!.start, end: swap.added.at(-1)!.end, text: a.text.slice(swap.added[0]!.start, swap.added.at(-1)!.end) }];
    return { kind: 'sequence', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.6 };
  }
  return null;
}
