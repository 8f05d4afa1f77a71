/**
 * How much checkable fact a sentence carries: names, numbers, dates, quotes and reported speech count
 * for it; commentary and scene-setting ("this debate reflects...", "why it matters") count against it.
 */

import type { Token } from '../text/tokens';

const DATE_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|week|month|year)$/i;
const REPORTING = /\b(said|says|told|announced|stated|argued|warned|noted|published|released|proposed|demonstrated|backed|declined|refused|issued|called for|reported)\b/i;
const COMMENTARY = /\b(this (debate|context|isn't|is not|raises|reflects|highlights)|it remains|remains one of|the implication|at its core|why it matters|what's next|expect (stronger|more)|in industry terms|raises questions|fundamental challenge|the debate over|sits at the intersection)\b/i;

/** True for day, month and relative-date words. */
export function isDateWord(word: string): boolean {
  return DATE_WORD.test(word);
}

/** Substance 0..1 of one sentence from its text and tokens. */
export function sentenceSubstance(text: string, tokens: Token[], outletTerms: ReadonlySet<string> = new Set()): number {
  if (tokens.length < 4) return 0;
  // An outlet naming itself ("according to Antigua News Room") is sourcing, not a fact.
  const names = new Set(tokens.filter((t) => t.cap && !outletTerms.has(t.term)).map((t) => t.term)).size;
  const numbers = tokens.filter((t) => t.num).length;
  const dates = tokens.filter((t) => isDateWord(t.raw)).length;
  const quote = /"[^"]{12,}"/.test(text.replace(/[\u201C\u201D]/g, '"')) ? 1 : 0;
  let s = 0.25 + 0.1 * Math.min(names, 4) + 0.15 * Math.min(numbers, 2) + 0.1 * Math.min(dates, 2) + 0.1 * quote;
  if (REPORTING.test(text)) s += 0.1;
  if (COMMENTARY.test(text)) s -= 0.3;
  if (/\?$/.test(text.trim())) s -= 0.2;
  return Math.max(0, Math.min(1, s));
}
