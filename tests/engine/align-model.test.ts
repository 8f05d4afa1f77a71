import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../lib/match/align-candidates';
import { alignProbability, type AlignWeights } from '../../lib/match/align-model';
import { ALIGN_WEIGHTS } from '../../lib/match/align-weights';
import { trainNetwork } from '../../tools/fit/train-network';

describe('alignment model', () => {
  it('has fitted weights for the features the candidates compute, in their order', () => {
    expect(ALIGN_WEIGHTS.features).toEqual([...FEATURES]);
    expect(ALIGN_WEIGHTS.mean).toHaveLength(FEATURES.length);
    expect(ALIGN_WEIGHTS.sd).toHaveLength(FEATURES.length);
    expect(ALIGN_WEIGHTS.hidden.length).toBeGreaterThan(0);
    for (const row of ALIGN_WEIGHTS.hidden) expect(row).toHaveLength(FEATURES.length);
    expect(ALIGN_WEIGHTS.output).toHaveLength(ALIGN_WEIGHTS.hidden.length);
    expect(ALIGN_WEIGHTS.threshold).toBeGreaterThan(0);
    expect(ALIGN_WEIGHTS.threshold).toBeLessThan(1);
  });

  it('reads a hand-made network as written: standardised inputs, tanh units, logistic output', () => {
    const w: AlignWeights = { features: ['a', 'b'], mean: [1, 0], sd: [2, 1], hidden: [[1, 0], [0, -1]], hiddenBias: [0, 0.5], output: [2, 1], outputBias: -0.5, threshold: 0.5 };
    const z = -0.5 + 2 * Math.tanh((3 - 1) / 2) + Math.tanh(0.5 - 4);
    expect(alignProbability([3, 4], w)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
  });
});

describe('network training', () => {
  // Points above the line y = x are positive: a rule no single input tells.
  const rows = Array.from({ length: 400 }, (_, i) => [((i * 37) % 100) / 100, ((i * 61) % 100) / 100]);
  const labels = rows.map(([x, y]) => (y! > x! ? 1 : 0));
  const options = { hidden: 4, epochs: 60, batch: 32, rate: 0.02, l2: 0, seed: 7 };

  it('learns a rule from labelled rows', () => {
    const w = trainNetwork(['x', 'y'], rows, labels, options);
    const right = rows.filter((r, i) => (alignProbability(r, w) >= 0.5 ? 1 : 0) === labels[i]).length;
    expect(right / rows.length).toBeGreaterThan(0.95);
  });

  it('gives the same weights for the same rows and seed, and others for another seed', () => {
    const a = trainNetwork(['x', 'y'], rows, labels, options);
    expect(trainNetwork(['x', 'y'], rows, labels, options)).toEqual(a);
    expect(trainNetwork(['x', 'y'], rows, labels, { ...options, seed: 8 })).not.toEqual(a);
  });
});
