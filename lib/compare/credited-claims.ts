/**
 * Claims a passage credits to a party in reported speech, outside quotations: the subject of a verb of saying,
 * urging or calling for ("Papernot called for closer collaboration between…"), read as credit.ts reads a quotation's.
 */

import { STOPWORDS } from '../text/stopwords';
import { REPORTING_VERBS } from '../text/reporting';
import { memo, slot, type Passage } from './passage';
import { classify, nameLike, subjectBefore, wordsIn, type Credit } from './credit';

const CLAIMS_SLOT = slot();

/** Verbs that credit a claim written after them ("Papernot called for closer collaboration between…"); "called" and "calls" only before "for". */
const CLAIM_VERBS: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'urged', 'urges', 'called', 'calls', 'recommended', 'recommends']);

/** A claim a passage credits to a party, outside quotations: who, and the content stems of what. */
export interface CreditedClaim {
  credit: Credit;
  stems: Set<string>;
}

/** Each credited claim of a passage outside quotations ("Papernot called for closer collaboration between…"). */
export function creditedClaims(p: Passage): CreditedClaim[] {
  return memo(p, CLAIMS_SLOT, findClaims);
}

function findClaims(p: Passage): CreditedClaim[] {
  const out: CreditedClaim[] = [];
  const ws = p.words;
  for (let v = 0; v < ws.length; v++) {
    const w = ws[v]!;
    if (!CLAIM_VERBS.has(w.lower) || w.quoted) continue;
    if ((w.lower === 'called' || w.lower === 'calls') && ws[v + 1]?.lower !== 'for') continue;
    const subject = subjectBefore(p, v);
    const credit = subject.length ? classify(p, subject) : entryLabel(p, v);
    if (!credit || credit.person === null) continue;
    const stems = new Set<string>();
    for (const x of ws.slice(v + 1)) if (!x.quoted && x.lower.length > 2 && !STOPWORDS.has(x.lower)) stems.add(x.stem);
    out.push({ credit, stems });
  }
  return out;
}

/**
 * The subject of a verb that opens a clause of an entry headed by its subject, as trackers and glossaries write
 * them: "Future of Life Institute: non-profit behind …; warns that …". The label is a name of up to six words.
 */
function entryLabel(p: Passage, v: number): Credit | null {
  const colon = p.norm.indexOf(':');
  const verb = p.words[v]!;
  if (colon < 0 || colon > verb.start || !/[;:]\s*$/.test(p.norm.slice(0, verb.start))) return null;
  const label = wordsIn(p, 0, colon);
  if (!label.length || label.length > 6 || !label.every((w) => nameLike(w) || w.lower === 'of' || w.lower === 'for')) return null;
  return classify(p, label);
}
