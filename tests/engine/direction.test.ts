import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkDirection } from '../../lib/compare/check-direction';

const check = (a: string, b: string, min = 1) => checkDirection(passage(a), passage(b), min);

describe('direction: the same thing going up on one side and down on the other', () => {
  it('reports a rise against a fall, marking both words', () => {
    const f = check('Since the storm, the price of imported grain has soared.', 'As the price of imported grain drops, bakers are hiring again.');
    expect(f?.kind).toBe('negation');
    expect(f!.summary).toBe('"soared" vs "drops"');
  });

  it('reads a direction written as an adjective ("the rising cost")', () => {
    expect(check('The rising cost of imported grain worries bakers.', 'The falling cost of imported grain pleases bakers.')?.summary).toBe('"rising" vs "falling"');
  });

  it('does not report the same direction in other words', () => {
    expect(check('The price of imported grain has plummeted.', 'The price of imported grain keeps falling.')).toBeNull();
  });

  it('does not oppose a passage that gives the thing both directions', () => {
    expect(check('The falling price of imported grain has expanded the market.', 'The price of imported grain has plummeted.')).toBeNull();
  });

  it('does not read a negated direction word as its opposite', () => {
    expect(check('The price of imported grain has not fallen.', 'The price of imported grain has risen.')).toBeNull();
  });

  it('does not read a name as a change ("Rose Patel")', () => {
    expect(check('Grain buyer Rose Patel said the price of imported grain is steady.', 'The price of imported grain fell, said Rose Patel.')).toBeNull();
  });

  it('compares a direction in a quotation with one outside it, and leaves two quotations to the quote check', () => {
    const paraphrase = 'The inspector said the new pumps would lower the risk of flooding in the old town.';
    expect(check(paraphrase, 'The inspector warned the pumps "would raise the risk of flooding in the old town."')?.summary).toBe('"lower" vs "raise"');
    expect(check('"The pumps would lower the risk of flooding in the old town," the inspector said.', 'The inspector warned the pumps "would raise the risk of flooding in the old town."')).toBeNull();
  });

  it('needs the words around both to name the same thing', () => {
    expect(check('Wages at the port rose sharply.', 'The price of imported grain fell.')).toBeNull();
    expect(check('The price of imported grain has soared.', 'As the price of rice drops, bakers are hiring again.', 2)).toBeNull();
  });
});

describe('a direction word joined by a hyphen to the word after', () => {
  it('qualifies that word ("higher-value targets"), so it is no change against a fall', () => {
    const fall = passage('The cost of a flood has fallen so far that a town no longer needs to be large to be worth protecting.');
    expect(checkDirection(fall, passage('Small towns now count as well as the higher-value towns, as the cost of flood defence keeps falling.'), 1)).toBeNull();
    expect(checkDirection(fall, passage('The cost of a flood has climbed so far that towns of every size now need protecting.'), 1)?.kind).toBe('negation');
  });
});

describe('direction: a thing changed on one side and left as it was on the other', () => {
  it('reads "leaves the price unchanged" against "has pushed the price sharply lower" as a negation', () => {
    expect(check('The new levy leaves the price of imported grain unchanged.', 'The new levy has pushed the price of imported grain sharply lower.')?.summary).toBe('"unchanged" vs "lower"');
    expect(check('The price of imported grain has barely budged since the levy.', 'The price of imported grain has plummeted since the levy.')?.summary).toBe('"budged" vs "plummeted"');
    // Both sides steady agree.
    expect(check('The new levy leaves the price of imported grain unchanged.', 'The price of imported grain is unchanged by the new levy.')).toBeNull();
  });
});

describe('direction: a change said to have failed to come', () => {
  it('reads "has failed to lower the price" against "the price has dropped" as a negation, and not against "has risen"', () => {
    expect(check('The new levy has failed to lower the price of imported grain.', 'Since the levy, the price of imported grain has dropped.')?.summary).toBe('"lower" vs "dropped"');
    expect(check('The new levy has failed to lower the price of imported grain.', 'Since the levy, the price of imported grain has risen.')).toBeNull();
  });
});
