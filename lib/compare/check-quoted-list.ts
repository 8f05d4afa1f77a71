/**
 * A list the page quotes against the same list told in an outlet's own words: 'should not be left to "any one lab, company,
 * or country"' / 'should not rest with any single lab, company, or interest group'. The items both sides share tie the
 * lists as one; the item each side alone gives is a word of the quotation changed, so it is reported as a quote. (A
 * quotation claims the speaker's words; a page's paraphrase of an outlet's quotation may say an item another way.)
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, type Passage, type Word } from './passage';
import { STOPWORDS } from '../text/stopwords';

const LISTS_SLOT = slot();

/** Words an item of a list may have ("special interest group", "water treatment facilities"). */
const ITEM_WORDS = 3;

/** The word that joins a list's last item ("A, B, or C"). */
const COORDINATOR = /^(?:and|or)$/;

/** One item of a coordinated list, with the content stems that name it. */
interface Item extends Piece {
  stems: string[];
  quoted: boolean;
}

/** The coordinated lists of three items or more in a passage ("A, B, or C", "A, B and C"). */
function lists(p: Passage): Item[][] {
  return memo(p, LISTS_SLOT, () => {
    const out: Item[][] = [];
    const ws = p.words;
    let i = 0;
    while (i < ws.length) {
      const list = listAt(p, ws, i);
      if (list) {
        out.push(list.items);
        i = list.next;
      } else i++;
    }
    return out;
  });
}

/** An item of these words, named by its content stems ("any one lab": "lab"); none when it has no content word. */
function item(p: Passage, words: Word[]): Item | null {
  const stems = words.filter((w) => !STOPWORDS.has(w.lower) && w.lower !== 'one' && w.lower !== 'single').map((w) => w.stem);
  if (stems.length === 0) return null;
  const [first, last] = [words[0]!, words.at(-1)!];
  return { text: p.text.slice(first.start, last.end), start: first.start, end: last.end, stems, quoted: words.every((w) => w.quoted) };
}

/** Whether only a comma (and spaces) separates two words. */
const commaBetween = (p: Passage, x: Word, y: Word) => /^\s*,\s*$/.test(p.norm.slice(x.end, y.start));
const spaceBetween = (p: Passage, x: Word, y: Word) => /^[\s-]*$/.test(p.norm.slice(x.end, y.start));

/** A list starting at word i: items of up to ITEM_WORDS words, separated by commas, the last after "and"/"or". */
function listAt(p: Passage, ws: Word[], i: number): { items: Item[]; next: number } | null {
  const items: Item[] = [];
  let k = i;
  for (;;) {
    // An item: the words up to the next comma or the coordinator.
    let end = k;
    while (end + 1 < ws.length && end - k + 1 < ITEM_WORDS && spaceBetween(p, ws[end]!, ws[end + 1]!) && !COORDINATOR.test(ws[end + 1]!.lower)) end++;
    const next = ws[end + 1];
    // A first item without a comma after it starts no list, so it is not read (most words start none).
    if (items.length === 0 && !(next && commaBetween(p, ws[end]!, next))) return null;
    const it = item(p, ws.slice(k, end + 1));
    if (!it) return null;
    items.push(it);
    if (!next) break;
    if (commaBetween(p, ws[end]!, next)) {
      // ", and C" / ", or C" closes the list; ", B" goes on.
      if (COORDINATOR.test(next.lower)) return close(p, ws, end + 2, items);
      k = end + 1;
      continue;
    }
    if (COORDINATOR.test(next.lower) && spaceBetween(p, ws[end]!, next) && items.length >= 2) return close(p, ws, end + 2, items);
    break;
  }
  return null;
}

/** The last item after the coordinator, if the list has two before it. */
function close(p: Passage, ws: Word[], k: number, items: Item[]): { items: Item[]; next: number } | null {
  if (items.length < 2 || k >= ws.length) return null;
  let end = k;
  // The last item ends at punctuation or a function word ("bus depots were…").
  while (end + 1 < ws.length && end - k + 1 < ITEM_WORDS && spaceBetween(p, ws[end]!, ws[end + 1]!) && !STOPWORDS.has(ws[end + 1]!.lower)) end++;
  const it = item(p, ws.slice(k, end + 1));
  if (!it) return null;
  items.push(it);
  return { items, next: end + 1 };
}

/** Whether two items name the same thing: their last content words (the heads) the same, related, or one short for the other ("lab"). */
function sameItem(x: Item, y: Item, related?: (s: string, t: string) => boolean): boolean {
  const [s, t] = [x.stems.at(-1)!, y.stems.at(-1)!];
  return s === t || !!related?.(s, t) || (Math.min(s.length, t.length) >= 3 && (s.startsWith(t) || t.startsWith(s)));
}

/** A list the page quotes and the outlet gives in its own words, the same but for one item on each side. */
export function checkQuotedList(a: Passage, b: Passage): Finding | null {
  // Only a list the page quotes counts, so a page sentence without a quotation is not read for lists. A block quotation
  // excerpts or forwards a whole text ("> …"), the outlet's own words as much as a speaker's: its lists are no quotation.
  if (a.quotes.length === 0 || a.blockQuoted) return null;
  const la = lists(a);
  if (la.length === 0) return null;
  const lb = lists(b);
  const same = (i: Item, j: Item) => sameItem(i, j, a.related ?? b.related);
  for (const x of la) {
    for (const y of lb) {
      // The page quotes the list and the outlet tells it in its own words: two quotations are check-quotes' to compare,
      // and a page's own words ("any one laboratory, firm or…") may say an outlet's quoted item another way.
      if (!x.some((i) => i.quoted) || y.some((i) => i.quoted)) continue;
      const onlyA = x.filter((i) => !y.some((j) => same(i, j)));
      const onlyB = y.filter((j) => !x.some((i) => same(i, j)));
      // One item changed on each side; the rest, two at least (a list has three), tie the lists as one.
      if (onlyA.length !== 1 || onlyB.length !== 1) continue;
      const pa = [{ text: onlyA[0]!.text, start: onlyA[0]!.start, end: onlyA[0]!.end }];
      const pb = [{ text: onlyB[0]!.text, start: onlyB[0]!.start, end: onlyB[0]!.end }];
      return { kind: 'quote', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}
