/**
 * Markers of modality in a passage: negations ("did not", "little risk of"), hedges ("might", "risk losing") and
 * firm modals ("will"), each with the words it governs, for the negation and certainty checks.
 */

import type { Piece } from '../text/segment';
import { memo, type Passage, type Word, slot } from './passage';
import { STOPWORDS } from '../text/stopwords';
import { frameAfter } from './claim-frames';

// Memo slots of this file's extractors.
const NEGATIONS_SLOT = slot();
const MODALS_SLOT = slot();

const NEGATOR_WORDS = new Set(['not', 'no', 'never', 'cannot']);

/** A word (lower case) that negates: not, no, never, cannot, or a contraction in n't (no regex: it runs for every word). */
export function isNegator(lower: string): boolean {
  return NEGATOR_WORDS.has(lower) || lower.endsWith("n't");
}

export const AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'could', 'would', 'should', 'will', 'can', 'has', 'have', 'had', 'must', 'may', 'might', 'shall']);
/** A pronoun with "is", "are" or "am" contracted onto it ("it's not", "they're not"): an auxiliary before "not". */
const COPULA_CONTRACTED = /^(?:(?:it|that|there|here|what|who|he|she)['’]s|(?:they|we|you)['’]re|i['’]m)$/i;
/** Words after a negation within which "until" makes it a time ("did not open until Friday"). */
const UNTIL_WITHIN = 5;
/** "not just", "not only": adds to a claim rather than denying it. */
const NOT_NEGATING = new Set(['just', 'only', 'merely', 'simply', 'least', 'necessarily']);
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

/** Quantifiers that deny the likelihood noun after them ("little risk of", "no chance that"). */
const NONE_OF = new Set(['little', 'no', 'minimal', 'negligible', 'scant']);
const LIKELIHOOD = new Set(['risk', 'chance', 'danger', 'threat', 'possibility', 'likelihood', 'prospect']);

/** "little risk of losing control" denies what "humans risk losing control" states; "a little risk" affirms it. */
export function deniesLikelihood(ws: Word[], index: number): boolean {
  return likelihoodDenied(ws, index) >= 0;
}

/** Adjectives a denied likelihood may take ("little real risk", "no serious danger"). */
const LIKELIHOOD_ADJECTIVES = new Set(['real', 'serious', 'genuine', 'significant', 'great', 'immediate', 'major', 'big']);

/** The words between a denying quantifier and its likelihood noun (0, or 1 for an adjective), or -1 when the word at index denies none. */
function likelihoodDenied(ws: Word[], index: number): number {
  if (!NONE_OF.has(ws[index]!.lower) || ws[index - 1]?.lower === 'a') return -1;
  if (LIKELIHOOD.has(ws[index + 1]?.lower ?? '')) return 0;
  return LIKELIHOOD_ADJECTIVES.has(ws[index + 1]?.lower ?? '') && LIKELIHOOD.has(ws[index + 2]?.lower ?? '') ? 1 : -1;
}

/** Verbs that deny the verb after their "to" ("failed to notify", "declined to say", "refused to sign"). */
const DENYING_TO = new Set(['fail', 'fails', 'failed', 'refuse', 'refuses', 'refused', 'decline', 'declines', 'declined']);
/** Nouns "no" denies with what they are for ("no need for greater collaboration", "no role for government agencies"). */
const DENIED_NOUNS = new Set(['need', 'role', 'plan', 'plans', 'intention', 'place']);
/** Adverbs that deny what they qualify ("hardly ever serve", "scarcely matters"). */
const DENYING_ADVERBS = new Set(['hardly', 'scarcely']);

/**
 * A negation written without "not", with the words between it and its claim: "hardly (ever)", "failed to", "stopped
 * short of", "without (first) alerting", "no longer". -1 when the word at i is none.
 */
function deniesWithout(ws: Word[], i: number): number {
  const w = ws[i]!.lower;
  const next = ws[i + 1]?.lower ?? '';
  if (DENYING_ADVERBS.has(w)) return next === 'ever' ? 1 : 0;
  if (DENYING_TO.has(w)) return next === 'to' && !!ws[i + 2] && !STOPWORDS.has(ws[i + 2]!.lower) ? 1 : -1;
  if ((w === 'stopped' || w === 'stops' || w === 'stop') && next === 'short' && ws[i + 2]?.lower === 'of') return 2;
  // "no longer" before a claim of its own ("no longer need to"), not "is no longer whether…".
  if (w === 'no' && next === 'longer') return ws[i + 2] && !STOPWORDS.has(ws[i + 2]!.lower) ? 1 : -1;
  // "too weak to become": what follows "to" cannot be.
  if (w === 'too' && ws[i + 2]?.lower === 'to' && /^[a-z]{3,}$/.test(next) && !STOPWORDS.has(next) && ws[i + 3] && !STOPWORDS.has(ws[i + 3]!.lower)) return 2;
  // "saw no need for", "sees no role for", "has no plans to": the need, role or plan is denied, and what follows with it.
  if (w === 'no' && DENIED_NOUNS.has(next) && ws[i - 1]?.lower !== 'a') return /^(?:for|to|of|in)$/.test(ws[i + 2]?.lower ?? '') ? 2 : 1;
  if (w !== 'without') return -1;
  // "without (first) alerting": a gerund, not a noun ("without warning", "without any details").
  const skip = next === 'first' || next === 'ever' || (next.length > 4 && next.endsWith('ly')) ? 1 : 0;
  const verb = ws[i + 1 + skip]?.lower ?? '';
  return verb.length > 5 && verb.endsWith('ing') ? skip : -1;
}

/**
 * Predicate negations: "did not", "should not be", "isn't", "never" (not a contrast like "governments, not
 * companies"), a likelihood denied ("there's little risk of"), and a denial without "not" ("failed to notify").
 */
export function negations(p: Passage): Marker[] {
  return memo(p, NEGATIONS_SLOT, () => {
    const out: Marker[] = [];
    p.words.forEach((word, index) => {
      const unlikely = likelihoodDenied(p.words, index);
      if (unlikely >= 0) return void out.push(unlikely ? { word, index, frame: unlikely } : { word, index });
      const without = deniesWithout(p.words, index);
      if (without >= 0) return void out.push(without ? { word, index, frame: without } : { word, index });
      // "can neither access it nor modify it": after an auxiliary, "neither" denies as "not" does ("neither company" does not).
      if (word.lower === 'neither') return void (AUX.has(p.words[index - 1]?.lower ?? '') && out.push({ word, index }));
      if (!isNegator(word.lower)) return;
      if (NOT_NEGATING.has(p.words[index + 1]?.lower ?? '')) return;
      // "will not take effect until 2027" says when it happens, not that it does not.
      if (p.words.slice(index + 1, index + 1 + UNTIL_WITHIN).some((w) => w.lower === 'until')) return;
      const prev = p.words[index - 1];
      if (word.lower.endsWith("n't") || word.lower === 'never' || word.lower === 'cannot' || AUX.has(prev?.lower ?? '') || COPULA_CONTRACTED.test(prev?.text ?? '')) out.push({ word, index });
    });
    return out;
  });
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

/** "(only) a matter of time before": what follows will happen ("it is only a matter of time before models design…"). */
function matterOfTime(ws: Word[], i: number): boolean {
  return ws[i]!.lower === 'matter' && ws[i - 1]?.lower === 'a' && ws[i + 1]?.lower === 'of' && ws[i + 2]?.lower === 'time' && (ws[i + 3]?.lower === 'before' || ws[i + 3]?.lower === 'until');
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
  return ws[i]!.text === 'May' && (i > 0 || /^\d/.test(ws[i + 1]?.text ?? ''));
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
      const lead = sureTo(p.words, index) ? 1 : matterOfTime(p.words, index) ? 3 : 0;
      if (lead || ((HEDGE.has(word.lower) && !isMonth(p.words, index)) || (FIRM.has(word.lower) && !describes(p.words, index))) || risksGerund(p.words, index) || scheduled(p.words, index) || goingTo(p.words, index)) {
        const frame = lead + frameAfter(p.words, index + lead);
        framedTo = index + frame;
        out.push(frame ? { word, index, frame } : { word, index });
      }
    });
    return out;
  });
}

/** An adverb in -ly ("actually", "eventually"): it qualifies the word a marker governs, and is not that word. */
const adverb = (w: Word) => w.lower.length > 4 && w.lower.endsWith('ly');

/** The first content word after a marker, past adverbs: the verb or adjective it governs ("rejected" in "hasn't actually rejected"). */
function head(p: Passage, m: Marker): Word | undefined {
  const ws = p.words.slice(claimAfter(m) + 1, claimAfter(m) + 5).filter((w) => !STOPWORDS.has(w.lower) && !AUX.has(w.lower) && w.lower.length > 2);
  return ws.find((w) => !adverb(w)) ?? ws[0];
}

/** The word a marker governs, found once per marker (markers are memoised per passage). */
export function governed(p: Passage, m: Marker): Word | null {
  return m.head === undefined ? (m.head = head(p, m) ?? null) : m.head;
}

/** The words from..to of a passage, as a piece of it. */
export const span = (p: Passage, from: number, to: number): Piece => ({ text: p.text.slice(p.words[from]!.start, p.words[to]!.end), start: p.words[from]!.start, end: p.words[to]!.end });

/** Stems of the words a passage's modals and negations govern ("lose" in "will lose control"): where its claims can be found again. */
export function claimHeads(p: Passage): string[] {
  const out: string[] = [];
  for (const m of [...modals(p), ...negations(p)]) {
    const h = governed(p, m);
    if (h && !out.includes(h.stem)) out.push(h.stem);
  }
  return out;
}

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
