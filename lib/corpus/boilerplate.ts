/**
 * Flags paragraphs that are page furniture rather than reporting: headings, calls to action, promos,
 * captions and bylines, fragments, lead-in lines and list lines a page repeats. Shape-based, so it holds
 * on pages the corpus has never seen.
 */

import { keyOfNormalized, normalizeChars } from '../text/normalize';
import { startsUpper } from '../text/capitals';

/** Flag bits: a heading or headline. */
export const HEADING = 1;
/** A call to action, promo or house notice. */
export const PROMO = 2;
/** A line the article repeats (template lists). */
export const DUPLICATE = 4;
/** A caption or byline ("Name, Role at Organisation"). */
export const CAPTION = 8;
/** Too short to state a point ("While Anthropic"). */
export const FRAGMENT = 16;
/** A lead-in ending with a colon; its list items carry the points. */
export const LEADIN = 32;

/** Calls to action and house notices as news sites phrase them, at the start of a line. */
const PROMO_START = new RegExp(
  `^(?:${[
    'book a (call|demo)', 'learn more\\b', 'read more\\b', 'related( buzz| stories| articles| reading)?\\b', "don't miss",
    '(sign up|subscribe)\\b', 'your (membership|subscription)\\b', 'want (systems|more|to)\\b.*\\?$',
    'this is an original (analysis|article|report)', 'source reporting\\b', 'follow us\\b', 'share (this|on)\\b',
    'click here\\b', 'advertisement$', '(image|photo|video) (credit|source)\\b', 'copyright\\b', 'all rights reserved',
    '(also read|see also|recommended|more from)\\b', 'listen to (this|the) article',
  ].join('|')})`,
  'i',
);
/** The one notice looked for anywhere in a line (apart, so the start-of-line ones are not tried at every position). */
const PROMO_ANYWHERE = /\bnewsletter\b/i;

/** JavaScript's \s beyond ASCII (no-break, Ogham, en to hair, line and paragraph, narrow, math, ideographic, BOM). */
function isWideSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Code units of the letter or digit at s[i] (two for one outside the BMP), or 0 when it is neither. */
function letterOrDigitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const wide = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return LETTER_OR_DIGIT.test(s.slice(i, i + wide)) ? wide : 0;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Whitespace-separated words holding a letter or digit, counted up to `cap` (every paragraph of every page
 * is counted, and past the short-line limit the exact count does not matter): one pass, no allocation.
 */
function wordCount(s: string, cap = Infinity): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isWideSpace(c))) counted = false;
    else if (!counted) {
      if (letterOrDigitAt(s, i)) {
        counted = true;
        if (++n >= cap) return n;
      } else if (isHighSurrogate(c)) i++;
    }
  }
  return n;
}

/** Letters and digits in a line (code points): lower-casing keeps their number, so equal keys have equal counts. */
function lettersAndDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const w = letterOrDigitAt(s, i);
    if (w) {
      n++;
      i += w - 1;
    } else if (isHighSurrogate(s.charCodeAt(i))) i++;
  }
  return n;
}

function stripBullet(s: string): string {
  return s.replace(/^\s*(?:[-*•·▪►]|\d{1,2}[.)])\s+/, '');
}

/** A short line without closing punctuation, or a short question (a subheading, or an interviewer's): a heading. */
export function isHeading(text: string): boolean {
  return headingShape(normalizeChars(text).trim());
}

/** A line that ends without closing punctuation and is no list item: a headline's shape. */
const unpunctuated = (t: string, body: string) => body === t && /[\p{L}\d)]$/u.test(t);

/** A clock time opening a line, as alerts, live blogs and timestamped transcripts date each entry ("4:48 PM —", "[12:05]"). */
const CLOCK_LED = /^\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s*[ap]\.?m\.?)?\s*[\u2014\u2013:|-]?\s/i;

/** A word's first letter (a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call). */
const LETTER_START = /^\p{L}/u;

/** isHeading of a line already normalised and trimmed (computeFlags has it so for every paragraph); `feed`: see computeFlags. */
/** A full stop or exclamation mark closing a line, past a closing bracket or quotation mark ("…, not Favero.)"). */
const CLOSED = /[.!]["'”’)\]]*$/;

function headingShape(t: string, feed = false): boolean {
  const n = wordCount(t);
  if (n === 0) return true;
  if ((/[.!"']$/.test(t) || CLOSED.test(t)) && n > 3) return false;
  const body = stripBullet(t);
  const words = body.split(/\s+/).filter((w) => LETTER_START.test(w));
  const caps = words.filter((w) => startsUpper(w)).length;
  const titleCase = words.length > 0 && caps / words.length >= 0.6;
  if (/\?$/.test(t)) return n <= 12;
  // "The regulator set out three conditions:" is a sentence leading into a list, not a heading.
  if (/:$/.test(t) && !titleCase && n >= 5) return false;
  if (CLOSED.test(t)) return false;
  if (t.startsWith('-')) return false;
  // A line led by a clock time ("4:48 PM — Papernot says…") is an entry of a feed or live blog: reporting, unless it is short.
  if (CLOCK_LED.test(t) && n > 8) return false;
  // A line of up to sixteen words with no closing punctuation, not a list item, is a headline whatever its case
  // ("Anthropic calls on rival AI labs to agree a verifiable pause on frontier systems").
  return n <= 8 || (titleCase && n <= 14) || (!feed && n <= 16 && unpunctuated(t, body)) || (/^\d{1,2}[.)]\s/.test(t) && n <= 10);
}

/** "Name Surname, Role at Organisation" on its own line: a caption or byline. */
export function isCaption(text: string): boolean {
  return captionShape(normalizeChars(text).trim());
}

/** A caption's name and what follows it ("Jane Doe, Researcher at…"), or a byline's "By" and a capital (constants, as LETTER_START is). */
const NAMED_LINE = /^(?:by\s+)?\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3}\s*(?:,|\||-)\s*\S/u;
const BY_LINE = /^by\s+\p{Lu}/u;

/** A reference list's entry: a bracketed number, then a source and where or when it was read ("[2] OpenAI, policy report, accessed May 15, 2026."). */
const REFERENCE = /^\[\d{1,3}\]\s+[^.]{0,120}\b(?:accessed|retrieved|vol\.|pp\.|doi|https?:|\(\d{4}\))/i;

function captionShape(t: string): boolean {
  if (REFERENCE.test(t)) return true;
  // A line that goes on past a semicolon ("Marina Favaro — Anthropic's general counsel; the post's other author.") says something.
  if (/[.!?]$/.test(t) || wordCount(t) > 14 || t.includes(';')) return false;
  return NAMED_LINE.test(t) || BY_LINE.test(t);
}

const flagCache = new WeakMap<readonly string[], number[]>();

/** Flag bits for each paragraph of one article (cached per paragraphs array: a page asks several times). */
export function paragraphFlags(paragraphs: string[]): number[] {
  let f = flagCache.get(paragraphs);
  if (!f) flagCache.set(paragraphs, (f = computeFlags(paragraphs)));
  return f;
}

/** Lines this long that a feed must have, and the share of them left unpunctuated that makes the page one. */
const FEED_LINE = 9;
const FEED_LINES = 5;
const FEED_SHARE = 2 / 3;

/**
 * A page whose longer lines mostly end without punctuation (a TV crawl, a ticker, a wire's list of flashes) states its
 * news in headline form throughout: there a line of nine words or more is an item of the feed, not a heading over one.
 */
function isFeed(norm: string[], bodies: string[], sizes: number[]): boolean {
  let lines = 0;
  let bare = 0;
  norm.forEach((t, i) => {
    if (sizes[i]! < FEED_LINE) return;
    lines++;
    if (unpunctuated(t, bodies[i]!)) bare++;
  });
  return bare >= FEED_LINES && bare >= lines * FEED_SHARE;
}

/** Longer lines are reporting (or a promo): not headings, captions, fragments or template list lines. */
const SHORT = 40;

function computeFlags(paragraphs: string[]): number[] {
  const counts = new Map<string, number>();
  const norm = paragraphs.map((p) => normalizeChars(p).trim());
  const bodies = norm.map(stripBullet);
  // Counted to one past SHORT: a longer line's exact size is never asked.
  const sizes = bodies.map((b) => wordCount(b, SHORT + 1));
  // Lines with one key have as many letters and digits: only a short line sharing its count with another needs its key.
  const letters = bodies.map((b, i) => (sizes[i]! <= SHORT ? lettersAndDigits(b) : -1));
  const shared = new Map<number, number>();
  for (const n of letters) if (n >= 0) shared.set(n, (shared.get(n) ?? 0) + 1);
  const keys = bodies.map((b, i) => (letters[i]! >= 0 && shared.get(letters[i]!)! > 1 ? keyOfNormalized(b) : ''));
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  const feed = isFeed(norm, bodies, sizes);
  return paragraphs.map((_, i) => {
    const t = norm[i]!;
    const body = bodies[i]!;
    const n = sizes[i]!;
    const short = n <= SHORT;
    let f = 0;
    if (short && headingShape(t, feed)) f |= HEADING;
    // The first line with no closing punctuation is the headline, however long ("Live updates: Anthropic wants…").
    else if (i === 0 && short && unpunctuated(t, body)) f |= HEADING;
    if (PROMO_START.test(body) || PROMO_ANYWHERE.test(body)) f |= PROMO;
    if (short && (counts.get(keys[i]!) ?? 0) > 1) f |= DUPLICATE;
    if (short && captionShape(t)) f |= CAPTION;
    const bullet = body !== t;
    if (bullet ? n < 3 : n < 4 || (n < 7 && !/[.!?"]$/.test(body))) f |= FRAGMENT;
    if (/:$/.test(t)) f |= LEADIN;
    return f;
  });
}
