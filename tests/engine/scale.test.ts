import { describe, expect, it } from 'vitest';
import { readSeedDocs } from '../../lib/corpus/seeds-fs';
import { compileAsShipped } from '../../lib/corpus/compile';
import { loadEngine } from '../../lib/engine';
import { CORPUS_VERSION } from '../../lib/corpus/format';
import type { CorpusDoc } from '../../lib/types';

/**
 * Articles on other stories that still share this corpus's vocabulary (AI, labs, pause, Thursday, a
 * university) and even a few of its generic lines, as a large real corpus does.
 */
function otherStories(n: number): CorpusDoc[] {
  const topics = ['chess engines', 'weather radar', 'football analytics', 'hospital staffing', 'laptop batteries', 'music streaming'];
  return Array.from({ length: n }, (_, i) => {
    const t = topics[i % topics.length]!;
    return {
      id: `other_${i}`,
      outlet: `Other Outlet ${i}`,
      headline: `New study on ${t}`,
      paragraphs: [
        `Researchers at the University of Leeds said on Thursday that AI tools for ${t} improved quickly this year.`,
        `Researchers at the University of Leeds demonstrated how AI tools can create self-adapting ${t} software that spreads across networks.`,
        `The lab paused one trial in ${2010 + (i % 9)} after the company behind it raised concerns about costs.`,
      ],
    };
  });
}

describe('a larger corpus', () => {
  const seeds = readSeedDocs();
  const compiled = compileAsShipped([...seeds, ...otherStories(20)]);
  const engine = loadEngine(compiled);
  const run = (d: CorpusDoc) => engine.analyze({ title: d.headline, byline: null, siteName: null, url: null, paragraphs: d.paragraphs }, { detected: true, topicScore: 1, reasons: [] });

  it('compares a seed with the other outlets of its story only: no addition or divergence from other stories', () => {
    for (const d of seeds) {
      const a = run(d);
      expect(a.self).toBe(d.id);
      expect(a.outletsCompared).toBe(seeds.length - 1 + 20);
      for (const x of a.additions) expect(x.sources.every((s) => !s.doc.startsWith('other_'))).toBe(true);
      for (const v of a.divergences) expect(v.other.doc.startsWith('other_')).toBe(false);
    }
  });

  it('still offers the FLI letter to 002 and still finds the auspices quote divergence', () => {
    const s002 = seeds.find((d) => d.id.startsWith('002'))!;
    expect(run(s002).additions.filter((x) => /Future of Life Institute/.test(x.text))).toHaveLength(1);
    const s003 = seeds.find((d) => d.id.startsWith('003'))!;
    expect(run(s003).divergences.some((v) => v.kind === 'quote' && v.other.doc.startsWith('004') && /auspices/.test(v.other.text))).toBe(true);
  });

  it('recognises an article of another story as that article, with nothing from the AI-pause seeds to add or contradict', () => {
    const other = otherStories(1)[0]!;
    const a = run(other);
    expect(a.self).toBe('other_0');
    expect(a.additions.every((x) => x.sources.every((s) => s.doc.startsWith('other_')))).toBe(true);
    expect(a.divergences.every((v) => v.other.doc.startsWith('other_'))).toBe(true);
  });

  it('is plain JSON with a version the engine checks', () => {
    expect(compiled.version).toBe(CORPUS_VERSION);
    expect(() => loadEngine({ ...compiled, version: CORPUS_VERSION + 1 })).toThrow(/version/);
    expect(engine.docs.map((d) => d.id).slice(0, 5)).toEqual(seeds.map((d) => d.id));
    expect(engine.docs[0]!.paragraphs).toEqual(seeds[0]!.paragraphs);
  });
});
