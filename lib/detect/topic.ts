/**
 * Is this article about the AI-pause debate? Weighs concept groups (see lexicon.ts) into one
 * score with reasons a reader can check. The core signal is a pause, halt or slowdown written
 * close to AI or an AI lab; the letter, the actors, governments' answers and the risk framing
 * add to it, and an article where AI is only a side theme is discounted.
 */
import type { Article, Detection } from '../types';
import { ACTORS, AI, CALL, GOVERNANCE, LETTER, LETTER_HINTS, PAUSE, RISK, WORK, type Term } from './lexicon';
import { isCaseless } from '../text/truecase';

/** Score at and above which a page counts as on topic. */
export const TOPIC_THRESHOLD = 0.5;
/** A pause term counts as "about AI" when an AI term or lab name lies within this many characters. */
const NEAR = 160;
/** …and as a pause of AI *work* when development, training, labs… lie within this many. */
const NEAR_WORK = 100;
/** Evidence at which the score reaches the threshold: score = 1 − exp(−E / SCALE), 0.5 at E = 4. */
const SCALE = 4 / Math.LN2;
/** Paragraphs shorter than this many characters (headings, list stubs) do not vote on AI density. */
const MIN_VOTING_CHARS = 60;
/** Share of paragraphs naming AI or its actors from which the whole article counts as about AI. */
const AI_ARTICLE_DENSITY = 0.4;

interface Hit {
  label: string;
  needsCall: boolean;
  start: number;
  end: number;
}

const anyCase = new WeakMap<Term, RegExp>();

/** A term's pattern, ignoring case where the text's capitals say nothing (a transcript in lower case names "anthropic"). */
function patternOf(term: Term, caseless: boolean): RegExp {
  if (!caseless || term.re.flags.includes('i')) return term.re;
  let re = anyCase.get(term);
  if (!re) anyCase.set(term, (re = new RegExp(term.re.source, `${term.re.flags}i`)));
  return re;
}

function hits(text: string, terms: Term[], caseless = false): Hit[] {
  const out: Hit[] = [];
  for (const term of terms) {
    for (const m of text.matchAll(patternOf(term, caseless))) {
      out.push({ label: term.label, needsCall: term.needsCall === true, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

function near(a: Hit, bs: Hit[], within = NEAR): boolean {
  return bs.some((b) => b.start - a.end <= within && a.start - b.end <= within);
}

function snippet(text: string, h: Hit): string {
  const from = Math.max(0, h.start - 50);
  const to = Math.min(text.length, h.end + 50);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Actors that make a nearby pause AI's: labs, their products and the PauseAI movement (people do not). */
const LABS = new Set(['Anthropic', 'OpenAI', 'DeepMind', 'xAI', 'Meta AI', 'Mistral', 'ChatGPT', 'Claude', 'PauseAI']);

/** How one pause mention reads: beside AI and its work, beside AI only, or beside work in an AI article. */
type PauseKind = 'ai-work' | 'ai-only' | 'work-only';

interface Unit {
  text: string;
  pauses: Array<{ hit: Hit; kind: PauseKind }>;
  aiAnchored: boolean;
}

/** First pass: what each paragraph (and the headline) says, before the article-level weighing. */
function readUnit(text: string, found: Record<'actors' | 'letter' | 'governance' | 'risk', Set<string>>): Unit {
  const caseless = isCaseless(text);
  const ai = hits(text, AI, caseless);
  const actorHits = hits(text, ACTORS, caseless);
  for (const h of actorHits) found.actors.add(h.label);
  for (const h of hits(text, LETTER, caseless)) found.letter.add(h.label);
  const anchors = ai.concat(actorHits.filter((h) => LABS.has(h.label)));
  if (anchors.length > 0) {
    for (const h of hits(text, GOVERNANCE, caseless)) found.governance.add(h.label);
    for (const h of hits(text, RISK, caseless)) found.risk.add(h.label);
  }
  const rawPauses = hits(text, PAUSE, caseless);
  const work = rawPauses.length > 0 ? hits(text, WORK) : [];
  const calls = rawPauses.some((h) => h.needsCall) ? hits(text, CALL) : [];
  const pauses = rawPauses.map((hit) => {
    const byAi = hit.label === 'PauseAI' || near(hit, anchors);
    // A slowdown nobody asked for ("progress is slowing down") is news about AI, not the debate.
    const called = !hit.needsCall || near(hit, calls, NEAR_WORK);
    const byWork = called && (hit.label === 'PauseAI' || near(hit, work, NEAR_WORK));
    const kind: PauseKind | null = byAi ? (byWork ? 'ai-work' : 'ai-only') : byWork ? 'work-only' : null;
    return kind ? { hit, kind } : null;
  });
  return { text, pauses: pauses.filter((x) => x !== null), aiAnchored: anchors.length > 0 || actorHits.length > 0 };
}

/** Decides whether an article is about the AI-pause debate, with a 0..1 score and human reasons. */
export function detectTopic(article: Article): Detection {
  const titled = article.title !== '' && article.title !== article.paragraphs[0];
  const found = { actors: new Set<string>(), letter: new Set<string>(), governance: new Set<string>(), risk: new Set<string>() };
  const units = (titled ? [article.title, ...article.paragraphs] : article.paragraphs).map((t) => readUnit(t, found));

  const voters = units.filter((u) => u.text.length >= MIN_VOTING_CHARS);
  const density = voters.length === 0 ? 0 : voters.filter((u) => u.aiAnchored).length / voters.length;
  // In an article that is mostly about AI, a pause of "development" or "training" is AI's even
  // when the paragraph itself never says "AI".
  const aiArticle = density >= AI_ARTICLE_DENSITY;
  let strong = 0;
  let weak = 0;
  let mentions = 0;
  let example = '';
  const letterHints = new Set<string>();
  for (const u of units) {
    const counted = u.pauses.filter((p) => p.kind !== 'work-only' || aiArticle);
    for (const p of counted) {
      if (p.kind === 'ai-only') weak++;
      else {
        strong += p.kind === 'ai-work' ? 1 : 0.67;
        mentions++;
      }
    }
    const best = counted.find((p) => p.kind !== 'ai-only') ?? counted[0];
    if (best && example === '') example = snippet(u.text, best.hit);
    if (counted.length > 0) for (const h of hits(u.text, LETTER_HINTS)) letterHints.add(h.label);
  }
  const titlePause = titled && units[0]!.pauses.some((p) => p.kind === 'ai-work');
  const { actors, letter, governance, risk } = found;

  let evidence =
    Math.min(strong * 1.2, 4.8) +
    Math.min(weak, 2) * 0.4 +
    (titlePause ? 1.5 : 0) +
    Math.min(letter.size * 1.5, 3) +
    Math.min(letterHints.size * 0.5, 1) +
    Math.min(actors.size * 0.6, 2.4) +
    Math.min(governance.size * 0.4, 1.6) +
    Math.min(risk.size * 0.5, 2);
  const reasons: string[] = [];
  if (mentions > 0) reasons.push(`mentions pausing or slowing AI ${mentions}× (“${example}”)`);
  else if (weak > 0) reasons.push(`a pause or slowdown is mentioned near AI, but not as a halt to AI work (“${example}”)`);
  if (titlePause) reasons.push('the headline is about pausing or slowing AI');
  if (letter.size > 0) reasons.push(`refers to the 2023 pause letter: ${[...letter].join(', ')}`);
  if (letterHints.size > 0) reasons.push(`letter details beside a pause: ${[...letterHints].join(', ')}`);
  if (actors.size > 0) reasons.push(`names AI labs and figures: ${[...actors].join(', ')}`);
  if (governance.size > 0) reasons.push(`government and oversight terms: ${[...governance].join(', ')}`);
  if (risk.size > 0) reasons.push(`AI risk framing: ${[...risk].join(', ')}`);

  if (strong === 0 && weak === 0 && letter.size === 0) {
    // Without the pause itself, only a dense AI-governance article can still qualify.
    evidence *= 0.5;
    reasons.push('no pause, halt or slowdown of AI is mentioned');
  }
  const densityFactor = Math.min(1, density / 0.25);
  if (densityFactor < 1) {
    evidence *= densityFactor;
    reasons.push(`AI is a side theme here (${Math.round(density * 100)}% of paragraphs)`);
  }
  const topicScore = Math.round((1 - Math.exp(-evidence / SCALE)) * 100) / 100;
  return { detected: topicScore >= TOPIC_THRESHOLD, topicScore, reasons };
}
