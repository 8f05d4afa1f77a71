import { describe, expect, it } from 'vitest';
import { pageDay, relativeWeekday } from '../../lib/compare/page-day';
import { passage } from '../../lib/compare/passage';
import { checkDates } from '../../lib/compare/check-facts';

describe("a page's own day, from its dateline", () => {
  it('reads a calendar date with its year, or a weekday on a short line, among the first paragraphs', () => {
    expect(pageDay(['Harbour Council Press Briefing – May 15, 2026', 'Good afternoon.'])).toBe('friday');
    expect(pageDay(['Ferry app · Notification history · Thursday', '7:02 AM — The council votes on the levy.'])).toBe('thursday');
    expect(pageDay(['RIVERSIDE RADIO | 0800 BULLETIN | FRIDAY 15 MAY 2026'])).toBe('friday');
  });

  it('reads a dateline set under a masthead, a section line and a headline, as live pages and news sites set it', () => {
    expect(pageDay(['THE HARBOUR CLARION', 'News › Council · LIVE', 'Levy vote: the council meets – live updates', 'Thursday 14 May 2026 · Live updates by Ada Quill'])).toBe('thursday');
  });

  it('reads no day from a long sentence that names one, nor from a date further down the page', () => {
    expect(pageDay(['The harbour council said on Thursday that it would vote on the levy after a long debate among its members about the budget.'])).toBeUndefined();
    expect(pageDay(['Notes', 'Agenda', 'Minutes', 'Present', 'Apologies', 'Thursday, May 14, 2026'])).toBeUndefined();
  });

  it('reads "yesterday", "today" and "tomorrow" as the weekdays they are on that day', () => {
    expect(relativeWeekday('rel:yesterday', 'friday')).toBe('thursday');
    expect(relativeWeekday('rel:tomorrow', 'saturday')).toBe('sunday');
    expect(relativeWeekday('rel:today', 'monday')).toBe('monday');
    expect(relativeWeekday('rel:yesterday', undefined)).toBeUndefined();
    expect(relativeWeekday('rel:last-week', 'friday')).toBeUndefined();
  });
});

describe('dates on a dated page', () => {
  const dated = (text: string, day?: string) => {
    const p = passage(text);
    if (day) p.pageDay = () => day;
    return p;
  };
  const thursday = passage('The harbour board published its levy plan on Thursday.');

  it('finds no difference between "yesterday" on a Friday page and the other side\'s Thursday', () => {
    expect(checkDates(dated('The harbour board published its levy plan yesterday.', 'friday'), thursday, 1)).toBeNull();
    expect(checkDates(dated('The harbour board published its levy plan yesterday.'), thursday, 1)?.summary).toBe('"yesterday" vs "on Thursday"');
  });

  it('still finds the difference when the day it stands for is another ("yesterday" on a Saturday page)', () => {
    expect(checkDates(dated('The harbour board published its levy plan yesterday.', 'saturday'), thursday, 1)?.summary).toBe('"yesterday" vs "on Thursday"');
  });
});
