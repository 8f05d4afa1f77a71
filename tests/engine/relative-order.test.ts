import { describe, expect, it } from 'vitest';
import { story, storyEngine, summaries } from './helpers';
import { passage, type Passage } from '../../lib/compare/passage';
import { checkRelativeOrder } from '../../lib/compare/check-relative-order';
import { articleDays } from '../../lib/compare/article-days';

/** An outlet's sentence, with the days its (invented) article gives the things it dates. */
function outlet(text: string, article: string[]): Passage {
  const p = passage(text);
  const days = articleDays(article.map((s) => passage(s)));
  p.articleDay = (head) => days.get(head);
  return p;
}

const article = ['The mayor set out her flood plan in a planning memo on Thursday.', 'The Harbor Council answered in a report published on Wednesday.'];
const report = () => outlet(article[1]!, article);

describe('days an article gives the things it dates', () => {
  it('maps each dated thing to its first weekday', () => {
    expect([...articleDays(article.map((s) => passage(s)))]).toEqual([
      ['memo', 'thursday'],
      ['report', 'wednesday'],
    ]);
  });
});

describe('order told by a relative time against an outlet\'s days', () => {
  it('reports a page placing a thing after another that the outlet dates earlier', () => {
    const f = checkRelativeOrder(passage("A day after the mayor's memo, the Harbor Council answered with a report."), report());
    expect(f?.kind).toBe('sequence');
    expect(f?.summary).toBe('"day after the mayor\'s memo" vs "on Wednesday" (its memo: Thursday)');
  });

  it('finds nothing when the page tells the order the outlet\'s days give', () => {
    expect(checkRelativeOrder(passage("A day before the mayor's memo, the Harbor Council answered with a report."), report())).toBeNull();
  });

  it('needs the same party on both sides, and the thing the outlet dates named on the page', () => {
    expect(checkRelativeOrder(passage("A day after the mayor's memo, the Fishers Union answered with a report."), report())).toBeNull();
    expect(checkRelativeOrder(passage("A day after the mayor's memo, the Harbor Council held a vote."), report())).toBeNull();
  });

  it('leaves a day of the page\'s own that differs from the outlet\'s to the date check, and reads one that agrees', () => {
    expect(checkRelativeOrder(passage("On Friday, a day after the mayor's memo, the Harbor Council answered with a report."), report())).toBeNull();
    expect(checkRelativeOrder(passage("On Wednesday, a day after the mayor's memo, the Harbor Council answered with a report."), report())?.kind).toBe('sequence');
  });

  it('reads a relation against the outlet\'s opposite relation to the same party\'s thing ("after Anthropic\'s post" / "just before Anthropic\'s announcement")', () => {
    const before = passage("The Harbor Council's view, set out in a report published just before the Mayor's announcement, was plain.");
    expect(checkRelativeOrder(passage("A day after the Mayor's memo, the Harbor Council answered with a report."), before)?.summary).toBe('"day after" vs "just before"');
    // The same order, or another party's thing, or nothing placed named on both sides, is no contradiction.
    expect(checkRelativeOrder(passage("A day before the Mayor's memo, the Harbor Council answered with a report."), before)).toBeNull();
    expect(checkRelativeOrder(passage("A day after the Governor's memo, the Harbor Council answered with a report."), before)).toBeNull();
    expect(checkRelativeOrder(passage("A day after the Mayor's memo, the Harbor Council held a vote."), before)).toBeNull();
    // "A day later" follows the event of the sentence before.
    const later = passage('The Harbor Council answered a day later with a report.');
    later.previous = () => passage("The Mayor's memo set out the plan.");
    expect(checkRelativeOrder(later, before)?.kind).toBe('sequence');
  });

  it('takes a bare "a day later" with no possessive in the sentence before as following the event of the party the article is about', () => {
    const before = passage("The Harbor Council's view, set out in a report published just before the Mayor's announcement, was plain.");
    const later = (main: string | undefined) => {
      const p = passage('The Harbor Council answered a day later with a report of its own.');
      p.previous = () => passage('The plan would raise the walls by two metres.');
      p.mainOrganisation = () => main;
      return p;
    };
    expect(checkRelativeOrder(later('Mayor'), before)?.summary).toBe('"a day later" vs "just before"');
    // Another party's story, or none known, places nothing against the Mayor's announcement.
    expect(checkRelativeOrder(later('Governor'), before)).toBeNull();
    expect(checkRelativeOrder(later(undefined), before)).toBeNull();
    // A possessive in the sentence before still names what it follows.
    const afterGovernor = later('Mayor');
    afterGovernor.previous = () => passage("The Governor's memo set out the plan.");
    expect(checkRelativeOrder(afterGovernor, before)).toBeNull();
  });

  it('takes what "the next day" follows from the sentence before', () => {
    const before = passage('The mayor set out her flood plan in a memo.');
    const next = passage('The next day, the Harbor Council answered with a report.');
    next.previous = () => before;
    expect(checkRelativeOrder(next, report())?.summary).toBe('"The next day" vs "on Wednesday" (its memo: Thursday)');
    expect(checkRelativeOrder(passage('The next day, the Harbor Council answered with a report.'), report())).toBeNull();
  });
});

describe('relative order in the engine', () => {
  const A = story('a_gazette', [
    'The mayor of Portvale set out her plan for the harbour flood walls in a planning memo on Thursday.',
    'The Harbor Council took a different view in a report published on Wednesday, arguing that the walls should wait.',
    'The walls would cost the city forty million dollars over ten years.',
  ]);
  const B = story('b_post', [
    'Portvale\'s mayor has set out a plan for harbour flood walls.',
    'The walls would cost forty million dollars over ten years, the mayor said.',
  ]);
  const run = storyEngine([A, B]);

  it("reads the page's order against the days the outlet's article gives both things", () => {
    const page = [
      'The mayor of Portvale has a plan for harbour flood walls, set out in a memo.',
      "A day after the mayor's memo, the Harbor Council answered with a report arguing that the walls should wait.",
    ];
    expect(summaries(run(page), 'sequence', 'a_gazette')).toEqual(['"day after the mayor\'s memo" vs "on Wednesday" (its memo: Thursday)']);
  });
});
