/**
 * Cleft sentences: "It was OpenAI's report, too, that sets out…", "It's OpenAI, the ChatGPT people, who are saying…",
 * "It was OpenAI, and not Anthropic, that cautioned…". A cleft sets one party apart as the one who did or said what
 * its clause says, whatever the verb, so the clause is that party's claim. Read from word shapes.
 */

import { memo, slot, type Passage, type Word } from './passage';
import { commaBefore } from './subjects';

const CLEFTS_SLOT = slot();

/** A cleft: the words of the party it sets apart, and the index of the verb its clause opens with. */
export interface Cleft {
  party: Word[];
  verb: number;
}

/** Words the party may hold, and each aside set off by commas ("too", "and not Anthropic", "in that document"). */
const PARTY_WORDS = 6;
const ASIDE_WORDS = 8;
const ASIDES = 2;
/** Words of time or addition a party may trail ("OpenAI's report this week that…"): not part of the party. */
const TRAILING = /^(?:this|last|week|month|year|today|yesterday|now|too|also|again|earlier)$/;
/** Auxiliaries and adverbs between "that" and the clause's verb ("who have since drawn", "who are now urging"). */
const BEFORE_VERB = /^(?:is|are|was|were|has|have|had|will|would|did|does|do|also|now|since|first|then|later|already|again|just|once|even|still|actually|really|originally)$/;
const BE = /^(?:is|was)$/;
/** A party opens with a name, a noun or a determiner; "It was in March that…", "It is only after…" set apart a time or a cause. */
const PARTY_START = /^(?!(?:in|on|at|during|after|before|until|since|only|because|not|when|then|there|here|what|how|why|so|too|very|clear|likely|true|time)$)/;
/** Days and months: "It was Thursday that…" sets apart when, not who. */
const WHEN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Every cleft of a passage ("It was X that…", "it's X who…"), once per passage. */
export function clefts(p: Passage): Cleft[] {
  return memo(p, CLEFTS_SLOT, findClefts);
}


function findClefts(p: Passage): Cleft[] {
  const ws = p.words;
  const out: Cleft[] = [];
  for (let i = 0; i + 2 < ws.length; i++) {
    if (ws[i]!.lower !== 'it' || ws[i]!.quoted) continue;
    // "It was", "it is", or "it's" (whose "'s" is no word of its own).
    const contracted = /['’]s$/.test(ws[i]!.text);
    const from = contracted ? i + 1 : BE.test(ws[i + 1]!.lower) ? i + 2 : -1;
    if (from < 0) continue;
    const cleft = readCleft(p, from);
    if (cleft) out.push(cleft);
  }
  return out;
}

/** The cleft whose party starts at word `from`, or null when no "that" or "who" closes it as a cleft does. */
function readCleft(p: Passage, from: number): Cleft | null {
  const ws = p.words;
  let k = from;
  while (k < ws.length && k - from < PARTY_WORDS && !(k > from && commaBefore(p, k)) && !/^(?:that|who)$/.test(ws[k]!.lower)) k++;
  let party = ws.slice(from, k);
  // "OpenAI and not Anthropic", "OpenAI rather than Anthropic": the party set apart is the one before the denial.
  const denied = party.findIndex((w) => w.lower === 'not' || w.lower === 'rather');
  if (denied >= 0) party = party.slice(0, denied);
  while (party.length && /^(?:and|but|or)$/.test(party.at(-1)!.lower)) party = party.slice(0, -1);
  while (party.length > 1 && TRAILING.test(party.at(-1)!.lower)) party = party.slice(0, -1);
  if (!party.length || party.some((w) => w.quoted) || !PARTY_START.test(party[0]!.lower) || party.some((w) => WHEN.test(w.lower))) return null;
  // Asides set off by commas before the clause ("…, and not Anthropic, that…"), each closed by a comma.
  for (let n = 0; n < ASIDES && k < ws.length && commaBefore(p, k) && !/^(?:that|who)$/.test(ws[k]!.lower); n++) {
    const start = k;
    while (k < ws.length && k - start <= ASIDE_WORDS && !(k > start && commaBefore(p, k))) k++;
    if (k >= ws.length || !commaBefore(p, k) || k - start > ASIDE_WORDS) return null;
  }
  if (k >= ws.length || !/^(?:that|who)$/.test(ws[k]!.lower)) return null;
  let v = k + 1;
  while (v < ws.length && v - k <= 3 && BEFORE_VERB.test(ws[v]!.lower)) v++;
  return v < ws.length && !ws[v]!.quoted ? { party, verb: v } : null;
}
