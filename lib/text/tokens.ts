/** Content tokens: stemmed, lower-cased words with their offsets and the traits anchors are made of. */

import { stemmer } from 'stemmer';
import { words, type Piece } from './segment';
import { STOPWORDS } from './stopwords';
import { normalizeChars } from './normalize';

/** One content word of a text. */
export interface Token {
  /** Stemmed lower-case form, the key everything matches on. */
  term: string;
  /** The word as written (possessive stripped). */
  raw: string;
  start: number;
  end: number;
  /** Capitalised and not the first word of its sentence: likely part of a name. */
  cap: boolean;
  /** Contains a digit (years, counts, amounts). */
  num: boolean;
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);

/** Capitalised words that name the subject area rather than anyone in it. */
const GENERIC_CAPS = new Set(['AI', 'IT', 'AGI', 'LLM', 'LLMs']);

const stemCache = new Map<string, string>();

/** Words as posts and headlines shorten them, stemmed as the words they stand for ("admin", "exec", "govt"). */
const SHORT_FORMS: Record<string, string> = {
  admin: 'administration', admins: 'administrations', exec: 'executive', execs: 'executives', govt: 'government', govts: 'governments',
  "gov't": 'government', dept: 'department', depts: 'departments', intl: 'international', natl: 'national', univ: 'university',
  tech: 'technology', info: 'information', yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks', mths: 'months',
};

/**
 * Words Porter folds into the stem of a word of other meaning ("authority" into "author", as in "authored"), kept to
 * a stem of their own.
 */
const OWN_STEMS = new Map<string, string>([
  ['authority', 'authorit'],
  ['authorities', 'authorit'],
]);

/** Porter stem with a cache: the same few thousand words recur across every page. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    // A Map and Object.hasOwn: a plain object's look-up would find "constructor" and "toString" on its prototype.
    s = /\d/.test(word) ? word : OWN_STEMS.get(word) ?? stemmer(Object.hasOwn(SHORT_FORMS, word) ? SHORT_FORMS[word]! : word);
    if (stemCache.size > 200000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** True for words that name a quantity ("six", "trillion"). */
export function isNumberWord(lower: string): boolean {
  return NUMBER_WORDS.has(lower);
}

/** What a word contributes as a token whatever its place in the text; null for a stop word. */
interface WordToken {
  term: string;
  raw: string;
  /** Written with a capital that its lower case lacks, and not a generic subject word ("AI"). */
  capital: boolean;
  num: boolean;
}

/** A word's comparable forms: normalised lower case without a possessive 's, and its stem. */
export interface WordForms {
  lower: string;
  stem: string;
}

/** Everything the engine derives from a word's text alone: its token (null for a stop word) and its forms. */
interface WordEntry {
  token: WordToken | null;
  forms: WordForms;
}

const wordCache = new Map<string, WordEntry>();

/** A word's entry, cached by its text: the same words recur in every sentence. */
function wordEntry(text: string): WordEntry {
  let e = wordCache.get(text);
  if (e !== undefined) return e;
  let raw = text;
  let lower: string;
  if (raw.includes("'") || raw.includes('’')) {
    raw = raw.replace(/[’']s$/i, '').replace(/[’']$/, '');
    lower = raw.replace(/’/g, "'").toLowerCase();
  } else lower = raw.toLowerCase();
  const token =
    STOPWORDS.has(lower) || (lower.length < 2 && !/\d/.test(lower))
      ? null
      : { term: stem(lower), raw, capital: raw[0] !== lower[0] && !GENERIC_CAPS.has(raw), num: /\d/.test(raw) || isNumberWord(lower) };
  let formLower = normalizeChars(text).toLowerCase();
  if (formLower.endsWith("'s")) formLower = formLower.slice(0, -2);
  e = { token, forms: { lower: formLower, stem: stem(formLower) } };
  if (wordCache.size > 200000) wordCache.clear();
  wordCache.set(text, e);
  return e;
}

/** The forms of a word as written (a words() piece's text), cached by that text. */
export function wordForms(text: string): WordForms {
  return wordEntry(text).forms;
}

/**
 * Content tokens of a text (stop words dropped), offsets relative to the text; pass its words if already
 * segmented, and an array to receive every word's forms (stop words included) if they are wanted too.
 */
export function tokenize(text: string, ws: Piece[] = words(text), forms?: WordForms[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const e = wordEntry(w.text);
    if (forms) forms[i] = e.forms;
    const t = e.token;
    if (t === null) continue;
    let k = w.start - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 160)) k--;
    const sentenceStart = i === 0 || k < 0 || opensSentence(text.charCodeAt(k));
    out.push({
      term: t.term,
      raw: t.raw,
      start: w.start,
      end: w.start + t.raw.length,
      cap: !sentenceStart && t.capital,
      num: t.num,
    });
  }
  return out;
}

/** Whether a word right after this character starts a sentence or quotation: . ! ? : " “ ” */
function opensSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x22 || c === 0x201c || c === 0x201d;
}

/** Just the terms of a text, for indexing. */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
