import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../lib/match/corpus-index';
import { compileCorpus } from '../../lib/corpus/compile';
import { Omissions } from '../../lib/compare/omissions';
import type { Finding } from '../../lib/compare/finding';
import { story } from './helpers';

/** One outlet that dates the council's report to a Wednesday. */
const ix = new CorpusIndex(compileCorpus([story('harbor-news', ['Harbor Council answers the mayor', 'The Harbor Council said in a report released Wednesday that ferry towns must pay for the pumps.'])], { synonyms: null, antonyms: null }));

/** The page leaves the report undated in one sentence ("The report stated…") against the outlet's Wednesday. */
const pageOmits: Finding = { kind: 'date', a: [{ text: 'The report', start: 0, end: 10 }], b: [{ text: 'Wednesday', start: 50, end: 59 }], summary: '', confidence: 0.6, omitted: 'Wednesday' };

describe('omissions: a silence counts only where the omitting article never dates the thing', () => {
  it('does not count the page as silent when it dates the thing elsewhere, by a weekday or by a calendar date', () => {
    const stands = (page: string[]) => new Omissions(() => page.map((p) => p.toLowerCase()), ix).stands(pageOmits, 0);
    expect(stands(['The Harbor Council published its report on Tuesday.', 'The report stated that ferry towns must pay.'])).toBe(false);
    expect(stands(['The Harbor Council published its report on 13 May.', 'The report stated that ferry towns must pay.'])).toBe(false);
    expect(stands(['The Harbor Council published its report.', 'The report stated that ferry towns must pay.'])).toBe(true);
  });
});

describe('omissions: a day counted back from the writing', () => {
  /** The page dates the report "two days ago"; the outlet names it again without a day in one sentence, and by its weekday in another. */
  const pageDates: Finding = { kind: 'date', a: [{ text: 'Two days ago', start: 0, end: 12 }], b: [{ text: 'The report', start: 0, end: 10 }], summary: '', confidence: 0.6, omitted: 'Two days ago' };

  it('does not count the outlet as silent when it gives the report a weekday elsewhere ("two days ago" / "released Wednesday")', () => {
    const stands = new Omissions(() => ['two days ago, the harbor council released a report.'], ix).stands(pageDates, 0);
    expect(stands).toBe(false);
  });
});
