import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../lib/corpus/compile';
import { loadEngine } from '../../lib/engine';
import { CorpusIndex } from '../../lib/match/corpus-index';
import { pointClauses } from '../../lib/compare/addition-clauses';
import type { Article, CorpusDoc } from '../../lib/types';

// An invented story told by two outlets and a page. Outlet A has a sentence with two points: repair jobs
// (which the page never mentions) and harm to nearby shops (which the page reports in its own words).
const A: CorpusDoc = {
  id: 'a_bridge',
  outlet: 'Outlet A',
  headline: 'Harbour bridge closed after inspectors find corroded cables',
  paragraphs: [
    'The city closed the Harbour Street bridge on Friday after inspectors found badly corroded suspension cables on its northern span.',
    'Engineer Dana Holt said the corroded cables could no longer carry heavy lorries.',
    'While repairs could create construction jobs, the mayor warned that the closure and long detours for commuters would hurt shops and cafes near the Harbour Street bridge.',
    'The mayor said repairs would cost about forty million dollars and take at least two years.',
    'Commuters face detours of up to thirty minutes while the bridge stays closed.',
  ],
};
const B: CorpusDoc = {
  id: 'b_bridge',
  outlet: 'Outlet B',
  headline: 'Corroded cables shut Harbour Street bridge',
  paragraphs: [
    'Inspectors found corroded suspension cables on the Harbour Street bridge, and the city shut it on Friday.',
    'Repairs will cost roughly forty million dollars and last at least two years, the mayor said.',
    'Drivers should expect detours of up to half an hour, the transport department said.',
  ],
};
const page: Article = {
  title: 'Harbour Street bridge shut',
  byline: null,
  siteName: null,
  url: null,
  paragraphs: [
    'Traffic stopped on Friday at the Harbour Street bridge, which city officials shut once inspectors reported badly corroded suspension cables.',
    'Heavy lorries can no longer safely use it, according to engineer Dana Holt, who examined the corroded cables.',
    'The mayor put the repair bill near forty million dollars and said the work would need at least two years.',
    'Drivers crossing the harbour will lose up to thirty minutes on detours.',
    'Cafes and shops by the bridge are bracing for a hard year, the mayor said.',
  ],
};

describe('additions from one clause of a two-point sentence', () => {
  it("offers a sentence whose first clause is news even though the page states its second clause's point", () => {
    const a = loadEngine(compileCorpus([A, B])).analyze(page, { detected: true, topicScore: 1, reasons: [] });
    const jobs = a.additions.filter((x) => /construction jobs/.test(x.text));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.sources).toContainEqual({ doc: 'a_bridge', paragraph: 2 });
  });

  it('does not count a trailing concession as a point of its own', () => {
    const C: CorpusDoc = { ...B, id: 'c_bridge', paragraphs: ['The city promised a temporary ferry for pedestrians, though it stopped short of naming a start date or an operator.'] };
    const ix = new CorpusIndex(compileCorpus([C]));
    const texts = pointClauses(ix.docSentences(0)[0]!, ix).map((c) => c.text);
    expect(texts).toEqual(['The city promised a temporary ferry for pedestrians']);
  });
});

describe('point clauses: a list line\'s label', () => {
  const doc: CorpusDoc = {
    id: 'c_bridge',
    outlet: 'Outlet C',
    headline: 'What the bridge plan does',
    paragraphs: ['- Keeping Heavy Lorries Away: The council would ensure that heavy lorries take the ring road until the repairs end.', '- Detours: Commuters face detours of up to thirty minutes, the transport department said.'],
  };
  const ix = new CorpusIndex(compileCorpus([doc]));
  const texts = (paragraph: number) => pointClauses(ix.docSentences(0).find((s) => s.paragraph === paragraph)!, ix).map((c) => c.text);

  it('drops the title-case label before a line\'s colon: it names the point the line states', () => {
    expect(texts(0)).not.toContain('- Keeping Heavy Lorries Away');
    expect(texts(0).some((t) => t.includes('heavy lorries take the ring road'))).toBe(true);
  });
});
