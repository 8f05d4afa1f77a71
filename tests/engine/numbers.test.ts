import { describe, expect, it } from 'vitest';
import { quantities } from '../../lib/compare/quantities';
import { checkNumbers, numberAlong } from '../../lib/compare/check-numbers';
import { passage } from '../../lib/compare/passage';

const read = (s: string) => quantities(s).map((q) => [q.text, Math.round(q.value * 1000) / 1000, q.duration]);
const check = (a: string, b: string) => checkNumbers(passage(a), passage(b), 1);

describe('quantities', () => {
  it('reads amounts with their scale, and leaves years and a lone "one" or "half" alone', () => {
    expect(read('The deal was worth nearly a trillion dollars, or 40% more.')).toEqual([['nearly a trillion', 1e12, false], ['40%', 40, false]]);
    expect(read('In 2023 one of the firms sold half its stake.')).toEqual([]);
  });

  it('reads money as posts write it ("~$600B", "$1.2T") and a fraction of a scale ("a quarter of a trillion")', () => {
    expect(read('an IPO could value it at ~$600B.')).toEqual([['~$600B', 6e11, false]]);
    expect(read('priced at $1.2T')).toEqual([['$1.2T', 1.2e12, false]]);
    // Without a currency sign a letter is no scale: "5m" may be metres.
    expect(read('a 5m rope')).toEqual([['5', 5, false]]);
    expect(read('value it at a quarter of a trillion dollars')).toEqual([['a quarter of a trillion', 2.5e11, false]]);
    expect(read('nearly three quarters of a trillion')).toEqual([['nearly three quarters of a trillion', 7.5e11, false]]);
    expect(read('In the first quarter, three quarters of the staff left.')).toEqual([]);
    // Any count of fifths, sixths, eighths or tenths: "two-fifths of a trillion" is 400 billion.
    expect(read('about two-fifths of a trillion dollars')).toEqual([['about two-fifths of a trillion', 4e11, false]]);
    expect(read('one eighth of a billion')).toEqual([['one eighth of a billion', 1.25e8, false]]);
    expect(read('Two-fifths of the staff left.')).toEqual([]);
  });

  it('reads a length of time in months, however it is written', () => {
    expect(read('a six-month halt')).toEqual([['six-month', 6, true]]);
    expect(read('for half a year')).toEqual([['half a year', 6, true]]);
    expect(read('for a full year')).toEqual([['a full year', 12, true]]);
    expect(read('after 26 weeks')).toEqual([['26 weeks', 6.067, true]]);
    expect(read('an hour later')).toEqual([['an hour', 0.001, true]]);
    // "-long" is part of the length, not a word of its context.
    expect(read('a year-long halt')).toEqual([['a year-long', 12, true]]);
    // A fraction of a year is that part of it.
    expect(read('a halt for a quarter of a year')).toEqual([['a quarter of a year', 3, true]]);
    expect(read('three quarters of a year later')).toEqual([['three quarters of a year', 9, true]]);
  });

  it('counts two lengths of time as measuring one thing, as two sums of money are in one currency, on a loosely similar pair', () => {
    const outlet = passage('In 2019 the riders\' union backed a campaign by the harbour trust to halt the fare rise for six months so reviews could be held.');
    // "stop" and "halt" are the one word the two share around the lengths; the lengths themselves are the second.
    const related = (x: string, y: string) => [x, y].sort().join(' ') === 'halt stop';
    const page = passage('In 2019, the harbour trust asked for the fare rise to stop for 18 months.');
    page.related = related;
    expect(checkNumbers(page, outlet, 2)?.summary).toBe('"18 months" vs "six months"');
    // Two counts share no such measure: one word in common is not enough there.
    const counts = passage('In 2019, the harbour trust asked for the fare rise to stop at 18 stations.');
    counts.related = related;
    expect(checkNumbers(counts, passage('In 2019 the riders\' union backed a campaign by the harbour trust to halt the fare rise on six routes so reviews could be held.'), 2)).toBeNull();
  });

  it('reads "and a half" with the whole number before it or the scale or unit it follows', () => {
    expect(read('a stake worth a trillion and a half dollars')).toEqual([['a trillion and a half', 1.5e12, false]]);
    expect(read('a stake worth one and a half trillion dollars')).toEqual([['one and a half trillion', 1.5e12, false]]);
    expect(read('two and a half million people')).toEqual([['two and a half million', 2.5e6, false]]);
    expect(read('a halt of six and a half months')).toEqual([['six and a half months', 6.5, true]]);
    expect(read('for a year and a half')).toEqual([['a year and a half', 18, true]]);
    // The currency named after the half belongs to the amount.
    expect(quantities('worth a billion and a half dollars')[0]?.currency).toBe('dollar');
    // A half of something else is no part of an amount.
    expect(read('two of them, and a half-built plant')).toEqual([['two', 2, false]]);
  });

  it('finds a trillion and a half against nearly a trillion', () => {
    expect(check('An IPO could value the lab at a trillion and a half dollars.', 'An IPO could value the lab at nearly a trillion dollars.')?.kind).toBe('number');
  });
});

describe('number divergences', () => {
  const base = 'The council backed a six-month moratorium on new drilling permits.';

  it('reports a different length of time for the same thing', () => {
    const f = check(base, 'The council backed a moratorium lasting a full year on new drilling permits.');
    expect(f?.kind).toBe('number');
    expect(f!.summary).toMatch(/six-month.*a full year/);
  });

  it('reads the context of a length written with "-long" from the words beyond it ("a year-long pause in drilling")', () => {
    expect(check('The council called for a year-long pause in UK drilling.', 'The mayor backed a push to halt UK drilling for six months to allow time for checks.')?.kind).toBe('number');
  });

  it('does not report the same length of time written another way', () => {
    expect(check(base, 'The council backed a moratorium lasting half a year on new drilling permits.')).toBeNull();
    expect(check(base, 'The council backed a moratorium of six months on new drilling permits.')).toBeNull();
  });

  it('reports an amount bounded from opposite sides ("nearly" vs "more than"), not one merely hedged', () => {
    const nearly = 'Analysts said the merger could value the group at nearly a billion dollars.';
    expect(check(nearly, 'Analysts said the merger could value the group at more than a billion dollars.')?.summary).toBe('"nearly a billion" vs "more than a billion"');
    expect(check(nearly, 'Analysts said the merger could value the group at about a billion dollars.')).toBeNull();
    expect(check(nearly, 'Analysts said the merger could value the group at a billion dollars.')).toBeNull();
  });

  it('reads the bound across a currency sign ("more than $1 billion")', () => {
    expect(read('a stake worth more than $1 billion')).toEqual([['more than $1 billion', 1e9, false]]);
    const nearly = 'Analysts said the merger could value the group at nearly a billion dollars.';
    expect(check(nearly, 'Analysts said the merger could value the group at more than $1 billion.')?.summary).toBe('"nearly a billion" vs "more than $1 billion"');
    expect(check(nearly, 'Analysts said the merger could value the group at $1 billion.')).toBeNull();
  });

  it('reads a currency written with its country ("US$", "S$") and keeps "roughly" or "around" with the amount, out of its context', () => {
    expect(read('a stake worth more than US$1 billion')).toEqual([['more than US$1 billion', 1e9, false]]);
    expect(read('an offer of around S$966 million')).toEqual([['around S$966 million', 966e6, false]]);
    const nearly = 'The listing could value the port operator at nearly a billion dollars.';
    const roughly = 'Both firms are preparing listings, and one could value the operator at roughly US$400 million.';
    expect(check(roughly, nearly)?.summary).toBe('"roughly US$400 million" vs "nearly a billion"');
  });

  it('reads a currency code before the amount ("USD 1.5 trillion", "EUR 900bn") as its currency sign', () => {
    expect(read('a flotation could value the operator at around USD 1.5 trillion')).toEqual([['around USD 1.5 trillion', 1.5e12, false]]);
    expect(quantities('nearly EUR 900bn').map((q) => [q.text, q.currency])).toEqual([['nearly EUR 900bn', 'euro']]);
    const nearly = 'The listing could value the port operator at nearly a billion dollars.';
    expect(check('Both firms are preparing listings, and one could value the operator at around USD 1.5 billion.', nearly)?.summary).toBe('"around USD 1.5 billion" vs "nearly a billion"');
  });

  it('reads "one" before a scale as an amount ("one billion"), and a currency named after "of" ("one billion of dollars")', () => {
    expect(read('a sale could value the ferry firm at almost one billion of dollars')).toEqual([['almost one billion', 1e9, false]]);
    expect(quantities('almost one billion of dollars').map((q) => q.currency)).toEqual(['dollar']);
    // "one" alone is still no amount ("one of the firms").
    expect(read('one of the firms sold a stake')).toEqual([]);
    expect(check('A sale could value the ferry firm at almost one billion of dollars.', 'A sale could value the ferry firm at nearly a trillion dollars.')?.summary).toBe('"almost one billion" vs "nearly a trillion"');
  });

  it('reads no count in a year written out ("two thousand twenty-two")', () => {
    expect(read('Back in two thousand twenty-two, the trust sought a six-month halt.')).toEqual([['six-month', 6, true]]);
  });

  it('reads a length of time in the units notes shorten ("8 mos.", "6 mths", "2 yrs")', () => {
    expect(read('a halt of 8 mos., then 6 mths, then 2 yrs')).toEqual([['8 mos', 8, true], ['6 mths', 6, true], ['2 yrs', 24, true]]);
    expect(check('The trust sought a halt to the works for 8 mos. to let the surveys finish.', 'The trust sought a six-month halt to the works to let the surveys finish.')?.summary).toBe('"8 mos" vs "six-month"');
  });

  it('keeps a spoken approximation ("something like", "in the region of") with the amount, out of its context', () => {
    expect(read('a sale could fetch something like a billion and a half dollars')).toEqual([['something like a billion and a half', 1.5e9, false]]);
    expect(read('worth in the neighbourhood of US$40 million, or somewhere around fifty million')).toEqual([
      ['in the neighbourhood of US$40 million', 4e7, false],
      ['somewhere around fifty million', 5e7, false],
    ]);
    // Two context words only once the approximation is no context of its own: "listing", "value" and the currency.
    const spoken = 'and then a listing could value the ferry firm at something like a billion and a half dollars, so who knows';
    const written = 'A listing could value the ferry firm at nearly a billion dollars.';
    expect(checkNumbers(passage(spoken), passage(written), 2)?.summary).toBe('"something like a billion and a half" vs "nearly a billion"');
  });

  it('reads "as much as" as an upper bound, business shorthand for a scale ("$600bn", "$600 bln"), and the currency sign with the amount', () => {
    expect(read('a listing could value it at as much as $1.5 trillion')).toEqual([['as much as $1.5 trillion', 1.5e12, false]]);
    expect(read('valued at $600bn, or about $600 bln')).toEqual([['$600bn', 6e11, false], ['about $600 bln', 6e11, false]]);
    expect(quantities('worth $5 billion or five billion dollars, not five billion euros').map((q) => q.currency)).toEqual(['dollar', 'dollar', 'euro']);
  });

  it('counts a shared currency as shared context: "$700 million" and "a billion dollars" are both in dollars', () => {
    const sign = 'The port authority said a sale could value the operator at around US$700 million.';
    const related = (word: string) => checkNumbers(passage(sign), passage(`Bankers expect a listing to value it at nearly a billion ${word}.`), 2);
    expect(related('dollars')?.summary).toBe('"around US$700 million" vs "nearly a billion"');
    // Another currency ties nothing; "value" alone is not enough for sentences only loosely alike.
    expect(related('euros')).toBeNull();
  });

  it('does not compare a length of time with a count', () => {
    expect(check(base, 'The council backed six moratoriums on new drilling permits.')).toBeNull();
  });

  it('reads a count against one of the same thing ("two portable flood pumps" / "a portable flood pump"), from either side', () => {
    const two = 'Crews drained the tunnel overnight with two portable flood pumps borrowed from the port.';
    const one = 'Crews drained the tunnel overnight with a portable flood pump borrowed from the port.';
    expect(check(two, one)?.summary).toBe('"two portable flood pumps" vs "a portable flood pump"');
    expect(check(one, two)?.summary).toBe('"a portable flood pump" vs "two portable flood pumps"');
    // Not one of another thing, nor the same noun named otherwise.
    expect(check(two, 'Crews drained the tunnel overnight with a diesel generator borrowed from the port.')).toBeNull();
    expect(check(two, 'Crews drained the tunnel overnight with a pump borrowed from the port.')).toBeNull();
  });
});

describe("an amount carried to another outlet's version of the point", () => {
  const page = passage('Bankers said a listing could value the ferry operator at roughly $400 million.');
  const first = passage('A listing could value the ferry operator at nearly a billion dollars.');
  const found = () => checkNumbers(page, first, 1)!;

  it("reports the page's amount against a version that states the first outlet's amount, in other words", () => {
    const f = numberAlong(page, found(), passage('The operator is racing to sell shares in a listing that could value it at nearly a billion dollars, its chairman said.'));
    expect(f?.kind).toBe('number');
    expect(f?.summary).toBe('"roughly $400 million" vs "nearly a billion"');
  });

  it('does not report a version with another amount, the page\'s own amount, or the amount of something unrelated', () => {
    expect(numberAlong(page, found(), passage('A listing could value the operator at more than a billion dollars.'))).toBeNull();
    expect(numberAlong(page, found(), passage('A listing could value the operator at nearly a billion dollars, up from $400 million.'))).toBeNull();
    expect(numberAlong(page, found(), passage('The harbour works will cost nearly a billion, the mayor said.'))).toBeNull();
  });
});

describe('numbers written as words past twelve', () => {
  it('reads "eighteen-month" as eighteen months, not "eight", against "six-month"', () => {
    expect(quantities('It called for an eighteen-month halt.').map((q) => q.text)).toEqual(['eighteen-month']);
    expect(checkNumbers(passage('The council called for an eighteen-month halt to the works.'), passage('The council urged a six-month halt to the works.'), 1)?.summary).toBe('"eighteen-month" vs "six-month"');
    expect(quantities('Some ninety towns signed.').map((q) => q.text)).toEqual(['Some ninety']);
  });
});

describe('numbers: a currency code written against the figure', () => {
  it('reads "USD1.5 trillion" as one and a half trillion dollars, not five trillion', () => {
    const [q] = quantities('the harbour fund could be worth roughly USD1.5 trillion by then.');
    expect(q?.value).toBe(1.5e12);
    expect(q?.currency).toBe('dollar');
    expect(quantities('a EUR2bn bond')[0]?.value).toBe(2e9);
  });

  it('still reads no figure inside a word that only ends like a code ("GPT4" is a name)', () => {
    expect(quantities('the GPT4 model')).toEqual([]);
  });
});
