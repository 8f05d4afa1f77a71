/**
 * Flags paragraphs that are page furniture rather than reporting: headings, calls to action, promos,
 * captions and bylines, fragments, lead-in lines and list lines a page repeats. Shape-based, so it holds
 * on pages the corpus has never seen.
 */

import { canonicalKey, normalizeChars } from '../text/normalize';

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

/** Calls to action and house notices as news sites phrase them. */
const PROMO_RE = new RegExp(
  [
    '^book a (call|demo)', '^learn more\\b', '^read more\\b', '^related( buzz| stories| articles| reading)?\\b', "^don't miss",
    '^(sign up|subscribe)\\b', '\\bnewsletter\\b', '^your (membership|subscription)\\b', '^want (systems|more|to)\\b.*\\?$',
    '^this is an original (analysis|article|report)', '^source reporting\\b', '^follow us\\b', '^share (this|on)\\b',
    '^click here\\b', '^advertisement$', '^(image|photo|video) (credit|source)\\b', '^copyright\\b', '^all rights reserved',
    '^(also read|see also|recommended|more from)\\b', '^listen to (this|the) article',
  ].join('|'),
  'i',
);

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function stripBullet(s: string): string {
  return s.replace(/^\s*(?:[-*•·▪►]|\d{1,2}[.)])\s+/, '');
}

/** A short line without closing punctuation, or a short title-cased question: a heading. */
export function isHeading(text: string): boolean {
  const t = normalizeChars(text).trim();
  const n = wordCount(t);
  if (n === 0) return true;
  if (/[.!"']$/.test(t) && n > 3) return false;
  const body = stripBullet(t);
  const words = body.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const titleCase = words.length > 0 && caps / words.length >= 0.6;
  if (/\?$/.test(t)) return n <= 12 && (titleCase || n <= 5);
  // "The regulator set out three conditions:" is a sentence leading into a list, not a heading.
  if (/:$/.test(t) && !titleCase && n >= 5) return false;
  if (/[.!]$/.test(t)) return false;
  if (t.startsWith('-')) return false;
  return n <= 8 || (titleCase && n <= 14) || (/^\d{1,2}[.)]\s/.test(t) && n <= 10);
}

/** "Name Surname, Role at Organisation" on its own line: a caption or byline. */
export function isCaption(text: string): boolean {
  const t = normalizeChars(text).trim();
  if (/[.!?]$/.test(t) || wordCount(t) > 14) return false;
  return /^(?:by\s+)?\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3}\s*(?:,|\||-)\s*\S/u.test(t) || /^by\s+\p{Lu}/u.test(t);
}

const flagCache = new WeakMap<readonly string[], number[]>();

/** Flag bits for each paragraph of one article (cached per paragraphs array: a page asks several times). */
export function paragraphFlags(paragraphs: string[]): number[] {
  let f = flagCache.get(paragraphs);
  if (!f) flagCache.set(paragraphs, (f = computeFlags(paragraphs)));
  return f;
}

/** Longer lines are reporting (or a promo): not headings, captions, fragments or template list lines. */
const SHORT = 40;

function computeFlags(paragraphs: string[]): number[] {
  const counts = new Map<string, number>();
  const norm = paragraphs.map((p) => normalizeChars(p).trim());
  const sizes = norm.map((t) => wordCount(stripBullet(t)));
  const keys = norm.map((t, i) => (sizes[i]! <= SHORT ? canonicalKey(stripBullet(t)) : ''));
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  return paragraphs.map((_, i) => {
    const t = norm[i]!;
    const body = stripBullet(t);
    const n = sizes[i]!;
    const short = n <= SHORT;
    let f = 0;
    if (short && isHeading(t)) f |= HEADING;
    if (PROMO_RE.test(body)) f |= PROMO;
    if (short && (counts.get(keys[i]!) ?? 0) > 1) f |= DUPLICATE;
    if (short && isCaption(t)) f |= CAPTION;
    const bullet = body !== t;
    if (bullet ? n < 3 : n < 4 || (n < 7 && !/[.!?"]$/.test(body))) f |= FRAGMENT;
    if (/:$/.test(t)) f |= LEADIN;
    return f;
  });
}
