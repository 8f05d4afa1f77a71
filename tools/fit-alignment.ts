/**
 * `npm run fit:align`: fits the alignment model (lib/match/align-model.ts) on the development articles of
 * tests/fixtures/unseen.json, never the held-out ones, and prints how the fitted model and the rule before it (the
 * paragraph score, with a lower bar for linked paragraphs and list lines) do on both. `-- --write` writes the weights
 * to lib/match/align-weights.ts. A network with one hidden layer (tools/fit/train-network.ts); the threshold is the
 * one that gives the development articles their best alignment F1. Counts here are before the engine's cap on
 * matches per paragraph, so they differ a little from `npm run eval`'s.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSeedDocs } from '../lib/corpus/seeds-fs';
import { compileAsShipped } from '../lib/corpus/compile';
import { CorpusIndex } from '../lib/match/corpus-index';
import { inOrdinaryCase, readPage } from '../lib/engine';
import { alignCandidates, FEATURES, PARAGRAPH_MIN } from '../lib/match/align-candidates';
import { alignProbability } from '../lib/match/align-model';
import { trainNetwork, type TrainOptions } from './fit/train-network';
import { articleFromText } from '../lib/extract/text-file';
import { unseenLabels, unseenSpecs, type UnseenFile } from '../lib/eval/unseen';
import { pairKey, passageKey, type PointsFile } from '../lib/eval/labels';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const OUT = join(ROOT, 'lib/match/align-weights.ts');
const OPTIONS: TrainOptions = { hidden: 24, epochs: 30, batch: 512, rate: 0.01, l2: 1e-4, seed: 1 };

interface Row {
  x: number[];
  score: number;
  /** 1 sure, 0 not labelled, null possible (neutral, as eval counts it). */
  y: 1 | 0 | null;
}
interface PageRows {
  use: string;
  rows: Row[];
  /** Sure pairs touching the page: those with no candidate are misses whatever the model says. */
  sure: number;
}

const docs = readSeedDocs(join(ROOT, 'seeds'));
const ix = new CorpusIndex(compileAsShipped(docs));
const points = JSON.parse(readFileSync(join(FIXTURES, 'seed-points.json'), 'utf8')) as PointsFile;
const specs = unseenSpecs(JSON.parse(readFileSync(join(FIXTURES, 'unseen.json'), 'utf8')) as UnseenFile);

const pages: PageRows[] = [];
for (const spec of specs) {
  if (spec.planted?.length) continue;
  const article = articleFromText(readFileSync(join(FIXTURES, spec.file), 'utf8'), spec.file);
  const { paragraphs } = inOrdinaryCase(article.paragraphs, ix);
  const { page, others, self } = readPage(paragraphs, ix);
  const labels = unseenLabels(points, spec).alignment;
  const rows: Row[] = [];
  alignCandidates(paragraphs, page, others, ix, self).forEach((list, i) => {
    for (const c of list) {
      const key = pairKey(passageKey(spec.id, i), passageKey(ix.docs[c.doc]!.id, c.paragraph));
      rows.push({ x: c.features, score: c.score, y: labels.sure.has(key) ? 1 : labels.possible.has(key) ? null : 0 });
    }
  });
  const sure = [...labels.sure].filter((k) => k.split('|').some((p) => p.startsWith(`${spec.id}#`))).length;
  pages.push({ use: spec.use, rows, sure });
}
const dev = pages.filter((p) => p.use === 'development');
const heldOut = pages.filter((p) => p.use === 'held-out');

const train = dev.flatMap((p) => p.rows).filter((r) => r.y !== null);
const fitted = trainNetwork(FEATURES, train.map((r) => r.x), train.map((r) => r.y as number), OPTIONS);
const probability = (x: number[]) => alignProbability(x, fitted);

/** Precision, recall and F1 of a decision over a set of pages, counting every sure pair with no candidate as missed. */
function measure(set: PageRows[], aligns: (r: Row) => boolean) {
  let tp = 0;
  let fp = 0;
  let sure = 0;
  for (const p of set) {
    sure += p.sure;
    for (const r of p.rows) if (r.y !== null && aligns(r)) r.y ? tp++ : fp++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, sure);
  return { tp, fp, fn: sure - tp, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}
let threshold = 0.5;
let bestF1 = -1;
for (let t = 0.2; t <= 0.8 + 1e-9; t += 0.01) {
  const f1 = measure(dev, (r) => probability(r.x) >= t).f1;
  if (f1 > bestF1) [bestF1, threshold] = [f1, Math.round(t * 100) / 100];
}

const line = (name: string, m: ReturnType<typeof measure>) =>
  `${name.padEnd(34)} P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} (tp ${m.tp} fp ${m.fp} fn ${m.fn})`;
const model = (r: Row) => probability(r.x) >= threshold;
// The rule before the model: the paragraph score alone, lower for a paragraph the corpus ties to an aligned one or a line of its list.
const rule = (r: Row) => r.score >= PARAGRAPH_MIN || (r.score >= 0.2 && (r.x[FEATURES.indexOf('linked')]! > 0 || r.x[FEATURES.indexOf('listLine')]! > 0));
console.log(`Fitted on ${dev.length} development articles (${train.length} labelled candidate pairs, ${OPTIONS.hidden} hidden units); ${heldOut.length} held-out articles only measured. Threshold ${threshold}.`);
console.log(line('development, model', measure(dev, model)));
console.log(line('development, rule before the model', measure(dev, rule)));
console.log(line('held out, model', measure(heldOut, model)));
console.log(line('held out, rule before the model', measure(heldOut, rule)));

if (process.argv.includes('--write')) {
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  const rows = (a: readonly number[]) => JSON.stringify(a.map(r));
  const w = { ...fitted, threshold };
  const body = [
    `  features: ${JSON.stringify(w.features)},`,
    `  mean: ${rows(w.mean)},`,
    `  sd: ${rows(w.sd)},`,
    `  hidden: [\n${w.hidden.map((h) => `    ${rows(h)},`).join('\n')}\n  ],`,
    `  hiddenBias: ${rows(w.hiddenBias)},`,
    `  output: ${rows(w.output)},`,
    `  outputBias: ${r(w.outputBias)},`,
    `  threshold: ${threshold},`,
  ].join('\n');
  writeFileSync(OUT, `// Written by \`npm run fit:align -- --write\` (tools/fit-alignment.ts); edit by fitting again, not by hand.\nimport type { AlignWeights } from './align-model';\n\nexport const ALIGN_WEIGHTS: AlignWeights = {\n${body}\n};\n`);
  console.log(`wrote ${OUT}`);
}
