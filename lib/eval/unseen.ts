/**
 * Articles the corpus does not hold (tests/fixtures/unseen.json), labelled by the seeds' story points:
 * their passages join the points, so alignment pairs and missing points derive exactly as for a seed.
 */

import type { DivergenceKind, DocId } from '../types';
import { deriveAlignment, deriveMissing, parseDivergences, passageKey, resolveRef, type AlignmentLabels, type DivergenceLabel, type MissingPoint, type PointsFile } from './labels';
import type { PlantedSpec } from './edits';

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
  /** Changed facts planted into a copy of another unseen article (see `base`). */
  planted?: PlantedSpec[];
}

/** An entry as written: a planted copy names its base article and inherits the base's labels. */
export type UnseenEntry = Partial<UnseenSpec> & Pick<UnseenSpec, 'id' | 'file' | 'use'> & { base?: string };

/** tests/fixtures/unseen.json */
export interface UnseenFile {
  articles: UnseenEntry[];
}

/** The entries with a planted copy's labels taken from its base article. */
export function unseenSpecs(file: UnseenFile): UnseenSpec[] {
  const byId = new Map(file.articles.map((e) => [e.id, e]));
  return file.articles.map((e) => {
    const base = e.base ? byId.get(e.base) : undefined;
    if (e.base && !base) throw new Error(`${e.id}: unknown base "${e.base}"`);
    const pick = <K extends keyof UnseenSpec>(k: K, empty: UnseenSpec[K]): UnseenSpec[K] => (e[k] ?? base?.[k] ?? empty) as UnseenSpec[K];
    return { id: e.id, file: e.file, use: e.use, note: e.note, unaligned: pick('unaligned', []), sure: pick('sure', {}), possible: pick('possible', {}), divergences: pick('divergences', []), planted: e.planted ?? [] };
  });
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
  const divergences = parseDivergences({ docs, divergences: spec.divergences.map((d) => ({ ...d, a: `${alias}#${d.page}`, b: d.other })) });
  // A planted change is scored apart (found against any passage stating the original), so its reports are neutral here.
  for (const p of spec.planted ?? []) {
    for (const ref of p.original) {
      divergences.push({ a: passageKey(spec.id, p.pageParagraph), b: resolveRef(ref, points.docs), kind: p.kind, alsoKinds: p.alsoKinds ?? [], status: 'optional', omission: false, note: p.note });
    }
  }
  return { alignment: deriveAlignment(merged), missing: deriveMissing(merged, spec.id), divergences };
}

/** Paragraphs of the article that no label mentions (a labelling gap). */
export function unlabelled(spec: UnseenSpec, paragraphs: number): number[] {
  const seen = new Set([...spec.unaligned, ...Object.values(spec.sure).flat(), ...Object.values(spec.possible).flat()]);
  return Array.from({ length: paragraphs }, (_, i) => i).filter((i) => !seen.has(i));
}
