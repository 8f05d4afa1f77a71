import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkDeniedAmount } from '../../lib/compare/check-denied-amount';

const check = (a: string, b: string) => checkDeniedAmount(passage(a), passage(b));

describe('an amount denied on one side and granted on the other', () => {
  it('reports "little practical effect" against "a real practical effect", and "little support" against "broad support" for the same verb', () => {
    expect(check('The 2019 levy did have a real practical effect on river pollution.', 'That levy had little practical effect.')?.summary).toBe('"practical effect" vs "little practical effect"');
    expect(check('The ferry plan gained broad support among harbour towns.', 'The ferry plan gained little support.')?.kind).toBe('negation');
  });

  it('ties the two by the measured words: one shared word, or "a little", is not enough', () => {
    expect(check('The ferry plan won broad support among harbour towns.', 'The council had little support from the towns.')).toBeNull();
    expect(check('The ferry plan gained a little support among harbour towns.', 'The ferry plan gained broad support.')).toBeNull();
  });

  it('is no divergence where both sides deny it, whatever the word', () => {
    expect(check('That levy had little practical effect.', 'That levy had no practical effect at all.')).toBeNull();
    expect(check('That levy had little practical effect.', 'That levy had scant practical effect.')).toBeNull();
  });
});
