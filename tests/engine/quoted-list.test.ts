import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkQuotedList } from '../../lib/compare/check-quoted-list';

const check = (a: string, b: string) => checkQuotedList(passage(a), passage(b));

describe('a list the page quotes against the same list in an outlet\'s own words', () => {
  const told = 'The council said rents should not be set by any single landlord, agency, or housing trust.';

  it('reports the one item each side alone gives, as a quotation changed', () => {
    const f = check('The council said rents "should not be set by any one landlord, agency, or court."', told);
    expect(f?.kind).toBe('quote');
    expect(f!.summary).toBe('"court" vs "housing trust"');
  });

  it('reads no list in a block quotation ("> …", an excerpt or a forwarded text) as quoted', () => {
    expect(check('> The council said rents should not be set by any one landlord, agency, or court.', told)).toBeNull();
  });

  it('reads lists joined by "and" and items of several words', () => {
    const f = check('Officials listed "schools, public libraries and fire stations" as sites at risk.', 'Officials said schools, public libraries and bus depots were sites at risk.');
    expect(f?.summary).toBe('"fire stations" vs "bus depots"');
  });

  it('finds nothing when the lists agree, item for item, however each item is worded', () => {
    expect(check('The council said rents "should not be set by any one landlord, agency, or housing trust."', told)).toBeNull();
    // A shortened item is the same item ("lab" for "laboratory"), and a longer one sharing a word is the same item told longer.
    expect(check('It said "no laboratory, landlord, or trust" should decide.', 'It said no lab, landlord, or housing trust should decide.')).toBeNull();
  });

  it('needs the other items shared to tie the lists, and one item different on each side', () => {
    expect(check('The council said rents "should not be set by any one tenant, court, or mayor."', told)).toBeNull();
    expect(check('The council said rents "should not be set by any landlord, agency, court, or mayor."', told)).toBeNull();
  });

  it('leaves two quotations to the quote check, and a page\'s own wording of an outlet\'s quotation alone', () => {
    const quoted = 'The council said rents "should not be set by any single landlord, agency, or housing trust."';
    expect(check('The council said rents "should not be set by any one landlord, agency, or court."', quoted)).toBeNull();
    expect(check('The council said rents should not be set by any one landlord, firm, or housing trust.', quoted)).toBeNull();
  });
});
