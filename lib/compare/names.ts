/**
 * Names: capitalised phrases ("University of Toronto", "Jack Clark") and typo-tolerant name equality through fuse.js.
 * The titles written next to a person are titles.ts's.
 */

import Fuse from 'fuse.js';
import type { Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { memo, type Passage, slot, type Word } from './passage';
import { ROLE_WORD } from './roles';
import { startsUpper } from '../text/capitals';

// Memo slots of this file's extractors.
const NAMES_SLOT = slot();

export const CONNECTORS = new Set(['of', 'for', 'de', 'von', 'van', 'al']);
export const NOT_NAMES = new Set(['i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'in', 'on', 'at', 'as', 'but', 'and', 'or', 'if', 'while', 'when', 'without', 'with', 'after', 'before', 'since', 'earlier', 'later', 'according', 'however', 'still', 'even', 'lead', 'rival', 'given', 'despite', 'although', 'though', 'because', 'unlike', 'like', 'meanwhile', 'instead', 'yet', 'everything', 'anything', 'something', 'nothing', 'everyone', 'anyone', 'someone', 'everybody', 'anybody', 'somebody', 'nobody']);

/** A verb or pronoun run into its contraction ("Didn't", "We're", "They'll"): a sentence's first word, never a name. */
const CONTRACTION = /n['’]t$|['’](?:ll|re|ve|d|m)$/;

/** A name phrase with its lower-case form. */
export interface Name extends Piece {
  lower: string;
  /** The lower-case form's words, split on first use (names are memoised per passage). */
  words?: string[];
  /** Whether it can name a person (checkTitles' test, kept with the name as the words are). */
  person?: boolean;
  /** Whether it is a day or month ("Monday", "March"), a time rather than a name (checkNames' test, kept likewise). */
  time?: boolean;
}

/** A name of an institution rather than a person: "of" inside it, or an institution's head word (or a law's or a treaty's: "Production Act"). */
export const INSTITUTION =
  /\bof\b|\b(?:Act|Acts|Treaty|Convention|Amendment|Directive|Regulation|Accord|Charter|Protocol|Statute|Order|University|Institute|College|School|Academy|Administration|Agency|Department|Ministry|Office|Council|Committee|Commission|Foundation|Association|Center|Centre|Laboratory|Lab|Labs|Group|Company|Corporation|Inc|Ltd|Press|Times|News|Post|House|Congress|Senate|Parliament|Court|Bureau|Authority|Board|Service|Nations|States|Union|Kingdom|Republic|Federation|Emirates|Systems|Technologies|Solutions|Networks|Partners|Holdings|Ventures|Industries|Software|Bank|Trust|Society|Club|LLP|LLC|PLC|plc)\b/;

/** A full name ("Jack Clark"), not an institution's: only that identifies a person well enough to compare. */
export const isPerson = (x: Name) => (x.person ??= x.text.includes(' ') && !INSTITUTION.test(x.text));

/** Capitalised word runs (with "of"-style connectors), skipping sentence-initial function words. */
export function namePhrases(p: Passage): Name[] {
  return memo(p, NAMES_SLOT, findNames);
}

function findNames(p: Passage): Name[] {
  const out: Name[] = [];
  const ws = p.words;
  // A quoted title set in title case ("'Leading Security in the Week AI Asked to Slow Down'") capitalises every word.
  const titles = p.quotes.filter((q) => titleCased(ws.filter((w) => w.start >= q.start && w.end <= q.end)));
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    if (!nameWord(w.text) || NOT_NAMES.has(w.lower) || STOPWORDS.has(w.lower) || CONTRACTION.test(w.lower) || titles.some((q) => q.start <= w.start && w.end <= q.end)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length) {
      const next = ws[j + 1]!;
      const gap = p.norm.slice(ws[j]!.end, next.start);
      // A hyphen joins a name ("Carvalho-Reid"); a dash with spaces around it ("Thursday - Anthropic") ends it.
      if (!/^(?:\s*|-)$/.test(gap)) break;
      // A possessive ends its name ("Anthropic's IPO" is Anthropic's), unless a place or body is named by one ("Queen's University").
      if (/['\u2019]s$/.test(ws[j]!.text) && !/^(?:University|College|School|Hospital|Institute|Church|Cathedral|Park|Bay|Island|Road|Square)$/.test(next.text)) break;
      if (nameWord(next.text)) j++;
      else if (CONNECTORS.has(next.lower) && ws[j + 2] && nameWord(ws[j + 2]!.text) && /^\s+$/.test(p.norm.slice(next.end, ws[j + 2]!.start))) j += 2;
      else break;
    }
    // A capitalised title leading the run ("Professor Jane Doe", "Lead Researcher X") is a title, not part of the name.
    let first = i;
    while (first < j && ROLE_WORD.test(ws[first]!.lower)) first++;
    // One inside it, before more name words, parts an organisation from its person ("Anthropic CEO Jack Clark").
    const role = ws.slice(first + 1, j).findIndex((x) => ROLE_WORD.test(x.lower));
    if (role >= 0) {
      const at = first + 1 + role;
      let after = at;
      while (after < j && ROLE_WORD.test(ws[after]!.lower)) after++;
      if (after <= j && !ROLE_WORD.test(ws[after]!.lower)) {
        const orgEnd = ws[at - 1]!.end;
        const org = p.text.slice(ws[first]!.start, orgEnd).replace(/['\u2019]s$/, '');
        out.push({ text: org, start: ws[first]!.start, end: orgEnd, lower: org.toLowerCase() });
        first = after;
      }
    }
    const start = ws[first]!.start;
    const end = ws[j]!.end;
    const text = p.text.slice(start, end).replace(/['\u2019]s$/, '');
    out.push({ text, start, end, lower: text.toLowerCase() });
    i = j + 1;
  }
  return out;
}

/** Words of a title in title case: five or more, every one of four letters or more capitalised, past the first. */
function titleCased(ws: Word[]): boolean {
  const long = ws.slice(1).filter((w) => w.lower.length >= 4);
  return ws.length >= 5 && long.length >= 3 && long.every((w) => nameWord(w.text));
}

/** True when two names are the same allowing typos ("Anthropoc" ~ "Anthropic") or one containing the other. */
export function sameName(a: string, b: string): boolean {
  return sameLower(a.toLowerCase(), b.toLowerCase()) || capitalsOf(a, b) || capitalsOf(b, a);
}

/** Two to five capitals and nothing else ("OAI"); a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call. */
const CAPITALS = /^\p{Lu}{2,5}$/u;

/** Whether `short` is written in the capitals of the one word `full`, in order ("OAI" for "OpenAI"); initials of several words are sameLower's. */
function capitalsOf(short: string, full: string): boolean {
  if (!CAPITALS.test(short) || full.length <= short.length || /\s/.test(full)) return false;
  return [...full].filter((c) => startsUpper(c)).join('') === short;
}

/** sameName for two name phrases (their lower-case forms are already at hand). */
export function sameNames(x: Name, y: Name): boolean {
  return sameLower(x.lower, y.lower);
}


/** Where `text` has `words` as whole words (no letter or digit either side), or -1. */
export function wholeWordsAt(text: string, words: string): number {
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + words.length] ?? ' ')) return i;
  }
  return -1;
}

/** A brand's small first letters and the capital after them ("xAI", "iPhone"). */
const BRAND_START = /^\p{Ll}{1,2}\p{Lu}/u;

/** A word a name may hold: capitalised, or a brand written with a small first letter and a capital after it ("xAI", "iPhone"). */
function nameWord(word: string): boolean {
  return startsUpper(word) || BRAND_START.test(word);
}

/**
 * sameName on lower-cased strings, answered once per pair of strings (names recur in every pair of sentences). Every
 * test is symmetric but fuse.js's score, which the first order asked fixes for the pair.
 */
function sameLower(x: string, y: string): boolean {
  if (x === y) return true;
  const [lo, hi] = x < y ? [x, y] : [y, x];
  let row = sameCache.get(lo);
  let same = row?.get(hi);
  if (same === undefined) {
    same = sameLowerOnce(x, y);
    if (sameSize > 20000) {
      sameCache.clear();
      sameSize = 0;
      row = undefined;
    }
    if (!row) sameCache.set(lo, (row = new Map()));
    row.set(hi, same);
    sameSize++;
  }
  return same;
}

/** Verdicts by the two lower-case names in code-unit order (some thousands at most, then started afresh). */
const sameCache = new Map<string, Map<string, boolean>>();
let sameSize = 0;

function sameLowerOnce(x: string, y: string): boolean {
  if (contains(x, y) || contains(y, x) || initialsOf(x, y) || initialsOf(y, x)) return true;
  if (Math.abs(x.length - y.length) > 3 || x.charCodeAt(0) !== y.charCodeAt(0)) return false;
  // Names of several words that differ in one are the same when that word is ("Anthropoc PBC"), not when the rest
  // carries the likeness ("University of Tokyo" is no typo of "University of Toronto").
  const wx = x.split(' ');
  const wy = y.split(' ');
  const differ = wx.length === wy.length && wx.length > 1 ? wx.flatMap((w, i) => (w === wy[i] ? [] : [i])) : [];
  if (differ.length === 1) return sameLowerOnce(wx[differ[0]!]!, wy[differ[0]!]!);
  const r = new Fuse([y], { includeScore: true, threshold: 0.3, ignoreLocation: true }).search(x)[0];
  return !!r && (r.score ?? 1) <= 0.3;
}

/** Words an abbreviation leaves out ("United States of America": USA). */
const UNABBREVIATED = new Set(['of', 'the', 'and', 'for']);

/** Whether `short` (lower case, letters and full stops) is the initials of `long`'s words: "us" and "u.s." of "united states". */
function initialsOf(short: string, long: string): boolean {
  const letters = short.replace(/\./g, '');
  if (letters.length < 2 || letters.length > 5 || !/^[a-z]+$/.test(letters) || !long.includes(' ')) return false;
  const words = long.split(/\s+/).filter((w) => !UNABBREVIATED.has(w));
  return words.length === letters.length && words.every((w, i) => w[0] === letters[i]);
}

/**
 * One name holding the other as whole words ("nicolas papernot" holds "papernot"), not as letters inside a word
 * ("future of humanity institute for ai" does not make every "ai" the same name, nor "thailand" hold "ai").
 */
function contains(long: string, short: string): boolean {
  if (short.length < 3) return false;
  for (let at = long.indexOf(short); at >= 0; at = long.indexOf(short, at + 1)) {
    const end = at + short.length;
    if ((at === 0 || long[at - 1] === ' ') && (end === long.length || long[end] === ' ')) return true;
  }
  return false;
}


/** True when a name also appears (perhaps with a typo) among others. */
export function hasName(name: Name, others: Name[]): boolean {
  return others.some((o) => sameLower(name.lower, o.lower));
}
