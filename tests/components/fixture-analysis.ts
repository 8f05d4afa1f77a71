/**
 * A hand-made Analysis for the view tests: invented outlets and sentences, shaped like the engine's
 * output, so the tests pin the views down without depending on the engine or the seeds.
 */
import type { Analysis, Divergence } from '../../lib/types';

const PAGE_DATE = 'The ministry published its reply on Thursday, officials said.';
const OTHER_DATE = 'The ministry published its reply this week, according to officials.';
const PAGE_QUOTE = 'The lab said it "could use" the auspices of the council.';
const OTHER_QUOTE = 'The lab said it "could not use" the auspices of the council.';

/** Span of the first occurrence of `needle` in `text`; throws if absent so a fixture typo fails loudly. */
export function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in "${text}"`);
  return { start, end: start + needle.length };
}

/** A date divergence between page paragraph 1 and the Harbor Daily article. */
export const dateDivergence: Divergence = {
  kind: 'date',
  page: { paragraph: 1, text: PAGE_DATE, highlights: [spanOf(PAGE_DATE, 'on Thursday')] },
  other: {
    doc: '002_harbor',
    outlet: 'Harbor Daily',
    paragraph: 4,
    text: OTHER_DATE,
    highlights: [spanOf(OTHER_DATE, 'this week')],
  },
  summary: '"on Thursday" vs "this week"',
  score: 0.8,
};

/** A quote divergence between page paragraph 3 and the Lakeside Wire article. */
export const quoteDivergence: Divergence = {
  kind: 'quote',
  page: { paragraph: 3, text: PAGE_QUOTE, highlights: [spanOf(PAGE_QUOTE, 'could use')] },
  other: {
    doc: '003_lakeside',
    outlet: 'Lakeside Wire',
    paragraph: 7,
    text: OTHER_QUOTE,
    highlights: [spanOf(OTHER_QUOTE, 'could not use')],
  },
  summary: '"could use" vs "could not use"',
  score: 0.7,
};

/** An analysis of a page that is the Summit Post's article, compared with three other outlets. */
export function makeAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    detected: true,
    topicScore: 0.91,
    reasons: ['mentions "open letter"'],
    self: '001_summit',
    selfOutlet: 'Summit Post',
    outletsCompared: 3,
    paragraphs: [
      { index: 0, text: 'Opening paragraph.', matches: [] },
      { index: 1, text: PAGE_DATE, matches: [{ doc: '002_harbor', paragraph: 4, score: 0.74 }] },
      { index: 2, text: 'A point only this page makes.', matches: [] },
      {
        index: 3,
        text: PAGE_QUOTE,
        matches: [
          { doc: '003_lakeside', paragraph: 7, score: 0.81 },
          { doc: '004_valley', paragraph: 2, score: 0.52 },
        ],
      },
    ],
    additions: [
      {
        doc: '002_harbor',
        paragraph: 9,
        text: 'An open letter in March 2023 called for a six-month halt to training the largest systems.',
        outlets: ['Harbor Daily', 'Valley Courier'],
        sources: [
          { doc: '002_harbor', paragraph: 9 },
          { doc: '004_valley', paragraph: 5 },
        ],
        score: 0.9,
      },
      {
        doc: '003_lakeside',
        paragraph: 12,
        text: 'The president later signed an executive order on model safety testing.',
        outlets: ['Lakeside Wire'],
        sources: [{ doc: '003_lakeside', paragraph: 12 }],
        score: 0.6,
      },
    ],
    divergences: [dateDivergence, quoteDivergence],
    ...overrides,
  };
}
