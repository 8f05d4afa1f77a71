/** The edited-copy checks: index bookkeeping after a removal, planted hits, clean rewordings. */
import { describe, expect, it } from 'vitest';
import type { Analysis, Divergence } from '../../lib/types';
import { baseIndex, checkEdit, type EditSpec, type EditsFile } from '../../lib/eval/edits';
import type { PointsFile } from '../../lib/eval/labels';

const edit: EditSpec = {
  id: 'x', file: 'x.txt', self: 'A', removed: [1], reworded: [2],
  planted: [{ pageParagraph: 0, marker: 'Waterloo', kind: 'name', original: ['B#3'], note: '' }],
  expectAdditions: ['letter'],
};
const file: EditsFile = { docs: { A: 'A', B: 'B' }, edits: [edit], embeddings: [] };
const points: PointsFile = {
  docs: { A: 'A', B: 'B' },
  points: [{ id: 'letter', summary: '', kind: 'fact', addition: 'required', sure: ['A#1', 'B#5'], possible: [] }],
  extraPossiblePairs: [],
  unaligned: {},
};
const div = (page: number, doc: string, paragraph: number, kind: Divergence['kind']): Divergence => ({
  kind, summary: '', score: 1,
  page: { paragraph: page, text: '', highlights: [] },
  other: { doc, paragraph, text: '', highlights: [], outlet: doc },
});
const analysis = (divergences: Divergence[], additions: Analysis['additions'] = []): Analysis => ({
  detected: true, topicScore: 1, reasons: [], self: 'A', selfOutlet: 'A', outletsCompared: 1, paragraphs: [], additions, divergences,
});
const asText = { planted: (p: { pageParagraph: number }) => p.pageParagraph, reworded: (i: number) => i };

describe('baseIndex', () => {
  it('skips the removed paragraphs of the seed', () => {
    expect([0, 1, 2].map((i) => baseIndex(edit, i))).toEqual([0, 2, 3]);
  });
});

describe('checkEdit', () => {
  it('finds a planted divergence only against a passage stating the original', () => {
    expect(checkEdit(analysis([div(0, 'B', 3, 'name')]), edit, file, points, new Set(), asText).planted[0]).toMatchObject({ found: true, kindOk: true });
    expect(checkEdit(analysis([div(0, 'B', 4, 'name')]), edit, file, points, new Set(), asText).planted[0]).toMatchObject({ found: false, elsewhere: ['name→B#4'] });
  });
  it('calls a rewording clean unless it gains a divergence the seed paragraph did not have', () => {
    const seen = new Set(['3|B#7']);
    expect(checkEdit(analysis([div(2, 'B', 7, 'date')]), edit, file, points, seen, asText).rewordings[0]!.clean).toBe(true);
    expect(checkEdit(analysis([div(2, 'B', 8, 'date')]), edit, file, points, seen, asText).rewordings[0]).toMatchObject({ clean: false, fresh: ['date→B#8'] });
  });
  it('expects the removed point back as an addition from another outlet', () => {
    const add = { doc: 'B', paragraph: 5, text: '', outlets: ['B'], sources: [{ doc: 'B', paragraph: 5 }], score: 1 };
    expect(checkEdit(analysis([], [add]), edit, file, points, new Set(), asText).additions).toEqual([{ point: 'letter', found: true }]);
    expect(checkEdit(analysis([]), edit, file, points, new Set(), asText).additions).toEqual([{ point: 'letter', found: false }]);
  });
});
