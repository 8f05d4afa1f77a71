import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkDates } from '../../lib/compare/check-facts';
import { datedNoun, datedThing } from '../../lib/compare/dated-things';
import { datedMentions } from '../../lib/corpus/dated';
import { stem, tokenize } from '../../lib/text/tokens';
import { timeExprs } from '../../lib/text/temporal';
import { storyYear } from '../../lib/compare/story-year';
import { compileCorpus } from '../../lib/corpus/compile';
import { analyze, story, storyEngine, summaries } from './helpers';

/** The corpus's synonym test, reduced to the one pair these sentences need. */
const related = (x: string, y: string) => [x, y].sort().join(' ') === 'declin refus';

/** The head of the thing the first time of a sentence dates. */
const datedMentionOf = (text: string) => {
  const p = passage(text);
  return datedThing(p, timeExprs(p.norm)[0]!)?.head;
};

function check(a: string, b: string, minContext: number) {
  const pa = passage(a);
  pa.related = related;
  return checkDates(pa, passage(b), minContext);
}

describe('dates: the same event dated differently', () => {
  const last = 'Last year, the board refused to sell the stadium to the city.';
  const earlier = 'Earlier this year, it declined to sell the stadium to the city.';

  it('on the same point, ties the two dates through synonyms around them ("refused" / "declined")', () => {
    expect(check(last, earlier, 1)?.summary).toBe('"Last year" vs "Earlier this year"');
  });

  it('reads "next year" against a year the other writes as its current one ("later in 2026") as another year, and "this year" as the same', () => {
    const later = 'The stadium sale is set to take effect later in 2026, the council said.';
    expect(check('The stadium sale is due to take effect next year, the council said.', later, 1)?.summary).toBe('"next year" vs "2026"');
    expect(check('The stadium sale is due to take effect later this year, the council said.', later, 1)).toBeNull();
    // A bare year is not read as the current one.
    expect(check('The stadium sale is due to take effect next year, the council said.', 'The stadium sale is set to take effect in 2026, the council said.', 1)).toBeNull();
  });

  it('reads "next January" against "later in 2026" as the year after, but not a plain "in January"', () => {
    const later = 'The stadium sale is set to take effect later in 2026, the council said.';
    expect(check('The stadium sale is set to take effect next January, the council said.', later, 1)?.summary).toBe('"next January" vs "2026"');
    expect(check('The stadium sale is set to take effect in January, the council said.', later, 1)).toBeNull();
  });

  it('reads "the year after next" against a year the other writes as its current one, as two years on', () => {
    const later = 'The stadium sale is set to take effect later in 2026, the council said.';
    expect(check('The stadium sale is set to take effect the year after next, the council said.', later, 1)?.summary).toBe('"the year after next" vs "2026"');
    expect(timeExprs('It closed the year before last.').map((t) => t.value)).toEqual(['rel:year-before-last']);
    expect(check("The stadium sale is set to take effect in three years' time, the council said.", later, 1)?.summary).toBe('"in three years\' time" vs "2026"');
  });

  it("reads \"last year\" or \"two years ago\" against a year the other gives, in the year the told side's article writes as its own", () => {
    const given = 'In 2023, a coalition of fans backed a campaign to halt the stadium sale for six months.';
    const told = (text: string, year: number | undefined) => {
      const pa = passage(text);
      pa.related = related;
      pa.storyYear = () => year;
      return checkDates(pa, passage(given), 1);
    };
    expect(told('Last year, a coalition of fans backed a campaign to halt the stadium sale for six months.', 2026)?.summary).toBe('"Last year" vs "2023"');
    expect(told('Two years ago, a coalition of fans backed a campaign to halt the stadium sale for six months.', 2026)?.kind).toBe('date');
    expect(told('Three years ago, a coalition of fans backed a campaign to halt the stadium sale for six months.', 2026)).toBeNull();
    // An article that gives no year of its own leaves "last year" unread.
    expect(told('Last year, a coalition of fans backed a campaign to halt the stadium sale for six months.', undefined)).toBeNull();
  });

  it("finds an article's own year in its dateline, or in a year it says an event comes \"later in\"", () => {
    expect(storyYear(['Council notes', 'Friday, May 15, 2026', 'The council met.'])).toBe(2026);
    expect(storyYear(['THE HARBOUR CLARION', 'News › Council', 'The levy vote', 'Thursday 14 May 2026 · By Ada Quill', 'The council met.'])).toBe(2026);
    expect(storyYear(['The council met.', 'The sale is set to take effect later in 2026.'])).toBe(2026);
    expect(storyYear(['The council met in 2023.', 'The sale closed in 2024.'])).toBeUndefined();
    expect(storyYear(['The sale comes later in 2026.', 'The bridge opens later in 2027.'])).toBeUndefined();
  });

  it('reads a month an event is told as past in ("took effect in March", "in force since March") against "later in 2026", still to come', () => {
    const later = 'After the vote the council put the club on a sponsor blacklist set to take effect later in 2026.';
    expect(check('After the vote the council put the club on a sponsor blacklist, which took effect in March.', later, 2)?.summary).toBe('"in March" vs "2026"');
    expect(check('After the vote the club went on a sponsor blacklist that has been in force since March.', later, 1)?.summary).toBe('"since March" vs "2026"');
    // A month still to come may fall later in the year, and a bare year is not read as the current one.
    expect(check('After the vote the council put the club on a sponsor blacklist, which will take effect in March.', later, 2)).toBeNull();
    expect(check('After the vote the council put the club on a sponsor blacklist, which took effect in March.', 'After the vote the council put the club on a sponsor blacklist set to take effect in 2026.', 2)).toBeNull();
  });

  it('reads "earlier this year" as the year a sentence writes as its current one, against a year the other gives', () => {
    const earlier2026 = 'Earlier this year, the board refused to sell the stadium, a sale now set to go ahead later in 2026.';
    expect(check('Back in 2024, the board refused to sell the stadium, a sale now set to go ahead later in 2026.', earlier2026, 1)?.summary).toBe('"2024" vs "Earlier this year"');
    expect(check('In 2026, the board refused to sell the stadium, a sale now set to go ahead later in 2026.', earlier2026, 1)).toBeNull();
    // Without a current year written on either side, "this year" is no year to compare.
    expect(check('Back in 2024, the board refused to sell the stadium to the city.', earlier, 1)).toBeNull();
  });

  it('on the same point, reads the one time of each of two sentences sharing a name and many words as one thing\'s, wherever it stands', () => {
    const b = 'The board also noted that its Harbour Fund rattled the shipping and fishing industries earlier this year with its ability to find unpaid levies in old contracts.';
    expect(check('The board has noted that last year its Harbour Fund rattled the shipping and fishing industries with its ability to find unpaid levies in old contracts.', b, 1)?.summary).toBe('"last year" vs "earlier this year"');
    // Sharing only a few words, the times stand too far from anything both say.
    expect(check('The board has noted that last year its Harbour Fund was set up.', b, 1)).toBeNull();
  });

  it('reads a page\'s "this week" as holding the other\'s weekday, but a weekday the page names against "this week" as more than it', () => {
    const wednesday = 'The port authority published its review of the ferry contract on Wednesday.';
    expect(check('The port authority, in its review this week, questioned the ferry contract.', wednesday, 1)).toBeNull();
    expect(check('The port authority, in its review this week, questioned the ferry contract.', 'The port authority published its review of the ferry contract just before the vote.', 1)).toBeNull();
    expect(check('The port authority published its review of the ferry contract on Monday.', 'The port authority published its review of the ferry contract this week.', 1)?.kind).toBe('date');
  });

  it('reads "two years ago" as a time of its own, and "a year ago" as last year', () => {
    expect(check('Two years ago, the board refused to sell the stadium to the city.', earlier, 1)?.summary).toBe('"Two years ago" vs "Earlier this year"');
    expect(check('A year ago, the board refused to sell the stadium to the city.', last, 1)).toBeNull();
    expect(timeExprs('It happened 3 months ago.').map((t) => t.value)).toEqual(['rel:3-months-ago']);
    expect(timeExprs('A year ago the board refused.').map((t) => t.value)).toEqual(timeExprs('Last year the board refused.').map((t) => t.value));
    // A season named relative to now is a time too ("fall" is autumn); "the fall of" is none.
    expect(check('Last autumn, the board refused to sell the stadium to the city.', earlier, 1)?.summary).toBe('"Last autumn" vs "Earlier this year"');
    expect(timeExprs('This fall the board met.').map((t) => t.value)).toEqual(timeExprs('This autumn the board met.').map((t) => t.value));
    expect(timeExprs('The fall of the old stadium roof was filmed.')).toEqual([]);
    expect(timeExprs('OpenAI hit back a day later with a report.').map((t) => t.value)).toEqual(['rel:after']);
    // A vague count dates nothing exactly: it is only some time back from the story's week (see 'a vague time back' below).
    expect(timeExprs('A few weeks ago the board refused.').map((t) => t.value)).toEqual(['rel:weeks-back']);
    expect(check('A few weeks ago, the board refused to sell the stadium to the city.', earlier, 1)).toBeNull();
  });

  it('reads a page that places a thing only by a relation ("a day later") as giving it no day', () => {
    const dated = 'The Harbor Council took a different view in a planning report published on Wednesday.';
    expect(check('The Harbor Council answered a day later with a planning report of its own.', dated, 2)?.summary).toBe('no day ("planning report") vs "on Wednesday"');
    // The other way round, a relation on the outlet's side is no omission of the page's day.
    expect(check(dated, 'The Harbor Council answered a day later with a planning report of its own.', 2)?.summary).not.toBe('"on Wednesday" vs no day ("planning report")');
  });

  it('finds the same thing undated on the other side past a participle ("a memo published Thursday" / "a memo sent to staff")', () => {
    const f = check('In a budget memo published Thursday, the mayor said taxes would rise.', 'In a memo sent to staff, the mayor said taxes would rise.', 2);
    expect(f?.summary).toBe('"Thursday" vs no day ("a memo")');
  });

  it('reads many things of a kind dated ("press reports published in May") as none the other side dates one of', () => {
    const one = 'The council set out its view in a report published on Wednesday about the harbour plan.';
    expect(check('The council drew on press reports published in May about the harbour plan.', one, 2)).toBeNull();
    expect(check('The council drew on a press report published in May about the harbour plan.', one, 2)?.summary).toBe('"in May" vs "on Wednesday"');
  });

  it('reads the date that closes a citation ("— Harbour Gazette, May 14, 2026") as the cited piece\'s, no event\'s', () => {
    const one = 'The council set out its view in a report published on Wednesday about the harbour plan.';
    expect(check('Dana Whitfield. "Council report backs the harbour plan" — Harbour Gazette, May 14, 2026', one, 1)).toBeNull();
    expect(check('The council set out its view in a report published on May 14, 2026 about the harbour plan.', one, 1)?.kind).toBe('date');
  });

  it('reads a deadline ("by Thursday") as no day the other side left out', () => {
    const undated = 'In a memo sent to staff, the mayor said taxes would rise.';
    expect(check('In a budget memo sent by Thursday, the mayor said taxes would rise.', undated, 2)).toBeNull();
    expect(check('In a budget memo sent Thursday, the mayor said taxes would rise.', undated, 2)?.summary).toBe('"Thursday" vs no day ("memo sent")');
  });

  it('names a publication an opening day dates by its nouns and the site it is on, not by "in" ("On Friday, in a post on its union blog")', () => {
    const f = check('On Friday, in a post on its union blog, the drivers\' union called for a strike over pay.', 'The drivers\' union published a blog post calling for a strike over pay.', 2);
    expect(f?.summary).toBe('"On Friday" vs no day ("blog post")');
    expect(datedThing(passage('On Friday, in a post, the union called for a strike.'), timeExprs('On Friday, in a post, the union called for a strike.')[0]!)?.stems).toEqual(new Set(['post']));
  });

  it('reads an opening day as dating the post its subject put out, past a bracketed aside that counts as one step', () => {
    const opening = 'Last Friday, the drivers\' union, the one that represents bus crews across the region (and most of the depot staff you see each morning at the station), put out a blog post calling for a strike over pay.';
    expect(datedMentionOf(opening)).toBe('post');
    expect(check(opening, 'The drivers\' union published a blog post calling for a strike over pay.', 2)?.summary).toBe('"Last Friday" vs no day ("blog post")');
    // The same length of plain words between the day and the verb is beyond reach: the day may date something else.
    expect(datedMentionOf('Last Friday, the drivers\' union, the one that represents bus crews across the region and most of the depot staff you see each morning at the station, put out a blog post calling for a strike.')).toBeUndefined();
  });

  it('keys a publication a day dates by its own noun, its site the word before, so an outlet\'s undated "blog post" or "a post" is reached without the sentences being alike', () => {
    expect(datedMentions('On Friday, in a post on its union blog, the drivers called a strike.')).toEqual([['blog', 'post']]);
    // Right after the day too, whatever the words before it name ("made the case on Friday in a post…").
    expect(datedMentions('The union made the case on Friday in a post on its union blog, calling a strike.')).toEqual([['blog', 'post']]);
    const f = check('The union made the case on Friday in a post on its union blog, calling a strike over pay.', 'In a post written by its two organisers, the drivers\' union called for a strike over pay.', 2);
    expect(f?.summary).toBe('"on Friday" vs no day ("a post")');
  });

  it('reads a participle set off by commas after its noun as dating the noun ("The memo, published on Thursday, said…")', () => {
    const undated = 'The mayor published a memo arguing that taxes would rise.';
    expect(check('The memo, published on Thursday, said that taxes would rise.', undated, 2)?.summary).toBe('"on Thursday" vs no day ("published a memo")');
    expect(check('In the memo, published on Thursday, the mayor said that taxes would rise.', undated, 2)?.summary).toBe('"on Thursday" vs no day ("published a memo")');
    // Without the comma a participle's noun is the usual thing dated, and a noun set out on a day is that noun's.
    expect(check('The mayor set out her position on Thursday in a memo.', undated, 2)?.summary).toBe('"on Thursday" vs no day ("a memo")');
  });

  it('dates the publication an act was done in ("made the case on Thursday in a post on its blog"), not the act\'s object', () => {
    const undated = 'The council published a blog post arguing for new pumps on the harbour road.';
    expect(check('The council made the case on Thursday in a post on its blog, arguing for new pumps.', undated, 2)?.summary).toBe('"on Thursday" vs no day ("blog post")');
    // A publication named before the day is the one it dates.
    expect(datedMentionOf('The council released its report on Thursday in a post on its blog.')).toBe('report');
  });

  it('reads a span ("this week", "earlier in the month") as no day the other side left out, unlike a weekday', () => {
    const undated = 'The regulator set out its rules in a memo to staff.';
    expect(check('In a memo issued this week, the regulator set out its rules.', undated, 2)).toBeNull();
    expect(check('In a memo issued earlier in the month, the regulator set out its rules.', undated, 2)).toBeNull();
    expect(check('In a memo issued Tuesday, the regulator set out its rules.', undated, 2)?.summary).toBe('"Tuesday" vs no day ("a memo")');
  });

  it('on the same point, reads a year that opens both sentences as dating the whole point', () => {
    const a = 'In 2019, a group of farmers backed a campaign to dam the river for a full season.';
    const b = 'In 2018, a coalition of growers and traders backed a push to dam the river.';
    expect(check(a, b, 1)?.summary).toBe('"2019" vs "2018"');
    // Not on a merely related pair, and not when a sentence gives another time as well.
    expect(check(a, b, 2)).toBeNull();
    expect(check('In 2019, a group of farmers formed in 2015 backed a campaign to dam the river.', b, 1)).toBeNull();
  });

  it('on the same point, reads a time opening one sentence as dating what the other dates with its only time', () => {
    const a = "Earlier this year, the city's new ferry broke down twice on its crossing of the bay.";
    const b = "The city's new ferry broke down twice late last year during its first crossings of the bay.";
    expect(check(a, b, 1)?.summary).toBe('"Earlier this year" vs "last year"');
    // Neither time opening its sentence: the two may date different things.
    expect(check('The ferry, which the city bought earlier this year for its harbour service, has broken down twice.', b, 1)).toBeNull();
  });

  it('reads a month named alone as a date ("In April" / "Earlier this year"), not "may" or "march" as a modal or a verb', () => {
    expect(check('In April the board sold the stadium to the city.', 'Earlier this year, the board sold the stadium to the city.', 1)?.summary).toBe('"In April" vs "Earlier this year"');
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('Since mid-April the board has waited; the sale, agreed in March 2023, may march on.')).toEqual(['april', 'march', '2023']);
    expect(values('This may cause delays, and protesters will march in may.')).toEqual([]);
  });

  it('reads a day written before its month ("14 May 2026") as that date, and a weekday abbreviated in brackets ("(Thu)")', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('14 May 2026 (Thu): the board sold the stadium.')).toEqual(['may 14', 'thursday']);
    expect(values('The board met on May 14, 2026.')).toEqual(['may 14']);
    // Not a lower-case "may", nor a bracketed word that is no weekday's abbreviation.
    expect(values('Some 14 may object (Sun readers among them), said the board.')).toEqual([]);
    expect(check('The board sold the stadium on 14 May.', 'The board sold the stadium on 21 May.', 1)?.summary).toBe('"14 May" vs "21 May"');
  });

  it('compares a calendar date with a weekday through the date\'s year, and not at all without one', () => {
    expect(timeExprs('The board met on 14 May 2026.')[0]?.weekday).toBe('thursday');
    expect(check('The board sold the stadium on 14 May 2026.', 'The board sold the stadium on Thursday.', 1)).toBeNull();
    expect(check('The board sold the stadium on 14 May 2026.', 'The board sold the stadium on Friday.', 1)?.kind).toBe('date');
    // "14 May" alone could fall on any weekday.
    expect(check('The board sold the stadium on 14 May.', 'The board sold the stadium on Friday.', 1)).toBeNull();
  });

  it('reads a calendar date without its year in the year its article writes as its own ("published on 15 May" in a 2026 note)', () => {
    const dated = (text: string, year: number | undefined) => {
      const pa = passage(text);
      pa.storyYear = () => year;
      return checkDates(pa, passage('The board sold the stadium on Thursday.'), 1);
    };
    expect(dated('The board sold the stadium on 15 May.', 2026)?.summary).toBe('"15 May" vs "on Thursday"');
    expect(dated('The board sold the stadium on 14 May.', 2026)).toBeNull();
    expect(dated('The board sold the stadium on 15 May.', undefined)).toBeNull();
  });

  it('stems the words posts shorten as the words they stand for ("admin", "exec order", "govt")', () => {
    expect(['admin', 'exec', 'govt', 'tech'].map(stem)).toEqual(['administration', 'executive', 'government', 'technology'].map(stem));
    // So the date check ties a shortened sentence to the full one by its words.
    expect(check('A Trump admin exec order this wk leaves testing to the labs.', 'A Trump administration executive order issued earlier in the week leaves testing to the labs.', 2)?.kind).toBe('date');
  });

  it('reads "earlier that week" as "earlier in the week", not "later that year" as any year of the story', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('By an order issued earlier that week, the council left the stadium to the board.')).toEqual(['rel:earlier-week']);
    expect(values('By an order issued earlier that same week, the council left the stadium to the board.')).toEqual(['rel:earlier-week']);
    expect(values('By an order issued earlier in the same week, the council left the stadium to the board.')).toEqual(['rel:earlier-week']);
    // The weekend is a time of its own, against another outlet's weekday or none.
    expect(values('The council published its plan over the weekend.')).toEqual(['weekend']);
    expect(check('The council published its plan over the weekend.', 'The council published its plan on Thursday.', 1)?.kind).toBe('date');
    expect(values('Weekend plans for the stadium were published.')).toEqual([]);
    expect(check('By an order issued earlier that week, the council left the stadium to the board.', 'By an order issued this week, the council left the stadium to the board.', 2)?.kind).toBe('date');
    expect(values('The club moved in 2023, and later that year the council sold the stadium.')).toEqual(['2023']);
  });

  it('reads "in <a field> today" ending its sentence as the present, not a day, unless the field is a publication', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('Who sets the pace remains the hardest question in harbour policy today.')).toEqual([]);
    expect(values('Who sets the pace remains the hardest question in the world today.')).toEqual([]);
    expect(values('The harbour board set out its plan in a blog post today.')).toEqual(['rel:today']);
    expect(values('The harbour board set out its plan in harbour policy today, the mayor said.')).toEqual(['rel:today']);
  });

  it('compares a year written twice (in the text and in a citation) as one time, and reads "Musk, today the owner of…" as no date', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('The mayor, today the owner of a ferry firm, backed the levy.')).toEqual([]);
    expect(values('The mayor (today the owner of a ferry firm) backed the levy.')).toEqual([]);
    expect(values('Today the mayor backed the levy.')).toEqual(['rel:today']);
    const cited = "The most cited is the harbour trust's 2019 levy on ferry tickets, which the mayor, today the owner of a ferry firm, backed (Harbour Trust, 2019).";
    expect(check(cited, 'In 2018, the mayor, who owns a ferry firm, backed a harbour trust levy on ferry tickets.', 1)?.summary).toBe('"2019" vs "2018"');
  });

  it('reads a time the sentence denies ("Monday, not Wednesday") as none it gives, and an opening day placed against another event as its one time', () => {
    const wednesday = 'The harbour trust published its report on Wednesday, saying the ferry fares should rise.';
    expect(check('CORRECTION: The harbour trust report came out Monday, not Wednesday as we said earlier.', wednesday, 1)?.summary).toBe('"Monday" vs "on Wednesday"');
    expect(check('On the Monday of that week, three days before the council met, the harbour trust published a report.', wednesday, 1)?.summary).toBe('"Monday" vs "on Wednesday"');
  });

  it('reads no day left out where the undated side\'s article dates the thing where it first names it ("the post" named again)', () => {
    const dated = passage("On Friday, in a post on its union blog, the drivers' union called for a strike over pay.");
    const again = () => passage("The drivers' union published a blog post calling for a strike over pay.");
    expect(checkDates(dated, again(), 2)?.summary).toBe('"On Friday" vs no day ("blog post")');
    const named = again();
    named.articleDay = (head) => (head === stem('post') ? 'tuesday' : undefined);
    expect(checkDates(dated, named, 2)).toBeNull();
  });

  it('reads a year written out for reading aloud ("two thousand twenty-two", "twenty twenty-three"), not a count ("two thousand people")', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('Back in two thousand twenty-two, the council voted.')).toEqual(['2022']);
    expect(values('In twenty twenty-three, and again in two thousand and nine, it voted.')).toEqual(['2023', '2009']);
    expect(values('Twenty members and two thousand residents signed; twenty-two abstained.')).toEqual([]);
    expect(check('Back in two thousand twenty-two, the council voted to close the depot.', 'In 2023, the council voted to close the depot.', 1)?.summary).toBe('"two thousand twenty-two" vs "2023"');
  });

  it('reads "Mon.", "Wed.", "Sat." and "Sun." as days only with their full stop inside a sentence ("a Mon. report"), not "The Sun."', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('The council answered in a Mon. report, saying the depot would stay.')).toEqual(['monday']);
    expect(values('Budget memo (council, Wed., a day before the vote)')).toEqual(['wednesday', 'rel:before']);
    expect(values('The Sun. It rose over the depot.')).toEqual([]);
    expect(values('Mon and Sat are the ferry men.')).toEqual([]);
    // Before a date in figures, as notes write it, the short form is the day too.
    expect(values('- Council memo, Wed 13/5 (so the day before the vote)')).toEqual(['wednesday', 'rel:before']);
    expect(values('They Wed 13 couples a year at the harbour chapel.')).toEqual([]);
  });

  it('reads "the previous week" as last week, as translations and formal reports write it', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('Already in the previous week the council issued its order.')).toEqual(['rel:last-week']);
    expect(values('In the previous year the council issued two orders.')).toEqual(['rel:last-year']);
  });

  it('reads times as posts shorten them: "Thurs", "this wk", "earlier this yr", "Back in \'22"', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values('The board put out a memo Thurs.')).toEqual(values('The board put out a memo Thursday.'));
    expect(values('It voted on Weds and again on Fri.')).toEqual(['wednesday', 'friday']);
    expect(values('The order came this wk.')).toEqual(values('The order came this week.'));
    expect(values('Earlier this yr the club moved.')).toEqual(values('Earlier this year the club moved.'));
    expect(values("Back in '22, the club moved; the new rule starts in '26.")).toEqual(['2022', '2026']);
    // Not a word that starts like one, nor a quotation opening on a number.
    expect(values("Fried food and fridges; '22 people were hurt,' she said.")).toEqual([]);
    expect(check("The club sold the stadium in '22.", 'The club sold the stadium in 2023.', 1)?.summary).toBe('"\'22" vs "2023"');
  });

  it('reads "today\'s" before a noun as present-day ("today\'s pace"), not as a day, unlike "yesterday\'s vote"', () => {
    const values = (t: string) => timeExprs(t).map((x) => x.value);
    expect(values("At today's pace the board will sell the stadium; it said so today, after yesterday's vote.")).toEqual(['rel:today', 'rel:yesterday']);
    expect(values("At today's pace the board will sell the stadium.")).toEqual([]);
  });

  it('on a merely related pair, still wants a word the two contexts share exactly', () => {
    expect(check(last, earlier, 2)).toBeNull();
  });

  it('reads a report "out" on a day, or one that "came out", as published then, so the two contexts share two words', () => {
    const before = 'Residents were angry about the plan, set out in a memo published just before the council vote.';
    expect(check('The union had already attacked it in a memo out on Tuesday, insisting the depot stay open.', before, 2)?.summary).toBe('"on Tuesday" vs "just before"');
    expect(check('Their memo came out on Tuesday, and the union was not impressed.', before, 2)?.summary).toBe('"on Tuesday" vs "just before"');
    // "out" in any other sense is no publication: a memo "sorted out" on Tuesday shares only "memo".
    expect(check('The union had already attacked it in a memo sorted out on Tuesday, insisting the depot stay open.', before, 2)).toBeNull();
  });

  it('reads a day given besides "the day before" as the day the other side leaves out ("on Tuesday, the day before the vote" / "just before the vote")', () => {
    const before = 'The union set out its case in a memo published just before the council vote.';
    expect(check('The union published its memo on Tuesday, the day before the council vote.', before, 1)?.summary).toBe('"on Tuesday" vs "just before"');
    // Without a day, "the day before" and "just before" place the memo alike.
    expect(check('The union published its memo the day before the council vote.', before, 1)).toBeNull();
  });
});

describe('dates: a day given for the party\'s blog, a post a relative clause dates, and a timeline line set off by a dot', () => {
  const undated = 'In a post written by its chair, the harbour board argued that the dredging should stop for a season.';
  const blogPost = 'The harbour board set out its plan in a blog post.';

  it('reads "on its blog on Friday" and "on Friday on its website" as the day of the post the board put there', () => {
    expect(check('The harbour board laid all of this out on its blog on Friday.', undated, 2)?.summary).toBe('"on Friday" vs no day ("a post")');
    expect(check('The harbour board set this out on Friday on its website.', 'The harbour board set out its plan on a website.', 2)?.summary).toBe('"on Friday" vs no day ("a website")');
  });

  it('reads "a blog post that went up on Friday" as dating the post', () => {
    expect(check('The board did this in a blog post that went up on Friday.', blogPost, 2)?.summary).toBe('"on Friday" vs no day ("blog post")');
  });

  it('finds the undated side\'s post named with its kind between article and noun ("outlined its worries in a blog post"), but no verb led by "the company"', () => {
    const worries = "The harbour board's two engineers outlined their worries in a blog post, noting the storms.";
    expect(check('On Friday, the harbour board published a post on its website calling for the dredging to stop.', worries, 2)?.summary).toBe('"On Friday" vs no day ("a blog post")');
    expect(check('On Friday, the harbour board published a post on its website calling for the dredging to stop.', "The harbour board's engineers outlined their worries in its latest blog post.", 2)?.summary).toBe('"On Friday" vs no day ("its latest blog post")');
    expect(check('On Wednesday, the port authority put out a report arguing that towns should decide.', 'In a post written by its chair, the company argued that towns should decide.', 2)?.summary ?? '').not.toMatch(/no day \("the company argued"\)/);
  });

  it('reads a day\'s possessive ("Friday\'s blog post"), a possessive before a relative clause ("the board\'s blog post, which went up on Friday"), a post the sentence opens on after its day ("Last Friday a blog post from the board…") and "the blog post in which … on Friday" as dating the post', () => {
    expect(check("Friday's blog post from the harbour board set out its plan.", blogPost, 2)?.summary).toBe('"Friday" vs no day ("blog post")');
    expect(check("A reader in the port office reads the harbour board's blog post, which went up on Friday.", blogPost, 2)?.summary).toBe('"on Friday" vs no day ("blog post")');
    expect(check('Last Friday a blog post from the harbour board, the town\'s port authority, made an unusual request of the council.', blogPost, 2)?.summary).toBe('"Last Friday" vs no day ("blog post")');
    expect(check('On the wall hangs a copy of the blog post in which the harbour board set out its plan on Friday.', blogPost, 2)?.summary).toBe('"on Friday" vs no day ("blog post")');
  });

  it('reads a page\'s own dateline ("Board Notes · Posted 15 May 2026 by …") as dating no thing it names', () => {
    expect(check('Board Notes · Posted 15 May 2026 by the harbour board\'s press office', 'The harbour board set out its plan in a blog post, noting the storms.', 2)).toBeNull();
  });

  it('reads a relative clause whose own subject put the thing out as dating it ("a blog post that the council, the port\'s owner, put out last Thursday")', () => {
    expect(datedMentionOf("It began with a blog post that the council, the port's owner, put out last Thursday, calling for a pause.")).toBe('post');
    expect(datedMentionOf('It began with a report which Harlow Water released on Monday.')).toBe('report');
    // A clause of another act is no putting out: the report is only what the critics dismissed then.
    expect(datedMentionOf('It began with a report that critics dismissed last week.')).toBeUndefined();
  });

  it('reads "A report from the board, out on Monday, …" as dating the report, another publication than a post dated Tuesday', () => {
    expect(datedMentionOf('A report from the board, out on Monday, the day before the council\'s post, argued that towns should decide.')).toBe('report');
    expect(check('A report from the board, out on Monday, the day before the council\'s post, argued that towns should decide.', 'The council published its plan in a blog post on Tuesday.', 1)).toBeNull();
  });

  it('reads a timeline\'s "Friday · the board publishes the blog post" as dating the post', () => {
    expect(check('Friday · The harbour board publishes the blog post on dredging.', blogPost, 2)?.summary).toBe('"Friday" vs no day ("blog post")');
  });
});

describe('dates: a calendar date written with its year against a year', () => {
  const year = 'In 2019, a coalition of growers backed a campaign urging a six-month dredging freeze.';

  it('compares the date\'s year with the year ("22 March 2015" / "In 2019")', () => {
    expect(check('On 22 March 2015, a coalition of growers backed a campaign urging a six-month dredging freeze.', year, 1)?.summary).toBe('"22 March 2015" vs "2019"');
  });

  it('reads a date in the same year as no different year, and a date without its year as no year at all', () => {
    expect(check('On 22 March 2019, a coalition of growers backed a campaign urging a six-month dredging freeze.', year, 1)?.summary ?? '').not.toMatch(/vs "2019"/);
    expect(check('On 22 March, a coalition of growers backed a campaign urging a six-month dredging freeze.', year, 1)?.summary ?? '').not.toMatch(/vs "2019"/);
  });
});

describe('dated mentions: what a day is put on', () => {
  it('names the thing by the noun before the day, past a participle that outlets vary', () => {
    expect(datedMentions('The city council rejected it in a report released Wednesday.')).toEqual([['reject', 'report']]);
    expect(datedMentions('In a budget memo published Thursday, the mayor said so.')).toEqual([['budget', 'memo']]);
    expect(datedMentions('The mayor said in a budget memo Thursday that taxes would rise.')).toEqual([['budget', 'memo']]);
    // "went up", "came out": the verb of appearing is passed over as a participle is.
    expect(datedMentions('They did it in a budget memo that went up on Thursday.')).toEqual([['budget', 'memo']]);
    expect(datedMentions('They did it in a budget memo that came out on Thursday.')).toEqual([['budget', 'memo']]);
  });

  it('names the thing after a day that nothing before it names: the object of the verb that put it out', () => {
    expect(datedMentions('On Friday, the city council, which meets monthly, released a budget memo urging cuts.')).toEqual([['budget', 'memo']]);
    expect(datedMentions('The mayor on Friday used a memo to urge cuts.')).toEqual([['us', 'memo']]);
    // A verb with no thing put out ("said that…") names nothing.
    expect(datedMentions('On Friday, the mayor said that taxes would rise.')).toEqual([]);
    // A verb with its particle ("put up a memo"), and a day placed in its morning ("a memo early Friday").
    expect(datedMentions('On Friday, the council put up a budget memo urging cuts.')).toEqual([['budget', 'memo']]);
    expect(datedMentions('The council used a budget memo early Friday to urge cuts.')).toEqual([['budget', 'memo']]);
    // A function word between the determiner and the thing ("the other report") is passed over.
    expect(datedMentions('On Friday, the council published the other report on flooding.')).toEqual([['publish', 'report']]);
  });

  it('names the thing a day modifies right after it ("in a Thursday budget memo", "the council\'s Friday report")', () => {
    expect(datedMentions('In a Thursday budget memo, the mayor said that taxes would rise.')).toEqual([['budget', 'memo']]);
    expect(check("The council's Friday report urged cuts to the flood budget.", 'The council urged cuts to the flood budget in a report.', 2)?.summary).toBe('"Friday" vs no day ("a report")');
    expect(check('In a Thursday budget memo, the mayor said that taxes would rise.', 'The mayor said in a budget memo that taxes would rise.', 2)?.summary).toBe('"Thursday" vs no day ("budget memo")');
    // A day with no determiner before it dates the clause, not the noun after it ("On Thursday the memo…" names no thing that way).
    expect(datedMentions('Thursday budget cuts were approved.')).toEqual([]);
  });

  it('names the publication a sentence says it was done in as the thing its opening day dates, before another object', () => {
    expect(check('On Thursday, the council set out its position in a budget memo.', 'The council set out its position in a budget memo to residents.', 2)?.summary).toBe('"On Thursday" vs no day ("budget memo")');
    // A non-publication after "in" leaves the verb's object as the thing ("in a hurry" is no publication).
    expect(datedMentions('On Friday, the council released a budget memo in a hurry.')).toEqual([['budget', 'memo']]);
  });

  it('names that thing by the sentence\'s own tokens, so a hyphenated name compiles into the corpus index', () => {
    const sentence = 'On Friday, the council released an open-source flood-map tool for residents.';
    const terms = tokenize(sentence).map((k) => k.term);
    const mentions = datedMentions(sentence);
    expect(mentions).toHaveLength(1);
    for (const t of mentions[0]!) expect(terms).toContain(t);
    const doc = { id: 'x_1', outlet: 'X', headline: 'Flood maps', paragraphs: ['Flood maps', sentence] };
    expect(() => compileCorpus([doc])).not.toThrow();
  });

  it('finds that thing undated on the other side ("On Friday, … released a budget memo" / "in a budget memo")', () => {
    const a = 'On Friday, the city council, which meets monthly, released a budget memo urging cuts.';
    expect(check(a, 'The council urged cuts in a budget memo to residents.', 2)?.summary).toBe('"On Friday" vs no day ("budget memo")');
    expect(check(a, 'The council urged cuts in a memo to residents.', 2)?.summary).toBe('"On Friday" vs no day ("a memo")');
    // The day placed in its morning still dates the memo, named on the other side by its head noun alone.
    expect(check('The council used a budget memo early Friday to urge cuts.', 'The council urged cuts in a memo to residents.', 2)?.summary).toBe('"Friday" vs no day ("a memo")');
    // Another thing undated is no silence about this one.
    expect(check(a, 'The council urged cuts in a letter to residents.', 2)).toBeNull();
  });

  it("ties two dates of the same owner's thing: the same noun dated, and the owner named in the sentence or the one before", () => {
    const page = passage('In a memo on Tuesday, it said taxes would rise.');
    const previous = passage('The City Council sees it otherwise.');
    page.before = () => previous;
    expect(checkDates(page, passage("The City Council's memo, sent Thursday, warned of cuts."), 2)?.summary).toBe('"on Tuesday" vs "Thursday"');
    // Another owner's memo, or the owner's other thing, is not tied this way.
    expect(checkDates(page, passage("The Harbour Board's memo, sent Thursday, warned of cuts."), 2)).toBeNull();
    expect(checkDates(page, passage("The City Council's vote, held Thursday, warned of cuts."), 2)).toBeNull();
  });

  it('reads the thing a clause of its own dates ("a memo it put out on Tuesday") as the noun before that clause', () => {
    const other = passage('The rival Harbour Board took a different position in a memo published on Thursday, arguing that towns must pay.');
    expect(checkDates(passage('In a memo it put out on Tuesday, the Harbour Board rejected this plan.'), other, 2)?.summary).toBe('"on Tuesday" vs "on Thursday"');
    expect(checkDates(passage('In a memo they released on Tuesday, the Harbour Board rejected this plan.'), other, 2)?.kind).toBe('date');
  });

  it('ties a day put on an action to the day the other side puts on the thing that action made, when one party does both', () => {
    const reply = 'The Harbour Board replied on Monday, the day after the council vote, with a memo of its own.';
    expect(check(reply, 'The Harbour Board rejected the plan in a memo sent Wednesday.', 2)?.summary).toBe('"on Monday" vs "Wednesday"');
    // Another party's memo (naming the board does not make it the board's), a thing the reply does not name, or a second
    // day on the reply's side are not tied this way.
    expect(check(reply, "The City Council rejected the Harbour Board's plan in a memo sent Wednesday.", 2)).toBeNull();
    expect(check(reply, 'The Harbour Board rejected the plan in a letter sent Wednesday.', 2)).toBeNull();
    // There the memo's own day is compared, as for "a memo it drafted on Friday", not the reply's.
    expect(check('The Harbour Board replied on Monday with a memo it had drafted on Friday.', 'The Harbour Board rejected the plan in a memo sent Wednesday.', 2)?.summary).toBe('"on Friday" vs "Wednesday"');
  });

  it('does not date the event a relative time is relative to ("hours after the memo appeared", "answered the council\'s memo the following day")', () => {
    const memo = 'According to the Gazette, the City Council published its plan in a memo on Thursday.';
    expect(check('Only hours after the memo appeared, the Harbour Board released a plan of its own.', memo, 1)).toBeNull();
    expect(check("The Harbour Board answered the City Council's memo the following day with a plan of its own.", memo, 1)).toBeNull();
    // A relative time on the thing itself still dates it ("a memo published just before the vote" / "a memo sent Wednesday").
    expect(check('The Harbour Board set out its view in a memo published just before the council vote.', 'The Harbour Board rejected the plan in a memo sent Wednesday.', 1)?.kind).toBe('date');
  });

  it('does not read a day put on an act about a thing ("asked about the memo on Friday") as the thing\'s day', () => {
    const asked = 'A Harbour Board spokesman, asked about the council memo on Friday, referred reporters to the report.';
    expect(check(asked, 'The council urged cuts in a memo to residents.', 2)).toBeNull();
    expect(check(asked, 'The Harbour Board rejected the plan in a report sent Wednesday.', 2)).toBeNull();
    // The memo dated itself still is.
    expect(check('The council sent its budget memo on Friday, urging cuts.', 'The council urged cuts in a budget memo to residents.', 2)?.kind).toBe('date');
  });

  it('reads a time that labels its line ("Early 2027: …", as timelines write) as dating all the line says', () => {
    const other = 'The council voted last year to close the old bridge, a decision set to take effect later in 2026.';
    expect(check('- Early 2027: the closure of the old bridge is due to take effect', other, 2)?.summary).toBe('"2027" vs "2026"');
    // A time inside the line is read by its own neighbours only.
    expect(check('Residents expect the closure of the old bridge, and in 2027 a new road will take its traffic.', other, 2)).toBeNull();
  });

  it('reads the publication a timeline line names after its day as the thing the day dates ("Thursday - X publishes a memo", "Thursday: X\'s memo goes up")', () => {
    const undated = 'The council set out its budget plan in a memo to residents.';
    expect(check('Thursday - The council publishes a memo setting out its budget plan.', undated, 2)?.summary).toMatch(/^"Thursday" vs no day/);
    expect(check("- Thursday: the council's budget memo goes up", undated, 2)?.summary).toMatch(/^"Thursday" vs no day/);
    // A day inside a sentence is no label.
    expect(check('The council said Thursday that residents should publish a memo.', 'Residents wrote a memo to the council.', 2)).toBeNull();
  });

  it('reads "the company" as the organisation its article is about, past a source the sentence opens with', () => {
    const page = passage('On Monday, Brightwell, the owner of the ferry line, used a memo to call for new flood walls.');
    const company = (text: string, main: string) => {
      const p = passage(text);
      p.mainOrganisation = () => main;
      return p;
    };
    expect(checkDates(page, company('The company said in a memo Wednesday that ports need new flood walls.', 'Brightwell'), 2)?.summary).toBe('"On Monday" vs "Wednesday"');
    expect(checkDates(page, company('According to the Harbour Gazette, the company sent its memo on Wednesday.', 'Brightwell'), 2)?.summary).toBe('"On Monday" vs "on Wednesday"');
    // Another article's company, or a company the article does not say, is not tied this way.
    expect(checkDates(page, company('The company said in a memo Wednesday that ports need new flood walls.', 'HarborNet'), 2)).toBeNull();
    expect(checkDates(page, passage('The company said in a memo Wednesday that ports need new flood walls.'), 2)).toBeNull();
  });
});

describe('dates: a month led by "the end of", and a day on a comment about a thing', () => {
  it('reads "the next day" and "the morning after" as a day placed after another, so the other side\'s weekday is no day left out', () => {
    const wednesday = 'The council rejected the plan in a report published Wednesday.';
    expect(check('The council rejected the plan in a report published the morning after the vote.', wednesday, 2)?.summary).toBe('"the morning after" vs "Wednesday"');
    expect(check('The next day, the council rejected the plan in a report.', wednesday, 1)?.kind).toBe('date');
    expect(check('The next day, the council rejected the plan in a report.', wednesday, 1)?.summary).not.toMatch(/no day/);
  });

  it('reads "the start of 2027" as 2027, its words no context of the date', () => {
    expect(check('The ferry levy will not take effect until the start of 2027.', 'The ferry levy is set to take effect later in 2026.', 1)?.summary).toBe('"the start of 2027" vs "2026"');
  });

  it('reads a day set off after its thing at the end of a note\'s line ("a post on the council\'s blog, Thu 14 May.") as dating the post', () => {
    expect(datedMentionOf("- Channel: a post on the council's blog, Thu 14 May.")).toBe('post');
    expect(check("- Channel: a post on the council's blog, Thu 14 May.", 'The council backed the ferry levy in a blog post to residents.', 2)?.summary).toBe('"Thu" vs no day ("blog post")');
    // A day with more of its clause after it is no such label.
    expect(datedMentionOf("- Channel: a post on the council's blog, Thu 14 May, when the levy was backed by the mayor and the board.")).toBeUndefined();
  });

  it('reads "a budget memo Brightwell published on Thursday" as dating the memo, the party named between', () => {
    expect(datedMentions('The plan, laid out in a budget memo Brightwell published on Thursday: fares rise.')).toEqual([['budget', 'memo']]);
    expect(datedMentionOf('The plan, laid out in a budget memo Brightwell published on Thursday: fares rise.')).toBe('memo');
  });

  it('reads a party that "took to its blog" on a day as publishing there that day', () => {
    expect(datedMentions('Last Thursday, the council took to its blog to back the ferry levy.')).toEqual([['took', 'blog']]);
    expect(check('Last Thursday, the council took to its blog to back the ferry levy.', 'The council backed the ferry levy in a blog post to residents.', 2)?.summary).toBe('"Last Thursday" vs no day ("a blog")');
  });

  it('does not take the plural of one thing dated, nor a gerund named by itself, for the thing ("news reports", "the reporting" / "a report released Wednesday")', () => {
    const dated = 'The council rejected the plan in a report released Wednesday.';
    expect(check('We checked the council plan against published news reports.', dated, 1)).toBeNull();
    expect(check('What follows on the council plan is mostly the reporting restated.', dated, 1)).toBeNull();
    expect(check('The council rejected the plan in a report.', dated, 1)?.summary).toBe('no day ("a report") vs "Wednesday"');
  });

  it('does not take an agent noun or a gerund for the thing its stem names ("reporters", "reporting" for a "report")', () => {
    expect(check('The council rejected the plan in a report released Wednesday.', 'The mayor told reporters after the plan was released that she rejected it.', 2)).toBeNull();
    expect(check('The council rejected the plan in a report released Wednesday.', 'We checked the plan the council rejected against released reporting.', 2)).toBeNull();
    expect(check('The council rejected the plan in a report released Wednesday.', 'The council rejected the plan in a report it released to residents.', 2)?.kind).toBe('date');
  });

  it('reads "at the end of April" as April, against "this week"', () => {
    expect(timeExprs('The order signed at the end of April stands.').map((x) => x.value)).toEqual(['april']);
    expect(check('The flood order that the council signed at the end of April leaves the work to the towns.', 'A council flood order issued this week leaves the work to the towns.', 1)?.kind).toBe('date');
  });

  it('does not date a thing with the day of a comment on it ("declined to comment on the plan on Friday")', () => {
    const other = 'The council urged cuts in a plan to residents.';
    expect(check('The harbour board declined to comment on the council plan on Friday.', other, 2)).toBeNull();
    expect(check('The harbour board published the council plan on Friday.', other, 2)?.kind).toBe('date');
  });
});

describe('dates: short weekdays, signed posts, whole months, and a day told in the sentence beside', () => {
  const values = (t: string) => timeExprs(t).map((x) => x.value);

  it('reads "Tue" and "Thu" as a slide or a note shortens them, capitalised, not inside other words', () => {
    expect(values('- Budget memo, Tue: the council backs the levy')).toEqual(['tuesday']);
    expect(values('Vote Thu; Arthur and the thunder club abstain.')).toEqual(['thursday']);
    expect(check('- Budget memo, Tue: the council backs the ferry levy', 'The council backed the ferry levy in a budget memo released Wednesday.', 1)?.summary).toBe('"Tue" vs "Wednesday"');
  });

  it('reads a signed post\'s timestamp ("10:20, 16 May 2026 (UTC)") as when it was written: no date, no year, no day of the text\'s', () => {
    expect(values('The memo is dated Friday, 15 May 2026. — Harbourwatch (talk) 10:20, 16 May 2026 (UTC)')).toEqual(['friday', 'may 15']);
    expect(values('Agreed on the wording. — Lin (talk) 09:05 (UTC), May 16, 2026')).toEqual([]);
    // Without a time zone a clock time and a date are read as ever: the day something happened at that hour.
    expect(values('The ferry left at 10:20, 16 May 2026, an hour late.')).toEqual(['may 16']);
    const signed = 'The council released its budget memo, which backs the ferry levy. — Harbourwatch (talk) 10:20, 16 May 2026 (UTC)';
    // The post gives the memo no day; the time it was signed is not one.
    expect(check(signed, 'The council released its budget memo on Wednesday, backing the ferry levy.', 1)?.summary).toBe('no day ("budget memo") vs "on Wednesday"');
  });

  it('reads "Six years ago, in 2020" as one time, so a sentence on the same point opening "In 2023" differs on it', () => {
    const other = 'In 2023, a coalition of riders backed a harbour trust campaign for a six-month fare freeze.';
    expect(check('Six years ago, in 2020, the harbour trust campaigned for fares to freeze for six months, with a coalition of riders behind it.', other, 1)?.summary).toBe('"2020" vs "2023"');
  });

  it('takes a month or a season for a span, not a day the other side left out ("in May" / no day)', () => {
    const undated = 'In a memo sent to staff, the mayor said taxes would rise.';
    expect(check('In a budget memo published in May, the mayor said taxes would rise.', undated, 2)).toBeNull();
    expect(check('In a budget memo published last autumn, the mayor said taxes would rise.', undated, 2)).toBeNull();
    expect(check('In a budget memo published Thursday, the mayor said taxes would rise.', undated, 2)?.summary).toBe('"Thursday" vs no day ("a memo")');
  });
});

describe('dates: the thing a day dates, past a bracketed gloss or at the head of a slide\'s line', () => {
  const undated = 'The council set out its plan for the ferry levy in a budget memo sent to residents.';

  it('names the thing before a gloss in brackets ("a budget memo (a letter about money) on Tuesday")', () => {
    expect(datedMentionOf('The council put its plan in a budget memo (a letter about money) on Tuesday.')).toBe('memo');
    expect(check('The council put its plan for the ferry levy in a budget memo (a letter about money) on Tuesday.', undated, 2)?.summary).toBe('"on Tuesday" vs no day ("budget memo")');
  });

  it('reads a day that follows a label as dating the nouns after it ("Council: Thursday budget memo backing…")', () => {
    expect(datedMentionOf('- Council (harbour town): Thursday budget memo backing the ferry levy')).toBe('memo');
    expect(check('- Council (harbour town): Thursday budget memo backing the ferry levy', undated, 2)?.summary).toBe('"Thursday" vs no day ("budget memo")');
  });
});

const values = (t: string) => timeExprs(t).map((x) => x.value);

describe('dates: "on a Tuesday", and a post named with the site it is on before its day', () => {
  it('reads "on a Tuesday" as the day, and "a post on its council blog published on a Tuesday" as dating the post', () => {
    expect(values('The memo came out on a Tuesday.')).toEqual(['tuesday']);
    expect(datedMentions('In a post on its council blog published on a Tuesday, the mayor backed the levy.')).toEqual([['blog', 'post']]);
    expect(datedMentionOf('In a post on its council blog published on a Tuesday, the mayor backed the levy.')).toBe('post');
    const page = 'In a post on its council blog published on a Tuesday, the mayor backed the ferry levy.';
    expect(check(page, 'The mayor backed the ferry levy in a blog post on Thursday.', 1)?.summary).toBe('"on a Tuesday" vs "on Thursday"');
    expect(check(page, 'The mayor backed the ferry levy in a blog post to residents.', 2)?.summary).toBe('"on a Tuesday" vs no day ("blog post")');
  });
});

describe('dates: an outlet that dates the thing in the sentence beside the one on the same point', () => {
  const A = story('a_harbour', [
    'Harbour board backs ferry levy',
    'The harbour board rejected the council plan in a memo released Wednesday. The board argued that "only a levy on every crossing can keep the night ferries running through the winter months".',
    'The council will answer next month.',
  ]);
  const B = story('b_coast', [
    'Ferry levy row grows',
    'The harbour board said in its memo that "only a levy on every crossing can keep the night ferries running through the winter months".',
    'The council will answer next month.',
  ]);
  const run = storyEngine([A, B]);

  it('compares the page\'s day for the memo with the day the outlet gives it a sentence before its version of the point', () => {
    const page = ['Ferry levy: the board\'s case', '- Memo, Tue: "only a levy on every crossing can keep the night ferries running through the winter months"'];
    expect(summaries(run(page), 'date', 'a_harbour')).toEqual(['"Tue" vs "Wednesday"']);
  });
});

describe('a time that opens one of two sentences only loosely alike', () => {
  const opening = "Earlier this year, the harbour's own Goliath crane sent shockwaves through shipping and freight firms by loading ships twice as fast.";

  it('dates all that sentence says when the two share twice the context words asked for over their whole length, a name among them', () => {
    const late = 'Its new Goliath crane gave the shipping and freight trades a nasty shock last year by loading ships twice as fast.';
    expect(checkDates(passage(late), passage(opening), 2)?.summary).toBe('"last year" vs "Earlier this year"');
    expect(checkDates(passage('Its new Goliath crane shook the trades last year.'), passage(opening), 2)).toBeNull();
  });

  it('not where no name is shared: the two may tell of different things ("a blog post Thursday")', () => {
    const post = 'The harbour said in a blog post Thursday that ports must load shipping freight faster, as crane models improve and firms compete.';
    expect(checkDates(passage("Earlier this year, the harbour's crane model sent shockwaves through shipping and freight firms."), passage(post), 2)).toBeNull();
    const unnamed = 'The new crane gave the shipping and freight trades a nasty shock last year by loading ships twice as fast.';
    expect(checkDates(passage(unnamed), passage("Earlier this year, the harbour's own crane sent shockwaves through shipping and freight firms by loading ships twice as fast."), 2)).toBeNull();
  });
});

describe('a thing dated by a participle set off by commas after it', () => {
  it('is found again by its own noun, past the site it is on ("a memo on the council\'s own website, published on Tuesday")', () => {
    expect(datedMentions("The council's budget memo, published Tuesday, said the depot would close.")).toEqual([['budget', 'memo']]);
    expect(datedMentions("The source is a memo on the council's own website, published on Tuesday.")).toEqual([['websit', 'memo']]);
    const site = passage("The source is a memo on the council's own website, published on Tuesday.");
    const thing = datedThing(site, timeExprs(site.norm)[0]!);
    expect(thing?.head).toBe('memo');
    expect([...thing!.stems].sort()).toEqual(['memo', 'publish', 'websit']);
  });

  it('is left out by an outlet that names the thing with no day', () => {
    const undated = 'Council officers set out their worries in a website memo, noting that the depot loses money every winter.';
    expect(checkDates(passage("The source is a memo on the council's own website, published on Tuesday."), passage(undated), 2)?.summary).toBe('"on Tuesday" vs no day ("website memo")');
  });
});

describe('two publications, each dated', () => {
  it('are two things: "a report it released on Wednesday" is no other date for "a blog post Thursday"', () => {
    const page = ['Pause plan', 'Anthropic wants the leading AI labs to agree on a coordinated pause of frontier development.', 'A day before Anthropic\'s post, in a report it released on Wednesday, OpenAI had taken the other side: "democratic governments — not private companies acting alone — must ultimately determine the rules."'];
    const dates = analyze(page).divergences.filter((d) => d.kind === 'date' && d.page.paragraph === 2);
    // 001 and 003 date the blog post Thursday, which the page's Wednesday report is not; 004 dates the report only
    // "just before" the post, so the page's Wednesday is the day it leaves out.
    expect(dates.map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph} ${d.summary}`)).toEqual(['004#17 "on Wednesday" vs "just before"']);
    // The same publication on another day still differs.
    const post = 'The council said in a blog post Thursday that ferry fares must rise before the winter timetable.';
    expect(checkDates(passage('The council said in a blog post on Wednesday that ferry fares must rise before the winter timetable.'), passage(post), 2)?.summary).toBe('"on Wednesday" vs "Thursday"');
  });
});

describe('dates: a post named before "in which", and a party\'s blog found again by the post put on it', () => {
  it('reads "the blog post in which the board set out its plan on Friday" (and "…, published on Friday") as a mention of the post', () => {
    expect(datedMentions('A copy of the blog post in which the harbour board set out its plan on Friday hangs on the wall.')).toEqual([['blog', 'post']]);
    expect(datedMentions('In the blog post in which the plan was set out, published on Friday, the board argues for a levy.')).toEqual([['blog', 'post']]);
    expect(datedMentionOf('In the blog post in which the plan was set out, published on Friday, the board argues for a levy.')).toBe('post');
  });

  const A = story('a_harbour', [
    'Harbour board backs ferry levy',
    'In a post written by its chair, the harbour board argued that a levy on every crossing would keep the night ferries running.',
    'The council will answer next month.',
  ]);
  const B = story('b_coast', ['Ferry levy row grows', 'The harbour board wants a levy on every crossing to keep the night ferries running.', 'The council will answer next month.']);
  const run = storyEngine([A, B]);

  it("finds the outlet's undated post for a page that dates the party's blog ('went to its blog on Friday')", () => {
    const page = ['Ferry levy', 'The harbour board went to its blog on Friday with an unusual request of the council.', 'A levy on every crossing would keep the night ferries running, the board said.']
    expect(summaries(run(page), 'date', 'a_harbour')).toEqual(['"on Friday" vs no day ("a post")']);
  });
});

describe('dates: "the day before" beside a date the page gives', () => {
  const other = 'The harbour board replied in a statement published on Tuesday, saying the berths will reopen.';

  it('compares the date, not "the day before" another event, with the other side\'s day', () => {
    expect(checkDates(passage("The harbour board replied in a statement published on 12 May, the day before the council's vote, saying the berths will reopen."), passage(other), 1)).toBeNull();
  });

  it('still compares "the day before" when the page gives no date of its own', () => {
    const f = checkDates(passage("The harbour board replied in a statement published the day after the council's vote, saying the berths will reopen."), passage(other), 1);
    expect(f?.kind).toBe('date');
  });
});

describe('dates: a day set before a publication\'s noun ("a Tuesday post")', () => {
  const noun = (text: string) => {
    const p = passage(text);
    return datedNoun(p, timeExprs(text)[0]!.start)?.lower;
  };

  it('reads the publication after the day as the noun it dates', () => {
    expect(noun('In a Tuesday post written by its two founders, the harbour board argued for a pause.')).toBe('post');
    expect(noun("The board's Thursday blog post argued for a pause.")).toBe('post');
  });

  it('reads no noun after the day that names no publication ("a Tuesday meeting")', () => {
    expect(noun('At a Tuesday meeting the harbour board argued for a pause.')).toBeUndefined();
  });
});

describe('dates: a time a cleft sets apart ("it was on Tuesday that …")', () => {
  const other = passage('The council said in a short notice Thursday that as river levels rise the ferry would run less often.');

  it('dates the clause after "that", which names what the other side dates', () => {
    const cleft = passage('According to the Gazette, it was on Tuesday that the council published its plan in a short notice.');
    expect(checkDates(cleft, other, 1)?.summary).toBe('"on Tuesday" vs "Thursday"');
  });

  it('does not date that clause when no cleft sets the time apart', () => {
    const plain = passage('According to the Gazette, on Tuesday it was calm; the council published its plan in a short notice.');
    expect(checkDates(plain, other, 1)).toBeNull();
  });
});

describe('dates: a day that opens its sentence, far from the thing the sentence goes on to publish', () => {
  const other = passage('The harbour board said in a blog post Thursday that as river levels rise the ferry would run less often.');

  it('ties the day to the publication named after it ("On Friday, the board, …, put up a blog post")', () => {
    const page = passage('On Friday the harbour board, the body behind the ferry timetable, put up a blog post asking riders to plan ahead.');
    expect(checkDates(page, other, 2)?.summary).toBe('"On Friday" vs "Thursday"');
  });

  it('does not tie a day that dates no publication to the other side\'s post', () => {
    const page = passage('On Friday the harbour board, the body behind the ferry timetable, met riders to plan ahead.');
    expect(checkDates(page, other, 2)).toBeNull();
  });
});

describe('dates: a vague time back ("several months earlier", "weeks ago")', () => {
  const values = (t: string) => timeExprs(t).map((x) => x.value);

  it('reads weeks or months back, with a vague or exact count, as a time back from the story\'s week', () => {
    expect(values('The rule, issued several months earlier, took another route.')).toEqual(['rel:months-back']);
    expect(values('A few weeks ago the board met; three weeks earlier it had voted.')).toEqual(['rel:weeks-back', 'rel:weeks-back']);
    // An exact count back from now keeps its own value, and "weeks before" the other event is an order.
    expect(values('Two months ago the board met, weeks before the vote.')).toEqual(['rel:2-months-ago', 'rel:before']);
  });

  it('differs from a time in the story\'s own week, and from nothing else', () => {
    const order = 'A state order, which had been issued several months earlier, asked ferry firms to test their hulls before launch.';
    expect(checkDates(passage(order), passage('A state order issued this week asked ferry firms to test their hulls before launch.'), 1)?.summary).toBe('"several months earlier" vs "this week"');
    expect(checkDates(passage(order), passage('A state order issued earlier this year asked ferry firms to test their hulls before launch.'), 1)).toBeNull();
    // Nor is it a day the other side leaves out.
    expect(checkDates(passage(order), passage('A state order asked ferry firms to test their hulls before launch.'), 1)).toBeNull();
  });

  it('reads the thing a party "had put out" as dated, as it reads "put out"', () => {
    expect(datedNoun(passage('The board rejected the plan in a report it had put out three weeks earlier.'), 55)?.text).toBe('report');
  });

  it('dates a publication "that morning" by the weekday the sentence named before it', () => {
    const narrated = 'It was a wet Saturday morning at the depot: the ferry company had put out a statement that morning saying the crossing would close.';
    const stated = 'The ferry company said in a statement on Friday that the crossing would close.';
    expect(timeExprs(narrated).map((t) => [t.text, t.value])).toEqual([['Saturday', 'saturday'], ['that morning', 'saturday']]);
    expect(checkDates(passage(narrated), passage(stated), 1)?.summary).toBe('"that morning" vs "on Friday"');
    // Without a weekday before it, "that morning" is no day.
    expect(timeExprs('The ferry company had put out a statement that morning saying the crossing would close.')).toEqual([]);
  });
});
