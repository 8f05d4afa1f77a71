/**
 * Hand labels for the evaluation (tests/fixtures/*.json), resolved to corpus passage keys.
 * The story points are the source of truth: alignment pairs and missing points (additions) are derived
 * from them, so one reading of the seeds drives every figure.
 */

import type { DivergenceKind, DocId } from '../types';

/** `${docId}#${paragraph}`: one corpus or page passage. */
export type PassageKey = string;

/** Short prefix ("003") to corpus doc id ("003_fd44271081f84fdb"), as the fixture files give it. */
export type DocAliases = Record<string, DocId>;

/** One point some outlets report, with the passages that carry it. */
export interface PointLabel {
  id: string;
  summary: string;
  kind: string;
  addition: 'required' | 'optional';
  sure: string[];
  possible: string[];
}

/** tests/fixtures/seed-points.json */
export interface PointsFile {
  docs: DocAliases;
  points: PointLabel[];
  extraPossiblePairs: Array<[string, string, string]>;
  unaligned: Record<string, number[]>;
}

/** One labelled divergence, unordered (a, b). */
export interface DivergenceLabel {
  a: PassageKey;
  b: PassageKey;
  kind: DivergenceKind;
  alsoKinds: DivergenceKind[];
  status: 'required' | 'optional';
  omission: boolean;
  note: string;
}

/** Alignment labels as unordered pair keys (see pairKey). */
export interface AlignmentLabels {
  sure: Set<string>;
  possible: Set<string>;
}

/** A point the article lacks and other outlets carry. */
export interface MissingPoint {
  id: string;
  summary: string;
  required: boolean;
  sources: PassageKey[];
}

/** Builds a passage key. */
export function passageKey(doc: DocId, paragraph: number): PassageKey {
  return `${doc}#${paragraph}`;
}

/** Splits a passage key back into doc and paragraph. */
export function splitKey(key: PassageKey): { doc: DocId; paragraph: number } {
  const at = key.lastIndexOf('#');
  return { doc: key.slice(0, at), paragraph: Number(key.slice(at + 1)) };
}

/** "003#5" → "003_fd44271081f84fdb#5"; throws on an unknown prefix so a typo cannot pass silently. */
export function resolveRef(ref: string, docs: DocAliases): PassageKey {
  const { doc, paragraph } = splitKey(ref);
  const id = docs[doc];
  if (!id || !Number.isInteger(paragraph) || paragraph < 0) throw new Error(`bad passage reference "${ref}"`);
  return passageKey(id, paragraph);
}

/** Order-free key of a pair of passages. */
export function pairKey(a: PassageKey, b: PassageKey): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

const docOf = (key: PassageKey): DocId => splitKey(key).doc;

/** Cross-outlet pairs sharing a point: sure when both passages surely carry it, else possible. */
export function deriveAlignment(file: PointsFile): AlignmentLabels {
  const sure = new Set<string>();
  const possible = new Set<string>();
  for (const point of file.points) {
    const members = [
      ...point.sure.map((r) => ({ key: resolveRef(r, file.docs), sure: true })),
      ...point.possible.map((r) => ({ key: resolveRef(r, file.docs), sure: false })),
    ];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        if (docOf(a.key) === docOf(b.key)) continue;
        (a.sure && b.sure ? sure : possible).add(pairKey(a.key, b.key));
      }
    }
  }
  for (const [a, b] of file.extraPossiblePairs) possible.add(pairKey(resolveRef(a, file.docs), resolveRef(b, file.docs)));
  for (const key of sure) possible.delete(key);
  return { sure, possible };
}

/**
 * Points the article lacks: it carries none of the point's passages. A point it only possibly
 * carries (a fragment) is optional for it, as are points labelled optional.
 */
export function deriveMissing(file: PointsFile, doc: DocId): MissingPoint[] {
  const out: MissingPoint[] = [];
  for (const point of file.points) {
    const sure = point.sure.map((r) => resolveRef(r, file.docs));
    const possible = point.possible.map((r) => resolveRef(r, file.docs));
    if (sure.some((k) => docOf(k) === doc)) continue;
    const sources = [...sure, ...possible].filter((k) => docOf(k) !== doc);
    if (sources.length === 0) continue;
    const partly = possible.some((k) => docOf(k) === doc);
    out.push({ id: point.id, summary: point.summary, required: point.addition === 'required' && !partly, sources });
  }
  return out;
}

/** Every passage carrying a point (sure or possible), outside one doc. */
export function pointPassages(file: PointsFile, pointId: string, outside: DocId): PassageKey[] {
  const point = file.points.find((p) => p.id === pointId);
  if (!point) throw new Error(`unknown point "${pointId}"`);
  return [...point.sure, ...point.possible].map((r) => resolveRef(r, file.docs)).filter((k) => docOf(k) !== outside);
}

/** Parses tests/fixtures/seed-divergences.json into resolved labels. */
export function parseDivergences(json: {
  docs: DocAliases;
  divergences: Array<{ a: string; b: string; kind: DivergenceKind; alsoKinds?: DivergenceKind[]; status: 'required' | 'optional'; omission?: boolean; note: string }>;
}): DivergenceLabel[] {
  return json.divergences.map((d) => ({
    a: resolveRef(d.a, json.docs),
    b: resolveRef(d.b, json.docs),
    kind: d.kind,
    alsoKinds: d.alsoKinds ?? [],
    status: d.status,
    omission: d.omission ?? false,
    note: d.note,
  }));
}
