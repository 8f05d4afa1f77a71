/**
 * Omissions: a value one side gives and the other leaves out ("Thursday" vs no day for the blog post). The
 * silence is about the omitting article as a whole, so it counts only where that article never gives the
 * value, and is shown once per outlet and value, at its strongest pair, however often the thing is named.
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Finding } from './finding';
import { WEEKDAY_WORD } from '../text/temporal';
import { lowerParagraphs } from './doc-text';

/**
 * Whether the omitting article gives that value for the thing after all, or another day where it names the
 * same thing: that other day, not the silence, is the divergence (paragraphs in lower case).
 */
function statesElsewhere(f: Finding, page: string[], other: string[]): boolean {
  const v = f.omitted!.toLowerCase().replace(/^(on|this|last|next)\s+/, '');
  const pageDates = f.a.some((p) => p.text.toLowerCase().includes(v));
  const omitter = pageDates ? other : page;
  const head = /([a-z]+)\W*$/.exec((pageDates ? f.b : f.a)[0]?.text.toLowerCase() ?? '')?.[1];
  // The value given anywhere fills the silence ("Anthropic on Thursday proposed…"), unless each time it dates
  // another thing ("a report published Wednesday", where the post goes undated).
  if (omitter.some((p) => givenFor(p, v, head))) return true;
  return !!head && (WEEKDAY_WORD.test(v) || CALENDAR_DAY.test(v) || RELATIVE_DAY.test(v)) && omitter.some((p) => p.includes(head) && (WEEKDAY_WORD.test(p) || CALENDAR_DAY.test(p)));
}

/** A day of a month ("14 may 2026", "may 14"): a day, as a weekday is, that the omitter may give as its weekday. */
const CALENDAR_DAY = /\b\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b/;

/** A day counted from the writing ("two days ago", "yesterday"): a day, as a weekday is, that the omitter may give by its name. */
const RELATIVE_DAY = /\b(?:(?:a|one|two|three|four|five|six|\d)\s+days?\s+ago|yesterday|the day before yesterday)\b/;

/** "a report published" / "OpenAI's report, released" right before a value: the noun it dates. */
const DATED_NOUN = /\b(?:a|an|the|its|their|his|her|[a-z]+'s)\s+(?:[a-z-]+\s+)?([a-z]+),?\s+(?:(?:[a-z]{3,}ed|written|sent|held|made|set)\s+)?(?:on\s+|last\s+|this\s+)?$/;

/** Whether a paragraph gives value v other than as the date of a thing other than `head`. */
function givenFor(p: string, v: string, head: string | undefined): boolean {
  for (let at = p.indexOf(v); at >= 0; at = p.indexOf(v, at + 1)) {
    const noun = DATED_NOUN.exec(p.slice(Math.max(0, at - 60), at))?.[1];
    if (!head || !noun || noun === head) return true;
  }
  return false;
}

/** The omissions of one page's analysis. */
export class Omissions {
  /** Per outlet and value, where its divergence stands in the output and how strong it is. */
  private listed = new Map<string, { at: number; score: number }>();

  constructor(
    /** The page's paragraphs in lower case (made when first asked for). */
    private readonly lowerPage: () => string[],
    private readonly ix: CorpusIndex,
  ) {}

  /** False for an omission the omitting article contradicts by giving the value elsewhere. */
  stands(f: Finding, doc: number): boolean {
    return !statesElsewhere(f, this.lowerPage(), lowerParagraphs(this.ix, doc));
  }

  /**
   * Where an omission's divergence goes in an output of `length` items: `length` for the first of its outlet
   * and value, the earlier one's place when this one is stronger, or -1 (drop it).
   */
  place(f: Finding, doc: number, score: number, length: number): number {
    const key = `${doc} ${f.omitted!.toLowerCase()}`;
    const had = this.listed.get(key);
    if (had && had.score >= score) return -1;
    const at = had ? had.at : length;
    this.listed.set(key, { at, score });
    return at;
  }
}
