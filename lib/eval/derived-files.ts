/**
 * The reviewable forms of the labels derived from seed-points.json: every aligned pair and every
 * article's missing points, written out so a reader can check them without running code.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocId } from '../types';
import { deriveAlignment, deriveMissing, type PointsFile } from './labels';

/** Corpus key → the fixtures' short form ("003_fd44…#5" → "003#5"). */
function shortRef(key: string, docs: PointsFile['docs']): string {
  const alias = Object.entries(docs).find(([, id]) => key.startsWith(`${id}#`));
  return alias ? `${alias[0]}${key.slice(alias[1].length)}` : key;
}

const byRef = (a: string, b: string) => {
  const [da, pa] = a.split('#');
  const [db, pb] = b.split('#');
  return da === db ? Number(pa) - Number(pb) : da! < db! ? -1 : 1;
};

/** The contents of seed-alignment.json and seed-additions.json. */
export function derivedJson(points: PointsFile, docIds: DocId[]) {
  const al = deriveAlignment(points);
  const pairs = (set: Set<string>) =>
    [...set]
      .map((k) => k.split('|').map((x) => shortRef(x, points.docs)).sort(byRef))
      .sort((x, y) => byRef(x[0]!, y[0]!) || byRef(x[1]!, y[1]!))
      .map(([a, b]) => `${a} ~ ${b}`);
  const alignment = {
    _about: 'DERIVED from seed-points.json (npx tsx tools/eval.ts --write-derived): cross-outlet paragraph pairs reporting the same point. sure: scored; possible: neutral.',
    counts: { sure: al.sure.size, possible: al.possible.size },
    sure: pairs(al.sure),
    possible: pairs(al.possible),
  };
  const additions: Record<string, unknown> = {
    _about: 'DERIVED from seed-points.json: per article, the points it lacks that other outlets carry, with every passage carrying them. required: scored; optional: neutral.',
  };
  for (const id of docIds) {
    const alias = Object.entries(points.docs).find(([, d]) => d === id)?.[0] ?? id;
    additions[alias] = deriveMissing(points, id).map((m) => ({
      point: m.id,
      required: m.required,
      summary: m.summary,
      sources: m.sources.map((s) => shortRef(s, points.docs)),
    }));
  }
  return { alignment, additions };
}

/** Writes both derived files into the fixtures directory; returns their names. */
export function writeDerived(points: PointsFile, docIds: DocId[], dir: string): string[] {
  const { alignment, additions } = derivedJson(points, docIds);
  writeFileSync(join(dir, 'seed-alignment.json'), `${JSON.stringify(alignment, null, 1)}\n`);
  writeFileSync(join(dir, 'seed-additions.json'), `${JSON.stringify(additions, null, 1)}\n`);
  return ['seed-alignment.json', 'seed-additions.json'];
}
