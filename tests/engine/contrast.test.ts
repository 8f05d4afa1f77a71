import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkContrast } from '../../lib/compare/check-contrast';

const check = (a: string, b: string) => checkContrast(passage(a), passage(b));

describe('contrast: the same two things in opposite roles', () => {
  const base = 'The union said local councils, not private landlords, must decide how rents rise.';

  it('reports the roles swapped, however the contrast is written', () => {
    const f = check('The union said private landlords, rather than local councils, must decide how rents rise.', base);
    expect(f?.kind).toBe('negation');
    expect(f!.summary).toBe('"private landlords, rather than local councils" vs "local councils, not private landlords"');
    expect(check('The union wants private landlords instead of local councils to decide how rents rise.', base)?.kind).toBe('negation');
  });

  it('does not report the same contrast in other words, or a plain negation', () => {
    expect(check('The union said local councils, rather than private landlords, must decide how rents rise.', base)).toBeNull();
    expect(check('The union said private landlords must not decide how rents rise.', base)).toBeNull();
  });
});
