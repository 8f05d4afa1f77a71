/**
 * Attribution: one outlet presents a claim as a party's assertion ("The company noted that its model
 * found X", "Its tests found X, the agency said") while another states the same claim in its own voice.
 *
 * Outlets add or drop "the company said" on ordinary points all the time, so this fires only where a
 * careful reader would object: the claim is a party's statement about itself (its product, its staff,
 * its actions: an interested claim only that party vouches for), asserted as a plain fact (no modal or
 * condition: forecasts and opinions are paraphrased freely), and the other sentence restates it closely
 * with no source, no quotation and no hedge of any kind.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { STOPWORDS } from '../text/stopwords';
import { REFLEXIVE, REPORTING_VERBS, SPEAKER_TO_VERB } from '../text/reporting';
import { memo, type Passage, type Word, slot } from './passage';
import type { Related } from './context';
import { startsUpper } from '../text/capitals';
import { passageTimes } from './passage-times';

// Memo slots of this file's extractors.
const ATTRIBUTION_FRAMES_SLOT = slot();
const ATTRIBUTION_UNSOURCED_SLOT = slot();
const ATTRIBUTION_SELF_CLAIMS_SLOT = slot();
const ATTRIBUTION_PLAIN_SLOT = slot();

/** Verbs that frame a claim as somebody's statement; a warning is a forecast, not a claim of fact, so it is left out. */
const FRAME_VERBS = new Set([...REPORTING_VERBS, 'points'].filter((v) => !/^(warn|caution)/.test(v)));
/** Any sign that a sentence reports rather than asserts; broader than FRAME_VERBS, so the plain side is surely plain. */
const SOURCED = new Set([
  ...FRAME_VERBS,
  ...('say according warned warns announced announces suggested suggests reported reports reportedly allegedly purportedly ' +
    'supposedly apparently believes believed thinks found finds showed shows revealed reveals concluded concludes estimated ' +
    'estimates predicted predicts expects expected calls called described describes tell tells statement claim citing cited ' +
    'recalled recalls reminded reminds mentioned mentions recounted recounts attention account per')
    .split(' '),
]);
/** Forecasts, conditions and hedges: not a claim of established fact. */
const NOT_FACT = new Set(
  'could might may would will should must can cannot if unless likely possibly perhaps potentially probably plans plan aims intends hopes'.split(' '),
);
/** Words that tie a claim back to its speaker. */
const SELF = new Set(['its', 'their', 'his', 'her', 'our', 'my']);
/** A claim's opening pronoun that stands for its speaker ("Acme said it would fund its own study"). */
const SPEAKER_PRONOUN = /^(?:it|they|we|he|she|i)$/;
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we']);
/** Words after "said no" that end the answer: what was refused follows as a clause or a preposition's object. */
const REFUSED_BEFORE = /^(?:to|when|after|before|and|but|as|if|until|because)$/;
const MIN_SHARED = 4;
const MIN_COVER = 0.6;
/** A claim restated in this many of its words is restated at a looser cover: each side may word the rest its own way. */
const MANY_SHARED = 8;
const LOOSE_COVER = 0.5;

interface Frame {
  /** The reporting words ("The company also noted that"), highlighted on the attributing side. */
  frame: Piece;
  /** The frame as the summary quotes it, with an ellipsis where the claim stands. */
  shown: string;
  /** Speaker's words, lower case. */
  speaker: string[];
  /** Word indices of the claim the frame governs. */
  from: number;
  to: number;
  /** For a relative frame ("its own model, which it says rattled …"), the noun phrase the claim is about, as word indices. */
  about?: [number, number];
}

const isContent = (w: Word) => !STOPWORDS.has(w.lower) && w.lower.length > 2;
const piece = (p: Passage, from: number, to: number): Piece => ({ text: p.text.slice(p.words[from]!.start, p.words[to]!.end), start: p.words[from]!.start, end: p.words[to]!.end });

/** Whether punctuation separates word i from word i + 1. */
function breakAfter(p: Passage, i: number): boolean {
  const next = p.words[i + 1];
  return !next || /[,;:()"\u2014\u2013]/.test(p.norm.slice(p.words[i]!.end, next.start));
}

/** The speaker before a reporting verb at v: the words back to the clause start, adverbs skipped. */
function speakerBefore(p: Passage, v: number): { from: number; to: number } | null {
  let to = v - 1;
  // "Anthropic has itself noted that": the reflexive stands with the speaker's words, not in them.
  while (to >= 0 && (SPEAKER_TO_VERB.has(p.words[to]!.lower) || REFLEXIVE.test(p.words[to]!.lower)) && !breakAfter(p, to)) to--;
  if (to < 0 || breakAfter(p, to)) return null;
  const last = p.words[to]!;
  if (STOPWORDS.has(last.lower) && !PRONOUNS.has(last.lower)) return null;
  let from = to;
  while (from > 0 && !breakAfter(p, from - 1) && to - from < 5) from--;
  return from > 0 && !breakAfter(p, from - 1) ? null : { from, to };
}

/** The reporting frames of a sentence: "S (also) noted that C", "C, S said", "according to S, C". */
function frames(p: Passage): Frame[] {
  return memo(p, ATTRIBUTION_FRAMES_SLOT, findFrames);
}

function findFrames(p: Passage): Frame[] {
  const ws = p.words;
  const n = ws.length;
  const out: Frame[] = [];
  const add = (frame: Piece, leading: boolean, speaker: [number, number], from: number, to: number, about?: [number, number] | null) => {
    const shown = leading ? `${frame.text} …` : `… ${frame.text}`;
    const f: Frame = { frame, shown, speaker: ws.slice(speaker[0], speaker[1] + 1).map((w) => w.lower), from, to };
    out.push(about ? { ...f, about } : f);
  };
  for (let v = 0; v < n; v++) {
    const w = ws[v]!;
    if (w.quoted) continue;
    if (w.lower === 'according' && ws[v + 1]?.lower === 'to') {
      // "according to S, C" or "C, according to S".
      let end = v + 2;
      while (end + 1 < n && !breakAfter(p, end)) end++;
      if (end >= n || v + 2 > end) continue;
      if (v === 0 && end + 1 < n) add(piece(p, v, end), true, [v + 2, end], end + 1, n - 1);
      else if (v > 0 && breakAfter(p, v - 1) && end === n - 1) add(piece(p, v, end), false, [v + 2, end], 0, v - 1);
      continue;
    }
    if (!FRAME_VERBS.has(w.lower) || startsUpper(w.text)) continue;
    if ((w.lower === 'pointed' || w.lower === 'points') && ws[v + 1]?.lower !== 'out') continue;
    // "it said no to the US military", "it said no when …": a refusal, not speech ("said no lab should…" is speech).
    if (/^(?:said|says|say)$/.test(w.lower) && /^(?:no|yes)$/.test(ws[v + 1]?.lower ?? '') && (!ws[v + 2] || breakAfter(p, v + 1) || REFUSED_BEFORE.test(ws[v + 2]!.lower))) continue;
    const s = speakerBefore(p, v);
    if (s && s.from > 0 && v >= n - 8 && !ws.slice(v + 1).some((x) => x.lower === 'that')) {
      // Trailing: "C, the company said (in a statement on Monday)."
      add(piece(p, s.from, v), false, [s.from, s.to], 0, s.from - 1);
    } else if (s) {
      // Leading: "(Earlier,) S noted (in a statement) that C"; without "that" the claim starts right after the verb.
      let from = v + (w.lower === 'pointed' || w.lower === 'points' ? 2 : 1);
      const that = ws.slice(from, from + 8).findIndex((x) => x.lower === 'that');
      if (that >= 0) from += that + 1;
      else if (w.lower === 'told') continue;
      if (from < n) add(piece(p, s.from, from - 1), true, [s.from, s.to], from, n - 1, relativeAbout(p, s));
    } else if (v > 0 && breakAfter(p, v - 1) && v + 1 < n && v >= n - 5) {
      // Inverted trailing: "C, said the company."
      add(piece(p, v, n - 1), false, [v + 1, n - 1], 0, v - 1);
    }
  }
  return out;
}

/** Words back from a relative frame's comma within which the noun phrase it is about opens on "its" or "their". */
const ABOUT_WORDS = 5;

/**
 * "its own Mythos model, which it says rattled …": a frame opening a relative clause with "which" and a pronoun speaker
 * reports a claim about the noun phrase before the comma; that phrase, from its "its" or "their", as word indices.
 */
function relativeAbout(p: Passage, s: { from: number; to: number }): [number, number] | null {
  const ws = p.words;
  if (ws[s.from]!.lower !== 'which' || s.to !== s.from + 1 || !PRONOUNS.has(ws[s.to]!.lower) || s.from < 1 || !/^\s*,\s*$/.test(p.norm.slice(ws[s.from - 1]!.end, ws[s.from]!.start))) return null;
  for (let k = s.from - 1; k >= Math.max(0, s.from - ABOUT_WORDS); k--) {
    if (SELF.has(ws[k]!.lower)) return [k, s.from - 1];
    if (k > 0 && breakAfter(p, k - 1)) return null;
  }
  return null;
}

/** A sentence in the outlet's own voice: no reporting word, no quotation. */
function unsourced(p: Passage): boolean {
  return memo(p, ATTRIBUTION_UNSOURCED_SLOT, () => p.quotes.length === 0 && !/"/.test(p.norm) && !p.words.some((w, i) => SOURCED.has(w.lower) && (w.lower !== 'points' || p.words[i + 1]?.lower === 'out')));
}

/**
 * "how easily it could find flaws", "how readily the model can break in": the modal states what was shown possible, in a
 * clause of manner; it hedges nothing.
 */
const inHowClause = (ws: Word[], i: number) => /^(?:could|can)$/.test(ws[i]!.lower) && [2, 3].some((k) => ws[i - k - 1]?.lower === 'how' && /ly$/.test(ws[i - k]!.lower));
const asFact = (ws: Word[]) => !ws.some((w, i) => NOT_FACT.has(w.lower) && !inHowClause(ws, i));
const contentStems = (ws: Word[]) => new Set(ws.filter(isContent).map((w) => w.stem));

/**
 * The claim's last word before a comment the outlet sets after it ("…in existing code, a point any founder should take to
 * heart", "…, which should worry banks"): the comment is the outlet's, and its modal no hedge of the claim.
 */
function commentAt(p: Passage, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) if (/^,\s*$/.test(p.norm.slice(p.words[i]!.end, p.words[i + 1]!.start)) && COMMENT.test(p.words[i + 1]!.lower)) return i;
  return to;
}
const COMMENT = /^(?:a|an|which|something)$/;

/** Frames whose claim is a plain assertion about the speaker itself, with the claim's content stems. */
function selfClaims(p: Passage): Array<Frame & { stems: Set<string> }> {
  return memo(p, ATTRIBUTION_SELF_CLAIMS_SLOT, () =>
    frames(p).flatMap((f) => {
      // A time that opens the claim ("that earlier this year its own model…") is no subject of it: the claim is read from after it.
      const times = passageTimes(p);
      let from = f.from;
      while (from < f.to && times.some((t) => t.start <= p.words[from]!.start && p.words[from]!.end <= t.end)) from++;
      // A relative frame's claim is about the noun phrase before it, which opens the claim ("its own model … rattled banks").
      const claim = f.about ? [...p.words.slice(f.about[0], f.about[1] + 1), ...p.words.slice(from, f.to + 1)] : p.words.slice(from, f.to + 1);
      if (!asFact(p.words.slice(f.from, commentAt(p, f.from, f.to) + 1))) return [];
      // "its", "their" or the speaker's own name inside the claim: the party vouches for itself.
      const names = new Set(f.speaker.filter((s) => !STOPWORDS.has(s) && !PRONOUNS.has(s)));
      // A claim with a subject of its own ("according to the paper, the company published its position") is that
      // subject's "its", not the speaker's.
      // So is one opening on another party's name ("GA added that Anthropic has its own difficulties").
      const named = !!claim[0] && startsUpper(claim[0].text) && !STOPWORDS.has(claim[0].lower) && !names.has(claim[0].lower);
      const ownSubject = named || (/^(?:the|a|an)$/.test(claim[0]?.lower ?? '') && !!claim[1] && !STOPWORDS.has(claim[1].lower) && !names.has(claim[1].lower));
      // "its own" binds to its clause's subject: where the claim opens on a subject other than the speaker ("AI systems carry out
      // tasks on their own", "a system could design its own successor"), it is that subject's.
      const bound = (i: number) => i > 0 && claim[i + 1]?.lower === 'own' && !SPEAKER_PRONOUN.test(claim[0]!.lower) && !names.has(claim[0]!.lower);
      if (!claim.some((w, i) => (SELF.has(w.lower) && !ownSubject && !bound(i)) || (names.has(w.lower) && startsUpper(w.text)))) return [];
      return [{ ...f, stems: contentStems(f.about ? claim : p.words.slice(f.from, f.to + 1)) }];
    }),
  );
}

/** Content stems of a sentence in the outlet's own voice stating a plain fact; null for any other sentence. */
function plainFact(p: Passage): Set<string> | null {
  // A comment the outlet sets after its statement (", a reminder that one jump can reprice a sector") hedges nothing in it.
  return memo(p, ATTRIBUTION_PLAIN_SLOT, () => (unsourced(p) && asFact(p.words.slice(0, commentAt(p, 0, p.words.length - 1) + 1)) ? contentStems(p.words) : null));
}

/** The claim's stretch in b when b restates it closely: first to last shared word. */
function restated(stems: Set<string>, b: Passage, bStems: Set<string>, related?: Related): { from: number; to: number } | null {
  let bList: string[] | null = null;
  const hit = (s: string) => bStems.has(s) || (!!related && (bList ??= [...bStems]).some((t) => related(s, t)));
  const shared = [...stems].filter(hit);
  const cover = shared.length / Math.min(stems.size, bStems.size);
  if (shared.length < MIN_SHARED || (cover < MIN_COVER && !(shared.length >= MANY_SHARED && cover >= LOOSE_COVER))) return null;
  const inClaim = new Set(shared);
  const idx = b.words.map((w, i) => (inClaim.has(w.stem) ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  // Most of b's stretch from the first shared word to the last restates the claim: b may go on to say more ("…, a sign of how…").
  // A shared word b also uses on a lead-in of its own ("Vulnerability hunting is familiar to the market: this year the model
  // found vulnerabilities…") need not bound the stretch: the widest stretch that holds every shared word and restates closely serves.
  const present = new Set(idx.map((i) => b.words[i]!.stem)).size;
  for (let width = idx.length - 1; width >= 0; width--) {
    for (let i = 0; i + width < idx.length; i++) {
      const span = b.words.slice(idx[i]!, idx[i + width]! + 1);
      if (new Set(span.filter((w) => inClaim.has(w.stem)).map((w) => w.stem)).size < present) continue;
      if (shared.length / Math.max(contentStems(span).size, 1) >= MIN_COVER) return { from: idx[i]!, to: idx[i + width]! };
    }
  }
  return null;
}

/** x credits a claim about its speaker to that speaker; y states it as fact. Spans on x, then on y. */
function creditedVsFact(x: Passage, y: Passage, related?: Related): { fx: Piece; fy: Piece; shown: string } | null {
  const claims = selfClaims(x);
  if (!claims.length) return null;
  const yStems = plainFact(y);
  if (!yStems) return null;
  for (const f of claims) {
    const r = restated(f.stems, y, yStems, related);
    if (r) return { fx: f.frame, fy: piece(y, r.from, r.to), shown: f.shown };
  }
  return null;
}

const NO_SOURCE = 'stated as fact, with no source';

/** The same claim presented as a party's assertion on one side and as established fact on the other. */
export function checkCreditedVsFact(a: Passage, b: Passage): Finding | null {
  const related = a.related ?? b.related;
  // Each direction needs the second side's part first; it is the cheap one to ask of the (cached) corpus passage b.
  const ab = plainFact(b) ? creditedVsFact(a, b, related) : null;
  if (ab) return { kind: 'attribution', a: [ab.fx], b: [ab.fy], summary: `"${ab.shown}" vs ${NO_SOURCE}`, confidence: 0.6 };
  const ba = selfClaims(b).length ? creditedVsFact(b, a, related) : null;
  if (ba) return { kind: 'attribution', a: [ba.fy], b: [ba.fx], summary: `${NO_SOURCE} vs "${ba.shown}"`, confidence: 0.6 };
  return null;
}
