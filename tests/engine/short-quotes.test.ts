import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkShortQuotes } from '../../lib/compare/check-short-quotes';

const check = (a: string, b: string) => checkShortQuotes(passage(a), passage(b));

describe('short quotations compared by their frame', () => {
  const a = 'The mayor said the plan would let the "most careless" landlords raise rents again next spring.';

  it('reports a short quotation worded differently in the same frame, marking both quotations', () => {
    const b = 'Critics warned the plan would let the "worst offending" landlords raise rents again.';
    const f = check(a, b);
    expect(f?.kind).toBe('quote');
    expect(f!.summary).toBe('"most careless" vs "worst offending"');
  });

  it('does not report the same quotation, or one in another frame', () => {
    expect(check(a, 'Tenants fear the plan would let the "most careless" landlords raise rents again.')).toBeNull();
    expect(check(a, 'A "fresh start" is what the council promised residents of the old district.')).toBeNull();
  });

  it('needs only the words right beside a quotation with one word swapped, however the sentence around it is worded', () => {
    const b = 'Critics said the scheme could allow the "most reckless" landlords to raise rents.';
    expect(check(a, b)?.summary).toBe('"most careless" vs "most reckless"');
    // Two words swapped, or one swapped with another word beside it, is not the same place.
    expect(check(a, 'Critics said the scheme could allow the "least reckless" landlords to raise rents.')).toBeNull();
    expect(check(a, 'Critics said the scheme could allow the "most reckless" tenants to raise rents.')).toBeNull();
  });

  it('reads a short quotation that is a longer one\'s opening or closing words but for one as the same quotation changed', () => {
    const long = 'The pause would give "harbour defences and flood research" time to catch up, the council said.';
    expect(check('The delay buys time for what the council calls "storm research".', long)?.summary).toBe('"storm research" vs "harbour defences and flood research"');
    expect(check(long, 'The delay buys time for what the council calls "storm research".')?.summary).toBe('"harbour defences and flood research" vs "storm research"');
    // The same closing words, or a changed word that is a function word, or no content word kept, is no change.
    expect(check('The delay buys time for what the council calls "flood research".', long)).toBeNull();
    expect(check('The council wants "harbour defences or" walls.', long)).toBeNull();
    expect(check('The council said "the storm" came early.', 'The council said "the harbour defences and flood" plan.')).toBeNull();
  });

  it('does not take a frame of function words alone as the same place', () => {
    expect(check('It was one of the "best years" for the town.', 'It was one of the "worst storms" for the harbour.')).toBeNull();
  });

  it('reads a quoted term of three words or more with one content word swapped as the same term quoted two ways, however it is framed', () => {
    expect(check('The engineers call it "tidal self-balancing."', 'It is a process known as "tidal self-regulation," the engineers said.')?.kind).toBe('quote');
    // Two words, or a swap of a function word, need the frame as before.
    expect(check('The engineers call it "tidal balancing."', 'It is a process known as "tidal regulation," the engineers said.')).toBeNull();
    expect(check('The engineers call it "the tidal barrier."', 'It is known as "a tidal barrier," the engineers said.')).toBeNull();
  });
});

describe('a single scare-quoted word', () => {
  it('is framed by two words on one side, one a content word ("a new kind of flood \'barrier\'" / "a new type of flood \'wall\'")', () => {
    const outlet = 'Engineers in Rotterdam showed how cheap sensors could be used to build a new type of flood "wall" able to rise as the tide comes in.';
    expect(check('A team in Rotterdam has shown sensors can build what they call a new kind of flood "barrier", one that lifts itself at high tide.', outlet)?.summary).toBe('"barrier" vs "wall"');
    // One frame word alone, or two small words, frame nothing.
    expect(check('A team in Rotterdam has shown sensors can build what they call a new "barrier", one that lifts itself at high tide.', outlet)).toBeNull();
    expect(check('It is a kind of "barrier" that lifts itself at high tide, the team said of the sensors in Rotterdam.', 'It is one of "wall" designs that rise as the tide comes in, engineers said of the sensors.')).toBeNull();
  });
});
