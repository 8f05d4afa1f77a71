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

describe('contrast: a thing the page sets aside that the other side states', () => {
  const stated = 'The pump was designed using open-source firmware that any engineer can download.';

  it('reports "rather than" or ", not" setting aside what the other side says was used, on a pair on one point', () => {
    const f = checkContrast(passage('The pump was designed on a closed, commercial controller rather than open-source firmware.'), passage(stated), 1);
    expect(f?.kind).toBe('negation');
    expect(checkContrast(passage('The pump ran on a closed controller, not some open-source firmware.'), passage(stated), 1)?.kind).toBe('negation');
  });

  it('asks two words of the thing on a merely related pair, leaves "not just" and documents alone, and says nothing without being asked', () => {
    expect(checkContrast(passage('The pump ran on a closed controller rather than firmware.'), passage(stated), 2)).toBeNull();
    expect(checkContrast(passage('The pump ran on a closed controller rather than open-source firmware.'), passage(stated), 2)?.kind).toBe('negation');
    expect(checkContrast(passage('Every device is at risk, not just the open-source firmware.'), passage(stated), 1)).toBeNull();
    expect(checkContrast(passage('The warning came in the report, not in the blog post.'), passage('The warning appeared in a blog post on Thursday.'), 2)).toBeNull();
    // Nor a kind of text set aside in the plural ("read the filings, not the blog posts").
    expect(checkContrast(passage('So read the prospectuses, not the blog posts.'), passage('The warning appeared in a blog post on Thursday.'), 2)).toBeNull();
    expect(checkContrast(passage('The pump ran on a closed controller rather than open-source firmware.'), passage(stated))).toBeNull();
    // The other side naming what the page keeps as well chooses nothing.
    expect(checkContrast(passage('The pump ran on a closed controller rather than open-source firmware.'), passage('The pump used a closed controller and open-source firmware.'), 1)).toBeNull();
  });
});
