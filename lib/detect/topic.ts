/**
 * Is this article about the AI-pause debate? Weighs concept groups (see lexicon.ts) into one
 * score with reasons a reader can check. The core signal is a pause, halt or slowdown written
 * close to AI or an AI lab; the letter, the actors, governments' answers and the risk framing
 * add to it, and an article where AI is only a side theme is discounted.
 */
import type { Article, Detection } from '../types';
import { ACTORS, AI, GOVERNANCE, LETTER, LETTER_HINTS, PAUSE, RISK, WORK, type Term } from './lexicon';

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

interface Hit {
  label: string;
  start: number;
  end: number;
}

function hits(text: string, terms: Term[]): Hit[] {
  const out: Hit[] = [];
  for (const term of terms) {
    for (const m of text.matchAll(term.re)) {
      out.push({ label: term.label, start: m.index, end: m.index + m[0].length });
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

const LABS = new Set(['Anthropic', 'OpenAI', 'DeepMind', 'xAI', 'Meta AI', 'Mistral', 'ChatGPT', 'Claude']);

/** Decides whether an article is about the AI-pause debate, with a 0..1 score and human reasons. */
export function detectTopic(article: Article): Detection {
  const units = article.paragraphs.slice();
  const titled = article.title !== '' && article.title !== article.paragraphs[0];
  if (titled) units.unshift(article.title);

  let pauseNearAi = 0;
  let pauseOfWork = 0;
  let titlePause = false;
  let example = '';
  let voters = 0;
  let aiVoters = 0;
  const actors = new Set<string>();
  const letter = new Set<string>();
  const letterHints = new Set<string>();
  const governance = new Set<string>();
  const risk = new Set<string>();

  units.forEach((text, i) => {
    const ai = hits(text, AI);
    const actorHits = hits(text, ACTORS);
    for (const h of actorHits) actors.add(h.label);
    const anchors = ai.concat(actorHits.filter((h) => LABS.has(h.label)));
    const pauses = hits(text, PAUSE).filter((p) => near(p, anchors));
    const work = pauses.length > 0 ? hits(text, WORK) : [];
    const ofWork = pauses.filter((p) => near(p, work, NEAR_WORK));
    pauseNearAi += pauses.length;
    pauseOfWork += ofWork.length;
    if (ofWork.length > 0 && titled && i === 0) titlePause = true;
    const shown = ofWork[0] ?? pauses[0];
    if (shown && example === '') example = snippet(text, shown);
    for (const h of hits(text, LETTER)) letter.add(h.label);
    if (pauses.length > 0) for (const h of hits(text, LETTER_HINTS)) letterHints.add(h.label);
    if (anchors.length > 0) {
      for (const h of hits(text, GOVERNANCE)) governance.add(h.label);
      for (const h of hits(text, RISK)) risk.add(h.label);
    }
    if (text.length >= MIN_VOTING_CHARS) {
      voters++;
      if (anchors.length > 0 || actorHits.length > 0) aiVoters++;
    }
  });

  const density = voters === 0 ? 0 : aiVoters / voters;
  let evidence =
    Math.min(pauseOfWork, 4) * 1.2 +
    Math.min(pauseNearAi - pauseOfWork, 2) * 0.4 +
    (titlePause ? 1.5 : 0) +
    Math.min(letter.size * 1.5, 3) +
    Math.min(letterHints.size * 0.5, 1) +
    Math.min(actors.size * 0.6, 2.4) +
    Math.min(governance.size * 0.4, 1.6) +
    Math.min(risk.size * 0.5, 2);
  const reasons: string[] = [];
  if (pauseOfWork > 0) reasons.push(`mentions pausing or slowing AI ${pauseOfWork}× (“${example}”)`);
  else if (pauseNearAi > 0) reasons.push(`says "pause" near AI, but not of AI work (“${example}”)`);
  if (titlePause) reasons.push('the headline is about pausing or slowing AI');
  if (letter.size > 0) reasons.push(`refers to the 2023 pause letter: ${[...letter].join(', ')}`);
  if (letterHints.size > 0) reasons.push(`letter details beside a pause: ${[...letterHints].join(', ')}`);
  if (actors.size > 0) reasons.push(`names AI labs and figures: ${[...actors].join(', ')}`);
  if (governance.size > 0) reasons.push(`government and oversight terms: ${[...governance].join(', ')}`);
  if (risk.size > 0) reasons.push(`AI risk framing: ${[...risk].join(', ')}`);

  if (pauseNearAi === 0 && letter.size === 0) {
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
