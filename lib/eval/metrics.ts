/**
 * Scoring rules of `npm run eval`, as pure functions over passage keys so they can be tested alone.
 * Every metric counts true positives, false positives, false negatives and "neutral" predictions:
 * a neutral one hits a label marked possible/optional and counts neither for nor against.
 */

import type { DivergenceKind, DocId } from '../types';
import { pairKey, splitKey, type AlignmentLabels, type DivergenceLabel, type MissingPoint, type PassageKey } from './labels';

/** Raw counts of one metric. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  neutral: number;
}

/** Precision, recall and F1; an empty denominator counts as perfect (nothing claimed, nothing missed). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Zeroed counts. */
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, neutral: 0 });

/** Sums counts (micro-averaging over articles). */
export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, neutral: a.neutral + b.neutral };
}

/** P, R, F1 from counts. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const docOf = (key: PassageKey): DocId => splitKey(key).doc;

/**
 * Alignment of one seed analysed as a page. A predicted (page paragraph, corpus paragraph) pair is a TP
 * if labelled sure, neutral if labelled possible, else a FP (a match to the page's own article is a FP:
 * self must be left out). Every sure pair touching the page's doc that was not predicted is a FN.
 */
export function scoreAlignment(predicted: Array<[PassageKey, PassageKey]>, page: DocId, labels: AlignmentLabels) {
  const pred = new Set(predicted.map(([a, b]) => pairKey(a, b)));
  const c = zero();
  const wrong: string[] = [];
  for (const key of pred) {
    if (labels.sure.has(key)) c.tp++;
    else if (labels.possible.has(key)) c.neutral++;
    else (c.fp++, wrong.push(key));
  }
  const missed = [...labels.sure].filter((key) => key.split('|').some((k) => docOf(k) === page) && !pred.has(key));
  c.fn = missed.length;
  return { ...c, missed, wrong };
}

/** One addition as the engine reports it: the passage shown and every passage it stands for. */
export interface PredictedAddition {
  shown: PassageKey;
  sources: PassageKey[];
}

/** Kuhn's augmenting paths: assigns additions to points one-to-one, keeping earlier assignments. */
function assign(edges: number[][], owner: Array<number | null>, taken: Array<number | null>, allowed: (p: number) => boolean) {
  const tryAdd = (a: number, seen: Set<number>): boolean => {
    for (const p of edges[a]!) {
      if (!allowed(p) || seen.has(p)) continue;
      seen.add(p);
      const holder = owner[p];
      if (holder === null || holder === undefined || tryAdd(holder, seen)) {
        owner[p] = a;
        taken[a] = p;
        return true;
      }
    }
    return false;
  };
  for (let a = 0; a < edges.length; a++) if (taken[a] === null) tryAdd(a, new Set());
}

/**
 * Additions of one page. An addition hits a missing point when any of its sources (or, with
 * representativeOnly, the passage shown) is one of the point's passages. Additions and points are
 * matched one-to-one (maximum matching, required points first): a matched required point is a TP,
 * a matched optional point neutral, an unmatched addition a FP (so a second addition for the same
 * point is a FP), an unmatched required point a FN.
 */
export function scoreAdditions(pred: PredictedAddition[], missing: MissingPoint[], representativeOnly = false) {
  const sourceSets = missing.map((m) => new Set(m.sources));
  const edges = pred.map((a) => {
    const keys = representativeOnly ? [a.shown] : [a.shown, ...a.sources];
    return missing.map((_, p) => p).filter((p) => keys.some((k) => sourceSets[p]!.has(k)));
  });
  const owner: Array<number | null> = missing.map(() => null);
  const taken: Array<number | null> = pred.map(() => null);
  assign(edges, owner, taken, (p) => missing[p]!.required);
  assign(edges, owner, taken, () => true);
  const c = zero();
  for (const p of taken) {
    if (p === null) c.fp++;
    else if (missing[p]!.required) c.tp++;
    else c.neutral++;
  }
  const missed = missing.filter((m, p) => m.required && owner[p] === null).map((m) => m.id);
  c.fn = missed.length;
  const wrong = pred.filter((_, a) => taken[a] === null).map((a) => a.shown);
  return { ...c, missed, wrong };
}

/** One divergence as the engine reports it, as passage keys. */
export interface PredictedDivergence {
  page: PassageKey;
  other: PassageKey;
  kind: DivergenceKind;
}

const scored = (d: DivergenceLabel) => d.status === 'required' && d.kind !== 'other';

/**
 * Divergences of one seed page. Labels and predictions are grouped by passage pair; on each pair
 * min(predicted, required labels) are TPs, further predictions up to the optional/'other' labels there
 * are neutral, the rest FPs; required labels left over are FNs. Kind accuracy: over the TPs, how many
 * required labels got a predicted divergence of an accepted kind (kind or alsoKinds).
 */
export function scoreDivergences(pred: PredictedDivergence[], page: DocId, labels: DivergenceLabel[]) {
  const mine = labels.filter((d) => docOf(d.a) === page || docOf(d.b) === page);
  const pairs = new Map<string, { labels: DivergenceLabel[]; pred: PredictedDivergence[] }>();
  const at = (key: string) => pairs.get(key) ?? (pairs.set(key, { labels: [], pred: [] }), pairs.get(key)!);
  for (const d of mine) at(pairKey(d.a, d.b)).labels.push(d);
  for (const d of pred) at(pairKey(d.page, d.other)).pred.push(d);
  const c = zero();
  let kindRight = 0;
  let omissionTp = 0;
  let omissionFn = 0;
  const missed: DivergenceLabel[] = [];
  const wrong: PredictedDivergence[] = [];
  const byKind: Record<string, { tp: number; fn: number }> = {};
  const tally = (kind: string, field: 'tp' | 'fn') => ((byKind[kind] ??= { tp: 0, fn: 0 })[field] += 1);
  for (const { labels: ls, pred: ps } of pairs.values()) {
    const req = ls.filter(scored);
    const tp = Math.min(ps.length, req.length);
    const neutral = Math.min(ps.length - tp, ls.length - req.length);
    c.tp += tp;
    c.neutral += neutral;
    c.fp += ps.length - tp - neutral;
    if (ps.length - tp - neutral > 0) wrong.push(...ps.slice(tp + neutral));
    const unused = [...ps];
    let left = tp;
    for (const label of req) {
      tally(label.kind, left === 0 ? 'fn' : 'tp');
      if (left === 0) {
        missed.push(label);
        if (label.omission) omissionFn++;
        continue;
      }
      left--;
      if (label.omission) omissionTp++;
      const accepted = [label.kind, ...label.alsoKinds];
      const hit = unused.findIndex((p) => accepted.includes(p.kind));
      if (hit >= 0) (kindRight++, unused.splice(hit, 1));
    }
  }
  c.fn = missed.length;
  return { ...c, kindRight, omissionTp, omissionFn, byKind, missed, wrong };
}

/**
 * A planted divergence is found when the engine reports a divergence from the planted page paragraph
 * to any corpus passage that states the original; kindOk when one such report has an accepted kind.
 */
export function findPlanted(
  pred: Array<{ pageParagraph: number; other: PassageKey; kind: DivergenceKind }>,
  pageParagraph: number,
  original: PassageKey[],
  kinds: DivergenceKind[],
) {
  const atPara = pred.filter((d) => d.pageParagraph === pageParagraph);
  const hits = atPara.filter((d) => original.includes(d.other));
  return {
    found: hits.length > 0,
    kindOk: hits.some((d) => kinds.includes(d.kind)),
    originalsHit: new Set(hits.map((d) => d.other)).size,
    reportedKinds: [...new Set(hits.map((d) => d.kind))],
    elsewhere: atPara.filter((d) => !original.includes(d.other)).map((d) => `${d.kind}→${d.other}`),
  };
}
