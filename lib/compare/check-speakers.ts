/**
 * Who said it, by name: the same statement with a named speaker on each side who differ ("…, said Okafor" /
 * "Reyes also said that …"). On pairs not known to report the same point, the statements must share enough words.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, type Passage, slot } from './passage';
import { sharedCount } from './context';
import { STOPWORDS } from '../text/stopwords';
import { REPORTING_VERBS, SPEAKER_ADVERBS } from '../text/reporting';
import { namePhrases, sameName } from './names';
import { timeExprs } from '../text/temporal';
import { sharesQuotation } from './check-credit';

// Memo slots of this file's extractors.
const SPEAKERS_SLOT = slot();
const STATEMENT_SLOT = slot();

/** A speaker's verb after the name, past an adverb ("OpenAI further stated"). */
const SPEECH_AFTER = new RegExp(`^\\s*(?:,[^,]{0,60},\\s*)?(?:(?:${[...SPEAKER_ADVERBS].join('|')})\\s+)?(?:said|says|told|argued|warned|noted|explained|stated|added|wrote|claimed|announced|cautioned)\\b`, 'i');
// "…, said Papernot" credits the words before; in "The company says AI systems are…" the name after the verb
// opens what is said, so a speech verb counts before a name only after a comma, quotation mark or dash.
const SPEECH_BEFORE = /(?:[,"'”’—–]\s*(?:said|says|explained|noted|argued|warned)|according to)\s+$/i;

/** Named speakers of a passage ("Papernot said", "according to Anthropic"). */
export function speakers(p: Passage): Piece[] {
  return memo(p, SPEAKERS_SLOT, findSpeakers);
}

function findSpeakers(p: Passage): Piece[] {
  // A day is no speaker: in "Its report, which came out on Wednesday, the day before the post, says that …" the report speaks.
  return namePhrases(p).filter((n) => (SPEECH_AFTER.test(p.norm.slice(n.end)) || SPEECH_BEFORE.test(p.norm.slice(Math.max(0, n.start - 20), n.start))) && timeExprs(n.text).length === 0);
}

/** Content stems of a passage outside its names and reporting verbs: what is said, not who says it. */
function statement(p: Passage): Set<string> {
  return memo(p, STATEMENT_SLOT, (q) => {
    const names = namePhrases(q);
    const out = new Set<string>();
    for (const w of q.words) {
      if (w.lower.length < 3 || STOPWORDS.has(w.lower) || REPORTING_VERBS.has(w.lower)) continue;
      if (names.some((n) => w.start >= n.start && w.end <= n.end)) continue;
      out.add(w.stem);
    }
    return out;
  });
}

/** Of the shorter statement's content words, the share a merely related pair must have in common. */
const STATEMENT_COVER = 0.3;

/**
 * The same statement credited to different named speakers. `minShared`: content words the two
 * statements must share, for pairs not already known to report the same point.
 */
export function checkAttribution(a: Passage, b: Passage, minShared = 0): Finding | null {
  const sb = speakers(b);
  if (!sb.length) return null;
  const sa = speakers(a);
  if (!sa.length) return null;
  if (sa.some((x) => sb.some((y) => sameName(x.text, y.text)))) return null;
  // Long statements share a few words by chance: a third of the shorter one's words, at least.
  if (minShared > 0) {
    // Two sentences quoting someone each, in words of their own, are two statements ("Our framework talks about…" / "it's not just the biggest…").
    if (a.quotes.length && b.quotes.length && !sharesQuotation(a, b)) return null;
    const [sa, sb] = [statement(a), statement(b)];
    if (sharedCount(sa, sb, a.related) < Math.max(minShared, STATEMENT_COVER * Math.min(sa.size, sb.size))) return null;
  }
  return { kind: 'attribution', a: sa, b: sb, summary: summarise(sa, sb), confidence: 0.75 };
}
