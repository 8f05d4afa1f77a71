/** The eval's scoring rules, pinned on tiny hand-made cases. */
import { describe, expect, it } from 'vitest';
import { findPlanted, prf, scoreAdditions, scoreAlignment, scoreDivergences } from '../../lib/eval/metrics';
import { deriveAlignment, deriveMissing, pairKey, type DivergenceLabel, type PointsFile } from '../../lib/eval/labels';

const points: PointsFile = {
  docs: { A: 'A', B: 'B', C: 'C' },
  points: [
    { id: 'call', summary: '', kind: 'fact', addition: 'required', sure: ['A#0', 'B#0', 'C#0'], possible: ['A#1'] },
    { id: 'letter', summary: '', kind: 'fact', addition: 'required', sure: ['B#1', 'C#1'], possible: [] },
    { id: 'order', summary: '', kind: 'fact', addition: 'required', sure: ['B#1', 'C#2'], possible: [] },
    { id: 'musing', summary: '', kind: 'commentary', addition: 'optional', sure: ['C#3'], possible: [] },
  ],
  extraPossiblePairs: [],
  unaligned: {},
};

describe('prf', () => {
  it('treats empty denominators as perfect and F1 as the harmonic mean', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0, neutral: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 1, fp: 1, fn: 3, neutral: 9 }).f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
  });
});

describe('derived labels', () => {
  const al = deriveAlignment(points);
  it('pairs passages of different docs sharing a point; a possible member makes a possible pair', () => {
    expect(al.sure.has(pairKey('A#0', 'B#0'))).toBe(true);
    expect(al.possible.has(pairKey('A#1', 'C#0'))).toBe(true);
    expect(al.sure.has(pairKey('B#1', 'C#2'))).toBe(true);
    expect([...al.sure, ...al.possible].some((k) => k.startsWith('A#0|A#1'))).toBe(false);
  });
  it('lists as missing the points a doc has no passage of', () => {
    expect(deriveMissing(points, 'A').map((m) => [m.id, m.required])).toEqual([['letter', true], ['order', true], ['musing', false]]);
    expect(deriveMissing(points, 'B').map((m) => m.id)).toEqual(['musing']);
  });
});

describe('scoreAlignment', () => {
  it('counts sure hits, ignores possible ones, and misses unpredicted sure pairs of the page', () => {
    const r = scoreAlignment([['A#0', 'B#0'], ['A#1', 'C#0'], ['A#0', 'C#3']], 'A', deriveAlignment(points));
    expect([r.tp, r.neutral, r.fp, r.fn]).toEqual([1, 1, 1, 1]);
    expect(r.missed).toEqual([pairKey('A#0', 'C#0')]);
  });
});

describe('scoreAdditions', () => {
  const missing = deriveMissing(points, 'A');
  it('counts each point once: a second addition for the same point is a false positive', () => {
    const r = scoreAdditions([{ shown: 'C#2', sources: [] }, { shown: 'C#2', sources: ['B#1'] }], missing);
    expect([r.tp, r.fp, r.fn]).toEqual([2, 0, 0]);
    const dup = scoreAdditions([{ shown: 'C#1', sources: [] }, { shown: 'B#1', sources: ['C#1'] }, { shown: 'C#1', sources: [] }], missing);
    expect([dup.tp, dup.fp]).toEqual([2, 1]);
  });
  it('credits an addition through any of its sources, unless only the shown passage counts', () => {
    const pred = [{ shown: 'B#0', sources: ['C#1'] }];
    expect(scoreAdditions(pred, missing).tp).toBe(1);
    expect(scoreAdditions(pred, missing, true).fp).toBe(1);
  });
  it('keeps optional points neutral and prefers required points when an addition fits both', () => {
    const r = scoreAdditions([{ shown: 'C#3', sources: ['C#1'] }, { shown: 'C#3', sources: [] }], missing);
    expect([r.tp, r.neutral, r.fp]).toEqual([1, 1, 0]);
  });
});

describe('scoreDivergences', () => {
  const label = (a: string, b: string, kind: DivergenceLabel['kind'], extra: Partial<DivergenceLabel> = {}): DivergenceLabel => ({
    a, b, kind, alsoKinds: [], status: 'required', omission: false, note: '', ...extra,
  });
  const labels = [
    label('A#0', 'B#0', 'date'),
    label('A#0', 'C#0', 'quote', { alsoKinds: ['negation'] }),
    label('A#1', 'B#1', 'number', { status: 'optional' }),
    label('A#2', 'B#2', 'other'),
    label('B#3', 'C#3', 'name'),
  ];
  it('matches by passage pair in either direction and reports kind accuracy apart', () => {
    const r = scoreDivergences([{ page: 'A#0', other: 'B#0', kind: 'name' }, { page: 'A#0', other: 'C#0', kind: 'negation' }], 'A', labels);
    expect([r.tp, r.fp, r.fn, r.kindRight]).toEqual([2, 0, 0, 1]);
  });
  it('keeps optional and framing labels neutral, counts unlabelled pairs and duplicates as false positives', () => {
    const r = scoreDivergences(
      [{ page: 'A#1', other: 'B#1', kind: 'number' }, { page: 'A#2', other: 'B#2', kind: 'other' }, { page: 'A#0', other: 'B#0', kind: 'date' }, { page: 'A#0', other: 'B#0', kind: 'name' }, { page: 'A#3', other: 'C#3', kind: 'date' }],
      'A',
      labels,
    );
    expect([r.tp, r.neutral, r.fp, r.fn]).toEqual([1, 2, 2, 1]);
  });
  it('leaves labels of other pages out', () => {
    expect(scoreDivergences([], 'A', labels).fn).toBe(2);
  });
});

describe('findPlanted', () => {
  it('needs the planted paragraph and a passage stating the original', () => {
    const pred = [{ pageParagraph: 4, other: 'B#9', kind: 'date' as const }, { pageParagraph: 4, other: 'C#1', kind: 'name' as const }];
    expect(findPlanted(pred, 4, ['C#1', 'B#2'], ['name'])).toMatchObject({ found: true, kindOk: true, originalsHit: 1, elsewhere: ['date→B#9'] });
    expect(findPlanted(pred, 5, ['C#1'], ['name']).found).toBe(false);
    expect(findPlanted(pred, 4, ['B#2'], ['date']).found).toBe(false);
  });
});
