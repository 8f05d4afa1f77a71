/**
 * What unrelated pages cost: quickGate per page on real pages (samples built beforehand with
 * gateSample, as the content script would), and, for pages past the gate, topic detection.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { quickGate, type GateSample } from '../../lib/detect/gate';
import { gateSample } from '../../lib/detect/sample';
import { detectTopic } from '../../lib/detect/topic';
import type { CorpusDoc } from '../../lib/types';

/** Gate and detection costs over the real pages. */
export interface GateTime {
  pages: number;
  gateUsMean: number;
  gateUsMax: number;
  gatePassed: number;
  detectMsMean: number;
  detected: number;
}

function pageFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? pageFiles(p) : n.endsWith('.html') ? [p] : [];
    });
}

/** Per-page mean over `reps` calls, in microseconds. */
function usPerCall(sample: GateSample, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) quickGate(sample);
  return ((performance.now() - t0) * 1000) / reps;
}

/** Times quickGate on every real page under `dir` and detectTopic on their extracted articles. */
export function timeGate(dir: string, articles: CorpusDoc[]): GateTime {
  const samples = pageFiles(dir).map((f) => gateSample(parseHTML(readFileSync(f, 'utf8')).document as unknown as Document));
  for (const s of samples) usPerCall(s, 50);
  const perPage = samples.map((s) => usPerCall(s, 400));
  const detectStart = performance.now();
  const detected = articles.filter((d) =>
    detectTopic({ title: d.headline, byline: null, siteName: null, url: null, paragraphs: d.paragraphs }).detected,
  ).length;
  return {
    pages: samples.length,
    gateUsMean: perPage.reduce((a, b) => a + b, 0) / Math.max(1, perPage.length),
    gateUsMax: Math.max(0, ...perPage),
    gatePassed: samples.filter((s) => quickGate(s)).length,
    detectMsMean: (performance.now() - detectStart) / Math.max(1, articles.length),
    detected,
  };
}
