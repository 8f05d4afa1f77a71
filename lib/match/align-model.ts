/**
 * Whether a page paragraph aligns with a corpus paragraph: a small network (one hidden layer) over the pair's features
 * (align-candidates.ts). Its weights are fitted on the development articles'
 * labels by `npm run fit:align` (tools/fit-alignment.ts), which prints how it does on the held-out ones.
 */

import { ALIGN_WEIGHTS } from './align-weights';

/** The shape of the fitted weights (align-weights.ts). */
export interface AlignWeights {
  features: readonly string[];
  /** Each feature's mean and spread over the training pairs: inputs are standardised with them. */
  mean: readonly number[];
  sd: readonly number[];
  /** One row of input weights per hidden unit (tanh). */
  hidden: readonly (readonly number[])[];
  hiddenBias: readonly number[];
  output: readonly number[];
  outputBias: number;
  threshold: number;
}

/** Weights with the inputs' standardisation folded into the hidden layer, so a question costs no array of its own. */
interface Folded {
  n: number;
  rows: Float64Array;
  bias: Float64Array;
}
const folded = new WeakMap<AlignWeights, Folded>();

function fold(w: AlignWeights): Folded {
  let f = folded.get(w);
  if (!f) {
    const n = w.mean.length;
    const rows = new Float64Array(w.hidden.length * n);
    const bias = Float64Array.from(w.hiddenBias);
    w.hidden.forEach((row, h) => {
      for (let j = 0; j < n; j++) {
        rows[h * n + j] = row[j]! / w.sd[j]!;
        bias[h]! -= (row[j]! * w.mean[j]!) / w.sd[j]!;
      }
    });
    folded.set(w, (f = { n, rows, bias }));
  }
  return f;
}

/** The network's probability that two paragraphs report the same point. */
export function alignProbability(features: readonly number[], w: AlignWeights = ALIGN_WEIGHTS): number {
  const { n, rows, bias } = fold(w);
  let z = w.outputBias;
  for (let h = 0; h < bias.length; h++) {
    let s = bias[h]!;
    for (let j = 0; j < n; j++) s += rows[h * n + j]! * features[j]!;
    z += w.output[h]! * Math.tanh(s);
  }
  return 1 / (1 + Math.exp(-z));
}

/** Whether the model aligns two paragraphs. */
export function modelAligns(features: readonly number[]): boolean {
  return alignProbability(features) >= ALIGN_WEIGHTS.threshold;
}
