import { describe, expect, it } from 'vitest';
import { CAPTION, HEADING, LEADIN, isHeading, paragraphFlags } from '../../lib/corpus/boilerplate';

describe('headings and lead-ins', () => {
  it('reads a sentence-case line ending in a colon as a lead-in that reports, not a heading', () => {
    expect(isHeading('The regulator set out three conditions:')).toBe(false);
    expect(isHeading('Google takes a different view, saying that:')).toBe(false);
    const flags = paragraphFlags(['Google takes a different view, saying that:', '- Rules should come from elected governments']);
    expect(flags[0]! & HEADING).toBe(0);
    expect(flags[0]! & LEADIN).toBe(LEADIN);
  });

  it('reads a sentence-case headline with no closing punctuation, and a short question, as headings', () => {
    expect(isHeading('Council calls on harbour towns to agree a shared plan for flood barriers')).toBe(true);
    expect(isHeading('How would a shared barrier even work?')).toBe(true);
    expect(isHeading('HOST: And what does the ministry make of all this?')).toBe(true);
    // Not a list item, a sentence, or a longer question.
    expect(isHeading('• Towns would share the cost of the barriers along the coast')).toBe(false);
    expect(isHeading('The council called on harbour towns to agree a shared plan for flood barriers.')).toBe(false);
    expect(isHeading('Why would towns that never flood agree to share the cost of barriers built far along the coast?')).toBe(false);
  });

  it('reads a line led by a clock time as a feed entry that reports, unless it is as short as a heading', () => {
    expect(isHeading('4:48 PM — The engineer says the flood barriers will close only for the biggest storms')).toBe(false);
    expect(isHeading('[12:05] The engineer says the flood barriers will close only for the biggest storms')).toBe(false);
    expect(isHeading('4:48 PM — Barriers close on the coast')).toBe(true);
    // Without the time, the same line is a headline.
    expect(isHeading('The engineer says the flood barriers will close only for the biggest storms')).toBe(true);
  });

  it('reads a first line with no closing punctuation as the headline, however long', () => {
    const headline = 'Live updates: the council wants harbour towns ready to close the barriers together, while the ministry says that decision belongs to it';
    const body = 'The council met on Tuesday and agreed to ask the ministry for money to build the barriers along the coast.';
    expect(paragraphFlags([headline, body])[0]! & HEADING).toBe(HEADING);
    // Only the first line: a long unpunctuated line further down is left as it is.
    expect(paragraphFlags([body, headline])[1]! & HEADING).toBe(0);
  });

  it('still reads short title-case lines as headings, with or without a colon', () => {
    expect(isHeading('Key Details')).toBe(true);
    expect(isHeading('What Happens Next:')).toBe(true);
    expect(isHeading('Why It Matters')).toBe(true);
  });

  it('reads a feed of unpunctuated items (a TV crawl) as items that report, while a page with a few headlines keeps them', () => {
    const crawl = [
      'Harbour council in Tuesday vote backs shared plan for flood barriers along the coast',
      'Storm watch for four counties until nine tonight with gusts to sixty miles an hour',
      'Council plan drawn up by engineering chief Ana Ruiz and deputy mayor Tom Field',
      'Harbour towns would share the cost of the barriers by population under the plan',
      'Rail line south of the river closed after a landslip near the old quarry road',
      'Mayor says the first barriers could be in place before the winter storms arrive',
    ];
    // The first line stays the headline, as on any page.
    expect(paragraphFlags(crawl).map((f) => f & HEADING)).toEqual([HEADING, 0, 0, 0, 0, 0]);
    const article = [
      'Harbour council backs shared plan for flood barriers',
      'The harbour council voted on Tuesday to back a shared plan for flood barriers along the coast.',
      'Council plan drawn up by engineering chief Ana Ruiz and deputy mayor Tom Field',
      'The plan was drawn up by the engineering chief, Ana Ruiz, and the deputy mayor, Tom Field.',
      'Harbour towns would share the cost of the barriers by population, the plan says.',
      'The mayor said the first barriers could be in place before the winter storms arrive.',
    ];
    expect(paragraphFlags(article)[2]! & HEADING).toBe(HEADING);
  });

  it('reads a reference list\'s entry ("[2] Tidewatch, policy report, accessed May 15, 2026.") as no reporting, and a footnote that states something as reporting', () => {
    const flags = paragraphFlags([
      '[2] Tidewatch, policy report, accessed May 15, 2026.',
      '[3] Harbour Council, Ferry Safety Review, Vol. 4 (2023), section on hulls.',
      '[4] Tidewatch did not say which ferry firms it had spoken to before the vote.',
    ]);
    expect(flags.map((f) => f & CAPTION)).toEqual([CAPTION, CAPTION, 0]);
  });

  it('reads a fact sheet\'s line ("Dana Whitfield — the trust\'s chief engineer; the plan\'s other author. (Spelling: Whitfield.)") as reporting, not a heading or a caption', () => {
    const flags = paragraphFlags(['NAMES AND TITLES', "Dana Whitfield — the trust's chief engineer; the plan's other author. (Spelling: Whitfield, not Whitfeld.)", 'Dana Whitfield, Chief Engineer at Harbour Trust']);
    expect(flags[1]! & (HEADING | CAPTION)).toBe(0);
    // The caption of a photo stays one.
    expect(flags[2]! & CAPTION).toBe(CAPTION);
  });
});
