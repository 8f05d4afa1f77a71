/**
 * Claims credited by a phrase rather than by the subject of a verb of saying: "In OpenAI's telling, …", "The call for
 * closer collaboration came from the White House", "That the risk is wider was underlined by the cyber agency",
 * "OpenAI's warning that …".
 */

import type { Passage, Word } from './passage';
import { STOPWORDS } from '../text/stopwords';
import type { CreditedClaim } from './credited-claims';
import { classify } from './party-kind';
import { subjectBefore } from './subjects';

/** Nouns for one's account of things: "in OpenAI's telling", "in the agency's view". */
const ACCOUNT = /^(?:telling|view|account|words|version|reading|estimation|assessment|judgment|judgement)$/;
/** Nouns for what a party puts forward, as the subject of "came from" ("the call for … came from the White House"). */
const PUT_FORWARD = /^(?:call|calls|warning|idea|proposal|suggestion|claim|argument|push|demand|plea|appeal|criticism|remark|comment|recommendation|message)$/;
/** Participles of a passive that credits its agent with the claim it is said of ("was underlined by the agency"). */
const CREDITING = /^(?:underlined|stressed|emphasi[sz]ed|noted|said|argued|made|raised|voiced|echoed|highlighted|claimed|stated|asserted|urged|recommended)$/;
const BE = /^(?:is|are|was|were|been|be)$/;
/**
 * Verbs that put forward what a colon then sets out ("makes one argument: …", "made the point: …", "carries a warning as
 * well: …", "sounded a caution: …"), and the nouns for it.
 */
const MAKES = /^(?:make|makes|made|making|raise|raises|raised|carry|carries|carried|sound|sounds|sounded|issue|issues|issued|offer|offers|offered)$/;
const POINT = /^(?:argument|point|case|claim|prediction|observation|warning|caution|caveat)$/;
/** Characters from the verb to the colon, at most ("makes one argument I found persuasive:"). */
const POINT_REACH = 50;
/** Words a party named after "from" or "by" may hold, up to a comma or the sentence's end. */
const PARTY_WORDS = 8;

/** Content stems of words outside quotations. */
export function stemsIn(ws: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of ws) if (!w.quoted && w.lower.length > 2 && !STOPWORDS.has(w.lower)) out.add(w.stem);
  return out;
}

/** The party after word k, up to a comma, "in", "on", "that" or PARTY_WORDS words: "the White House", "the Canadian Centre for Cyber Security". */
function partyAfter(p: Passage, k: number): Word[] {
  const ws = p.words;
  let e = k;
  while (e < ws.length && e - k < PARTY_WORDS && !/^(?:in|on|that|which|who|whose|when|after|before|as|rather|not)$/.test(ws[e]!.lower) && !(e > k && /,/.test(p.norm.slice(ws[e - 1]!.end, ws[e]!.start)))) e++;
  return ws.slice(k, e);
}

/** Where "from" stands after "came" at i: right after it, or past an aside set off by commas ("came, as it happens, from"); or -1. */
function fromAfter(p: Passage, i: number): number {
  const ws = p.words;
  if (ws[i + 1]?.lower === 'from') return i + 1;
  if (!ws[i + 1] || !/,/.test(p.norm.slice(ws[i]!.end, ws[i + 1]!.start))) return -1;
  for (let k = i + 2; k < Math.min(ws.length, i + 6); k++) if (ws[k]!.lower === 'from') return /,/.test(p.norm.slice(ws[k - 1]!.end, ws[k]!.start)) ? k : -1;
  return -1;
}

/** Each claim a passage credits by such a phrase, outside quotations. */
export function phraseClaims(p: Passage): CreditedClaim[] {
  const out: CreditedClaim[] = [];
  const ws = p.words;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.quoted) continue;
    // "In OpenAI's telling, the labs…": the party's account, and the claim after its comma.
    const o = ws[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    if (w.lower === 'in' && /['’]s$/.test(ws[o]?.text ?? '') && ACCOUNT.test(ws[o + 1]?.lower ?? '') && /,/.test(p.norm.slice(ws[o + 1]!.end, ws[o + 2]?.start ?? ws[o + 1]!.end))) {
      const owner = ws[o]!;
      const party = { ...owner, text: owner.text.replace(/['’]s$/, ''), lower: owner.lower.replace(/['’]s$/, ''), end: owner.end - 2 };
      const credit = classify(p, [...ws.slice(i + 1, o), party]);
      if (credit && credit.person !== null) out.push({ credit, stems: stemsIn(ws.slice(o + 2)) });
      continue;
    }
    // "OpenAI's warning that, absent a mechanism, a slowdown could…": the claim after "that" is the owner's.
    if (/['’]s$/.test(w.text) && PUT_FORWARD.test(ws[i + 1]?.lower ?? '') && ws[i + 2]?.lower === 'that') {
      const party = { ...w, text: w.text.replace(/['’]s$/, ''), lower: w.lower.replace(/['’]s$/, ''), end: w.end - 2 };
      const credit = classify(p, [party]);
      if (credit && credit.person !== null && credit.name) out.push({ credit, stems: stemsIn(ws.slice(i + 3)) });
      continue;
    }
    // "The call for … came from the White House": the claim is the subject's. An aside may stand before "from" ("came, as it
    // happens, from Anthropic's post"), and a clause on the party may go on to say what the call asks ("from OpenAI, whose
    // report wants companies … working side by side").
    const from = /^(?:came|comes|come)$/.test(w.lower) ? fromAfter(p, i) : -1;
    if (from > 0 && ws.slice(0, i).some((x) => PUT_FORWARD.test(x.lower))) {
      const party = partyAfter(p, from + 1);
      const credit = classify(p, party);
      const end = from + 1 + party.length;
      const more = /^(?:whose|which|who)$/.test(ws[end]?.lower ?? '') ? ws.slice(end + 1) : [];
      if (credit && credit.person !== null) out.push({ credit, stems: stemsIn([...ws.slice(0, i), ...more]) });
      continue;
    }
    // "OpenAI's report makes one argument I found persuasive: absent …", "Anthropic has made the related point that …":
    // the claim after the colon, or after the noun's "that", is the subject's.
    const point = MAKES.test(w.lower) ? ws.slice(i + 1, i + 4).findIndex((x) => POINT.test(x.lower)) : -1;
    if (point >= 0) {
      const noun = i + 1 + point;
      const colon = p.norm.indexOf(':', w.end);
      const after = ws[noun + 1]?.lower === 'that' ? ws.slice(noun + 2) : colon > 0 && colon - w.end <= POINT_REACH ? ws.filter((x) => x.start > colon) : [];
      const subject = after.length ? subjectBefore(p, i) : [];
      const credit = subject.length ? classify(p, subject) : null;
      if (credit && credit.person !== null) out.push({ credit, stems: stemsIn(after) });
      continue;
    }
    // "… was underlined by the Canadian Centre for Cyber Security": the passive's agent.
    if (CREDITING.test(w.lower) && BE.test(ws[i - 1]?.lower ?? '') && ws[i + 1]?.lower === 'by') {
      const credit = classify(p, partyAfter(p, i + 2));
      if (credit && credit.person !== null) out.push({ credit, stems: stemsIn(ws.slice(0, i - 1)) });
    }
  }
  return out;
}
