/**
 * How an article writes a one-word name, for telling a person from an organisation: news writing names a person in
 * full at first mention, so a word an article writes as the last of a full name ("Nicolas Papernot") is a person's
 * name, and one it writes capitalised after a lower-case word ("…, rival company OpenAI") is some other proper name.
 */

import { words, type Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { NOT_NAMES } from './names';
import { startsUpper } from '../text/capitals';
import { ROLE_WORD } from './roles';
import { INSTITUTION } from './names';

/** A word written as a name: a capital, then lower-case letters (a name run: "Nicolas Papernot", not "OpenAI"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const NOT_FIRST_NAME = /^(?:[a-z]+day|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** A word that makes a run of capitalised words an institution's or a place's name, not a person's. */
const notPersonWord = (w: string) => INSTITUTION.test(w) || /^(?:House|Valley|Street)$/.test(w);

/** How an article writes a one-word name: as a person's last name, named in full somewhere ("Nicolas Papernot"), or as a proper name mid-sentence ("…, rival company OpenAI"). */
export type NameUse = 'person' | 'proper' | null;

/** A text cut into words: a sentence or a paragraph of an article. */
type Cut = { text: string; words: readonly Piece[] };

/** nameUses over paragraphs, cutting them into words. */
export function articleNameUses(paragraphs: readonly string[]): (lower: string) => NameUse {
  return nameUses(paragraphs.map((text) => ({ text, words: words(text) })));
}

/** How an article (its sentences or paragraphs) writes each one-word name asked of it (lower case), each answered once. */
export function nameUses(parts: readonly Cut[]): (lower: string) => NameUse {
  const known = new Map<string, NameUse>();
  let at: Map<string, Array<[Cut, number]>> | null = null;
  return (lower) => {
    let use = known.get(lower);
    if (use === undefined) known.set(lower, (use = useOf((at ??= capitalised(parts)).get(lower) ?? [])));
    return use;
  };
}

/** Where each capitalised word (lower case, without a possessive) stands: the one pass over an article's words. */
function capitalised(parts: readonly Cut[]): Map<string, Array<[Cut, number]>> {
  const at = new Map<string, Array<[Cut, number]>>();
  for (const part of parts) {
    const ws = part.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!.text;
      if (!startsUpper(w)) continue;
      const key = (isPossessive(w) ? w.slice(0, -2) : w).toLowerCase();
      const list = at.get(key);
      if (list) list.push([part, i]);
      else at.set(key, [[part, i]]);
    }
  }
  return at;
}

/** Only whitespace between word i and the next: one name may run on. */
const joined = (text: string, ws: readonly Piece[], i: number) => {
  const end = ws[i]!.end;
  const next = ws[i + 1]?.start ?? text.length;
  return (next === end + 1 && text.charCodeAt(end) === 32) || !text.slice(end, next).trim();
};
const isPossessive = (w: string) => w.endsWith("'s") || w.endsWith('’s');
const inNameRun = (w: string) => !isPossessive(w) && NAME_WORD.test(w);

function useOf(occurrences: Array<[Cut, number]>): NameUse {
  let proper = false;
  for (const [{ text, words: ws }, i] of occurrences) {
    const w = ws[i]!.text;
    // After a lower-case word in the same clause: a proper name, not a sentence's first word.
    const prev = ws[i - 1];
    if (prev) {
      const c = prev.text.charCodeAt(0);
      if (c >= 97 && c <= 122 && !/[.!?:;"”)]/.test(text.slice(prev.end, ws[i]!.start))) proper = true;
    }
    if (inNameRun(w) && endsPersonName(text, ws, i)) return 'person';
  }
  return proper ? 'proper' : null;
}

/** Word i ends a run of capitalised words that names a person in full: two or more once titles and function words are dropped. */
function endsPersonName(text: string, ws: readonly Piece[], i: number): boolean {
  if (ws[i + 1] && joined(text, ws, i) && inNameRun(ws[i + 1]!.text)) return false;
  let k = i;
  while (k > 0 && joined(text, ws, k - 1) && inNameRun(ws[k - 1]!.text)) k--;
  const run = ws.slice(k, i + 1).map((x) => x.text);
  let first = 0;
  while (first < run.length && isNotFirstName(run[first]!.toLowerCase())) first++;
  // A day or month ends what comes before it ("Last Thursday Anthropic, the company…"): a name starts after it.
  for (let j = first; j < run.length - 1; j++) if (NOT_FIRST_NAME.test(run[j]!.toLowerCase())) first = j + 1;
  return run.length - first >= 2 && !run.some(notPersonWord);
}

function isNotFirstName(w: string): boolean {
  // A contraction opening a question ("Isn't Anthropic in some…", "Doesn't OpenAI…") is a verb, not a first name.
  return STOPWORDS.has(w) || NOT_NAMES.has(w) || ROLE_WORD.test(w) || NOT_FIRST_NAME.test(w) || /n['’]t$/.test(w);
}
