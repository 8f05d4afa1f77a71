import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../lib/corpus/compile';
import { CorpusIndex } from '../../lib/match/corpus-index';
import { twoHops } from '../../lib/match/story-reach';
import { story } from './helpers';


describe("a corpus sentence's story links, and theirs in turn", () => {
  // A and C word the point too differently to be linked; B is close to both.
  const ix = new CorpusIndex(
    compileCorpus([
      story('a', ['The harbour council voted on Monday to close the old ferry pier for urgent repairs.']),
      story('b', ['The harbour council voted to close the old ferry pier for urgent repairs, citing storm damage and rising costs.']),
      story('c', ['Citing storm damage and rising costs, city officials shut the ferry pier.']),
    ]),
  );

  it('reaches an outlet linked only through another, at the weaker step\'s strength', () => {
    expect(ix.links(0).map(([g]) => g)).toEqual([1]);
    expect(twoHops(ix, 0)).toEqual([
      [1, 0.7],
      [2, 0.58],
    ]);
  });

  it("never returns to the sentence's own article", () => {
    expect(twoHops(ix, 1).map(([g]) => ix.docOf(g))).not.toContain(1);
  });
});
