/**
 * Markers of modality in a passage: hedges ("might", "risk losing") and firm modals ("will"), each with the words it
 * governs, for the certainty checks; and what negation markers share with them (negations.ts finds those).
 */

import type { Piece } from '../text/segment';
import { memo, type Passage, type Word, slot } from './passage';
import { STOPWORDS } from '../text/stopwords';
import { frameAfter } from './claim-frames';
import { inIndirectQuestion } from './indirect-question';

// Memo slots of this file's extractors.
const MODALS_SLOT = slot();

const NEGATOR_WORDS = new Set(['not', 'no', 'never', 'cannot']);

/** A word (lower case) that negates: not, no, never, cannot, or a contraction in n't (no regex: it runs for every word). */
export function isNegator(lower: string): boolean {
  return NEGATOR_WORDS.has(lower) || lower.endsWith("n't");
}

export const AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'could', 'would', 'should', 'will', 'can', 'has', 'have', 'had', 'must', 'may', 'might', 'shall']);
/** A pronoun with "is", "are" or "am" contracted onto it ("it's not", "they're not"): an auxiliary before "not". */
export const COPULA_CONTRACTED = /^(?:(?:it|that|there|here|what|who|he|she)['’]s|(?:they|we|you)['’]re|i['’]m)$/i;
/** Modals that are neither hedge nor firm ("can", "should"): a quoted claim with one is no plain assertion. */
export const AUX_MODAL = new Set(['can', 'should', 'cannot']);
/** Words that hedge a claim, and words that make it firm. */
export const HEDGE: ReadonlySet<string> = new Set(['might', 'may', 'could', 'possibly', 'perhaps', 'potentially', 'likely', 'probably']);
export const FIRM: ReadonlySet<string> = new Set(['will', 'would', 'must', 'shall', 'definitely', 'certainly', 'surely', 'inevitably', 'already']);
/** Words after a marker that it governs. */
export const SCOPE = 6;
/** Words after a modal that may still belong to its claim. */
export const CLAIM = 14;

/** A negation, hedge or firm modal in a passage. */
export interface Marker {
  word: Word;
  index: number;
  /** Content stems the marker governs, filled on first use (markers are memoised per passage). */
  scope?: Set<string>;
  /** Content stems over the rest of its clause, filled on first use. */
  claim?: Set<string>;
  /** The word it governs (null: none), filled on first use. */
  head?: Word | null;
  /** Words of a frame between the marker and its claim ("reach a stage where they can"), see claim-frames.ts. */
  frame?: number;
  /** Content stems of who does what a means is denied for ("no mechanism for one lab to verify": "lab"), see claim-tie.ts. */
  agent?: Set<string>;
}

/** The index of the last word before a marker's claim: the marker itself, or the end of its frame. */
export const claimAfter = (m: Marker) => m.index + (m.frame ?? 0);

/** Content stems of words from..to (stop words, auxiliaries and modals left out). */
export function content(ws: Word[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, from); i <= Math.min(ws.length - 1, to); i++) {
    const w = ws[i]!;
    if (!STOPWORDS.has(w.lower) && !AUX.has(w.lower) && w.lower.length > 2 && !HEDGE.has(w.lower) && !FIRM.has(w.lower)) out.add(w.stem);
  }
  return out;
}

/** Words that put a possibility on what follows them: "humans risk losing control", "a real risk of losing it", "concerns about losing oversight". */
export const RISK = new Set(['risk', 'risks', 'concern', 'concerns', 'fear', 'fears']);

/** "risk" (or "concerns", "fears") before a gerund, or before "of", "about" or "over" and a gerund: a hedge on that happening. */
function risksGerund(ws: Word[], index: number): boolean {
  if (!RISK.has(ws[index]!.lower)) return false;
  const next = /^(?:of|about|over)$/.test(ws[index + 1]?.lower ?? '') ? ws[index + 2] : ws[index + 1];
  return !!next && next.lower.length > 5 && next.lower.endsWith('ing');
}

/** "set to" before a verb says what is scheduled, as firmly as "will" ("a blacklist set to take effect later in 2026"). */
function scheduled(ws: Word[], i: number): boolean {
  const next = ws[i + 2];
  return ws[i]!.lower === 'set' && ws[i + 1]?.lower === 'to' && !!next && !STOPWORDS.has(next.lower) && !/(?:ed|ing|s)$/.test(next.lower);
}

/** "going to" before a verb says what will happen, as firmly as "will" ("it's going to be worth"; not "going to the market"). */
function goingTo(ws: Word[], i: number): boolean {
  const next = ws[i + 2];
  if (ws[i]!.lower !== 'going' || ws[i + 1]?.lower !== 'to' || !next) return false;
  return next.lower === 'be' || (!STOPWORDS.has(next.lower) && next.text[0] === next.lower[0] && !/(?:ed|ing|s)$/.test(next.lower));
}

/** Adjectives that, after a copula and before "to", say a thing will happen as firmly as "will" ("is bound to lose"). */
const SURE = new Set(['certain', 'bound', 'sure', 'guaranteed', 'destined', 'poised', 'expected']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'seems', 'seem', 'seemed', 'appears', 'appear', 'looks', 'look', 'looked']);

/**
 * "is certain to", "are bound to", "is all but certain to", "are poised to" before a verb, and "are on course to":
 * firm (not "made sure to", "bound to the contract", "on course to the harbour").
 */
function sureTo(ws: Word[], i: number): boolean {
  const next = ws[i + 2];
  if (ws[i + 1]?.lower !== 'to' || !next || STOPWORDS.has(next.lower) || !/^[a-z]+$/.test(next.text)) return false;
  const w = ws[i]!.lower;
  if ((w === 'course' || w === 'track') && ws[i - 1]?.lower === 'on') return true;
  if (!SURE.has(w)) return false;
  // "all but certain to" is firm with or without its copula ("an IPO all but certain to value…").
  if (ws[i - 1]?.lower === 'but' && ws[i - 2]?.lower === 'all') return true;
  const prev = ws[i - 1];
  if (prev && (COPULA.has(prev.lower) || COPULA_CONTRACTED.test(prev.text))) return true;
  // "with Anthropic's IPO certain to value it…": "with" and a short subject stand for the copula.
  for (let k = i - 2; k >= Math.max(0, i - 1 - WITH_SUBJECT); k--) if (ws[k]!.lower === 'with') return true;
  return false;
}

/** Words the subject of "with … certain to" may hold. */
const WITH_SUBJECT = 4;

/** "end up losing control": what follows is the outcome, as firmly as "will lose" (not "end up in court", a place). */
function endsUp(ws: Word[], i: number): boolean {
  const next = ws[i + 2];
  return /^(?:end|ends|ended)$/.test(ws[i]!.lower) && ws[i + 1]?.lower === 'up' && !!next && next.lower.length > 5 && next.lower.endsWith('ing');
}

/**
 * "(there is) no doubt that", "without a doubt that", "beyond doubt that", and "make it a certainty that", "it is certain
 * that": what follows is stated as sure, as firmly as "will".
 */
function noDoubt(ws: Word[], i: number): boolean {
  if (ws[i + 1]?.lower !== 'that') return false;
  if (ws[i]!.lower === 'certainty') return ws[i - 1]?.lower === 'a';
  if (ws[i]!.lower === 'certain') return COPULA.has(ws[i - 1]?.lower ?? '') || COPULA_CONTRACTED.test(ws[i - 1]?.text ?? '');
  if (ws[i]!.lower !== 'doubt') return false;
  const before = ws[i - 1]?.lower === 'a' ? ws[i - 2] : ws[i - 1];
  return /^(?:no|without|beyond)$/.test(before?.lower ?? '');
}

/**
 * "(only) a matter of time before", "a matter of when, not if": what follows will happen ("it is only a matter of time
 * before models design…"). The words from "matter" to the claim, or 0.
 */
function matterOfTime(ws: Word[], i: number): number {
  if (ws[i]!.lower !== 'matter' || ws[i - 1]?.lower !== 'a' || ws[i + 1]?.lower !== 'of') return 0;
  if (ws[i + 2]?.lower === 'time' && (ws[i + 3]?.lower === 'before' || ws[i + 3]?.lower === 'until')) return 3;
  return ws[i + 2]?.lower === 'when' && ws[i + 3]?.lower === 'not' && ws[i + 4]?.lower === 'if' ? 4 : 0;
}

/**
 * A firm modal opening a relative clause on a noun ("build the system that will succeed it"): it describes the noun
 * (its successor), and claims nothing about what will happen.
 */
function describes(ws: Word[], i: number): boolean {
  if (!/^(?:that|which|who)$/.test(ws[i - 1]?.lower ?? '')) return false;
  const noun = ws[i - 2];
  return !!noun && !STOPWORDS.has(noun.lower) && /^(?:the|a|an|its|their|his|her)$/.test(ws[i - 3]?.lower ?? '');
}

/** "May" the month, not the modal: capitalised inside a sentence, or before a number ("14 May 2026", "May 14"). */
function isMonth(ws: Word[], i: number): boolean {
  const day = /^\d/.test(ws[i + 1]?.text ?? '');
  // In capitals ("MAY 14 | Anthropic…", as timelines and datelines set it) only a day after it tells the month from the modal.
  return (ws[i]!.text === 'May' && (i > 0 || day)) || (ws[i]!.text === 'MAY' && day);
}

/** Verbs a speaker softens with "I would" or "we would" ("I would ask you to…", "we would urge"): a courtesy, not a forecast. */
const COURTESY = /^(?:ask|like|love|urge|suggest|encourage|invite|remind|argue|say|add|note|submit|caution|recommend|hope|welcome)$/;

/** "I would ask you to carry…": "would" after "I" or "we" before a verb of asking or saying claims nothing about what will be. */
function polite(ws: Word[], i: number): boolean {
  return ws[i]!.lower === 'would' && /^(?:i|we)$/.test(ws[i - 1]?.lower ?? '') && COURTESY.test(ws[i + 1]?.lower ?? '');
}

/** Words an aside set off by commas right after a modal may run to ("could, in principle, be at risk"). */
const ASIDE_WORDS = 4;

/** How many words after the modal at `index` an aside set off by commas takes up ("could, in principle, be…"): 0 when none does. */
function asideAfter(p: Passage, index: number): number {
  const ws = p.words;
  const gap = (i: number) => p.norm.slice(ws[i]!.end, ws[i + 1]?.start ?? p.norm.length);
  if (index + 1 >= ws.length || !/^\s*,\s*$/.test(gap(index))) return 0;
  for (let i = index + 1; i < Math.min(ws.length - 1, index + 1 + ASIDE_WORDS); i++) {
    const g = gap(i);
    if (/^\s*,\s*$/.test(g)) return i - index;
    if (!/^\s+$/.test(g)) return 0;
  }
  return 0;
}

/** Hedges ("might", "risk losing"), firm modals ("will"), "set to" and "going to" of a passage. */
export function modals(p: Passage): Marker[] {
  return memo(p, MODALS_SLOT, () => {
    const out: Marker[] = [];
    // A modal inside another's frame ("might get to the point where they will be able to") is that one's.
    let framedTo = -1;
    p.words.forEach((word, index) => {
      if (index <= framedTo) return;
      // The words between a phrase's head and its claim ("certain to", "matter of time before") are its frame.
      const lead = sureTo(p.words, index) || endsUp(p.words, index) || noDoubt(p.words, index) ? 1 : matterOfTime(p.words, index);
      // The question and courtesy tests only unmake a marker, so they are read for markers alone (most words are none).
      if (lead || ((HEDGE.has(word.lower) && !isMonth(p.words, index)) || (FIRM.has(word.lower) && !describes(p.words, index))) || risksGerund(p.words, index) || scheduled(p.words, index) || goingTo(p.words, index)) {
        if (inIndirectQuestion(p.words, index) || polite(p.words, index)) return;
        const frame = lead + (asideAfter(p, index + lead) || frameAfter(p.words, index + lead));
        framedTo = index + frame;
        out.push(frame ? { word, index, frame } : { word, index });
      }
    });
    return out;
  });
}

/** An adverb in -ly ("actually", "eventually"): it qualifies the word a marker governs, and is not that word. */
/** The noun of "in all likelihood" and "in all probability". */
const LIKELIHOOD = /^(?:likelihood|probability)$/;
const adverb = (w: Word) => w.lower.length > 4 && w.lower.endsWith('ly');

/** The first content word after a marker, past adverbs: the verb or adjective it governs ("rejected" in "hasn't actually rejected"). */
function head(p: Passage, m: Marker): Word | undefined {
  const from = claimAfter(m) + 1;
  // "will in all likelihood reach": the idiom stands where an adverb would, and the claim is its verb.
  const idiom = (w: Word, k: number) => LIKELIHOOD.test(w.lower) && p.words[from + k - 1]?.lower === 'all';
  const ws = p.words.slice(from, from + 4).filter((w, k) => !STOPWORDS.has(w.lower) && !AUX.has(w.lower) && w.lower.length > 2 && !idiom(w, k));
  const h = ws.find((w) => !adverb(w)) ?? ws[0];
  return (h && asked(p, h)) ?? h;
}

/** Verbs of asking someone to do a thing: denied, the thing is denied ("doesn't ask the labs to verify" / "labs verify"). */
const ASKING = new Set(['ask', 'asks', 'asked', 'require', 'requires', 'required', 'oblige', 'obliges', 'obliged']);
/** Words from a verb of asking to its "to". */
const ASKED_SPAN = 4;

/** The verb after "to" that a verb of asking asks for ("ask the labs to verify"), or undefined. */
function asked(p: Passage, h: Word): Word | undefined {
  if (!ASKING.has(h.lower)) return undefined;
  const at = p.words.indexOf(h);
  for (let k = at + 1; k <= at + ASKED_SPAN && k + 1 < p.words.length; k++) if (p.words[k]!.lower === 'to') return p.words[k + 1]!.lower.length > 2 ? p.words[k + 1] : undefined;
  return undefined;
}

/** The word a marker governs, found once per marker (markers are memoised per passage). */
export function governed(p: Passage, m: Marker): Word | null {
  return m.head === undefined ? (m.head = head(p, m) ?? null) : m.head;
}

/** The words from..to of a passage, as a piece of it. */
export const span = (p: Passage, from: number, to: number): Piece => ({ text: p.text.slice(p.words[from]!.start, p.words[to]!.end), start: p.words[from]!.start, end: p.words[to]!.end });

/** Stems of one word family: equal, or one a prefix of the other ("soon" / "sooner", "design" / "designer"). */
export function kin(x: string, y: string): boolean {
  if (x === y) return true;
  const s = x.length < y.length ? x : y;
  const l = x.length < y.length ? y : x;
  return s.length >= 4 && l.startsWith(s);
}

/** How many stems of x have kin in y. */
export function kinShared(x: Set<string>, y: Set<string>): number {
  let n = 0;
  for (const s of x) {
    if (y.has(s)) n++;
    else for (const t of y) if (kin(s, t)) { n++; break; }
  }
  return n;
}

/** Words before a marker read as its subject. */
const SUBJECT_WORDS = 4;

/** Content stems of the words right before a marker, within its clause: what its claim is about. */
export function subjectOf(p: Passage, m: Marker): Set<string> {
  let from = m.index;
  while (from > 0 && m.index - from < SUBJECT_WORDS && !/[,;:—–(]/.test(p.text.slice(p.words[from - 1]!.end, p.words[from]!.start))) from--;
  return content(p.words, from, m.index - 1);
}
