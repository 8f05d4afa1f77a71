import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readSeedDocs } from '../../lib/corpus/seeds-fs';
import { NaiveBaseline } from '../../lib/match/naive-baseline';
import { growCorpus } from '../../tools/bench/corpus-growth';
import type { CorpusDoc } from '../../lib/types';
import { REPO_ROOT } from '../extract/real-pages';
import { shippedEngine } from '../../tools/bench/engine-bundle';
import { compileCorpus } from '../../lib/corpus/compile';
import { encodeCorpusFile, openCorpusFile } from '../../lib/corpus/corpus-file';
import { loadEngine } from '../../lib/engine';
import { detectTopic } from '../../lib/detect/topic';

const seeds = readSeedDocs();
const real: CorpusDoc[] = [
  { id: 'real_a', outlet: 'A', headline: 'Council approves budget', paragraphs: ['The council approved the 2024 budget on Monday after a long debate.', 'Road repairs get 12 million.'] },
  { id: 'real_b', outlet: 'B', headline: 'Library hours extended', paragraphs: ['The central library will open until 9pm from next week.', 'Staff welcomed the change.'] },
];

describe('the naive fuse.js baseline', () => {
  it('finds a corpus paragraph given verbatim as its best match', () => {
    const baseline = new NaiveBaseline(seeds);
    const doc = seeds[2]!;
    const [best] = baseline.matchParagraph(doc.paragraphs[4]!);
    expect(best).toMatchObject({ doc: doc.id, paragraph: 4 });
    expect(best!.score).toBeGreaterThan(0.9);
    expect(baseline.size).toBe(seeds.reduce((n, d) => n + d.paragraphs.length, 0));
  });
});

describe('the benchmark corpus', () => {
  it('starts with the seeds, then real articles, then perturbed copies of the real ones only', () => {
    const docs = growCorpus(seeds, real, 11);
    expect(docs).toHaveLength(11);
    expect(docs.slice(0, 5).map((d) => d.id)).toEqual(seeds.map((d) => d.id));
    expect(docs.slice(5, 7).map((d) => d.id)).toEqual(['real_a', 'real_b']);
    const copies = docs.slice(7);
    expect(copies.every((d) => /^real_[ab]~\d+$/.test(d.id))).toBe(true);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(copies[0]!.paragraphs).toHaveLength(real[0]!.paragraphs.length);
    expect(copies.some((d, i) => d.paragraphs.join() !== real[i % 2]!.paragraphs.join())).toBe(true);
  });

  it('is the same on every run', () => {
    expect(growCorpus(seeds, real, 40)).toEqual(growCorpus(seeds, real, 40));
  });
});

describe('the engine the bench times', () => {
  it('is the engine as bundled for the extension: the same analysis, without the name-keeping helper of tsx', async () => {
    const shipped = await shippedEngine(REPO_ROOT);
    const bytes = encodeCorpusFile(compileCorpus(seeds));
    const doc = seeds[1]!;
    const article = { title: doc.headline, byline: null, siteName: null, url: doc.id, paragraphs: doc.paragraphs };
    const fromBundle = shipped.loadEngine(shipped.openCorpusFile(bytes)).analyze({ ...article, paragraphs: [...doc.paragraphs] }, detectTopic(article));
    const direct = loadEngine(openCorpusFile(bytes)).analyze({ ...article, paragraphs: [...doc.paragraphs] }, detectTopic(article));
    expect(fromBundle.divergences.length).toBeGreaterThan(0);
    expect(fromBundle).toEqual(direct);
    expect(shipped.loadEngine).not.toBe(loadEngine);
    expect(shipped.loadEngine.toString()).not.toContain('__name');
  }, 60_000);
});

describe('npm run bench', () => {
  it('prints a table with targets and, as its last line, one JSON object with the figures', () => {
    const run = spawnSync('npm', ['run', '--silent', 'bench'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 230_000,
      env: { ...process.env, BENCH_SIZES: '5', BENCH_BUDGET_S: '60', BENCH_PAGE_ROUNDS: '1' },
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const figures = JSON.parse(lines[lines.length - 1]!);
    expect(run.stdout).toMatch(/engine vs baseline, seed corpus .*(PASS|MISS)/);
    const [seedSize] = figures.sizes;
    expect(seedSize.articles).toBe(5);
    expect(seedSize.engineMsPerArticle).toBeGreaterThan(0);
    expect(seedSize.baselineMsPerArticle).toBeGreaterThan(seedSize.engineMsPerArticle);
    expect(seedSize.loadMs).toBeGreaterThan(0);
    // The engine through tsx, timed beside the shipped one on the seeds.
    expect(figures.throughTsx.engineMsPerArticle).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/the engine run through tsx instead .* ms\/article, ratio [\d.]+×/);
    expect(seedSize.baselineMethod).toMatch(/^measured/);
    expect(figures.targets).toHaveLength(4);
    expect(figures.gate.usPerPageMean).toBeGreaterThanOrEqual(0);
    expect(Object.keys(figures.bundles)).toEqual(['chrome-mv3', 'firefox-mv3']);
    expect(figures.bundles['chrome-mv3'].gateScriptBytes).toBeLessThan(figures.bundles['chrome-mv3'].fullScriptBytes);
    // Real unrelated pages loaded in Chromium, once each with the extension and once without.
    expect(figures.pageCost).toMatchObject({ loads: 5, skipped: null });
    expect(figures.pageCost.scriptMsWith).toBeGreaterThan(0);
    expect(figures.pageCost.heapMbWithout).toBeGreaterThan(0);
  }, 240_000);
});
