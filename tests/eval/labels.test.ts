/**
 * The hand labels hold together: every seed paragraph is either part of a story point or declared
 * unaligned, references point at real paragraphs, the derived files match the points, and each edited
 * copy differs from its seed exactly where edits.json says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedDocs } from '../../lib/corpus/seeds-fs';
import { articleFromText } from '../../lib/extract/text-file';
import { deriveAlignment, deriveMissing, parseDivergences, resolveRef, splitKey, type PointsFile } from '../../lib/eval/labels';
import { scoreAdditions, scoreAlignment, scoreDivergences } from '../../lib/eval/metrics';
import { derivedJson } from '../../lib/eval/derived-files';

const FIX = join(__dirname, '../fixtures');
const read = <T>(f: string): T => JSON.parse(readFileSync(join(FIX, f), 'utf8')) as T;
const docs = readSeedDocs(join(__dirname, '../../seeds'));
const points = read<PointsFile>('seed-points.json');
const paragraphOf = (key: string) => {
  const { doc, paragraph } = splitKey(key);
  return docs.find((d) => d.id === doc)?.paragraphs[paragraph];
};

describe('seed story points', () => {
  it('name every seed and only existing paragraphs', () => {
    expect(Object.values(points.docs).sort()).toEqual(docs.map((d) => d.id));
    for (const p of points.points) {
      for (const ref of [...p.sure, ...p.possible]) expect(paragraphOf(resolveRef(ref, points.docs)), `${p.id} ${ref}`).toBeDefined();
    }
  });

  it('cover each seed paragraph exactly once: in some point, or declared unaligned', () => {
    const inPoint = new Set(points.points.flatMap((p) => [...p.sure, ...p.possible]).map((r) => resolveRef(r, points.docs)));
    for (const [alias, id] of Object.entries(points.docs)) {
      const unaligned = new Set(points.unaligned[alias] ?? []);
      const doc = docs.find((d) => d.id === id)!;
      doc.paragraphs.forEach((_, i) => {
        const covered = inPoint.has(`${id}#${i}`);
        expect(covered !== unaligned.has(i), `${alias}#${i}: in a point ${covered}, unaligned ${unaligned.has(i)}`).toBe(true);
      });
    }
  });

  it('never lists a passage as both sure and possible for one point', () => {
    for (const p of points.points) expect(p.sure.filter((r) => p.possible.includes(r)), p.id).toEqual([]);
  });

  it('agree with the derived alignment and additions files', () => {
    const { alignment, additions } = derivedJson(points, docs.map((d) => d.id));
    expect(read('seed-alignment.json')).toEqual(JSON.parse(JSON.stringify(alignment)));
    expect(read('seed-additions.json')).toEqual(JSON.parse(JSON.stringify(additions)));
  });

  it('give the articles that lack them the FLI letter and the executive order', () => {
    const { additions } = derivedJson(points, docs.map((d) => d.id));
    const required = (alias: string) => (additions[alias] as Array<{ point: string; required: boolean }>).filter((a) => a.required).map((a) => a.point);
    expect(required('002')).toEqual(expect.arrayContaining(['fli-letter-2023', 'executive-order']));
    expect(required('003')).not.toContain('fli-letter-2023');
  });
});

describe('seed divergence labels', () => {
  const labels = parseDivergences(read('seed-divergences.json'));
  it('pair existing paragraphs of two different outlets', () => {
    for (const d of labels) {
      expect(paragraphOf(d.a), d.note).toBeDefined();
      expect(paragraphOf(d.b), d.note).toBeDefined();
      expect(splitKey(d.a).doc).not.toBe(splitKey(d.b).doc);
    }
  });
  it('include the could / could not use the auspices quote divergence', () => {
    const d = labels.find((x) => paragraphOf(x.a)?.includes('could use the auspices') && paragraphOf(x.b)?.includes('could not use the auspices'));
    expect(d?.kind).toBe('quote');
  });
});

describe('planted edits', () => {
  const file = read<{ docs: Record<string, string>; edits: Array<{ id: string; file: string; self: string; removed: number[]; reworded: number[]; planted: Array<{ pageParagraph: number; marker: string; original: string[] }> }> }>('edits.json');
  for (const edit of file.edits) {
    it(`${edit.id} differs from its seed only where labelled`, () => {
      const page = articleFromText(readFileSync(join(FIX, edit.file), 'utf8'), edit.file).paragraphs;
      const base = docs.find((d) => d.id === file.docs[edit.self])!.paragraphs.filter((_, i) => !edit.removed.includes(i));
      expect(page.length).toBe(base.length);
      const changed = page.flatMap((t, i) => (t === base[i] ? [] : [i]));
      const labelled = [...new Set([...edit.planted.map((p) => p.pageParagraph), ...edit.reworded])].sort((a, b) => a - b);
      expect(changed).toEqual(labelled);
      for (const p of edit.planted) {
        expect(page[p.pageParagraph]).toContain(p.marker);
        expect(page.filter((t) => t.includes(p.marker))).toHaveLength(1);
        for (const ref of p.original) {
          const key = resolveRef(ref, file.docs);
          expect(paragraphOf(key), ref).toBeDefined();
          expect(splitKey(key).doc).not.toBe(file.docs[edit.self]);
        }
      }
    });
  }
});

describe('the scoring against the labels themselves', () => {
  const alignment = deriveAlignment(points);
  const divergences = parseDivergences(read('seed-divergences.json'));
  for (const doc of docs) {
    it(`gives a perfect score to an oracle for ${doc.id.slice(0, 3)}`, () => {
      const mine = (k: string) => splitKey(k).doc === doc.id;
      const pairs = [...alignment.sure].map((k) => k.split('|') as [string, string]).filter((p) => p.some(mine));
      const al = scoreAlignment(pairs.map(([a, b]): [string, string] => (mine(a) ? [a, b] : [b, a])), doc.id, alignment);
      expect([al.fp, al.fn, al.tp]).toEqual([0, 0, pairs.length]);
      const missing = deriveMissing(points, doc.id).filter((m) => m.required);
      const ad = scoreAdditions(missing.map((m) => ({ shown: m.sources[0]!, sources: m.sources })), deriveMissing(points, doc.id));
      expect([ad.fp, ad.fn, ad.tp]).toEqual([0, 0, missing.length]);
      const labels = divergences.filter((d) => d.status === 'required' && d.kind !== 'other' && (mine(d.a) || mine(d.b)));
      const dv = scoreDivergences(labels.map((d) => ({ page: mine(d.a) ? d.a : d.b, other: mine(d.a) ? d.b : d.a, kind: d.kind })), doc.id, divergences);
      expect([dv.fp, dv.fn, dv.tp, dv.kindRight]).toEqual([0, 0, labels.length, labels.length]);
    });
  }
});
