import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkFirstReporter, checkSequence } from '../../lib/compare/check-sequence';

const check = (a: string, b: string) => checkSequence(passage(a), passage(b));
/** The synonym test the engine gives for "publishing" / "releasing". */
const publishing = (x: string, y: string) => [x, y].sort().join(' ') === 'publish releas';
const marked = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('sequence: who or what came first', () => {
  it('reports two outlets naming different first reporters', () => {
    const a = 'The merger terms were first reported by the Harbour Gazette.';
    const b = 'The merger terms were first reported by Coastline Radio.';
    const f = check(a, b);
    expect(f?.kind).toBe('sequence');
    expect(marked(a, f!.a)).toEqual(['first reported by the Harbour Gazette']);
    expect(marked(b, f!.b)).toEqual(['first reported by Coastline Radio']);
  });

  it('reads the first reporter written before the verb ("Reuters first reported")', () => {
    const f = checkFirstReporter(passage('Reuters first reported the terms of the harbour deal.'), passage('The terms were first reported by the Associated Press.'));
    expect(f?.summary).toBe('"Reuters first reported" vs "first reported by the Associated Press"');
    expect(checkFirstReporter(passage('The Associated Press was the first to report the terms.'), passage('The terms were first reported by the Associated Press.'))).toBeNull();
    // The reporter alone decides: the check needs no words shared beyond it.
    expect(checkFirstReporter(passage('The harbour deal was first reported by Reuters.'), passage('Officials met on Monday.'))).toBeNull();
  });

  it('does not report the same first reporter, spelt a little differently', () => {
    expect(check('It was first reported by the Harbour Gazette.', 'It was first reported by the Harbor Gazette.')).toBeNull();
  });

  it('reports "ahead of" against "in the wake of" for the same two events', () => {
    const f = check(
      'The union called the strike ahead of the ministry announcement on pay.',
      'The union called the strike in the wake of the ministry announcement on pay.',
    );
    expect(f?.kind).toBe('sequence');
  });

  it('reads "predates" and "postdates" as before and after', () => {
    expect(check('The debate predates separate research from the Delta Institute on flood barriers.', 'The debate follows separate research from the Delta Institute on flood barriers.')?.kind).toBe('sequence');
    expect(check('The debate postdates separate research from the Delta Institute on flood barriers.', 'The debate follows separate research from the Delta Institute on flood barriers.')).toBeNull();
  });

  it('reads "subsequent to" as after, against "prior to"', () => {
    expect(check('The union published its reply subsequent to the ministry announcement on pay.', 'The union published its reply prior to the ministry announcement on pay.')?.kind).toBe('sequence');
  });

  it('reads the passive "was followed by" as before, and "was preceded by" as after', () => {
    const follows = 'The debate follows separate research from the Delta Institute on flood barriers.';
    expect(check('The debate was followed by separate research from the Delta Institute on flood barriers.', follows)?.kind).toBe('sequence');
    expect(check('The debate was preceded by separate research from the Delta Institute on flood barriers.', follows)).toBeNull();
  });

  it('reads an order word opening a clause after a semicolon as ordering that clause\'s action, not the one before it', () => {
    const prompted = 'Earlier this year the club refused to sell the stadium to the city, a decision that prompted a backlash and put it on a council blacklist.';
    // The blacklisting came after the backlash; the refusal came before it: one order, told from two ends.
    expect(check('Earlier this year the club refused to sell the stadium to the city; after the backlash that followed, the council put it on a blacklist.', prompted)).toBeNull();
    // Ordering the same action the other way round is still a conflict.
    expect(check('Earlier this year the club refused to sell the stadium to the city; after the backlash that followed, the council put it on a blacklist.', 'The council put the club on a blacklist before the backlash that followed the refusal.')?.kind).toBe('sequence');
  });

  it('reads "within hours of" an event as after it, against "just before" it', () => {
    const f = check(
      'The union published its reply within hours of the ministry announcement on pay.',
      'The union published its reply just before the ministry announcement on pay.',
    );
    expect(f?.kind).toBe('sequence');
    expect(check('The union published its reply within hours of the ministry announcement on pay.', 'The union published its reply soon after the ministry announcement on pay.')).toBeNull();
  });

  it('treats "follows" against "comes alongside" as loose wording, not a conflict', () => {
    expect(check('The ruling follows a similar decision in Ohio.', 'The ruling comes alongside a similar decision in Ohio.')).toBeNull();
  });

  it('needs an order marker on both sides', () => {
    // "Followed" with nothing after it to order against ("the protest that followed") is no order.
    expect(check('The council closed the pier, and the protest that followed shut the harbour road.', 'The council closed the pier before the harbour road was shut.')).toBeNull();
    expect(check('The union called the strike ahead of the announcement.', 'The union called the strike on Monday.')).toBeNull();
  });

  it('reports "before" against "after" the same event, showing the event', () => {
    const a = 'The agency warned the banks days before publishing its audit of the payment system.';
    const b = 'The agency warned the banks a day after publishing the audit of the payment system.';
    const f = check(a, b);
    expect(f?.kind).toBe('sequence');
    expect(marked(a, f!.a)).toEqual(['days before publishing its audit']);
    expect(marked(b, f!.b)).toEqual(['a day after publishing the audit']);
  });

  it('does not oppose "before" and "after" when they place different events', () => {
    expect(check('The agency warned the banks before the holiday weekend.', 'The agency warned the banks after its board meeting.')).toBeNull();
  });

  it('reads the same order from different words for it', () => {
    expect(check('The vote came just before the summit opened.', 'The vote was held shortly before the summit began.')).toBeNull();
  });
});

describe('sequence on the same point', () => {
  it('names one event by synonyms on the two sides ("publishing" / "releasing")', () => {
    const a = passage('The lab told regulators about the flaw only after publishing it.');
    const b = passage('The lab told regulators about the flaw before releasing its findings.');
    a.related = publishing;
    expect(checkSequence(a, b)?.kind).toBe('sequence');
  });
});

describe('sequence: "once" and "made public"', () => {
  it('reads "once" opening a clause as after that event, shown with the event', () => {
    const a = 'The lab told regulators about the flaw once the findings had been made public.';
    const b = 'The lab told regulators about the flaw before publishing the findings.';
    const f = check(a, b);
    expect(f?.kind).toBe('sequence');
    expect(marked(a, f!.a)).toEqual(['once the findings had been made public']);
  });

  it('reads "once a lab has released its model" as after the release, but "once a year" as no order', () => {
    const before = 'The council asks builders to send their largest pumps for safety checks before public release.';
    expect(check('The council asks builders to send their largest pumps for safety checks once a builder has released them to the public.', before)?.kind).toBe('sequence');
    expect(check('The council asks builders to send their largest pumps for safety checks once a year, released to the public.', before)).toBeNull();
  });

  it('does not read "once" as an order where it means one time or formerly', () => {
    expect(check('The lab once again told regulators about the flaw before publishing the findings.', 'The lab told regulators about the flaw before publishing the findings.')).toBeNull();
    expect(check('The lab once published the findings of a review and told regulators.', 'The lab told regulators before publishing the findings.')).toBeNull();
  });

  it('reads the event past a clause\'s auxiliaries ("once those pumps have already been switched on" is "once those pumps switched on")', () => {
    const a = passage('The council asks builders to send their largest pumps for safety checks once those pumps have already been switched on in homes.');
    const b = passage('The council asks builders to send their largest pumps for safety checks before they are switched on in homes.');
    expect(checkSequence(a, b)?.kind).toBe('sequence');
  });

  it('reads "the study was already out" as the study published ("only once the study was already out" / "before releasing the findings")', () => {
    const a = passage('Dr Ruiz told the regulator about the flaw only once the study was already out.');
    const b = passage('Dr Ruiz told the regulator about the flaw before releasing the findings.');
    b.related = Object.assign(publishing, { near: undefined });
    a.related = b.related;
    expect(checkSequence(a, b)?.kind).toBe('sequence');
    // Something else that is out ("once the lights were out") is no publication.
    const c = passage('Dr Ruiz told the regulator about the flaw once the lights were out.');
    c.related = b.related;
    expect(checkSequence(c, b)).toBeNull();
  });

  it('reads "making … public" as publishing, whatever the other side calls it', () => {
    const a = passage('The agency warned the banks only after making its findings public.');
    const b = passage('The agency warned the banks before releasing the report.');
    a.related = publishing;
    expect(checkSequence(a, b)?.kind).toBe('sequence');
    // Making something else ("its plans clear") is no publishing.
    const c = passage('The agency warned the banks only after making its plans clear in public.');
    c.related = publishing;
    expect(checkSequence(c, b)).toBeNull();
  });

  it('for loosely alike sentences, needs the same action before the two orders', () => {
    const a = passage('The team shared its results with the national cybersecurity agency after making them public.');
    a.related = publishing;
    const same = passage('Its leader, who notified the national cybersecurity agency before releasing the findings, spoke on Monday.');
    const other = passage('The mayor opened the new library before releasing the findings.');
    expect(checkSequence(a, same, 2)?.kind).toBe('sequence');
    expect(checkSequence(a, other, 2)).toBeNull();
    expect(checkSequence(a, other)?.kind).toBe('sequence');
  });
});


describe("sequence: one party's publication, however it is called", () => {
  const after = "Harbor Freight answered on Friday, the day after Delta Institute's post, with a statement of its own.";

  it("reads \"Delta Institute's post\" and \"Delta Institute's announcement\" as one event, and needs only the same actor before the orders", () => {
    const before = "The company's plan contrasts with Harbor Freight's position, outlined in a report published just before Delta Institute's announcement.";
    expect(check(after, before)?.summary).toBe('"the day after Delta Institute\'s post" vs "just before Delta Institute\'s announcement"');
    expect(checkSequence(passage(after), passage(before), 2)?.kind).toBe('sequence');
  });

  it('takes the subject after a fronted order\'s comma for its actor ("A day after Delta Institute\'s post, Harbor Freight hit back")', () => {
    const before = "The company's plan contrasts with Harbor Freight's position, outlined in a report published just before Delta Institute's announcement.";
    const fronted = "A day after Delta Institute's post, Harbor Freight hit back with a report of its own.";
    expect(checkSequence(passage(fronted), passage(before), 2)?.summary).toBe('"A day after Delta Institute\'s post" vs "just before Delta Institute\'s announcement"');
    expect(checkSequence(passage("A day after Delta Institute's post, the mayor hit back with a report of his own."), passage(before), 2)).toBeNull();
  });

  it('reads "once Delta Institute\'s post was public" as after the post, and the subject set after "did" as its actor', () => {
    const before = "The company's plan contrasts with Harbor Freight's position, outlined in a report published just before Delta Institute's announcement.";
    const inverted = "Only once Delta Institute's post was public did Harbor Freight set out its own case, in a report.";
    expect(checkSequence(passage(inverted), passage(before), 2)?.summary).toBe('"once Delta Institute\'s post was public did" vs "just before Delta Institute\'s announcement"');
    expect(checkSequence(passage("Only once Delta Institute's post was public did the mayor set out his own case, in a report."), passage(before), 2)).toBeNull();
  });

  it("does not read two parties' publications, or a party's other doings, as one event", () => {
    expect(check(after, "Harbor Freight's position was outlined in a report published just before Tern Labs' announcement.")).toBeNull();
    expect(check(after, "Harbor Freight's position was outlined in a report published just before Delta Institute's vote.")).toBeNull();
    expect(checkSequence(passage(after), passage("The mayor's plan was outlined in a report published just before Delta Institute's announcement."), 2)).toBeNull();
  });
});

describe('sequence: the same order word with the two events swapped', () => {
  const debate = 'The debate follows an earlier flood-barrier study from the Delta Institute on the river defences.';

  it('reports "days after the vote, the Delta Institute released a study" against "the debate follows the Delta Institute study"', () => {
    const a = "A few days after the council's vote, engineers at the Delta Institute released a flood-barrier study.";
    const f = check(a, debate);
    expect(f?.kind).toBe('sequence');
    expect(f!.summary).toBe('"days after the council\'s vote" vs "follows"');
  });

  it('reads "the findings", "the research" and "a study" as one event ("The Delta findings landed after the council\'s vote")', () => {
    const research = "The debate follows separate research from the Delta Institute on flood barriers.";
    expect(check("The Delta findings landed after the council's vote, not before it.", research)?.kind).toBe('sequence');
    expect(check("The Delta ferries sailed after the council's vote, not before it.", research)).toBeNull();
  });

  it('reads a marker its clause closes on ("the day before, in a report …") as naming no event, so the phrase after it is not swapped in', () => {
    const p = passage('The ministry had set out its own view the day before, in a report released on Monday.');
    const q = passage("The ministry's position, outlined in a report published just before the council's vote, differs.");
    p.related = q.related = publishing;
    expect(checkSequence(p, q, 2)).toBeNull();
  });

  it('does not report the same order of the same two events, nor an order of events the other side does not name', () => {
    expect(check("Days after the council's vote, the Delta Institute released a flood-barrier study.", "The Delta Institute's flood-barrier study followed the council's vote.")).toBeNull();
    expect(check("A few days after the council's vote, the harbour reopened to ferries.", debate)).toBeNull();
    // The same event after both order words ("before releasing"), however much each side shows of it.
    expect(check('Before releasing her study, Maria Okafor briefed the flood council and the harbour board.', 'Maria Okafor, who briefed the flood council before releasing the study, said the barrier would hold.')).toBeNull();
    // Both name the study as what came first, though its words recur in the vote's clause.
    expect(check('A day after the Delta Institute study, the Delta Institute council voted.', 'The vote follows the Delta Institute study.')).toBeNull();
  });
});

describe('sequence: a cause comes before what it brings about', () => {
  const caused = 'Last spring the council rejected the toll, a decision that prompted protests and placed it under review by the ministry.';

  it('reports "after being placed under review" against "a decision that prompted … and placed it under review"', () => {
    const f = check('Last spring, after being placed under review by the ministry, the council rejected the toll.', caused);
    expect(f?.summary).toBe('"after being placed under" vs "prompted"');
  });

  it('does not oppose two events that share only a name ("after the council rejected" / "resulted in the council being placed…")', () => {
    const a = 'After Harbourside rejected the toll last spring, the ministry placed the town under review.';
    expect(check(a, 'Harbourside rejected the toll last spring, which resulted in Harbourside being placed under review.')).toBeNull();
  });
});

describe('sequence: holding back until an event', () => {
  it('places what is done after holding back until an event after that event ("held back until Delta Institute\'s post was out")', () => {
    const waited = "Harbor Freight held back until Delta Institute's post was out, then answered with a report of its own.";
    const before = "Harbor Freight's position was outlined in a report published just before Delta Institute's announcement.";
    expect(check(waited, before)?.summary).toBe('"held back until" vs "just before Delta Institute\'s announcement"');
    // "Until" alone orders nothing ("the labs would pause until the rules were ready").
    expect(check("Harbor Freight said it would pause until Delta Institute's post was out.", before)).toBeNull();
  });
});
