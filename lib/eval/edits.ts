/**
 * Checks of one edited seed copy (tests/fixtures/edits.json) against the engine's analysis of it:
 * recognised as its seed, every planted divergence surfaced against a passage stating the original,
 * reworded paragraphs not turned into new divergences, removed points offered back as additions.
 */
import type { Analysis, DivergenceKind } from '../types';
import { passageKey, pointPassages, resolveRef, type DocAliases, type PassageKey, type PointsFile } from './labels';
import { findPlanted } from './metrics';

/** One planted change: where it sits in the edited text, and which corpus passages state the original. */
export interface PlantedSpec {
  pageParagraph: number;
  marker: string;
  kind: DivergenceKind;
  alsoKinds?: DivergenceKind[];
  original: string[];
  note: string;
}

/** One edited copy as edits.json describes it. */
export interface EditSpec {
  id: string;
  file: string;
  self: string;
  removed: number[];
  reworded: number[];
  planted: PlantedSpec[];
  expectAdditions: string[];
}

/** tests/fixtures/edits.json */
export interface EditsFile {
  docs: DocAliases;
  edits: EditSpec[];
  embeddings: Array<{ edit: string; page: string }>;
}

/** How to find the edit's paragraphs in the analysed page (-1: extraction lost it). */
export interface PageIndex {
  planted(p: PlantedSpec): number;
  reworded(textIndex: number): number;
}

/** The outcome of every check on one edited copy. */
export interface EditCheck {
  selfOk: boolean;
  planted: Array<{ kind: DivergenceKind; marker: string; at: number; found: boolean; kindOk: boolean; originalsHit: number; originals: number; reportedKinds: string[]; elsewhere: string[] }>;
  rewordings: Array<{ at: number; clean: boolean; fresh: string[] }>;
  additions: Array<{ point: string; found: boolean }>;
}

/** Base-article index of an edited copy's paragraph, given the base paragraphs the edit removed. */
export function baseIndex(edit: EditSpec, pageIndex: number): number {
  let base = -1;
  for (let seen = -1; seen < pageIndex; ) if (!edit.removed.includes(++base)) seen++;
  return base;
}

/**
 * Runs the checks. seedDivergent holds `${paragraph}|${other passage}` for every divergence the engine
 * reported on the unedited seed: a rewording is clean when it adds none beyond those.
 */
export function checkEdit(a: Analysis, edit: EditSpec, file: EditsFile, points: PointsFile, seedDivergent: Set<string>, index: PageIndex): EditCheck {
  const selfId = file.docs[edit.self]!;
  const pred = a.divergences.map((d) => ({ pageParagraph: d.page.paragraph, other: passageKey(d.other.doc, d.other.paragraph), kind: d.kind }));
  const planted = edit.planted.map((p) => {
    const at = index.planted(p);
    const original = p.original.map((r) => resolveRef(r, file.docs));
    const r = at < 0 ? null : findPlanted(pred, at, original, [p.kind, ...(p.alsoKinds ?? [])]);
    return {
      kind: p.kind,
      marker: p.marker,
      at,
      found: !!r?.found,
      kindOk: !!r?.kindOk,
      originalsHit: r?.originalsHit ?? 0,
      originals: original.length,
      reportedKinds: r?.reportedKinds ?? [],
      elsewhere: r?.elsewhere ?? [],
    };
  });
  const rewordings = edit.reworded.map((i) => {
    const at = index.reworded(i);
    const fresh = pred.filter((d) => d.pageParagraph === at && !seedDivergent.has(`${baseIndex(edit, i)}|${d.other}`));
    return { at, clean: at >= 0 && fresh.length === 0, fresh: fresh.map((d) => `${d.kind}→${d.other}`) };
  });
  const additions = edit.expectAdditions.map((id) => {
    const sources = new Set<PassageKey>(pointPassages(points, id, selfId));
    const found = a.additions.some((x) => [{ doc: x.doc, paragraph: x.paragraph }, ...(x.sources ?? [])].some((s) => sources.has(passageKey(s.doc, s.paragraph))));
    return { point: id, found };
  });
  return { selfOk: a.self === selfId, planted, rewordings, additions };
}
