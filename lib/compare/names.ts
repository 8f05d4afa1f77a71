/**
 * Names and titles: capitalised phrases ("University of Toronto", "Jack Clark"), the role words written
 * next to a person ("co-founder", "lead researcher"), and typo-tolerant name equality through fuse.js.
 */

import Fuse from 'fuse.js';
import type { Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { memo, memoAt, type Passage, slot } from './passage';

// Memo slots of this file's extractors.
const NAMES_SLOT = slot();
const TITLES_SLOT = slot();
const TITLES_AFTER_SLOT = slot();
const SHARED_TITLES_SLOT = slot();

export const CONNECTORS = new Set(['of', 'for', 'de', 'von', 'van', 'al']);
export const NOT_NAMES = new Set(['i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'in', 'on', 'at', 'as', 'but', 'and', 'or', 'if', 'while', 'when', 'without', 'with', 'after', 'before', 'since', 'earlier', 'later', 'according', 'however', 'still', 'even', 'lead', 'rival']);

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

/** A name of an institution rather than a person: "of" inside it, or an institution's head word. */
export const INSTITUTION =
  /\bof\b|\b(?:University|Institute|College|School|Academy|Administration|Agency|Department|Ministry|Office|Council|Committee|Commission|Foundation|Association|Center|Centre|Laboratory|Lab|Labs|Group|Company|Corporation|Inc|Ltd|Press|Times|News|Post|House|Congress|Senate|Parliament|Court|Bureau|Authority|Board|Service)\b/;

/** A full name ("Jack Clark"), not an institution's: only that identifies a person well enough to compare. */
export const isPerson = (x: Name) => (x.person ??= x.text.includes(' ') && !INSTITUTION.test(x.text));

/** Capitalised word runs (with "of"-style connectors), skipping sentence-initial function words. */
export function namePhrases(p: Passage): Name[] {
  return memo(p, NAMES_SLOT, findNames);
}

function findNames(p: Passage): Name[] {
  const out: Name[] = [];
  const ws = p.words;
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    if (!nameWord(w.text) || NOT_NAMES.has(w.lower) || STOPWORDS.has(w.lower)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length) {
      const next = ws[j + 1]!;
      const gap = p.norm.slice(ws[j]!.end, next.start);
      // A hyphen joins a name ("Carvalho-Reid"); a dash with spaces around it ("Thursday - Anthropic") ends it.
      if (!/^(?:\s*|-)$/.test(gap)) break;
      if (nameWord(next.text)) j++;
      else if (CONNECTORS.has(next.lower) && ws[j + 2] && nameWord(ws[j + 2]!.text) && /^\s+$/.test(p.norm.slice(next.end, ws[j + 2]!.start))) j += 2;
      else break;
    }
    // A capitalised title leading the run ("Professor Jane Doe", "Lead Researcher X") is a title, not part of the name.
    let first = i;
    while (first < j && ROLE_WORD.test(ws[first]!.lower)) first++;
    const start = ws[first]!.start;
    const end = ws[j]!.end;
    const text = p.text.slice(start, end).replace(/['\u2019]s$/, '');
    out.push({ text, start, end, lower: text.toLowerCase() });
    i = j + 1;
  }
  return out;
}

/** True when two names are the same allowing typos ("Anthropoc" ~ "Anthropic") or one containing the other. */
export function sameName(a: string, b: string): boolean {
  return sameLower(a.toLowerCase(), b.toLowerCase());
}

/** sameName for two name phrases (their lower-case forms are already at hand). */
export function sameNames(x: Name, y: Name): boolean {
  return sameLower(x.lower, y.lower);
}

/** Whether a word starts with an upper-case letter (\p{Lu}); ASCII is answered without the regex. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(word);
}

/** Where `text` has `words` as whole words (no letter or digit either side), or -1. */
export function wholeWordsAt(text: string, words: string): number {
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + words.length] ?? ' ')) return i;
  }
  return -1;
}

/** A word a name may hold: capitalised, or a brand written with a small first letter and a capital after it ("xAI", "iPhone"). */
function nameWord(word: string): boolean {
  return startsUpper(word) || /^\p{Ll}{1,2}\p{Lu}/u.test(word);
}

/** sameName on lower-cased strings, answered once per pair of strings (names recur in every pair of sentences). */
function sameLower(x: string, y: string): boolean {
  if (x === y) return true;
  let row = sameCache.get(x);
  let same = row?.get(y);
  if (same === undefined) {
    same = sameLowerOnce(x, y);
    if (sameSize > 20000) {
      sameCache.clear();
      sameSize = 0;
      row = undefined;
    }
    if (!row) sameCache.set(x, (row = new Map()));
    row.set(y, same);
    sameSize++;
  }
  return same;
}

const sameCache = new Map<string, Map<string, boolean>>();
let sameSize = 0;

function sameLowerOnce(x: string, y: string): boolean {
  if (x === y || contains(x, y) || contains(y, x) || initialsOf(x, y) || initialsOf(y, x)) return true;
  if (Math.abs(x.length - y.length) > 3 || x.charCodeAt(0) !== y.charCodeAt(0)) return false;
  const lo = x < y ? x : y;
  const hi = x < y ? y : x;
  let row = fuzzyCache.get(lo);
  let same = row?.get(hi);
  if (same === undefined) {
    const r = new Fuse([y], { includeScore: true, threshold: 0.3, ignoreLocation: true }).search(x)[0];
    same = !!r && (r.score ?? 1) <= 0.3;
    if (fuzzySize > 5000) {
      fuzzyCache.clear();
      fuzzySize = 0;
      row = undefined;
    }
    if (!row) fuzzyCache.set(lo, (row = new Map()));
    row.set(hi, same);
    fuzzySize++;
  }
  return same;
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

/** Fuzzy verdicts by the two lower-case names in order (a few thousand at most, then started afresh). */
const fuzzyCache = new Map<string, Map<string, boolean>>();
let fuzzySize = 0;

/** True when a name also appears (perhaps with a typo) among others. */
export function hasName(name: Name, others: Name[]): boolean {
  return others.some((o) => sameLower(name.lower, o.lower));
}

/** Role nouns news writing puts before a name, optionally led by a rank ("lead", "deputy") or a co- prefix. */
const ROLE =
  '(?:co-)?(?:founder|author|chair(?:man|woman|person)?)s?|ceo|cfo|cto|chief [a-z]+ officer|chief executive|(?!(?:by|the|a|an|of|and|as|to|for|with|its|his|her|their|former|acting|interim|deputy|lead|senior) )[a-z]+ chiefs?(?! executive| [a-z]+ officer)|chief(?! executive| [a-z]+ officer)|' +
  '(?:executive|managing) director|directors?|head|(?:vice )?president|researchers?|scientists?|professors?|prof|engineers?|' +
  'economists?|analysts?|editors?|reporters?|spokes(?:person|man|woman)|ministers?|secretary|senators?|governors?|' +
  'mayors?|judges?|lawyers?|attorneys?|officials?|advis[eo]rs?|managers?|executives?|investors?|commissioners?|' +
  'ambassadors?|chancellors?|consultants?|strategists?|(?:general )?counsel|lecturers?|students?|fellows?|candidates?|postdocs?';
const RANK = '(?:(?:lead|senior|chief|principal|former|acting|interim|deputy|assistant|associate|junior|doctoral|postdoctoral|graduate|phd|visiting) )?';
const TITLE_RE = new RegExp(`\\b(${RANK}(?:${ROLE}))\\b`, 'gi');
/** One word of a title, capitalised before a name in headlines and formal styles ("Professor", "Lead Researcher", "Dr"). */
export const ROLE_WORD = new RegExp(`^(?:${ROLE}|lead|senior|chief|principal|former|acting|interim|deputy|assistant|associate|graduate|doctoral|phd|dr|mr|mrs|ms|prof)$`);

/** Role words written just before a name (within 40 characters, same clause). */
export function titlesBefore(p: Passage, name: Piece): Piece[] {
  return memoAt(p, TITLES_SLOT, name.start, () => findTitles(p, name));
}

function findTitles(p: Passage, name: Piece): Piece[] {
  const from = Math.max(0, name.start - 40);
  const window = p.norm.slice(from, name.start);
  const clause = window.split(/[.;:!?]|,(?=[^,]*$)/).pop() ?? '';
  const base = name.start - clause.length;
  const out: Piece[] = [];
  TITLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLE_RE.exec(clause))) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  if (out.length === 0) return out;
  // A title with another person named between it and this name is that person's ("co-founder Jack Clark and Marina
  // Favaro"), unless it is plural and names them together ("founders Jack Clark and Marina Favaro").
  const others = namePhrases(p).filter((n) => n.start < name.start && n.text.includes(' '));
  const shared = (t: Piece, n: Piece) => /s$/.test(t.text) && /^\s*(?:,|and)\s*$/.test(p.norm.slice(n.end, name.start));
  return out.filter((t) => !others.some((n) => n.start >= t.end && !shared(t, n)));
}

/** A plural title before a list of people ("founders Jack Clark and Marina Favaro"): the title and the full names it covers. */
export interface SharedTitle {
  title: Piece;
  people: Name[];
}

/** Plural titles written right before a list of full names joined by "and" or commas: each covers every name listed. */
export function sharedTitles(p: Passage): SharedTitle[] {
  return memo(p, SHARED_TITLES_SLOT, findSharedTitles);
}

function findSharedTitles(p: Passage): SharedTitle[] {
  const names = namePhrases(p).filter((n) => n.text.includes(' '));
  const out: SharedTitle[] = [];
  for (let i = 0; i < names.length; i++) {
    const first = names[i]!;
    const title = titlesBefore(p, first).find((t) => /s$/i.test(t.text) && /^\s*$/.test(p.norm.slice(t.end, first.start)));
    if (!title) continue;
    const people = [first];
    while (i + 1 < names.length && /^\s*(?:,|,?\s*and)\s*$/.test(p.norm.slice(names[i]!.end, names[i + 1]!.start))) people.push(names[++i]!);
    if (people.length > 1) out.push({ title, people });
  }
  return out;
}

/** What a role is of, after it ("head of policy", "director of its research lab"): lower-case words, past a determiner or possessive. */
const COMPLEMENT = `(?:\\s+of\\s+(?:(?:the|its|his|her|their)\\s+)?(?:[\\p{L}-]+['\u2019]s\\s+)?[a-z][a-z-]*(?:\\s+(?!and\\b|or\\b)[a-z][a-z-]*){0,2})?`;
/** A title set off after a name by a comma or a bracket: "Jack Clark, the company's chief executive", "Jane Doe (head of its lab)", "one of its co-founders". */
const APPOSITIVE = new RegExp(`^(?:,\\s+|\\s*\\(\\s*)(?:one of\\s+)?(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}-]+['\u2019]s\\s+)?(${RANK}(?:${ROLE})${COMPLEMENT})(?![\\p{L}-])`, 'iu');

/** A role told by a relative clause after a name: "Marina Favaro, who leads the company's policy team", "who heads global affairs at …". */
const LEAD_VERBS = 'leads|heads|runs';
const LEADS = new RegExp(`^,\\s+who\\s+((?:${LEAD_VERBS})\\s+(?:(?:the|its|his|her|their)\\s+)?(?:[\\p{L}-]+['\u2019]s\\s+)?[a-z][a-z-]*(?:\\s+(?!and\\b|or\\b|at\\b|in\\b|for\\b|on\\b)[a-z][a-z-]*){0,2})(?![\\p{L}-])`, 'u');
const LEADS_KEY = new RegExp(`^(?:${LEAD_VERBS})\\s+`, 'i');

/** The titles a passage gives a name: before it, or set off by a comma (or bracket, or "who leads") right after it. */
export function titlesOf(p: Passage, name: Piece): Piece[] {
  const before = titlesBefore(p, name);
  const after = memoAt(p, TITLES_AFTER_SLOT, name.end, () => {
    const rest = p.norm.slice(name.end, name.end + 80);
    const m = APPOSITIVE.exec(rest) ?? LEADS.exec(rest);
    if (!m) return [];
    const start = name.end + m[0].length - m[1]!.length;
    return [{ text: p.text.slice(start, start + m[1]!.length), start, end: start + m[1]!.length }];
  });
  return after.length ? [...before, ...after] : before;
}

/** Titles written as initials, and the words they stand for. */
const SPELLED_OUT: Record<string, string> = { ceo: 'chief executive', cfo: 'chief financial officer', cto: 'chief technology officer', 'chief executive officer': 'chief executive', prof: 'professor' };

/** A title's comparable form: lower case, singular ("founders" is "co-founder"), initials spelled out ("CEO" is "chief executive"). */
export function titleKey(t: string): string {
  let key = titleKeys.get(t);
  if (key === undefined) {
    if (titleKeys.size > 5000) titleKeys.clear();
    titleKeys.set(t, (key = titleKeyOnce(t)));
  }
  return key;
}

/** Title keys by title text: every pair of sentences naming a person asks again. */
const titleKeys = new Map<string, string>();

function titleKeyOnce(t: string): string {
  // "OpenAI chief", or "chief" alone, is how news writing names a chief executive; "policy chief" is another role.
  if (/^(?:\p{Lu}\S*\s+)?[Cc]hief$/u.test(t)) return 'chief executive';
  // "leads its policy team" is the head of it.
  if (LEADS_KEY.test(t)) return titleKey(t.replace(LEADS_KEY, 'head of '));
  const [role = '', of] = t.toLowerCase().split(/\s+of\s+/, 2);
  // A co-founder is one of the founders, so a plural of a role that can be shared is its co- form; a lone "founder" is not one.
  const key = role.replace(/^(?:co-)?(founder|author|chair)s$/, 'co-$1').replace(/s$/, '').replace(/\b(?:ceo|cfo|cto|chief executive officer|prof)$/, (m) => SPELLED_OUT[m]!);
  // What the role is of, without its determiner or possessive ("head of the company's research lab": "research lab").
  const what = of?.split(/\s+/).filter((w) => !/^(?:the|its|his|her|their)$/.test(w) && !/['\u2019]s$/.test(w)).join(' ');
  return what ? `${key} of ${what}` : key;
}

/**
 * Two title keys that can name the same role: equal, or one the other with a rank word added ("lead researcher",
 * "researcher"); a role said of something ("head of policy") is the role alone when the other does not say of what,
 * and another role when the other says it is of something else ("head of research institute").
 */
export function sameRole(a: string, b: string): boolean {
  const [ra = '', oa] = a.split(' of ', 2);
  const [rb = '', ob] = b.split(' of ', 2);
  const roles = ra === rb || ra.endsWith(` ${rb}`) || rb.endsWith(` ${ra}`);
  if (!oa || !ob) return roles;
  // Of the same thing, more or less closely named ("head of research", "head of research institute").
  const wa = oa.split(' ');
  const wb = ob.split(' ');
  return roles && (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w)));
}

/**
 * Two titles (as written) that can be one person's: the same role, or a role told by what the person leads
 * ("who leads its policy team") against any title but another head's, for a head of a team may hold another title.
 */
export function compatibleTitles(x: string, y: string): boolean {
  const [kx, ky] = [titleKey(x), titleKey(y)];
  if (sameRole(kx, ky)) return true;
  const head = (k: string) => k.split(' of ', 1)[0] === 'head';
  return (LEADS_KEY.test(x) && !head(ky)) || (LEADS_KEY.test(y) && !head(kx));
}
