/**
 * Reported speech inside reported speech: "Mr Orchard said Papernot wanted…", "She added that Anthropic's own case was
 * that…", "He said that, as he read the post, …", "…answered with a report contending that…". The outer speaker relays
 * another party's claim; the claim is not theirs to be credited with.
 */

import type { Passage } from './passage';
import { nameLike } from './subjects';
import { DOCUMENT } from './party-kind';

/** Verbs of saying, wanting or believing, whose subject holds the claim that follows them. */
const HELD = new Set([
  'said', 'says', 'wanted', 'wants', 'believed', 'believes', 'thought', 'thinks', 'feared', 'fears', 'hoped', 'hopes', 'proposed', 'proposes',
  'urged', 'urges', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'contended', 'contends', 'maintained',
  'maintains', 'recommended', 'recommends', 'demanded', 'demands', 'called', 'calls',
]);
/** Participles that open a clause of a document's own ("a report contending that …"). */
const CLAUSE_PARTICIPLES = new Set(['saying', 'arguing', 'warning', 'insisting', 'contending', 'maintaining', 'claiming', 'asserting', 'stating']);
/** A party's stance named as a noun ("Anthropic's own case was that …"). */
const STANCE = /^(?:case|argument|view|position|warning|point|message|claim|contention|reading|line|stance)$/;
/** "as he read the post", "as she understood the reports": the claim is the document's as the speaker reads it. */
const READING = /^(?:read|reads|understood|understands|saw|sees)$/;
const PRONOUN = /^(?:he|she|they|it)$/;
const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though', 'however', 'meanwhile']);
const possessive = (text: string | undefined) => !!text && /['’]s$/.test(text);

/** Whether the words after the reporting verb at word v hold another party's claim (see the file's comment). */
export function relays(p: Passage, v: number): boolean {
  const ws = p.words;
  for (let k = v + 1; k < ws.length; k++) {
    const w = ws[k]!;
    if (w.quoted) continue;
    const prev = ws[k - 1]!;
    // A claim of the speaker's own ends where another clause is set against it ("…, while OpenAI argues…").
    if (CONTRAST.has(w.lower) || /[;—–]/.test(p.norm.slice(prev.end, w.start))) return false;
    if (k > v + 1 && HELD.has(w.lower) && (PRONOUN.test(prev.lower) || (nameLike(prev) && !possessive(prev.text)))) return true;
    // Right after a document, not set off by a comma: ", warning that" goes on with the speaker's own clause.
    if (CLAUSE_PARTICIPLES.has(w.lower) && ws[k + 1]?.lower === 'that' && DOCUMENT.test(prev.lower) && /^\s+$/.test(p.norm.slice(prev.end, w.start))) return true;
    if (w.lower === 'as' && ws[k + 2] && READING.test(ws[k + 2]!.lower) && (PRONOUN.test(ws[k + 1]!.lower) || nameLike(ws[k + 1]!))) return true;
    if (STANCE.test(w.lower) && ((possessive(prev.text) && nameLike(prev)) || (prev.lower === 'own' && possessive(ws[k - 2]?.text)))) return true;
  }
  return false;
}
