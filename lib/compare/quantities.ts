/** Quantities: digits and number words with the unit after them ("six-month", "nearly a trillion dollars", "40%"). */

import type { Piece } from '../text/segment';
import { spokenYears } from '../text/temporal';

/** A quantity with its numeric value (years are dates, not quantities); a duration's value is in months. */
export interface Quantity extends Piece {
  value: number;
  duration: boolean;
  /** -1 for an upper bound ("nearly", "less than"), 1 for a lower bound ("more than", "at least"), else 0. */
  bound: -1 | 0 | 1;
  /** The currency the amount is in, as the stem of its name ("$700 billion" and "a trillion dollars": "dollar"), or null. */
  currency: string | null;
}

/**
 * A qualifier right before an amount that bounds it from above or below; the piece then starts with it. A
 * currency sign, with its country or not, may stand between them ("more than $1 trillion", "nearly US$1 trillion").
 */
/** A currency sign, with its country or not ("US$", "S$", "€"), or a currency's code as agencies and cables write it ("USD 1.5 trillion"). */
const SIGN_SRC = '(?:(?:US|A|C|S|HK|NZ)?[$€£¥]|(?:USD|CAD|AUD|NZD|HKD|SGD|EUR|GBP|JPY)\\s?)';
const CURRENCY = `(?:${SIGN_SRC})?`;
const BELOW = new RegExp(`\\b(?:nearly|near|almost|close to|just shy of|just under|less than|fewer than|under|up to|as much as|as high as|as many as|below)\\s+${CURRENCY}$`, 'i');
const ABOVE = new RegExp(`\\b(?:more than|over|at least|upwards of|above|in excess of|exceeding)\\s+${CURRENCY}$`, 'i');
/**
 * A qualifier that leaves the amount where it is ("roughly $400 billion", as speech has it "something like a trillion"):
 * part of the piece, not of its context.
 */
const ROUGHLY = new RegExp(
  `(?:\\b(?:about|around|roughly|approximately|some|an estimated|something like|somewhere (?:around|near)|in the (?:region|neighbou?rhood) of|on the order of)\\s+|~\\s*)${CURRENCY}$`,
  'i',
);
/**
 * A fraction of the scale word or unit of time after it ("a quarter of a trillion", "three quarters of a year"): the amount is that
 * part of it. Read in the words before "a trillion", so "a quarter" alone ("the first quarter") stays no amount.
 */
const FRACTION = /\b(a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(quarter|third|fifth|sixth|eighth|tenth)s?\s+of\s+$/i;
/** Parts of a whole a fraction's denominator names ("two-fifths" is two of them). */
const PARTS: Record<string, number> = { quarter: 4, third: 3, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };
/** "a third" or "two-fifths" before "of" as a share of one. */
const fractionValue = (f: RegExpExecArray) => (f[1]!.toLowerCase() === 'a' ? 1 : WORDS[f[1]!.toLowerCase()]!) / PARTS[f[2]!.toLowerCase()]!;

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Scale words as business news shortens them after digits ("$600bn", "$600 bln"). */
const SCALE_ABBR: Record<string, number> = { mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12 };
/** One letter for the scale, as posts and headlines write money ("$600B", "$1.2T", "£40M"): read only after a currency sign. */
const SCALE_LETTER: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
/** A currency sign right before an amount, and the name its amounts are written with in words. */
const SIGN = new RegExp(`${SIGN_SRC}$`);
const SIGN_NAME: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen', D: 'dollar', R: 'euro', P: 'pound', Y: 'yen' };
/** The currency a sign or code stands for, by its last character ("US$" and "USD" both end in the dollar's). */
const signName = (sign: string) => SIGN_NAME[sign.trimEnd().at(-1)!]!;
/** The currency named after an amount, with "of" or not ("a billion dollars", "billions of dollars"). */
const NAMED = /^[\s-]+(?:of\s+)?(dollar|euro|pound|yen)s?\b/i;
/** Units of a duration, in months, so "six months", "half a year" and "26 weeks" compare as one length of time. */
const DURATION: Record<string, number> = { hour: 1 / 720, day: 1 / 30, week: 7 / 30, month: 1, year: 12, decade: 120 };
/** Units of a duration as notes and headlines shorten them ("6 mths", "8 mos.", "2 yrs"), in months. */
const DURATION_ABBR: Record<string, number> = { mth: 1, mo: 1, mos: 1, yr: 12, wk: 7 / 30, hr: 1 / 720 };

/** Cheap pre-test for any digit or number word, or "a"/"an" before a unit of time ("a full year"). */
const MAYBE_NUMBER = new RegExp(
  `\\d|\\b(${[...Object.keys(WORDS), ...Object.keys(SCALE)].join('|')})\\b|\\ban?[\\s-]+(?:(?:full|whole)[\\s-]+)?(${Object.keys(DURATION).join('|')})`,
  'i',
);

/** Currency codes a figure may be written against with no space ("USD1.5 trillion", as ratings and filings write it). */
const CODE_BEFORE = '(?<=(?:USD|CAD|AUD|NZD|HKD|SGD|EUR|GBP|JPY))';

const RE = new RegExp(
  `(?:\\b|${CODE_BEFORE}(?=\\d))(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(${Object.keys(WORDS).join('|')})(?![a-z])|(an|a))(?:(?:[\\s-]+an?)?[\\s-]+(${Object.keys(SCALE).join('|')})|(?<=\\d)\\s?(${Object.keys(SCALE_ABBR).join('|')})\\b|(?<=\\d)([kmbt])\\b)?` +
    // A unit of time after the number makes it a duration ("six-month", "half a year", "a full year");
    // "-long" belongs to the length of time it closes ("a year-long pause"), not to its context.
    `(?:(%|\\s*percent)|[\\s-]+(?:an?[\\s-]+)?(?:(?:full|whole)[\\s-]+)?(${[...Object.keys(DURATION), ...Object.keys(DURATION_ABBR)].join('|')})s?\\b(?:-long\\b)?)?`,
  'gi',
);

/** " and a half" right after an amount with its scale or unit ("a trillion and a half"). */
const AND_A_HALF = /^\s+and\s+a\s+half\b/i;
/** A whole number before "and a half" ("two and a half", "1 and a half"), read in the words before "half". */
const WHOLE_BEFORE = new RegExp(`\\b(\\d+|${Object.keys(WORDS).filter((w) => w !== 'half' && w !== 'hundred' && w !== 'dozen').join('|')}|an?)\\s+and\\s+an?\\s+$`, 'i');
/** What follows a whole number that "and a half" and a scale or unit complete ("two and a half trillion", "six and a half months"). */
const HALF_AHEAD = new RegExp(`^\\s+and\\s+a\\s+half[\\s-]+(?:${[...Object.keys(SCALE), ...Object.keys(DURATION)].join('|')})`, 'i');
const wholeNumber = (w: string): number => (/^\d/.test(w) ? parseFloat(w) : /^an?$/i.test(w) ? 1 : WORDS[w.toLowerCase()]!);

/** Quantities in a normalised sentence; bare "a"/"an" count only before a scale word ("a trillion") or a unit of time ("a year"). */
export function quantities(norm: string): Quantity[] {
  const out: Quantity[] = [];
  if (!MAYBE_NUMBER.test(norm)) return out;
  const years = spokenYears(norm);
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(norm))) {
    if (years.some((y) => m!.index >= y.start && m!.index < y.end)) continue;
    const [whole, digits, word, article, scaleWord, abbr, letter, , unit] = m;
    const lead = norm.slice(Math.max(0, m.index - 16), m.index);
    const sign = SIGN.exec(lead);
    // "5m" without a currency sign is as likely metres or a model's name: the letter is then no scale of it.
    const scaleLetter = letter && sign ? letter : undefined;
    const all = letter && !sign ? whole.slice(0, -letter.length) : whole;
    const scale = scaleWord ?? abbr ?? scaleLetter;
    if (article && !scale && !unit) continue;
    if (digits && /^(19|20)\d{2}$/.test(digits) && !scale && !unit) continue;
    // "one" and "half" alone are mostly not amounts ("one of the labs"); "one year" and "half a year" are.
    // "three" of "three quarters of a trillion" is part of the fraction, read with its scale below.
    if (word && !scale && !unit && /^[\s-]+(?:quarter|third|fifth|sixth|eighth|tenth)s\s+of\b/i.test(norm.slice(m.index + all.length, m.index + all.length + 16))) continue;
    const after = norm.slice(m.index + all.length, m.index + all.length + 40);
    // "two and a half trillion": the whole number is read with the half that follows it, below.
    if ((digits || word) && !scale && !unit && HALF_AHEAD.test(after)) continue;
    if (!unit && !scale && (word?.toLowerCase() === 'one' || word?.toLowerCase() === 'half')) continue;
    let value = digits ? parseFloat(digits.replace(/,/g, '')) : word ? WORDS[word.toLowerCase()]! : 1;
    // "one and a half trillion" / "a trillion and a half": the whole number and a half of the scale or unit.
    const wholeBefore = word?.toLowerCase() === 'half' ? WHOLE_BEFORE.exec(norm.slice(Math.max(0, m.index - 24), m.index)) : null;
    const halfAfter = (scale || unit) && !wholeBefore && word?.toLowerCase() !== 'half' ? AND_A_HALF.exec(after) : null;
    if (wholeBefore) value = wholeNumber(wholeBefore[1]!) + 0.5;
    else if (halfAfter) value += 0.5;
    if (scale) value *= SCALE[scale.toLowerCase()] ?? SCALE_ABBR[scale.toLowerCase()] ?? SCALE_LETTER[scale.toLowerCase()]!;
    if (unit) value *= DURATION[unit.toLowerCase()] ?? DURATION_ABBR[unit.toLowerCase()]!;
    const fraction = article && (scaleWord || unit) ? FRACTION.exec(norm.slice(Math.max(0, m.index - 24), m.index)) : null;
    if (fraction) value *= fractionValue(fraction);
    const at = fraction ? m.index - (Math.min(24, m.index) - fraction.index) : wholeBefore ? m.index - (Math.min(24, m.index) - wholeBefore.index) : m.index;
    const end = m.index + all.length + (halfAfter ? halfAfter[0].length : 0);
    // Wide enough for the longest qualifier ("in the neighbourhood of US$").
    const before = norm.slice(Math.max(0, at - 28), at);
    const below = BELOW.exec(before);
    const above = below ? null : ABOVE.exec(before);
    const q = below ?? above ?? ROUGHLY.exec(before);
    const start = q ? at - (before.length - q.index) : sign ? m.index - sign[0].length : at;
    const bound = below ? -1 : above ? 1 : 0;
    const named = unit ? null : NAMED.exec(norm.slice(end, end + 12));
    const currency = sign ? signName(sign[0]) : named ? named[1]!.toLowerCase() : null;
    out.push({ text: norm.slice(start, end), start, end, value, duration: !!unit, bound, currency });
  }
  return out;
}
