import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../lib/match/corpus-index';
import { pageSentences } from '../../lib/match/page';
import { findPairs } from '../../lib/match/pairs';
import { loadEngine } from '../../lib/engine';
import { analyze, seed, seedEngine } from './helpers';

describe('page sentences the corpus holds word for word', () => {
  it('are linked to that corpus sentence, and a reworded sentence is not', () => {
    const ix = new CorpusIndex(seedEngine().compiled);
    const d = seed('003');
    const para = d.paragraphs.find((p) => p.length > 80)!;
    const page = pageSentences([para, para.replace(/\b(\w+)(\W*)$/, 'something else$2')], ix);
    findPairs(page, ix);
    const [same, changed] = [page[0]!, page[page.length - 1]!];
    expect(same.twin).toBeDefined();
    expect(ix.sentenceText(ix.sentence(same.twin!))).toBe(same.text);
    expect(changed.twin).toBeUndefined();
  });

  it('give the same analysis on a fresh engine as on one whose corpus passages served earlier pages', () => {
    const fresh = () => loadEngine(seedEngine().compiled);
    for (const prefix of ['000', '003']) {
      const d = seed(prefix);
      const article = { title: d.headline, byline: null, siteName: null, url: null, paragraphs: d.paragraphs };
      const detection = { detected: true, topicScore: 1, reasons: [] };
      const warm = fresh();
      for (const other of ['001', '002', '004']) warm.analyze({ ...article, paragraphs: seed(other).paragraphs }, detection);
      expect(warm.analyze(article, detection)).toEqual(fresh().analyze(article, detection));
      expect(analyze(d.paragraphs, d.headline)).toEqual(fresh().analyze(article, detection));
    }
  });
});
