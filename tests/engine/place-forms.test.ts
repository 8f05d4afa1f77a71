import { describe, expect, it } from 'vitest';
import { wordnetSource } from '../../lib/corpus/wordnet-fs';

const senses = wordnetSource(2);
/** Whether the source offers `other` as a sense of `word` on its own (a place and its adjective). */
const pairs = (word: string, other: string) => senses(word).some((g) => g.length === 1 && g[0] === other);

describe('synonym source: a place and its adjective', () => {
  it('gives a proper adjective its place and the place its adjective', () => {
    expect(pairs('canadian', 'canada')).toBe(true);
    expect(pairs('canada', 'canadian')).toBe(true);
    expect(pairs('european', 'europe')).toBe(true);
  });

  it('leaves common adjectives apart from the nouns they pertain to', () => {
    expect(pairs('financial', 'finance')).toBe(false);
    expect(pairs('economic', 'economy')).toBe(false);
  });
});
