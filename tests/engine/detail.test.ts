import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkDetail } from '../../lib/compare/check-detail';

const check = (a: string, b: string) => checkDetail(passage(a), passage(b));

describe('detail: given on one side, withheld on the other', () => {
  const withheld = 'The council said it would widen the coastal road, though it stopped short of offering specific details.';

  it('reads "in (some) detail" against details withheld as a negation, either way round', () => {
    const given = 'The council said it would widen the coastal road, and it set out in some detail how the work would be phased.';
    expect(check(given, withheld)?.summary).toBe('"in some detail" vs "short of offering specific details"');
    expect(check(withheld, given)?.kind).toBe('negation');
    expect(check('The council explained in detail how the road would be widened.', 'The council did not provide specific details on the widening.')?.summary).toBe(
      '"in detail" vs "not provide specific details"',
    );
    expect(check('The council explained in detail how the road would be widened.', 'The council gave few details of the widening.')?.kind).toBe('negation');
  });

  it('does not report two sides that agree, or a detail denied on both', () => {
    expect(check('The council did not explain in detail how the road would be widened.', withheld)).toBeNull();
    expect(check('The council offered no details on the widening.', withheld)).toBeNull();
    expect(check('The council explained in detail how the road would be widened.', 'The council explained in great detail how the road would be widened.')).toBeNull();
  });

  it('reads neither "detailed" nor a detail of something else as detail given', () => {
    expect(check('The council detailed its plan to widen the coastal road.', withheld)).toBeNull();
    expect(check('Every detail of the widening was in the plan.', withheld)).toBeNull();
  });

  it('leaves a detail inside a quotation to the quote check', () => {
    expect(check('"We set it out in detail," the mayor said.', withheld)).toBeNull();
  });
});
