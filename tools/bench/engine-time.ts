/**
 * Times the engine at one corpus size: compile (in a child process, so the time budget can stop
 * it), index load as the background does it once the file's bytes are read (openCorpusFile + loadEngine),
 * the first analysis after a load (which decodes the sections it reads), and the warm median time per
 * article over the seed articles.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../lib/engine';
import type { EngineApi } from './engine-bundle';
import type { Article, CorpusDoc, Detection } from '../../lib/types';
import { median, timeMs } from './stats';

/** What one corpus size measured; null figures were not reached within the budget. */
export interface EngineTime {
  compileMs: number | null;
  indexBytes: number | null;
  /** Reading the corpus file's bytes (I/O, as the background's fetch does), apart from load. */
  readMs: number | null;
  loadMs: number | null;
  firstAnalyzeMs: number | null;
  msPerArticle: number | null;
  /** The same, for the engine given to compare (timed in turn with the first, on the same copies of the pages), when one was. */
  compareMsPerArticle: number | null;
  skipped: string | null;
}

const CHILD = join(import.meta.dirname, 'compile-child.ts');
const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');

function compileInChild(docs: CorpusDoc[], timeoutMs: number): { compileMs: number; bytes: Uint8Array; readMs: number } | string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  try {
    writeFileSync(join(dir, 'docs.json'), JSON.stringify(docs));
    const run = spawnSync(TSX, [CHILD, join(dir, 'docs.json'), join(dir, 'corpus.bin')], {
      encoding: 'utf8',
      timeout: Math.round(timeoutMs),
      maxBuffer: 1 << 20,
    });
    if (run.error || run.status !== 0) {
      if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || run.signal) {
        return `compile did not finish within the ${Math.round(timeoutMs / 1000)} s left of the time budget`;
      }
      return `compile failed: ${(run.stderr || String(run.error)).trim().split('\n').slice(-3).join(' ')}`;
    }
    const { compileMs } = JSON.parse(run.stdout) as { compileMs: number };
    let bytes = new Uint8Array(0);
    const reads = [0, 1, 2].map(() => timeMs(() => (bytes = new Uint8Array(readFileSync(join(dir, 'corpus.bin'))))));
    return { compileMs, bytes, readMs: median(reads) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Measures the engine `api` gives over `docs`, analysing `pages` (with their detections) as the pages; `compare`, when
 * given, is another form of the engine whose warm time per article is measured alongside.
 */
export function timeEngine(docs: CorpusDoc[], pages: Array<[Article, Detection]>, timeoutMs: number, runs: number, api: EngineApi, compare?: EngineApi): EngineTime {
  const compiled = compileInChild(docs, timeoutMs);
  if (typeof compiled === 'string') {
    return { compileMs: null, indexBytes: null, readMs: null, loadMs: null, firstAnalyzeMs: null, msPerArticle: null, compareMsPerArticle: null, skipped: compiled };
  }
  // Each call gets its own copy of the article, as the background gets a fresh structured clone of it with
  // every message: nothing the engine keys on an article object (page flags) carries over between calls.
  const fresh = (a: Article): Article => ({ ...a, paragraphs: [...a.paragraphs] });
  const loads: number[] = [];
  const firsts: number[] = [];
  let engine: Engine | null = null;
  for (let i = 0; i < 3; i++) {
    let e: Engine | null = null;
    loads.push(timeMs(() => (e = api.loadEngine(api.openCorpusFile(compiled.bytes)))));
    const [article, detection] = pages[0]!;
    const copy = fresh(article);
    firsts.push(timeMs(() => e!.analyze(copy, detection)));
    engine = e;
  }
  // Round-robin over the articles, so a burst of other work on the machine hits one run of each
  // article rather than every run of one; the median per article then drops it.
  const other = compare?.loadEngine(compare.openCorpusFile(compiled.bytes));
  for (let i = 0; i < 3; i++) {
    for (const [article, detection] of pages) {
      engine!.analyze(fresh(article), detection);
      other?.analyze(fresh(article), detection);
    }
  }
  const times: number[][] = pages.map(() => []);
  const otherTimes: number[][] = pages.map(() => []);
  for (let i = 0; i < runs; i++) {
    pages.forEach(([article, detection], k) => {
      const copy = fresh(article);
      times[k]!.push(timeMs(() => engine!.analyze(copy, detection)));
      if (!other) return;
      const again = fresh(article);
      otherTimes[k]!.push(timeMs(() => other.analyze(again, detection)));
    });
  }
  const perArticle = times.map(median);
  return {
    compileMs: compiled.compileMs,
    indexBytes: compiled.bytes.length,
    readMs: compiled.readMs,
    loadMs: median(loads),
    // The first load's: the closest this process gets to a service worker waking with nothing cached.
    firstAnalyzeMs: firsts[0] ?? null,
    msPerArticle: median(perArticle),
    compareMsPerArticle: other ? median(otherTimes.map(median)) : null,
    skipped: null,
  };
}
