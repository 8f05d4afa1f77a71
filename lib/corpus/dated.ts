/**
 * Dated mentions: corpus sentences that put a day on something ("in a blog post on Thursday", "a report
 * released Wednesday"), keyed by the words that name the thing. A page that names the same thing with a
 * different day, or with none, is then found without any sentence-level similarity.
 */

import { normalizeChars } from '../text/normalize';
import { timeExprs, type TimeExpr } from '../text/temporal';
import { tokenize, type Token } from '../text/tokens';

/** Words before a time expression that name what it dates. */
const CONTEXT = 2;
/** A past participle between a thing and its date ("published", "released", "issued", "written"). */
export const PARTICIPLE = /^[a-z]{3,}ed$|^(written|made|held|set|sent|put|given|taken|shown|done|seen|known)$/i;

/** Stems naming what each (non-year) time expression in a sentence dates; only mentions named by 2+ words (pass normalizeChars(sentence) and its timeExprs when at hand). */
export function datedMentions(sentence: string, tokens: Token[] = tokenize(sentence), norm = normalizeChars(sentence), times: TimeExpr[] = timeExprs(norm)): string[][] {
  const out: string[][] = [];
  for (const t of times) {
    if (/^\d{4}$/.test(t.value)) continue;
    const clauseStart = Math.max(...[',', ';', ':', '.', '!', '?', '"'].map((c) => norm.lastIndexOf(c, t.start - 1))) + 1;
    const before = tokens.filter((k) => k.start >= clauseStart && k.end <= t.start);
    // "a report released Wednesday": the thing dated is the noun before the participle (which varies by
    // outlet), so the noun is made the last word, the one mentions are found again by.
    const trail: Token[] = [];
    while (before.length > 1 && PARTICIPLE.test(before[before.length - 1]!.raw)) trail.unshift(before.pop()!);
    const terms = [...trail, ...before].slice(-CONTEXT).map((k) => k.term);
    if (terms.length >= 2) out.push(terms);
  }
  return out;
}
