import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkOpenQuestion } from '../../lib/compare/check-open-question';

const check = (a: string, b: string) => checkOpenQuestion(passage(a), passage(b));
const plain = 'The falling cost of pumping has widened the pool of towns the flood can reach.';

describe('a claim left open by a clause on one side and stated plainly on the other', () => {
  it('reports "it is not yet clear whether", "leaves open whether" and "could not yet tell whether" against a plain statement', () => {
    expect(check('It is not yet clear whether the falling cost of pumping has widened the pool of towns the flood can reach.', plain)?.summary).toBe('"It is not yet clear whether" vs "falling cost of"');
    expect(check('The study leaves open whether the falling cost of pumping has widened the pool of towns.', plain)?.kind).toBe('certainty');
    expect(check('Asked about it, the engineer said he could not yet tell whether the falling cost of pumping widened the pool.', plain)?.kind).toBe('certainty');
  });

  it('reports it from the other side too, and not when the other side hedges too or shares too little', () => {
    expect(check(plain, 'It remains to be seen whether the falling cost of pumping has widened the pool of towns.')?.kind).toBe('certainty');
    expect(check('It is not yet clear whether the falling cost of pumping has widened the pool.', 'The falling cost of pumping may have widened the pool of towns.')).toBeNull();
    expect(check('It is not yet clear whether the mayor will attend the opening.', plain)).toBeNull();
  });
});
