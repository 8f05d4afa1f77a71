/** A date one side gives and the other leaves out: a mention dated on one side ("a blog post on Thursday"), undated on the other. */

import type { Finding } from './finding';
import { textPiece, memo, slot, type Passage } from './passage';
import { isSpan, type TimeExpr } from '../text/temporal';
import { findContext } from './context';
import { DETERMINER, PLURAL, PUBLICATION_STEM, datedNoun, datedThing, derivedOnly } from './dated-things';
import { isYear, relational } from './passage-times';

const DAYLESS_SLOT = slot();


/** Words that make the time after them a deadline: "by August 31", "no later than Friday", "until June". */
const DEADLINE_BEFORE = /\b(?:by|until|till|no\s+later\s+than|before\s+the\s+end\s+of)\s+(?:the\s+)?$/i;

/** Words a noun's modifiers may take between its determiner and it ("a blog post", "its latest blog post"). */
const MODIFIERS = 2;
/** Words that say what sort of publication a post or report is, or which of them. */
const PUBLICATION_MODIFIER = /^(?:blog|company|corporate|online|latest|new|recent|lengthy|long|short|research|policy)$/;

/** The determiner that introduces the noun at k as a thing, past a modifier or two in one phrase ("in a blog post"), or -1. */
function introduced(p: Passage, k: number): number {
  for (let d = k - 1; d >= Math.max(0, k - 1 - MODIFIERS); d--) {
    if (DETERMINER.test(p.words[d]!.lower)) return d;
    if (!PUBLICATION_STEM.test(p.words[k]!.stem)) return -1;
    // Only words that say what sort of publication it is, in one phrase ("a blog post", not "the largest language models").
    if (!/^\s+$/.test(p.norm.slice(p.words[d]!.end, p.words[d + 1]!.start)) || !PUBLICATION_MODIFIER.test(p.words[d]!.text)) return -1;
  }
  return -1;
}

/** One side dates a mention ("in a blog post on Thursday"), the other makes the same mention undated. */
export function omittedDate(a: Passage, b: Passage, ta: TimeExpr[], tb: TimeExpr[], swap = false): Finding | null {
  // A page that places the thing only by a relation ("a day after the post", "a day later") gives it no day either.
  const dayless = swap ? !tb.some((y) => !isYear(y.value) && !relational(y)) : memo(b, DAYLESS_SLOT, () => !tb.some((y) => !isYear(y.value)));
  if (!dayless) return null;
  for (const x of ta) {
    // A year ("two years ago"), a relation ("just before") or a span ("this week", "earlier in the month", "in May", "last autumn") is not a
    // day the other side could have given.
    if (isYear(x.value) || isSpan(x.value) || /^rel:(?:before|after|(?:this|last|next|earlier|later)-(?:week|month|year)|\d+-years-(?:ago|ahead)|year-(?:after-next|before-last))$/.test(x.value)) continue;
    // A deadline ("retire every device by August 31") sets a day for a thing to be done, not the day a thing was.
    if (DEADLINE_BEFORE.test(a.norm.slice(Math.max(0, x.start - 20), x.start))) continue;
    const dated = datedThing(a, x);
    if (!dated) continue;
    const { stems: before, head } = dated;
    // The other article dates the thing where it first names it ("the post" named again): no day left out.
    if (head && b.articleDay?.(head)) continue;
    let mention = before.size >= 2 ? findContext(b, before, 2) : null;
    // The thing's head found only as an agent noun or a gerund of one stem ("report" / "reporters", "reporting") is another
    // thing, as is the plural of one thing dated ("published news reports" / "a report released Wednesday").
    const noun = datedNoun(a, x.start);
    const one = !!noun && noun.stem === head && !PLURAL.test(noun.lower);
    if (mention && head && derivedOnly(b, mention, head, one)) mention = null;
    // The thing dated, named by its head noun alone ("in a post authored by…"), when introduced as a thing.
    const headNoun = mention ? undefined : head;
    if (headNoun && before.has(headNoun)) {
      // A day given for the party's blog dates the post it put there ("on its blog on Thursday" / "in a post authored by…").
      const heads = headNoun === 'blog' ? ['blog', 'post'] : [headNoun];
      const i = b.words.findIndex((w, k) => heads.includes(w.stem) && introduced(b, k) >= 0);
      const d = i > 0 ? introduced(b, i) : -1;
      const at = d >= 0 ? { text: b.text.slice(b.words[d]!.start, b.words[i]!.end), start: b.words[d]!.start, end: b.words[i]!.end } : null;
      if (at && !derivedOnly(b, at, headNoun, one)) mention = at;
    }
    if (!mention) continue;
    const pa = [textPiece(a, x)];
    const pb = [mention];
    const f: Finding = { kind: 'date', a: pa, b: pb, summary: `"${x.text}" vs no day ("${mention.text}")`, confidence: 0.6, omitted: x.text };
    return swap ? { ...f, a: pb, b: pa, summary: `no day ("${mention.text}") vs "${x.text}"` } : f;
  }
  return null;
}
