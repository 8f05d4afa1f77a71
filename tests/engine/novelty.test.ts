import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../lib/corpus/compile';
import { CorpusIndex } from '../../lib/match/corpus-index';
import { pageSentences } from '../../lib/match/page';
import { isNews, nearVocabulary, pageVocabulary } from '../../lib/compare/novelty';
import type { CorpusDoc } from '../../lib/types';

const docs: CorpusDoc[] = [
  { id: 'a', outlet: 'Harbour Gazette', headline: 'Toll row', paragraphs: ['Toll row', 'The port authority approved the harbour toll in a vote on Wednesday.', 'Ferry operators said the toll would raise fares for island residents.', 'Ferry operators mostly, particularly and increasingly opposed the toll.'] },
  { id: 'b', outlet: 'Coast Times', headline: 'Ferry fares', paragraphs: ['Ferry fares', 'Island residents face higher ferry fares under the new harbour toll.', 'The mayor asked the port authority to delay the toll until spring.'] },
];
const ix = new CorpusIndex(compileCorpus(docs));

/** Whether the Gazette's sentence in `paragraph` is news to a page of these paragraphs. */
function isNewsTo(paragraphs: string[], paragraph: number): boolean {
  const page = pageSentences(paragraphs, ix);
  const known = new Float64Array(ix.vocabSize);
  pageVocabulary(page, ix, known);
  const s = ix.docSentences(0).find((x) => x.paragraph === paragraph)!;
  return isNews(s, s, known, nearVocabulary(page, [], ix), ix);
}
const voteIsNews = (paragraphs: string[]) => isNewsTo(paragraphs, 1);

describe('novelty: what a page already has', () => {
  it('counts another day for a point as a detail the page has (a divergence), not as news', () => {
    expect(voteIsNews(['The port authority approved the harbour toll.'])).toBe(true);
    expect(voteIsNews(['The port authority approved the harbour toll on Tuesday.'])).toBe(false);
  });

  it('does not count adverbs of degree ("increasingly", "particularly") as news', () => {
    expect(isNewsTo(['Ferry operators opposed the toll.'], 3)).toBe(false);
    expect(isNewsTo(['Ferry operators have welcomed the new timetable.'], 3)).toBe(true);
  });
});

describe('novelty: a quotation the page never gives', () => {
  const quoted = 'The mayor said the long closure would give the city time to finish its survey of the bridge with "structural engineers and rope specialists".';
  const corpus = new CorpusIndex(compileCorpus([
    { id: 'q', outlet: 'Harbour Gazette', headline: 'Bridge shut', paragraphs: ['The city shut the Harbour Street bridge on Friday after inspectors found corroded cables.', quoted] },
    { id: 'r', outlet: 'Coast Times', headline: 'Bridge closed', paragraphs: ['Inspectors found corroded cables, and the city closed the bridge on Friday.'] },
  ]));
  const newsTo = (text: string) => {
    const page = pageSentences([text], corpus);
    const known = new Float64Array(corpus.vocabSize);
    pageVocabulary(page, corpus, known);
    const s = corpus.docSentences(0).find((x) => x.paragraph === 1)!;
    return isNews(s, s, known, nearVocabulary(page, [], corpus), corpus);
  };

  it('makes a sentence news when most of its quoted words are new to the page, the rest of it known', () => {
    expect(newsTo('The mayor said the long closure would give the city time to finish its survey of the bridge.')).toBe(true);
  });

  it('does not when the page gives the quoted words', () => {
    expect(newsTo('The mayor said the long closure would give the city time to finish its survey of the bridge with structural engineers and rope specialists.')).toBe(false);
  });
});

describe('novelty: a place and its adjective', () => {
  const corpus = new CorpusIndex(compileCorpus([
    { id: 'p', outlet: 'Harbour Gazette', headline: 'Bridge shut', paragraphs: ['Canadian inspectors found the cables corroded.'] },
    { id: 'q', outlet: 'Coast Times', headline: 'Bridge closed', paragraphs: ['The city closed the bridge after its cables corroded.'] },
  ]));
  const states = (text: string, term: string) => {
    const known = new Float64Array(corpus.vocabSize);
    pageVocabulary(pageSentences([text], corpus), corpus, known);
    return known[corpus.termId(term)!]! > 0;
  };

  it('reads "Canada\'s" on the page as stating the outlet\'s "Canadian"', () => {
    expect(states('Inspectors in Britain found the cables corroded.', 'canadian')).toBe(false);
    expect(states('Canada\'s inspectors found the cables corroded.', 'canadian')).toBe(true);
  });
});

describe('novelty: a hyphenated term the page never uses', () => {
  const corpus = new CorpusIndex(compileCorpus([
    { id: 'h', outlet: 'Harbour Gazette', headline: 'Bridge shut', paragraphs: ['Inspectors found corroded cables on the bridge.', 'The inspectors checked the cables in a workshop using open-source survey software that engineers can cheaply download and change.', 'The inspectors checked the cables in a workshop using satellite-guided survey software that engineers can cheaply download and change.'] },
    { id: 'k', outlet: 'Coast Times', headline: 'Bridge closed', paragraphs: ['The city closed the bridge after inspectors found corroded cables.'] },
  ]));
  const newsTo = (text: string, paragraph: number) => {
    const page = pageSentences([text], corpus);
    const known = new Float64Array(corpus.vocabSize);
    pageVocabulary(page, corpus, known);
    const s = corpus.docSentences(0).find((x) => x.paragraph === paragraph)!;
    return isNews(s, s, known, nearVocabulary(page, [], corpus), corpus);
  };
  const page = 'Inspectors checked the corroded cables in a workshop, using survey software that engineers can change.';

  it('makes a sentence news when it names a thing by a compound none of whose words the page states ("open-source")', () => {
    expect(newsTo(page, 1)).toBe(true);
  });

  it('does not when the page states a word of the compound', () => {
    expect(newsTo(`${page} The software is open to all.`, 1)).toBe(false);
  });

  it('does not count a compound ending in a participle ("satellite-guided"), which describes rather than names', () => {
    expect(newsTo(page, 2)).toBe(false);
  });
});
