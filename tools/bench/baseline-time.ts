/**
 * Times the naive fuse.js baseline per article. fuse.js runs its bitap scan over every corpus
 * paragraph for every query, so its cost is linear in the corpus's characters; past `maxCorpus`
 * paragraphs each article is searched against an evenly spaced sample and the time scaled by
 * corpus characters over sample characters, and the method says so.
 */
import { NaiveBaseline } from '../../lib/match/naive-baseline';
import type { Article, CorpusDoc } from '../../lib/types';
import { median, timeMs } from './stats';

/** The baseline's median time per article and how it was obtained. */
export interface BaselineTime {
  msPerArticle: number;
  method: string;
}

/** Median baseline time per page article over a corpus (full, or sampled and scaled). */
export function timeBaseline(corpus: CorpusDoc[], pages: Article[], maxCorpus: number, threshold?: number): BaselineTime {
  const total = corpus.reduce((n, d) => n + d.paragraphs.length, 0);
  const chars = (ps: string[]) => ps.reduce((n, p) => n + p.length, 0);
  let docs = corpus;
  let scale = 1;
  if (total > maxCorpus) {
    const step = total / maxCorpus;
    const flat = corpus.flatMap((d) => d.paragraphs);
    const sample: string[] = [];
    for (let i = 0; i < maxCorpus; i++) sample.push(flat[Math.floor(i * step)]!);
    docs = [{ id: 'sample', outlet: 'sample', headline: '', paragraphs: sample }];
    scale = corpus.reduce((n, d) => n + chars(d.paragraphs), 0) / chars(sample);
  }
  const baseline = new NaiveBaseline(docs, { threshold });
  baseline.matchParagraph(pages[0]?.paragraphs[0] ?? 'warm up');
  const times = pages.map((p) => timeMs(() => baseline.matchPage(p.paragraphs)) * scale);
  const method =
    scale === 1
      ? `measured: every page paragraph searched over all ${total} corpus paragraphs`
      : `extrapolated: each article searched over an evenly spaced sample of ${maxCorpus} of the ${total} corpus paragraphs, time × ${scale.toFixed(1)} (corpus characters / sample characters)`;
  return { msPerArticle: median(times), method };
}
