import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkCertainty } from '../../lib/compare/check-modality';

const check = (a: string, b: string) => checkCertainty(passage(a), passage(b));

describe('certainty: the same claim hedged on one side and firm on the other', () => {
  it('ties the two modals through words of one family ("soon" / "sooner")', () => {
    const f = check('Engineers said the repaired span will open sooner than planned.', 'Engineers said the repaired span could open soon.');
    expect(f?.summary).toBe('"will open sooner" vs "could open soon"');
  });

  it('ties them over the rest of the clause when a rewording moves the verb', () => {
    const f = check(
      'Officials warned that the plants will soon reach full automation, the ability to run and repair themselves.',
      'Officials warned that the plants could eventually run and repair themselves, a stage known as full automation.',
    );
    expect(f?.kind).toBe('certainty');
  });

  it('does not report a claim the other side hedges alike, beside another modal', () => {
    expect(
      check(
        'The accord would let inspectors confirm that "a rival could rebuild the plant in secret."',
        'The accord would make sure that "a rival could not rebuild the plant in secret."',
      ),
    ).toBeNull();
  });

  it('does not tie modals that govern different claims', () => {
    expect(check('The council will vote on the budget in March.', 'Residents could see higher water bills next year.')).toBeNull();
  });
});
