/**
 * Articles the corpus does not hold (tests/fixtures/unseen.json), labelled by the seeds' story points:
 * their passages join the points, so alignment pairs and missing points derive exactly as for a seed.
 */

import type { DivergenceKind, DocId } from '../types';
import { deriveAlignment, deriveMissing, passageKey, resolveRef, type AlignmentLabels, type DivergenceLabel, type MissingPoint, type PointsFile } from './labels';

/** One unseen article's labels as the fixture gives them. */
export interface UnseenSpec {
  id: DocId;
  file: string;
  use: 'development' | 'held-out';
  note?: string;
  unaligned: number[];
  sure: Record<string, number[]>;
  possible: Record<string, number[]>;
  divergences: Array<{ page: number; other: string; kind: DivergenceKind; alsoKinds?: DivergenceKind[]; status: 'required' | 'optional'; omission?: boolean; note: string }>;
}

/** tests/fixtures/unseen.json */
export interface UnseenFile {
  articles: UnseenSpec[];
}

/** Everything the scorers need for one unseen article. */
export interface UnseenLabels {
  alignment: AlignmentLabels;
  missing: MissingPoint[];
  divergences: DivergenceLabel[];
}

/** The seeds' points with the article's passages added, then derived like a seed's labels. */
export function unseenLabels(points: PointsFile, spec: UnseenSpec): UnseenLabels {
  const alias = `unseen:${spec.id}`;
  const docs = { ...points.docs, [alias]: spec.id };
  const known = new Set(points.points.map((p) => p.id));
  for (const id of [...Object.keys(spec.sure), ...Object.keys(spec.possible)]) {
    if (!known.has(id)) throw new Error(`${spec.id}: unknown point "${id}"`);
  }
  const merged: PointsFile = {
    ...points,
    docs,
    points: points.points.map((p) => ({
      ...p,
      sure: [...p.sure, ...(spec.sure[p.id] ?? []).map((i) => `${alias}#${i}`)],
      possible: [...p.possible, ...(spec.possible[p.id] ?? []).map((i) => `${alias}#${i}`)],
    })),
  };
  const divergences = spec.divergences.map((d) => ({
    a: passageKey(spec.id, d.page),
    b: resolveRef(d.other, points.docs),
    kind: d.kind,
    alsoKinds: d.alsoKinds ?? [],
    status: d.status,
    omission: d.omission ?? false,
    note: d.note,
  }));
  return { alignment: deriveAlignment(merged), missing: deriveMissing(merged, spec.id), divergences };
}

/** Paragraphs of the article that no label mentions (a labelling gap). */
export function unlabelled(spec: UnseenSpec, paragraphs: number): number[] {
  const seen = new Set([...spec.unaligned, ...Object.values(spec.sure).flat(), ...Object.values(spec.possible).flat()]);
  return Array.from({ length: paragraphs }, (_, i) => i).filter((i) => !seen.has(i));
}
