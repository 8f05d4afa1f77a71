/**
 * Trains a one-hidden-layer network (tanh units, logistic output) on labelled feature rows: standardised inputs,
 * mini-batch Adam on the cross-entropy with a little L2, from a seeded start, so the same rows give the same weights.
 */
import type { AlignWeights } from '../../lib/match/align-model';
import { seededRandom } from '../seeded-random';

export interface TrainOptions {
  hidden: number;
  epochs: number;
  batch: number;
  rate: number;
  l2: number;
  seed: number;
}

/** Weights (threshold left at 0.5) fitted to rows `x` with labels `y` (1 or 0). */
export function trainNetwork(features: readonly string[], x: number[][], y: number[], o: TrainOptions): AlignWeights {
  const n = features.length;
  const mean = Array.from({ length: n }, (_, j) => x.reduce((s, r) => s + r[j]!, 0) / x.length);
  const sd = Array.from({ length: n }, (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / x.length) || 1);
  const z = x.map((r) => Float64Array.from(r, (v, j) => (v - mean[j]!) / sd[j]!));
  const rand = seededRandom(o.seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  // Parameters in one array: hidden rows, hidden biases, output weights, output bias.
  const H = o.hidden;
  const size = H * n + H + H + 1;
  const p = new Float64Array(size);
  for (let i = 0; i < H * n; i++) p[i] = 0.3 * normal();
  for (let h = 0; h < H; h++) p[H * n + H + h] = 0.3 * normal();
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const g = new Float64Array(size);
  const act = new Float64Array(H);
  const order = Array.from({ length: z.length }, (_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const k = Math.floor(rand() * (i + 1));
      [order[i], order[k]] = [order[k]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += o.batch) {
      g.fill(0);
      const end = Math.min(order.length, start + o.batch);
      for (let r = start; r < end; r++) {
        const row = z[order[r]!]!;
        let out = p[size - 1]!;
        for (let h = 0; h < H; h++) {
          let s = p[H * n + h]!;
          for (let j = 0; j < n; j++) s += p[h * n + j]! * row[j]!;
          act[h] = Math.tanh(s);
          out += p[H * n + H + h]! * act[h]!;
        }
        const d = 1 / (1 + Math.exp(-out)) - y[order[r]!]!;
        g[size - 1]! += d;
        for (let h = 0; h < H; h++) {
          g[H * n + H + h]! += d * act[h]!;
          const dh = d * p[H * n + H + h]! * (1 - act[h]! * act[h]!);
          g[H * n + h]! += dh;
          for (let j = 0; j < n; j++) g[h * n + j]! += dh * row[j]!;
        }
      }
      step++;
      const count = end - start;
      for (let i = 0; i < size; i++) {
        const gi = g[i]! / count + o.l2 * p[i]!;
        m[i] = 0.9 * m[i]! + 0.1 * gi;
        v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
        p[i]! -= (o.rate * (m[i]! / (1 - 0.9 ** step))) / (Math.sqrt(v[i]! / (1 - 0.999 ** step)) + 1e-8);
      }
    }
  }
  return {
    features: [...features],
    mean,
    sd,
    hidden: Array.from({ length: H }, (_, h) => Array.from(p.subarray(h * n, h * n + n))),
    hiddenBias: Array.from(p.subarray(H * n, H * n + H)),
    output: Array.from(p.subarray(H * n + H, H * n + 2 * H)),
    outputBias: p[size - 1]!,
    threshold: 0.5,
  };
}
