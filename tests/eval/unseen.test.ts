/**
 * The unseen articles' labels hold together: every paragraph carries a point or is declared unaligned,
 * only real points and paragraphs are named, and the derived labels put the article into the seeds' points.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedDocs } from '../../lib/corpus/seeds-fs';
import { articleFromText } from '../../lib/extract/text-file';
import { pairKey, passageKey, resolveRef, splitKey, type PointsFile } from '../../lib/eval/labels';
import { unlabelled, unseenLabels, unseenSpecs, type UnseenFile } from '../../lib/eval/unseen';

const FIX = join(__dirname, '../fixtures');
const read = <T>(f: string): T => JSON.parse(readFileSync(join(FIX, f), 'utf8')) as T;
const points = read<PointsFile>('seed-points.json');
const unseen = read<UnseenFile>('unseen.json');
const specs = unseenSpecs(unseen);
const docs = readSeedDocs(join(__dirname, '../../seeds'));

describe('unseen article labels', () => {
  for (const spec of specs) {
    const paragraphs = articleFromText(readFileSync(join(FIX, spec.file), 'utf8'), spec.file).paragraphs;

    it(`${spec.id}: labels every paragraph, and only paragraphs that exist`, () => {
      expect(unlabelled(spec, paragraphs.length)).toEqual([]);
      const named = [...spec.unaligned, ...Object.values(spec.sure).flat(), ...Object.values(spec.possible).flat(), ...spec.divergences.map((d) => d.page)];
      for (const i of named) expect(paragraphs[i], `${spec.id}#${i}`).toBeDefined();
    });

    it(`${spec.id}: pairs each labelled paragraph with the seeds' passages of its points`, () => {
      const labels = unseenLabels(points, spec);
      for (const [point, paras] of Object.entries(spec.sure)) {
        const seedSure = points.points.find((p) => p.id === point)!.sure.map((r) => resolveRef(r, points.docs));
        for (const i of paras) for (const key of seedSure) expect(labels.alignment.sure.has(pairKey(passageKey(spec.id, i), key)), `${point}: ${i} ~ ${key}`).toBe(true);
      }
      const carried = new Set(Object.keys(spec.sure));
      expect(labels.missing.map((m) => m.id).filter((id) => carried.has(id))).toEqual([]);
      for (const d of labels.divergences) expect(docs.some((doc) => doc.id === splitKey(d.b).doc)).toBe(true);
    });
  }

  it('plants changes only where the planted copy says, each marked and naming real passages', () => {
    for (const entry of unseen.articles.filter((e) => e.base)) {
      const base = unseen.articles.find((e) => e.id === entry.base)!;
      const read = (f: string) => articleFromText(readFileSync(join(FIX, f), 'utf8'), f).paragraphs;
      const [was, now] = [read(base.file), read(entry.file)];
      expect(now.length).toBe(was.length);
      const changed = now.map((t, i) => (t === was[i] ? -1 : i)).filter((i) => i >= 0);
      expect(changed).toEqual([...new Set(entry.planted!.map((p) => p.pageParagraph))].sort((x, y) => x - y));
      for (const p of entry.planted!) {
        expect(now[p.pageParagraph], p.marker).toContain(p.marker);
        for (const ref of p.original) expect(docs.some((d) => d.id === splitKey(resolveRef(ref, points.docs)).doc)).toBe(true);
      }
    }
  });

  it('refuses a label that names no seed point', () => {
    const spec = { ...specs[0]!, sure: { 'no-such-point': [1] } };
    expect(() => unseenLabels(points, spec)).toThrow(/unknown point/);
  });
});
