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

/**
 * A sentence's substance before the corpus says which capitalised words opening a sentence are names:
 * `names` counts the names written capitalised mid-sentence, `openers` the other capitalised words.
 */
export interface SubstanceParts {
  names: number;
  openers: string[];
  /** Everything else the score adds up (numbers, dates, a quote, reported speech, commentary). */
  rest: number;
}

/** The parts of one sentence's substance (null: too short to carry a fact). */
export function substanceParts(text: string, tokens: Token[], outletTerms: ReadonlySet<string> = new Set()): SubstanceParts | null {
  if (tokens.length < 4) return null;
  // An outlet naming itself ("according to Antigua News Room") is sourcing, not a fact.
  const own = tokens.filter((t) => !outletTerms.has(t.term));
  // Capitalised words written together are one name ("United States", "Jack Clark", "University of Toronto").
  const joined = (i: number) => i > 0 && /^\s+(of\s+(the\s+)?)?$/.test(text.slice(own[i - 1]!.end, own[i]!.start));
  const named = new Set<string>();
  const openers = new Set<string>();
  let phrase = '';
  const continues = (i: number) => !!own[i]?.cap && joined(i);
  own.forEach((t, i) => {
    if (t.cap) phrase = own[i - 1]?.cap && joined(i) ? `${phrase} ${t.term}` : t.term;
    if (t.cap && !continues(i + 1)) named.add(phrase);
    // A capitalised word that opens the sentence (or a quotation) may be a name ("Papernot noted") or not ("Regulation has");
    // one opening a name written on ("Nicolas Papernot") is part of that name.
    else if (!t.cap && !t.num && startsUpper(t.raw) && !isDateWord(t.raw) && !continues(i + 1)) openers.add(t.term);
  });
  for (const t of own) if (t.cap) openers.delete(t.term);
  const numbers = tokens.filter((t) => t.num).length;
  const dates = tokens.filter((t) => isDateWord(t.raw)).length;
  const quote = /"[^"]{12,}"/.test(text.replace(/[\u201C\u201D]/g, '"')) ? 1 : 0;
  let rest = 0.25 + 0.15 * Math.min(numbers, 2) + 0.1 * Math.min(dates, 2) + 0.1 * quote;
  if (REPORTING.test(text)) rest += 0.1;
  if (COMMENTARY.test(text)) rest -= 0.3;
  if (/\?$/.test(text.trim())) rest -= 0.2;
  return { names: named.size, openers: [...openers], rest };
}

/** Substance 0..1 from its parts, counting the openers `isName` says are names. */
export function substanceOf(parts: SubstanceParts | null, isName: (term: string) => boolean): number {
  if (!parts) return 0;
  const names = parts.names + parts.openers.filter(isName).length;
  return Math.max(0, Math.min(1, parts.rest + 0.1 * Math.min(names, 4)));
}

function startsUpper(raw: string): boolean {
  return raw[0] !== raw[0]!.toLowerCase();
}
