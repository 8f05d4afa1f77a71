/**
 * A name put in place of another in an edited sentence of a recognised article ("Anthropic is pushing…" edited to
 * "Google is pushing…", "from the University of Toronto" to "from Stanford University"): the edit itself shows the
 * two names fill one slot, so an outlet naming the replaced one on the same point diverges from the page, however
 * the rest of their sentences differ.
 */

import type { Edit } from './edited-sentences';
import { wordDiff } from './diff';
import { summarise, type Finding } from './finding';
import { namePhrases, sameName, wholeWordsAt } from './names';
import { contextStems, sharedCount } from './context';
import type { Passage } from './passage';
import type { Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { REPORTING_VERBS, SPEAKER_TO_VERB } from '../text/reporting';

/** Words an edit may add or drop beside a name it replaces ("the University of Toronto" / "Stanford University"). */
const DETERMINERS = new Set(['the', 'a', 'an']);

/** A passage's words as tokens, each name phrase one token (its lower-case text). */
function tokens(p: Passage): Array<{ key: string; name: Piece | null }> {
  const names = namePhrases(p);
  const out: Array<{ key: string; name: Piece | null }> = [];
  let k = 0;
  for (let i = 0; i < p.words.length; i++) {
    const w = p.words[i]!;
    while (k < names.length && names[k]!.end <= w.start) k++;
    const n = names[k];
    if (!n || n.start > w.start) {
      out.push({ key: w.lower, name: null });
      continue;
    }
    // A name's text leaves out a possessive "'s" its span holds; a possessive inside it ends the name ("Anthropic's IPO").
    const inner = /['’]s\s/.exec(n.text);
    const text = inner ? n.text.slice(0, inner.index) : n.text;
    const name = { start: n.start, end: n.start + text.length, text };
    out.push({ key: `#${text.toLowerCase()}`, name });
    const until = inner ? n.start + inner.index + 2 : n.end;
    while (i + 1 < p.words.length && p.words[i + 1]!.start < until) i++;
    if (inner) {
      // The words after the possessive are tokens of their own.
      while (i + 1 < p.words.length && p.words[i + 1]!.start < n.end) out.push({ key: p.words[++i]!.lower, name: null });
    }
    k++;
  }
  return out;
}

/** Words a changed title may take before the name it goes with ("co-founder Jack Clark" / "chief executive Dario Amodei"). */
const TITLE_WORDS = 3;

/**
 * The one name a stretch of tokens holds with nothing else but determiners, or, when `titled`, last after a few
 * words of a title; or null. A name inside a phrase ("the Claude maker") is no replaced name.
 */
function onlyName(ts: Array<{ key: string; name: Piece | null }>, titled: boolean): Piece | null {
  const names = ts.filter((t) => t.name);
  if (names.length !== 1) return null;
  if (ts.every((t) => t.name || DETERMINERS.has(t.key))) return names[0]!.name;
  if (titled && ts[ts.length - 1]!.name && ts.length - 1 <= TITLE_WORDS) return names[0]!.name;
  // A name put in another's place with the words framing it changed, as a speaker's are ("OpenAI said" / "Anthropic
  // likewise argued that", "Anthropic says" / "According to OpenAI,"): the rest only frames.
  return ts.every((t) => t.name || framing(t.key)) ? names[0]!.name : null;
}

/** Words that frame a speaker's claim without adding to it: function words, verbs of saying, adverbs ("likewise", "also"), "for its part". */
const framing = (w: string) => STOPWORDS.has(w) || REPORTING_VERBS.has(w) || SPEAKER_TO_VERB.has(w) || ASIDE.has(w) || (w.length > 4 && w.endsWith('ly'));
const ASIDE = new Set(['likewise', 'similarly', 'too', 'part', 'meanwhile', 'instead', 'however', 'according']);

/**
 * Whether a name stands as a speaker: of a verb of saying right after it, past adverbs and an aside ("OpenAI, for its
 * part, says"), or after "according to".
 */
function speaks(a: Passage, x: Piece): boolean {
  if (/\baccording\s+to\s+(?:the\s+)?$/i.test(a.norm.slice(Math.max(0, x.start - 25), x.start))) return true;
  const next = a.words.filter((w) => w.start >= x.end).slice(0, 5);
  return next.some((w, i) => REPORTING_VERBS.has(w.lower) && next.slice(0, i).every((v) => framing(v.lower)));
}

/**
 * The page's new name against the outlet's use of the name the edit replaced; `edit` is the page passage's, and
 * `minContext` the content words the two names' surroundings must share (for an outlet sentence only loosely like it).
 */
export function checkReplacedName(a: Passage, b: Passage, edit: Edit, minContext = 0): Finding | null {
  const ta = tokens(edit.original);
  const tb = tokens(a);
  const d = wordDiff(ta.map((t) => t.key), tb.map((t) => t.key));
  const kept: Array<[number, number]> = [[-1, -1], ...d.pairs, [ta.length, tb.length]];
  const otherText = b.norm.toLowerCase();
  const movedTo = new Set(kept.slice(1).flatMap(([, j], k) => tb.slice(kept[k]![1] + 1, j).map((t) => t.key)));
  for (let k = 1; k < kept.length; k++) {
    const removed = ta.slice(kept[k - 1]![0] + 1, kept[k]![0]);
    const added = tb.slice(kept[k - 1]![1] + 1, kept[k]![1]);
    // A title may change with the name only where both sides give one ("co-founder X" / "chief executive Y").
    const titled = removed.length > 1 && added.length > 1;
    const y = onlyName(removed, titled);
    const x = y && onlyName(added, titled);
    // A typo or a fuller form of the same name ("Anthropoc", "Anthropic PBC") is no other name.
    if (!x || !y || sameName(x.text, y.text)) continue;
    // A name the edit puts back elsewhere in the sentence was moved, not replaced ("Anthropic argued that without" /
    // "Absent …, Anthropic argued,").
    if (movedTo.has(`#${y.text.toLowerCase()}`)) continue;
    const speaker = speaks(a, x) && speaks(edit.original, y);
    const name = y.text.toLowerCase();
    const at = wholeWordsAt(otherText, name);
    if (at < 0 || wholeWordsAt(otherText, x.text.toLowerCase()) >= 0) continue;
    const there = { start: at, end: at + name.length, text: b.text.slice(at, at + name.length) };
    if (minContext > 0 && sharedCount(contextStems(a, x), contextStems(b, there), a.related) < minContext) continue;
    // A speaker put in another's place is a change of who said it.
    return { kind: speaker ? 'attribution' : 'name', a: [x], b: [there], summary: summarise([x], [there]), confidence: 0.8 };
  }
  return null;
}
