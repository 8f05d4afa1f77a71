/** Generated plants: where a swap is tried, what counts as found, and which rewordings count as clean. */
import { describe, expect, it } from 'vitest';
import { runRewordings, runSwapSets, type SwapsFile } from '../../lib/eval/swaps';
import { pairKey } from '../../lib/eval/labels';
import type { Analysis, CorpusDoc, Divergence } from '../../lib/types';

const docs: CorpusDoc[] = [
  { id: 'a', outlet: 'A', headline: '', paragraphs: ['The Harbour Trust said the ferry would sail on Monday.', 'Fares "could rise" next year, the Trust said.'] },
  { id: 'b', outlet: 'B', headline: '', paragraphs: ['The ferry sails on Monday, according to the Harbour Trust.', 'Nothing about fares here.'] },
];
const alignment = { sure: new Set([pairKey('a#0', 'b#0')]), possible: new Set<string>() };
const divergence = (kind: Divergence['kind'], page: number, doc: string, paragraph: number) =>
  ({ kind, page: { paragraph: page, text: '', highlights: [] }, other: { doc, outlet: '', paragraph, text: '', highlights: [] }, summary: '', score: 1 }) as Divergence;
const analysis = (divergences: Divergence[]) => ({ divergences }) as unknown as Analysis;

describe('generated plants', () => {
  it('tries a swap only where an aligned paragraph of another outlet states the original, and counts a hit of an accepted kind there', () => {
    const file: SwapsFile = { sets: [{ name: 'days', kinds: ['date'], swaps: [['Monday', 'Friday', 'Monday'], ['next year', 'this year', 'next year']] }], rewordings: [] };
    const seen: string[][] = [];
    const [r] = runSwapSets(docs, file, alignment, (paragraphs) => {
      seen.push(paragraphs);
      // The engine stand-in reports a date divergence for a's copy only, and a name one for b's.
      return analysis(paragraphs[0]!.includes('Friday') && paragraphs[0]!.startsWith('The Harbour') ? [divergence('date', 0, 'b', 0)] : [divergence('name', 0, 'a', 0)]);
    });
    // "Monday" in a#0 and in b#0 (each aligned with the other, which states Monday); "next year" is stated by no aligned paragraph.
    expect(seen.map((p) => p.find((t) => t.includes('Friday')))).toEqual(['The Harbour Trust said the ferry would sail on Friday.', 'The ferry sails on Friday, according to the Harbour Trust.']);
    // b's copy showed a divergence against a#0, which is aligned with it: nothing against an unaligned passage.
    expect(r).toEqual({ name: 'days', found: 1, total: 2, missed: ['b#0 Monday->Friday'], unaligned: 0 });
  });

  it("counts the divergences a plant's paragraph shows against passages not aligned with it", () => {
    const file: SwapsFile = { sets: [{ name: 'days', kinds: ['date'], swaps: [['Monday', 'Friday', 'Monday']] }], rewordings: [] };
    const [r] = runSwapSets(docs, file, alignment, () => analysis([divergence('date', 0, 'b', 1), divergence('date', 1, 'b', 1)]));
    expect(r!.unaligned).toBe(2);
  });

  it('counts a rewording clean unless its paragraph shows a divergence the unedited article does not, and never rewords inside a quotation', () => {
    const file: SwapsFile = { sets: [], rewordings: [['said', 'stated'], ['rise', 'climb']] };
    const tried: string[] = [];
    const r = runRewordings(docs, file, (paragraphs, label) => {
      tried.push(label);
      return analysis(paragraphs[0]!.includes('stated') ? [divergence('attribution', 0, 'b', 0)] : []);
    });
    expect(tried.filter((t) => t.startsWith('rewording'))).toEqual(['rewording a#0 said->stated', 'rewording a#1 said->stated']);
    expect(r.total).toBe(2);
    expect(r.withNew).toEqual(['a#0 said->stated: attribution vs b#0']);
  });
});
