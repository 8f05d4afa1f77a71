import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkStatedCertainty } from '../../lib/compare/check-stated-certainty';

const check = (a: string, b: string) => checkStatedCertainty(passage(a), passage(b));
const hedged = 'The agency warned that the river could eventually breach the old levees during a spring flood.';

describe('certainty stated about a claim: one side calls it settled, the other hedges it', () => {
  it('reports "presents this not as a possibility but as a certainty" against "could eventually"', () => {
    const f = check('The agency presents a breach of the old levees not as a possibility but as a certainty.', hedged);
    expect(f?.kind).toBe('certainty');
    expect(f!.summary).toBe('"not as a possibility" vs "could eventually breach"');
  });

  it('reads "leaves no room for doubt", "a matter of when rather than whether" and "no hedging" as settling the claim', () => {
    expect(check('The agency leaves no room for doubt that the river will breach the old levees.', hedged)?.kind).toBe('certainty');
    expect(check('For the agency a breach of the old levees is a question of when rather than whether.', hedged)?.kind).toBe('certainty');
    expect(check('There is no hedging in the agency\'s warning about the old levees.', hedged)?.kind).toBe('certainty');
  });

  it('reads "a question of when, not if" and "how little hedging there is" as settling the claim', () => {
    expect(check('The agency presents a breach of the old levees as a question of when, not if.', hedged)?.kind).toBe('certainty');
    expect(check('What stands out is how little hedging the agency allows itself about the old levees.', hedged)?.kind).toBe('certainty');
    // "when" alone asks no question of certainty.
    expect(check('The agency said when the river could breach the old levees, not where.', hedged)).toBeNull();
  });

  it('reads "full stop" as settling the claim, but not "a full stop", a halt ("a brake rather than a full stop")', () => {
    expect(check('The agency says the river will breach the old levees during a spring flood, full stop.', hedged)?.kind).toBe('certainty');
    expect(check('The agency pitched the new levees as a brake on the river rather than a full stop to spring floods.', hedged)).toBeNull();
  });

  it('on a merely related pair, needs words of the claim on both sides', () => {
    const loose = (a: string, b: string) => checkStatedCertainty(passage(a), passage(b), 2);
    expect(loose('The agency does not hedge: it presents a breach of the old levees as a certainty.', hedged)?.kind).toBe('certainty');
    expect(loose('The agency does not hedge: it presents the ferry timetable as settled.', hedged)).toBeNull();
  });

  it('reports it from the other side too, the hedge on the page', () => {
    const f = check(hedged, 'The agency treats it as settled that the river will breach the old levees.');
    expect(f?.summary).toBe('"could eventually breach" vs "treats it as settled"');
  });

  it('does not fire when neither side hedges, when both call it settled, or on a phrase inside a quotation', () => {
    expect(check('The agency presents a breach of the old levees as a certainty.', 'The agency said the river will breach the old levees.')).toBeNull();
    expect(check('The agency presents a breach as a certainty.', 'Officials also treat a breach as a given, though it could come late.')).toBeNull();
    expect(check('The mayor called the agency\'s report "beyond doubt" on the levees.', hedged)).toBeNull();
  });
});
