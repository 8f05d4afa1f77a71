/**
 * Frames a modal can reach its claim through: "could reach a stage where they can design…" claims the designing as
 * "could design…" does, and "will end up designing…" claims it as "will design…". The frame's words say when or that,
 * not what, so a claim is read from after them.
 */

import type { Word } from './passage';

const ARRIVING = new Set(['reach', 'reaches', 'reached', 'reaching', 'get', 'gets', 'got', 'come', 'comes', 'came']);
const DETERMINERS = new Set(['a', 'the', 'some']);
const STAGES = new Set(['stage', 'point', 'level', 'day', 'moment', 'place']);
const RELATIVE = new Set(['where', 'when', 'which']);
/** What may close the frame before its claim: a modal, "be able to", or nothing. */
const INNER = new Set(['can', 'could', 'will', 'would', 'might', 'may']);
/** Words a frame's relative clause may take for its subject ("where they", "where AI systems"). */
const SUBJECT_WORDS = 3;

/** "End up" and "wind up" before a claim say that it comes about, not what it is ("will end up designing…"). */
const ENDING = new Set(['end', 'ends', 'ended', 'wind', 'winds']);
/** "Go on to" before a claim says the same of what comes next ("will go on to design their own successors"). */
const GOING = new Set(['go', 'goes', 'went', 'gone']);

/** How many words after the modal at `index` form a frame ("reach a stage where they can"): 0 when none do. */
export function frameAfter(ws: readonly Word[], index: number): number {
  let i = index + 1;
  while (i < ws.length && ws[i]!.lower.length > 4 && ws[i]!.lower.endsWith('ly')) i++;
  if (ENDING.has(ws[i]?.lower ?? '') && ws[i + 1]?.lower === 'up') return i + 1 - index;
  if (GOING.has(ws[i]?.lower ?? '') && ws[i + 1]?.lower === 'on' && ws[i + 2]?.lower === 'to') return i + 2 - index;
  // "Be able to" (or "become able to") says the claim can come about ("will be able to design their own successors").
  if ((ws[i]?.lower === 'be' || ws[i]?.lower === 'become') && ws[i + 1]?.lower === 'able' && ws[i + 2]?.lower === 'to') return i + 2 - index;
  if (!ARRIVING.has(ws[i]?.lower ?? '')) return 0;
  i++;
  if (ws[i]?.lower === 'to') i++;
  if (!DETERMINERS.has(ws[i]?.lower ?? '') || !STAGES.has(ws[i + 1]?.lower ?? '')) return 0;
  i += 2;
  // "the point of designing": the gerund is the claim.
  if (ws[i]?.lower === 'of' && GERUND.test(ws[i + 1]?.lower ?? '')) return i - index;
  if (ws[i]?.lower === 'at' && ws[i + 1]?.lower === 'which') i++;
  if (!RELATIVE.has(ws[i]?.lower ?? '')) return 0;
  // The relative clause's subject, then its modal ("where they can"), or "be able to" ("where AI will be able to").
  for (let k = i + 1; k <= Math.min(ws.length - 1, i + 1 + SUBJECT_WORDS); k++) {
    const w = ws[k]!.lower;
    if (w === 'be' && ws[k + 1]?.lower === 'able' && ws[k + 2]?.lower === 'to') return k + 2 - index;
    if (INNER.has(w)) return (ws[k + 1]?.lower === 'be' && ws[k + 2]?.lower === 'able' && ws[k + 3]?.lower === 'to' ? k + 3 : k) - index;
  }
  // Or a pronoun and the claim's own verb ("reach the point where they design…").
  return PRONOUNS.has(ws[i + 1]?.lower ?? '') && /^[a-z]+$/.test(ws[i + 2]?.lower ?? '') && !INNER.has(ws[i + 2]!.lower) ? i + 1 - index : 0;
}

/** A verb's -ing form, of a stem of three letters or more ("designing", not "king"). */
const GERUND = /^[a-z]{3,}ing$/;

/** Subject pronouns a frame's relative clause may open with. */
const PRONOUNS = new Set(['they', 'it', 'we', 'he', 'she']);
