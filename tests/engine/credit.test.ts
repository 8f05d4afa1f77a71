import { describe, expect, it } from 'vitest';
import { passage, type Passage } from '../../lib/compare/passage';
import { attributionAlong, checkClaimCredit, checkQuoteCredit } from '../../lib/compare/check-credit';
import { checkAttribution } from '../../lib/compare/check-speakers';
import { creditedClaims } from '../../lib/compare/credited-claims';
import { articleNameUses } from '../../lib/compare/name-uses';
import { creditOf } from '../../lib/compare/credit';
import { publisherBefore } from '../../lib/compare/antecedents';

/** A sentence as the engine prepares it, with the names its (invented) article writes. */
const prepared = (text: string, article: string[] = [text]): Passage => {
  const p = passage(text);
  p.nameUse = articleNameUses(article);
  return p;
};
const check = (a: Passage, b: Passage) => checkQuoteCredit(a, b);
const marked = (p: Passage, spans: Array<{ start: number; end: number }>) => spans.map((s) => p.text.slice(s.start, s.end));

const QUOTE = '"cities must rebuild their flood defences before the next storm season arrives"';

describe('quote credit: the same quotation credited to different parties', () => {
  it('reports a person on one side against the organisation on the other, and marks who is credited', () => {
    const a = prepared(`Harlow Water's chief engineer, Dana Whitfield, took questions on Tuesday, saying that ${QUOTE}.`);
    const b = prepared(`The utility published its plan on Tuesday. The company argued that ${QUOTE}.`.split('. ')[1]!);
    const f = check(a, b);
    expect(f?.kind).toBe('attribution');
    expect(marked(a, f!.a)).toEqual(["Harlow Water's chief engineer"]);
    expect(marked(b, f!.b)).toEqual(['The company']);
  });

  it('does not report a person against the organisation whose sentence names that person as the author ("a plan written by … Whitfield, the company argued")', () => {
    const a = prepared(`Dana Whitfield argued that ${QUOTE}.`, [`Dana Whitfield argued that ${QUOTE}.`, 'Ms Whitfield is its chief engineer.']);
    const b = prepared(`In a plan written by chief engineer Dana Whitfield, the company argued that ${QUOTE}.`);
    expect(check(a, b)).toBeNull();
    expect(check(a, prepared(`In a plan written by its board, the company argued that ${QUOTE}.`))?.kind).toBe('attribution');
  });

  it('credits a quotation to the name after it past a title before the name ("Harlow Water chief engineer Dana Whitfield said") or set off after it', () => {
    const cases: Array<[string, string]> = [
      [`${QUOTE}, Harlow Water chief engineer Dana Whitfield warned.`, 'Dana Whitfield'],
      [`${QUOTE}, chief engineer Dana Whitfield said.`, 'Dana Whitfield'],
      [`${QUOTE}, Dana Whitfield, the utility's chief engineer, said.`, 'Dana Whitfield'],
    ];
    for (const [text, who] of cases) {
      const a = prepared(text);
      expect(creditOf(a, a.quotes[0]!)?.text).toBe(who);
    }
    const b = prepared(`${QUOTE}, Tom Reyes said.`);
    expect(check(prepared(cases[0]![0]), b)?.kind).toBe('attribution');
  });

  it('credits a quotation set after a colon to the subject of the short clause before it ("Dana Whitfield made that point herself: …")', () => {
    const b = prepared(`${QUOTE.slice(0, -1)}," said Tom Okafor, the city's planning chief.`);
    const f = check(prepared(`Dana Whitfield of Harlow Water made that point herself: ${QUOTE}.`), b);
    expect(f?.kind).toBe('attribution');
    expect(check(prepared(`Tom Okafor made that point himself: ${QUOTE}.`), b)).toBeNull();
    // A clause too long to be a speaker's lead-in says nothing of who speaks.
    expect(check(prepared(`Dana Whitfield of Harlow Water, who has run the utility's storm planning for a decade and more, left one line for the end of the report: ${QUOTE}.`), b)).toBeNull();
  });

  it('reads the subject of a colon clause past "actually" or "even" before its verb ("Harlow Water\'s report actually uses that example: …")', () => {
    const b = prepared(`${QUOTE.slice(0, -1)}," said Tom Okafor, the city's planning chief.`);
    for (const adverb of ['actually', 'even']) {
      const a = prepared(`Dana Whitfield's report ${adverb} uses that very example: ${QUOTE}.`);
      expect(creditOf(a, a.quotes[0]!)).toMatchObject({ text: "Dana Whitfield's report", name: 'Whitfield' });
      expect(check(a, b)?.kind).toBe('attribution');
    }
  });

  it('reads the speaker of a colon clause after a reply ("No, and Tom Okafor from Harlow Water made that point: …") as the person named before "from" or "of"', () => {
    const a = prepared(`No, and Tom Okafor from Harlow Water made that very point: ${QUOTE}.`);
    const credit = creditOf(a, a.quotes[0]!);
    expect(credit).toMatchObject({ person: true, name: 'Tom Okafor' });
    expect(check(a, prepared(`${QUOTE.slice(0, -1)}," said Dana Whitfield, the utility's chief engineer.`))?.kind).toBe('attribution');
    // An institution's name keeps its "of": the party is the institution.
    const b = prepared(`Friends of the Harbour Institute made that very point: ${QUOTE}.`);
    expect(creditOf(b, b.quotes[0]!)).toMatchObject({ person: false });
  });

  it('reads "accepts that" as reporting what follows, as "concedes that" does', () => {
    const a = prepared(`Even Brightwell accepts that ${QUOTE}.`, [`Even Brightwell accepts that ${QUOTE}.`, 'The rival firm Brightwell spoke.']);
    expect(creditOf(a, a.quotes[0]!)).toMatchObject({ person: false, name: 'Brightwell' });
    expect(check(a, prepared(`${QUOTE.slice(0, -1)}," said Tom Okafor, the city's planning chief.`))?.kind).toBe('attribution');
  });

  it('reads "described" as framing the quotation that follows ("Brightwell, making its own case, described the danger in plain terms: …")', () => {
    const a = prepared(`Brightwell, making its own case, described the danger in the plainest terms imaginable: ${QUOTE}.`, [`Brightwell spoke.`, 'The rival firm Brightwell spoke.']);
    expect(check(a, prepared(`${QUOTE.slice(0, -1)}," said Tom Okafor, the city's planning chief.`))?.kind).toBe('attribution');
  });

  it('reads a document as the party ("The ministry\'s statement put it plainly") against a person credited after the quote', () => {
    const a = prepared(`The ministry's statement of the plan put it plainly: ${QUOTE}.`);
    const b = prepared(`${QUOTE.slice(0, -1)}," she said.`);
    const f = check(a, b);
    expect(f?.kind).toBe('attribution');
    expect(marked(a, f!.a)).toEqual(["The ministry's statement of the plan"]);
    expect(marked(b, f!.b)).toEqual(['she']);
  });

  it('reads a name set before a document\'s noun as its owner ("The Harbor Trust report"), past an adverb before the verb', () => {
    const a = prepared(`The Harbor Trust report also agreed that storms are worsening, but cautioned that ${QUOTE}.`);
    const b = prepared(`The Tidewater Council warned that ${QUOTE}.`);
    expect(check(a, b)?.summary).toBe('"The Harbor Trust report" vs "The Tidewater Council"');
    expect(creditOf(a, a.quotes[0]!)?.name).toBe('Harbor Trust');
    // Named so, it is one party with the trust itself.
    expect(check(a, prepared(`Harbor Trust warned that ${QUOTE}.`))).toBeNull();
  });

  it('finds the head of a subject before its preposition ("The company behind the Vela app stated")', () => {
    const a = prepared(`The company behind the Vela app stated that, as storms grow stronger, ${QUOTE}.`);
    const b = prepared(`Its founder Omar Castell told reporters on Monday that ${QUOTE}.`);
    expect(check(a, b)?.kind).toBe('attribution');
  });

  it('tells a one-word organisation from a person by how its article writes the name', () => {
    const text = `Globex argued that ${QUOTE}.`;
    const asCompany = prepared(text, ['The plan was drafted by rival utility Globex.', text]);
    const asPerson = prepared(text, ['Engineer Ana Globex drafted the plan.', text]);
    const person = prepared(`Harlow Water's chief engineer, Dana Whitfield, took questions, saying that ${QUOTE}.`);
    expect(check(asCompany, person)?.kind).toBe('attribution');
    expect(check(asPerson, person)).toBeNull();
  });

  it('reports two differently named organisations', () => {
    const article = ['Rival utilities Globex and Initech both bid for the contract.'];
    const a = prepared(`Globex argued that ${QUOTE}.`, article);
    const b = prepared(`Initech argued that ${QUOTE}.`, article);
    expect(check(a, b)?.kind).toBe('attribution');
  });

  it('does not report parties of one kind it cannot tell apart, nor an organisation against its own document', () => {
    const person = prepared(`${QUOTE.slice(0, -1)}," he said.`);
    const named = prepared(`Dana Whitfield said on Tuesday that ${QUOTE}.`);
    expect(check(person, named)).toBeNull();
    const agency = prepared(`The agency said that ${QUOTE}.`);
    const report = prepared(`The agency's report said that ${QUOTE}.`);
    expect(check(agency, report)).toBeNull();
  });

  it('says nothing when it cannot tell who the subject is', () => {
    // "maker" is the head of "the Harlow maker", and no rule says whether a maker is a person.
    const unknown = prepared(`In a report published Monday, the Harlow maker argued that ${QUOTE}.`);
    const participle = prepared(`In a report published Monday, the Harlow maker took a firm line, arguing that ${QUOTE}.`);
    expect(check(participle, prepared(`Dana Whitfield said on Tuesday that ${QUOTE}.`))).toBeNull();
    const person = prepared(`Dana Whitfield said on Tuesday that ${QUOTE}.`);
    expect(check(unknown, person)).toBeNull();
    // A capitalised first word the article never writes mid-sentence may be a common noun ("Engineers said").
    const bare = prepared(`Engineers said that ${QUOTE}.`);
    expect(check(bare, person)).toBeNull();
    // A day before the verb says when, not who ("Brightwell, the ferry operator, on Thursday urged…").
    const article = ['Brightwell, the ferry operator, spoke.', 'The port closed on Thursday.'];
    const day = prepared('Brightwell, the ferry operator, on Thursday urged towns, farmers and insurers to share their flood sensor data.', article);
    expect(checkClaimCredit(day, prepared('Dana Whitfield urged towns, farmers and insurers to share their flood sensor data.'))).toBeNull();
  });

  it('needs the same quotation: a few shared quoted words are not enough', () => {
    const a = prepared(`Dana Whitfield said that "cities must act before the storm season".`);
    const b = prepared(`The company argued that "rural towns should wait for federal money before the storm season".`);
    expect(check(a, b)).toBeNull();
  });
});

describe('quote credit after the quotation: a name set off after a title, and "has said"', () => {
  it('reads \'…," the study\'s lead engineer, Dana Whitfield, has said\' as Whitfield\'s, and \'…," the engineer has said\' as the engineer\'s', () => {
    const a = prepared(`${QUOTE.slice(0, -1)}," the study's lead engineer, Dana Whitfield, has said.`);
    expect(creditOf(a, a.quotes[0]!)?.text).toBe('Dana Whitfield');
    const b = prepared(`${QUOTE.slice(0, -1)}," the engineer has said.`);
    expect(creditOf(b, b.quotes[0]!)?.text).toBe('the engineer');
  });
});

describe('quote credit through "he" and "she"', () => {
  /** A sentence crediting the quotation to a pronoun, after the sentence the engine gives as the one before it. */
  const after = (before: string, text: string) => {
    const p = prepared(text, [`${before} ${text}`]);
    p.before = () => prepared(before, [`${before} ${text}`]);
    return p;
  };
  const shePart = `${QUOTE.slice(0, -1)}," she said.`;
  const hePart = `${QUOTE.slice(0, -1)}," he said.`;

  it('reads a pronoun as the person the sentence before opens with, and names both in the summary', () => {
    const a = after("Dana Whitfield, the utility's chief engineer, said the city had waited too long.", shePart);
    const b = after('Tom Okafor told reporters the plan was overdue.', hePart);
    const f = check(a, b);
    expect(f?.kind).toBe('attribution');
    expect(f?.summary).toBe('"she" (Dana Whitfield) vs "he" (Tom Okafor)');
    expect(check(a, after('Dana Whitfield told reporters the plan was overdue.', shePart))).toBeNull();
  });

  it('reads no capitalised time opening the sentence before as a person ("Today AI has made an attack so cheap…")', () => {
    const b = after('Tom Okafor told reporters the plan was overdue.', hePart);
    expect(check(after('Today AI has made flood defences so cheap that any town can build them.', hePart), b)).toBeNull();
  });

  it('takes the person named earlier in the same sentence first', () => {
    const own = after('Tom Okafor told reporters the plan was overdue.', `Dana Whitfield spoke after him: ${QUOTE.slice(0, -1)}," she said.`);
    expect(check(own, after('Tom Okafor told reporters the plan was overdue.', hePart))?.summary).toBe('"she" (Dana Whitfield) vs "he" (Tom Okafor)');
  });

  it('takes no one named inside brackets, a script\'s cue or an aside ("(MARA QUINN VO)"), for the person a pronoun stands for', () => {
    const okafor = after('Tom Okafor told reporters the plan was overdue.', hePart);
    expect(check(prepared(`[FULL-SCREEN GFX] (MARA QUINN VO) ${hePart}`), okafor)).toBeNull();
    expect(check(after('[SOT: DANA WHITFIELD / ENGINEER] "It is late."', `(MARA QUINN VO) ${hePart}`), okafor)).toBeNull();
    expect(check(prepared(`Dana Whitfield (with Mara Quinn) spoke: ${shePart}`), okafor)?.summary).toBe('"she" (Dana Whitfield) vs "he" (Tom Okafor)');
  });

  it('leaves a pronoun unresolved when the sentence before opens with no person', () => {
    const okafor = after('Tom Okafor told reporters the plan was overdue.', hePart);
    expect(check(after('The utility published its plan on Tuesday.', shePart), okafor)).toBeNull();
    expect(check(after('The University of Harlow published its plan on Tuesday.', shePart), okafor)).toBeNull();
  });
});

describe('quote credit of a sentence that is only a quotation', () => {
  const lines = ['Tom Okafor told reporters the plan was overdue.', '"The river has never been this high," he said.', `${QUOTE.slice(0, 1).toUpperCase()}${QUOTE.slice(1, -1)}."`];
  /** The third line, with the engine's link to the sentence before it in its paragraph. */
  const continued = (second = lines[1]!) => {
    const article = [lines[0]!, second, lines[2]!];
    const first = prepared(lines[0]!, article);
    const middle = prepared(second, article);
    middle.before = () => first;
    const p = prepared(lines[2]!, article);
    p.before = () => middle;
    p.beforeOffset = -(second.length + 1);
    return p;
  };
  const utility = prepared(`Harlow Water argued that ${QUOTE}.`);

  it('credits it to the speaker of the quotation the sentence before ends on (\'"…," he said. "…"\'), marked in that sentence', () => {
    const b = continued();
    const f = check(utility, b);
    expect(f?.summary).toBe('"Harlow Water" vs "he" (Tom Okafor)');
    expect(f!.b.map((s) => lines[1]!.slice(s.start + lines[1]!.length + 1, s.end + lines[1]!.length + 1))).toEqual(['he']);
  });

  it('credits nothing without a sentence before, or when the sentence before ends on words of its own after its quotation', () => {
    const alone = prepared(lines[2]!);
    expect(check(utility, alone)).toBeNull();
    expect(check(utility, continued('"The river has never been this high," he said, standing on the embankment that the council had promised to raise before the last election.'))).toBeNull();
  });
});

describe('quote credit through "the company"', () => {
  const after = (before: string, text: string) => {
    const p = prepared(text, [`${before} ${text}`]);
    p.before = () => prepared(before, [`${before} ${text}`]);
    return p;
  };
  const companyPart = `The company argued that ${QUOTE}.`;
  const harlowText = `Kestrel published its plan on Tuesday, arguing that ${QUOTE}.`;
  const harlow = prepared(harlowText, [harlowText, 'Shares in Kestrel rose.']);

  it('reads "the company" as the organisation the sentence before opens with, and names it in the summary', () => {
    const f = check(after('Brightwell rejected the plan in a statement released on Tuesday.', companyPart), harlow);
    expect(f?.kind).toBe('attribution');
    expect(f?.summary).toBe('"The company" (Brightwell) vs "Kestrel"');
    expect(check(after('Kestrel rejected the plan in a statement released on Tuesday.', companyPart), harlow)).toBeNull();
  });

  it('reads no place as "the company" ("The US flood-barrier company Brightwell…" is not the US)', () => {
    const f = check(after('The US flood-barrier company Brightwell rejected the plan in a statement on Tuesday.', companyPart), harlow);
    expect(f?.summary ?? '').not.toMatch(/\(US\)/);
  });

  it('leaves "the company" unresolved after a person, a day, a plural noun or another determiner', () => {
    expect(check(after('Dana Whitfield rejected the plan in a statement on Tuesday.', companyPart), harlow)).toBeNull();
    expect(check(after('On Tuesday the plan was rejected in a statement.', companyPart), harlow)).toBeNull();
    expect(check(after('Regulators rejected the plan in a statement on Tuesday.', companyPart), harlow)).toBeNull();
    expect(check(after('Regulation remains weak across the region this year.', companyPart), harlow)).toBeNull();
    expect(check(after('Brightwell rejected the plan in a statement released on Tuesday.', `A company argued that ${QUOTE}.`), harlow)).toBeNull();
  });

  it('reads no wiki label set off by a dash as "the company" ("\'\'\'Comment\'\'\' — …")', () => {
    const f = check(after(`: '''Comment''' — "asked to agree" reads like a demand, not a request.`, companyPart), harlow);
    expect(f?.summary ?? '').not.toMatch(/\(Comment\)/);
  });

  it('reads a paragraph\'s opening "the company" as the organisation the last sentence names in a reporting frame (", Brightwell argues,")', () => {
    const before = 'Without a regional plan, Brightwell argues, the repairs will come too late.';
    const p = prepared(companyPart, [before, companyPart]);
    p.previous = () => prepared(before, [before, companyPart]);
    expect(check(p, harlow)?.summary).toBe('"The company" (Brightwell) vs "Kestrel"');
    // A frame naming a person is no organisation.
    const person = 'Without a regional plan, Dana Whitfield argues, the repairs will come too late.';
    const q = prepared(companyPart, [person, companyPart]);
    q.previous = () => prepared(person, [person, companyPart]);
    expect(check(q, harlow)).toBeNull();
  });
});

describe('quote credit: a source set before the quotation with a colon, and one of a named person\'s group', () => {
  const whitfield = prepared(`${QUOTE.slice(0, -1)}," Dana Whitfield said.`);

  it('reads "came from one of Whitfield\'s engineers:" as the party, a person other than Whitfield', () => {
    const a = prepared(`The warning that stayed with us came from one of Whitfield's engineers: ${QUOTE}.`);
    const f = check(a, whitfield);
    expect(f?.summary).toBe('"one of Whitfield\'s engineers" vs "Dana Whitfield"');
  });

  it('reads the document a quotation "appears in" as its source ("… appears in Brightwell\'s memo itself:")', () => {
    const a = prepared(`The line closest to our own view appears in Brightwell's memo itself: ${QUOTE}.`);
    expect(check(a, whitfield)?.summary).toBe('"Brightwell\'s memo" vs "Dana Whitfield"');
    // "in" after a verb of saying is where it was said, not who said it.
    expect(check(prepared(`Dana Whitfield wrote in her memo: ${QUOTE}.`), whitfield)).toBeNull();
  });

  it('does not report one of a group against a person it is not said to belong to, nor a group with no role', () => {
    expect(check(prepared(`The warning that stayed with us came from one of the engineers: ${QUOTE}.`), whitfield)).toBeNull();
    expect(check(prepared(`The warning that stayed with us came from one of Whitfield's dogs: ${QUOTE}.`), whitfield)).toBeNull();
  });
});

describe("quote credit: a party's view set before the quotation ('Whitfield's warning was stark: \"…\"')", () => {
  const article = ['Lead engineer Dana Whitfield designed the barrier.'];
  it('credits the quotation to the party it is given "according to" ("According to the Harbour Trust, \'…\'")', () => {
    const a = prepared(`Whitfield's warning was stark: ${QUOTE}`, article);
    const b = prepared(`According to the Harbour Trust, ${QUOTE}.`, article);
    expect(check(b, a)?.summary).toBe('"the Harbour Trust" vs "Whitfield"');
    // "according to" with a clause of its own before the quotation credits nothing by itself.
    expect(check(prepared(`According to the plan, the barrier rises, and ${QUOTE}.`, article), a)).toBeNull();
  });

  it('credits the quotation to the party whose assessment, verdict or warning it is', () => {
    const a = prepared(`Whitfield's warning was stark: ${QUOTE}`, article);
    const b = prepared(`The Harbour Trust's own assessment is blunt: ${QUOTE}`, article);
    expect(check(a, b)?.summary).toBe('"Whitfield" vs "The Harbour Trust"');
    expect(check(prepared(`The regional authorities' verdict: ${QUOTE}`, article), a)?.kind).toBe('attribution');
  });

  it('credits the quotation to the party whose line it is ("The line that landed best was Whitfield\'s: \'…\'")', () => {
    const a = prepared(`The line that landed best was the Harbour Trust's: ${QUOTE}`, article);
    expect(check(a, prepared(`Whitfield's warning was stark: ${QUOTE}`, article))?.summary).toBe('"the Harbour Trust" vs "Whitfield"');
    // A possessive that is not the whole predicate names no owner of the quotation.
    expect(check(prepared(`What is at stake is the Harbour Trust's plan for the winter: ${QUOTE}`, article), prepared(`Whitfield's warning was stark: ${QUOTE}`, article))).toBeNull();
  });

  it('credits the quotation to the party whose insistence, argument or claim it is ("Hence the memo\'s insistence that \'…\'")', () => {
    const texts = ['On Tuesday, the Harbour Trust put out a memo on the barrier.', `Hence the memo's insistence that ${QUOTE}.`];
    const [published, hence] = texts.map((t) => prepared(t, texts)) as [Passage, Passage];
    hence.previous = () => published;
    expect(check(hence, prepared(`Whitfield's warning was stark: ${QUOTE}`, article))?.summary).toBe('"the memo" (Harbour Trust) vs "Whitfield"');
    expect(check(prepared(`The Harbour Trust's argument that ${QUOTE} won the day.`, article), prepared(`Whitfield's warning was stark: ${QUOTE}`, article))?.kind).toBe('attribution');
  });

  it('reads no party from a view that is nobody\'s ("The view is clear:")', () => {
    expect(check(prepared(`The view from the harbour is clear: ${QUOTE}`, article), prepared(`Whitfield's warning was stark: ${QUOTE}`, article))).toBeNull();
  });
});

describe('quote credit across sentences', () => {
  const opening = '"Cities must rebuild their flood defences before the next storm season arrives.';
  const closing = 'Nobody is ready for what is coming," Dana Whitfield warned.';
  const paragraph = `${opening} ${closing}`;
  const agency = () => prepared(`The agency's report put it bluntly: ${QUOTE}.`);
  /** The quotation's first sentence, with the next one of its paragraph as the engine provides it. */
  const runOn = (next: string) => {
    const b = prepared(opening, [paragraph]);
    b.after = () => ({ passage: prepared(next, [paragraph]), offset: opening.length + 1 });
    return b;
  };

  it('credits a quotation of several sentences where it closes, and marks the credit in the paragraph', () => {
    const f = check(agency(), runOn(closing));
    expect(f?.kind).toBe('attribution');
    expect(f!.b.map((s) => paragraph.slice(s.start, s.end))).toEqual(['Dana Whitfield']);
  });

  it('does not credit it without the next sentence, nor from a next sentence that opens no continuation', () => {
    expect(check(agency(), prepared(opening, [paragraph]))).toBeNull();
    expect(check(agency(), runOn('Dana Whitfield warned that "nobody is ready," she added.'))).toBeNull();
  });
});

describe('claim credit: the same claim in other words credited to different parties', () => {
  const article = ['Lead engineer Dana Whitfield designed the barrier.'];
  const claim = (text: string) => prepared(text, article);

  it('reports an authority credited with what the other side has a named person call for, past a clause set off by commas', () => {
    const a = claim("The region's water authorities, whom the engineers briefed before publishing, have urged towns, farmers and insurers to share flood sensor data.");
    const b = claim('Whitfield called for closer cooperation between towns, farmers, and insurers to share flood sensor data before winter.');
    const f = checkClaimCredit(a, b);
    expect(f?.kind).toBe('attribution');
    expect(marked(a, f!.a)).toEqual(["The region's water authorities"]);
    expect(marked(b, f!.b)).toEqual(['Whitfield']);
  });

  it('reads a claim after ", saying" without "that" when a clause follows ("…, saying towns and farmers need to …")', () => {
    const b = claim('Whitfield called for closer cooperation between towns, farmers, and insurers to share flood sensor data before winter.');
    const a = claim("The Tidewatch report has an answer for that too, saying towns, farmers and insurers need to share flood sensor data.");
    expect(marked(a, checkClaimCredit(a, b)!.a)).toEqual(['The Tidewatch report']);
    // "saying" before a mere object is no claim of the party's ("…, saying goodbye to the old barrier").
    expect(creditedClaims(claim('The Tidewatch report closed the year, saying goodbye to towns, farmers and insurers who share flood sensor data.'))).toEqual([]);
  });

  it('reads "the call for … came from" past an aside before "from", with what a clause on the party says the call asks', () => {
    const b = claim('Whitfield called for closer cooperation between towns, farmers, and insurers to share flood sensor data before winter.');
    const aside = claim('The call for towns, farmers and insurers to share flood sensor data came, as it happens, from the Tidewatch report rather than from the engineers.');
    expect(marked(aside, checkClaimCredit(aside, b)!.a)).toEqual(['the Tidewatch report']);
    const whose = claim('Funnily enough, the call for everyone to pull together came from the Ferry Board, whose report wants towns, farmers and insurers sharing flood sensor data.');
    expect(marked(whose, checkClaimCredit(whose, b)!.a)).toEqual(['the Ferry Board']);
  });

  it('reads the subject past an adverb of time between it and the verb ("have since urged", "are now calling for")', () => {
    const b = claim('Whitfield called for closer cooperation between towns, farmers, and insurers to share flood sensor data before winter.');
    const since = claim("The region's water authorities have since urged towns, farmers and insurers to share flood sensor data.");
    expect(marked(since, checkClaimCredit(since, b)!.a)).toEqual(["The region's water authorities"]);
    const now = claim("The region's water authorities are now calling for towns, farmers and insurers to share flood sensor data.");
    expect(marked(now, checkClaimCredit(now, b)!.a)).toEqual(["The region's water authorities"]);
  });

  it('reads "it" as the party whose document the sentence opens on ("the Tidewatch report carries a warning: …, it says, …")', () => {
    const texts = ['And the Tidewatch report carries a warning of its own: without a deal, it says, the smallest ferry firms could pull ahead of the rest.', 'The Ferry Board argued that without a deal the smallest ferry firms could pull ahead of the rest.'];
    const [a, b] = texts.map((t) => prepared(t, texts)) as [Passage, Passage];
    const f = checkClaimCredit(a, b);
    expect(f?.kind).toBe('attribution');
    expect(f?.summary).toContain('Ferry Board');
  });

  it('reads "it" as the publisher of a document its sentence opens on with "that" ("That report also grants …, though it warns …")', () => {
    const texts = ['On Monday, Tidewatch put out a report of its own.', 'That report also grants that the deal would help ports, though it warns that without a deal the smallest ferry firms could pull ahead of the rest.', 'The Ferry Board argued that without a deal the smallest ferry firms could pull ahead of the rest.'];
    const [prev, a, b] = texts.map((t) => prepared(t, texts)) as [Passage, Passage, Passage];
    a.previous = () => prev;
    expect(checkClaimCredit(a, b)?.summary).toContain('Tidewatch');
    // A plain "the report" may be any report named before: "it" is left unnamed then.
    const plain = prepared(texts[1]!.replace('That report', 'The report'), texts);
    plain.previous = () => prev;
    expect(checkClaimCredit(plain, b)).toBeNull();
  });

  it('reads "it" as the name a pointing-back document carries ("That same Tidewatch report is where …: …, it says, …")', () => {
    const texts = ['That same Tidewatch report is where the starkest warning comes from: without a deal, it says, the smallest ferry firms could pull ahead of the rest.', 'The Ferry Board argued that without a deal the smallest ferry firms could pull ahead of the rest.'];
    const [a, b] = texts.map((t) => prepared(t, texts)) as [Passage, Passage];
    expect(checkClaimCredit(a, b)?.summary).toBe('"it" (Tidewatch) vs "The Ferry Board"');
    // A name with no pointing-back determiner before it ("A Tidewatch report") leaves "it" to the usual reading.
    const plain = prepared(texts[0]!.replace('That same Tidewatch report', 'A Tidewatch report'), texts);
    expect(checkClaimCredit(plain, b)?.summary ?? null).not.toBe('"it" (Tidewatch) vs "The Ferry Board"');
  });

  it('reads "it" so past an adverb after the document ("Tidewatch\'s report also sounds a warning: …, it says, …")', () => {
    const texts = ["Tidewatch's report also sounds a warning of its own: without a deal, it says, the smallest ferry firms could pull ahead of the rest.", 'The Ferry Board argued that without a deal the smallest ferry firms could pull ahead of the rest.'];
    const [a, b] = texts.map((t) => prepared(t, texts)) as [Passage, Passage];
    const f = checkClaimCredit(a, b);
    expect(f?.kind).toBe('attribution');
    expect(f?.summary).toContain('Tidewatch');
  });

  it('reads "its report" as the document of the organisation the sentence before has as its subject ("Tidewatch has its own view. Its report warns that …")', () => {
    const before = passage('Tidewatch has its own view of the deal.');
    const a = prepared('Its report warns that without a deal the smallest ferry firms could pull ahead of the rest.');
    a.before = () => before;
    a.previous = () => before;
    const b = prepared('The Ferry Board argued that without a deal the smallest ferry firms could pull ahead of the rest.');
    const f = checkClaimCredit(a, b);
    expect(f?.kind).toBe('attribution');
    expect(f?.summary).toContain('Tidewatch');
  });

  it('reads no publisher of "the same report" outside the clause that names the report ("Tidewatch had voted by the time its rival came out with a report")', () => {
    const texts = ['On Monday, Tidewatch had already voted by the time its rival came out with a report of its own.', 'The same report warns that without a deal the smallest ferry firms could pull ahead of the rest.'];
    const before = prepared(texts[0]!, texts);
    const a = prepared(texts[1]!, texts);
    a.previous = () => before;
    const b = prepared('The Ferry Board argued that without a deal the smallest ferry firms could pull ahead of the rest.');
    expect(checkClaimCredit(a, b)?.summary ?? '').not.toContain('Tidewatch');
    // A name in that clause is the publisher.
    const named = prepared('On Monday, Tidewatch had already voted by the time the Harbour Council came out with a report of its own.', texts);
    const again = prepared(texts[1]!, texts);
    again.previous = () => named;
    expect(checkClaimCredit(again, b)?.summary).toBe('"The same report" (Harbour Council) vs "The Ferry Board"');
  });

  it('reads no people ("Trustees who attended …") nor a month ("the November retreat") as the publisher of "the post"', () => {
    const texts = ['(Trustees who attended the November retreat may remember the argument; the post reads very much in that spirit.)', 'The post also argues that ferry firms should share their data.'];
    const before = prepared(texts[0]!, [...texts, 'The Board of Trustees met.']);
    const a = prepared(texts[1]!, [...texts, 'The Board of Trustees met.']);
    a.previous = () => before;
    expect(publisherBefore(a, 'post', 0)).toBeUndefined();
    // A body named so is the publisher.
    const named = prepared('On Monday, Tidewatch put out a post on its site; the post reads very much in that spirit.', texts);
    a.previous = () => named;
    expect(publisherBefore(a, 'post', 0)).toBe('Tidewatch');
  });

  it('reads "the same report" as the report a sentence before names, with its publisher ("Tidewatch set out its view in a report. … The same report warns that …")', () => {
    const texts = ['On Monday, Tidewatch set out its view in a report of its own.', 'The same report warns that without a deal the smallest ferry firms could pull ahead of the rest.'];
    const before = prepared(texts[0]!, texts);
    const a = prepared(texts[1]!, texts);
    a.previous = () => before;
    const b = prepared('The Ferry Board argued that without a deal the smallest ferry firms could pull ahead of the rest.');
    expect(checkClaimCredit(a, b)?.summary).toBe('"The same report" (Tidewatch) vs "The Ferry Board"');
  });

  it('reads the label of a tracker entry as the subject of a verb opening one of its clauses ("Delta Flood Institute: …; warns that…")', () => {
    const entry = claim('Delta Flood Institute: non-profit behind the 2019 levee study (see Timeline); warns that towns, farmers and insurers must share flood sensor data.');
    const b = claim('Whitfield called for closer cooperation between towns, farmers, and insurers to share flood sensor data before winter.');
    expect(checkClaimCredit(entry, b)?.summary).toBe('"Delta Flood Institute" vs "Whitfield"');
    // Not a label that is no name, nor a verb with a subject of its own.
    expect(checkClaimCredit(claim('Our view: the region is slow; warns that towns, farmers and insurers must share flood sensor data.'), b)).toBeNull();
  });

  it('reads a line headed by one name and a colon as that party\'s claim ("Tidewatch: without a deal, …"), as teletext and tickers credit it', () => {
    const b = claim('Whitfield called for closer cooperation between towns, farmers, and insurers to share flood sensor data before winter.');
    // The article names the group elsewhere, as a story names a party before a line heads with it.
    const named = (text: string) => prepared(text, [...article, 'The trade group Tidewatch disagreed, and Flood Sensors did too.']);
    const line = named('Tidewatch: towns, farmers and insurers must share flood sensor data before the winter storms arrive.');
    expect(checkClaimCredit(line, b)?.summary).toBe('"Tidewatch" vs "Whitfield"');
    // Not a heading of two words, nor a day heading a timeline entry, nor a short gloss.
    expect(checkClaimCredit(named('Flood Sensors: towns, farmers and insurers must share flood sensor data before the winter storms arrive.'), b)).toBeNull();
    expect(checkClaimCredit(named('Tuesday: towns, farmers and insurers must share flood sensor data before the winter storms arrive.'), b)).toBeNull();
    expect(checkClaimCredit(named('Tidewatch: flood sensor data.'), b)).toBeNull();
  });

  it('reads a pronoun as the subject ("He argued that…")', () => {
    const a = claim("The region's water authorities have urged towns, farmers and insurers to share flood sensor data.");
    const b = claim('He argued that towns, farmers and insurers should share their flood sensor data every week.');
    expect(marked(b, checkClaimCredit(a, b)!.b)).toEqual(['He']);
  });

  it('does not report one party credited in both, however named', () => {
    const a = claim('Whitfield called for towns, farmers and insurers to share flood sensor data.');
    const b = claim('The engineer urged towns, farmers and insurers to share their flood sensor data.');
    expect(checkClaimCredit(a, b)).toBeNull();
  });

  it('reads "the engineer" as the person the article calls the engineer, past others named since ("A spokesperson for Harbour Power …")', () => {
    const lines = ['Lead engineer Dana Whitfield designed the barrier.', 'A spokesperson for Harbour Power told reporters the pumps had been replaced.', 'The engineer urged towns, farmers and insurers to share their flood sensor data.'];
    const ps = lines.map((t) => prepared(t, lines));
    ps[1]!.previous = () => ps[0]!;
    ps[2]!.previous = () => ps[1]!;
    const b = claim('Whitfield called for towns, farmers and insurers to share flood sensor data.');
    expect(checkClaimCredit(ps[2]!, b)).toBeNull();
    expect(checkClaimCredit(ps[2]!, claim('Harbour Power called for towns, farmers and insurers to share flood sensor data.'))?.kind).toBe('attribution');
  });

  it('does not read "the engineer" as a person the article gives another role ("harbour board chair Tom Reyes")', () => {
    const lines = ['Harbour board chair Tom Reyes warned that the pumps were failing.', 'The engineer urged towns, farmers and insurers to share their flood sensor data.'];
    const ps = lines.map((t) => prepared(t, lines));
    ps[1]!.previous = () => ps[0]!;
    expect(checkClaimCredit(ps[1]!, claim('Whitfield called for towns, farmers and insurers to share flood sensor data.'))).toBeNull();
  });

  it('does not give "the report" to a possessive that owns another noun before it ("Brightwell answered after the Harbor Authority\'s post appeared, with a report…")', () => {
    const lines = ['Brightwell answered a day after the Harbor Authority\'s post appeared, with a report taking the opposite line.', `${QUOTE.slice(0, -1)}," the report says.`];
    const ps = lines.map((t) => prepared(t, lines));
    ps[1]!.previous = () => ps[0]!;
    expect(creditOf(ps[1]!, ps[1]!.quotes[0]!)?.name).not.toBe('Harbor Authority');
  });

  it('needs the same claim: parties credited with different claims are not a divergence', () => {
    const a = claim('The water authorities urged towns to raise their levees before winter.');
    const b = claim('Whitfield called for farmers and insurers to share flood sensor data.');
    expect(checkClaimCredit(a, b)).toBeNull();
  });

  it('meets a quotation on one side with the same words in reported speech on the other', () => {
    const a = prepared(`Dana Whitfield, the utility's chief engineer, added that ${QUOTE}.`);
    const b = prepared('The company stated that cities must rebuild flood defences before the storm season arrives.');
    const f = checkClaimCredit(a, b);
    expect(f?.kind).toBe('attribution');
    expect(marked(a, f!.a)).toEqual(['Dana Whitfield']);
    expect(marked(b, f!.b)).toEqual(['The company']);
    expect(marked(b, checkClaimCredit(b, a)!.a)).toEqual(['The company']);
  });

  it('reads a credit set after its claim at the sentence end ("…, the agency said." / "…, said Whitfield.")', () => {
    const b = claim('Whitfield called for towns, farmers and insurers to share their flood sensor data before winter.');
    const after = claim('Towns, farmers and insurers should share their flood sensor data before winter, the agency said.');
    expect(checkClaimCredit(after, b)?.summary).toBe('"the agency" vs "Whitfield"');
    const inverted = claim('Towns, farmers and insurers should share their flood sensor data before winter, said the agency.');
    expect(checkClaimCredit(inverted, b)?.summary).toBe('"the agency" vs "Whitfield"');
    // The same party after the claim is no divergence.
    expect(checkClaimCredit(claim('Towns, farmers and insurers should share their flood sensor data before winter, Whitfield said.'), b)).toBeNull();
  });

  it('reads "the engineer" as the person named last before it, sentences back across a paragraph break', () => {
    const told = prepared('Dana Whitfield told reporters that the barrier failed in the storm.');
    const quoted = prepared('"It was never tested at full load," she said.');
    quoted.previous = () => told;
    const role = prepared('The engineer called for towns, farmers and insurers to share their flood sensor data.');
    role.previous = () => quoted;
    const mayor = prepared('Mayor Tomas Reyes called for towns, farmers and insurers to share their flood sensor data.');
    expect(checkClaimCredit(mayor, role)?.summary).toBe('"Mayor Tomas Reyes" vs "The engineer" (Dana Whitfield)');
    // The same person is no divergence.
    const same = prepared('Dana Whitfield called for towns, farmers and insurers to share their flood sensor data.');
    expect(checkClaimCredit(same, role)).toBeNull();
  });

  it('reads "the company" as the organisation its own sentence opens with ("Brightwell adds that …, the company wrote")', () => {
    const a = prepared(`Brightwell adds that the choice is not one player's alone: ${QUOTE}, the company wrote.`, ['Rival firm Brightwell spoke.']);
    const b = prepared(`HarborNet argued that ${QUOTE}.`, ['Rival firm HarborNet spoke.']);
    expect(check(a, b)?.summary).toBe('"the company" (Brightwell) vs "HarborNet"');
    // "An AI that …" opens with no organisation: the words do not say whose company.
    expect(check(prepared(`An AI that mends itself could help, ${QUOTE}, the company wrote.`), b)).toBeNull();
  });

  it('reads "the post" as speaking for whoever the last mention naming a publisher says published it, past mentions that name nobody', () => {
    const published = prepared('Thursday - Brightwell publishes a memo on the flood barrier.');
    const written = prepared('The memo was written by two of its engineers.');
    written.previous = () => published;
    const argues = prepared('The memo also argues that towns, farmers and insurers should share their flood sensor data.');
    argues.previous = () => written;
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    expect(checkClaimCredit(argues, other)?.summary).toBe('"The memo" (Brightwell) vs "HarborNet"');
    // With no mention that names a publisher, the memo speaks for nobody the words say.
    const alone = prepared('The memo also argues that towns, farmers and insurers should share their flood sensor data.');
    alone.previous = () => prepared('The memo was written by two of its engineers.');
    expect(checkClaimCredit(alone, other)).toBeNull();
  });

  it('reads no possessive that owns another thing as the publisher ("three days before Brightwell\'s memo appeared, it had issued a report")', () => {
    const issued = prepared("On the Monday, three days before Brightwell's memo appeared, it had issued a report on the flood barrier.");
    const argues = prepared('The report also argues that towns, farmers and insurers should share their flood sensor data.');
    argues.previous = () => issued;
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    expect(checkClaimCredit(argues, other)).toBeNull();
    // The possessive before the report itself names its publisher.
    const owned = prepared("On the Monday, Brightwell's own report on the flood barrier appeared.");
    const again = prepared('The report also argues that towns, farmers and insurers should share their flood sensor data.');
    again.previous = () => owned;
    expect(checkClaimCredit(again, other)?.summary).toBe('"The report" (Brightwell) vs "HarborNet"');
  });

  it('credits what a colon sets out after "makes one argument" or "made the point" to the subject that makes it', () => {
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    const made = prepared("And Brightwell's memo makes one argument I found persuasive: towns, farmers and insurers should share their flood sensor data.", ['Brightwell spoke.', 'The firm Brightwell spoke.']);
    expect(checkClaimCredit(made, other)?.summary).toBe('"Brightwell\'s memo" vs "HarborNet"');
    // A colon far from the argument's noun sets out something else.
    const far = prepared("Brightwell's memo makes one argument about the coast that nobody at the meeting had heard before this week: towns, farmers and insurers should share their flood sensor data.", ['Brightwell spoke.', 'The firm Brightwell spoke.']);
    expect(checkClaimCredit(far, other)).toBeNull();
  });

  it('credits what a relative clause says to the noun before its comma ("… come from Brightwell\'s memo, which says that …")', () => {
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    const which = prepared("The details come from Brightwell's memo, which says towns, farmers and insurers should share their flood sensor data.", ['Brightwell spoke.', 'The firm Brightwell spoke.']);
    expect(checkClaimCredit(which, other)?.summary).toBe('"Brightwell\'s memo" vs "HarborNet"');
    const who = prepared('The idea was taken up by Brightwell, which also argues that towns, farmers and insurers should share their flood sensor data.', ['Brightwell spoke.', 'The firm Brightwell spoke.']);
    expect(checkClaimCredit(who, other)?.summary).toBe('"Brightwell" vs "HarborNet"');
    // A "which" with no comma before it opens no relative on a party ("the data which says …" is the data's).
    const bare = prepared('Towns keep the data which says farmers and insurers should share their flood sensor data.', ['Brightwell spoke.']);
    expect(checkClaimCredit(bare, other)).toBeNull();
  });

  it('credits what a colon sets out after "carries a warning" or "sounded a caution" to the subject that gives it', () => {
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    const carries = prepared("Brightwell's memo carries a warning as well: towns, farmers and insurers should share their flood sensor data.", ['Brightwell spoke.', 'The firm Brightwell spoke.']);
    expect(checkClaimCredit(carries, other)?.summary).toBe('"Brightwell\'s memo" vs "HarborNet"');
    const sounded = prepared('Brightwell sounded a caution: towns, farmers and insurers should share their flood sensor data.', ['Brightwell spoke.', 'The firm Brightwell spoke.']);
    expect(checkClaimCredit(sounded, other)?.summary).toBe('"Brightwell" vs "HarborNet"');
    // A warning carried with no colon or "that" after it sets out no claim.
    const label = prepared("Brightwell's memo carries a warning label on its cover, and towns, farmers and insurers should share their flood sensor data.", ['Brightwell spoke.', 'The firm Brightwell spoke.']);
    expect(checkClaimCredit(label, other)).toBeNull();
  });

  it('reads the publisher after a weekday that runs into its name ("On Thursday Brightwell, the firm that makes the Vela barrier, put out a memo")', () => {
    const published = prepared('On Thursday Brightwell, the firm that makes the Vela flood barrier, put out a memo on the harbour.');
    const argues = prepared('The memo also argues that towns, farmers and insurers should share their flood sensor data.');
    argues.previous = () => published;
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    expect(checkClaimCredit(argues, other)?.summary).toBe('"The memo" (Brightwell) vs "HarborNet"');
    // Brightwell's own memo, against an outlet that gives the point to Brightwell, is no change of speaker.
    expect(checkClaimCredit(argues, prepared('Brightwell argued that towns, farmers and insurers should share their flood sensor data.', ['The firm Brightwell spoke.']))).toBeNull();
  });

  it('reads no dateline\'s place ("PORTHAVEN — Brightwell … put out a memo", "KESTON, March 3 (Wirenet) - …") as the publisher', () => {
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    for (const opening of ['PORTHAVEN — Brightwell, the firm that makes the Vela flood barrier, put out a memo on the harbour.', 'KESTON, March 3 (Wirenet) - Brightwell put out a memo on the harbour.']) {
      const published = prepared(opening);
      const argues = prepared('The memo also argues that towns, farmers and insurers should share their flood sensor data.');
      argues.previous = () => published;
      expect(checkClaimCredit(argues, other)?.summary).toBe('"The memo" (Brightwell) vs "HarborNet"');
    }
    // A name that is neither in capitals nor a place, set off by dashes in an aside, is still the publisher.
    const aside = prepared('Brightwell Marine Ltd - the firm behind the flood barrier - put out a memo on the harbour.');
    const argues = prepared('The memo also argues that towns, farmers and insurers should share their flood sensor data.');
    argues.previous = () => aside;
    expect(checkClaimCredit(argues, other)?.summary).toBe('"The memo" (Brightwell Marine Ltd) vs "HarborNet"');
  });

  it('reads no name before "according to the memo", nor a bare "AI", as the memo\'s publisher', () => {
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    const article = ['On Tuesday, the Harbour Trust put out a memo on the barrier.'];
    for (const middle of ['On current trends a Vela system could raise itself, according to the memo.', 'Such AI tools feature in the memo too.']) {
      const [published, mid, argues] = [...article, middle, 'The memo also argues that towns, farmers and insurers should share their flood sensor data.'].map((t) => prepared(t, article)) as [Passage, Passage, Passage];
      mid.previous = () => published;
      argues.previous = () => mid;
      expect(checkClaimCredit(argues, other)?.summary).toBe('"The memo" (Harbour Trust) vs "HarborNet"');
    }
  });

  it('reads no line\'s source label ("Harbour Daily: …") nor a product before its maker ("Vela maker Brightwell") as the publisher', () => {
    const published = prepared('Harbour Daily: Vela maker Brightwell publishes a memo on the flood barrier.');
    const argues = prepared('The memo also argues that towns, farmers and insurers should share their flood sensor data.');
    argues.previous = () => published;
    const other = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data.', ['Rival firm HarborNet spoke.']);
    expect(checkClaimCredit(argues, other)?.summary).toBe('"The memo" (Brightwell) vs "HarborNet"');
  });

  it('reads an unresolved "the company" as the organisation a corpus article is about, but leaves a page\'s unresolved', () => {
    const corpus = prepared(`- Flood plan: Without more money, the company warned that ${QUOTE}.`);
    corpus.companyFallback = () => 'Brightwell';
    const b = prepared(`HarborNet argued that ${QUOTE}.`, ['Rival firm HarborNet spoke.']);
    expect(check(b, corpus)?.summary).toBe('"HarborNet" vs "the company" (Brightwell)');
    expect(check(b, prepared(`- Flood plan: Without more money, the company warned that ${QUOTE}.`))).toBeNull();
    // A firm or lab is another noun; only "the company" falls back.
    const firm = prepared(`- Flood plan: Without more money, the firm warned that ${QUOTE}.`);
    firm.companyFallback = () => 'Brightwell';
    expect(check(b, firm)).toBeNull();
  });

  it('reads "the company" past a dateline ("LISBON — Brightwell …")', () => {
    const a = prepared(`The company argued that ${QUOTE}.`);
    a.before = () => prepared('LISBON — Brightwell rejected the plan in a statement released on Tuesday.');
    const b = prepared(`HarborNet argued that ${QUOTE}.`, ['Rival firm HarborNet spoke.']);
    expect(check(a, b)?.summary).toBe('"The company" (Brightwell) vs "HarborNet"');
  });

  it('reads a name spelt with two capitals together ("HarborAI") as an organisation, however its article writes it', () => {
    const person = prepared('Dana Whitfield said towns, farmers and insurers should share their flood sensor data before winter.');
    const org = prepared('HarborAI said towns, farmers and insurers should share their flood sensor data before winter.');
    expect(checkClaimCredit(person, org)?.summary).toBe('"Dana Whitfield" vs "HarborAI"');
  });

  it('counts synonyms and variants as shared words of the two claims ("older pumps" / "old pump")', () => {
    const a = claim('Whitfield noted that older pumps in a basement flood the street quickly, drowning wiring, boilers and furniture.');
    const b = prepared('The agency said that an old pump in a basement floods the street rapidly, soaking cables, heaters and sofas.');
    expect(checkClaimCredit(a, b)).toBeNull();
    a.related = (x, y) => [x, y].sort().join(' ') === 'old older';
    expect(checkClaimCredit(a, b)?.summary).toBe('"Whitfield" vs "The agency"');
  });

  it('reads a document as speaking for the party whose it is ("HarborNet\'s report also cautioned that …")', () => {
    const report = prepared("HarborNet's report also cautioned that towns, farmers and insurers should share their flood sensor data before winter.", ['Rival firm HarborNet spoke.']);
    const own = prepared('Brightwell argued that towns, farmers and insurers should share their flood sensor data before winter.', ['Rival firm Brightwell spoke.']);
    expect(checkClaimCredit(report, own)?.summary).toBe('"HarborNet\'s report" vs "Brightwell"');
    const same = prepared('HarborNet argued that towns, farmers and insurers should share their flood sensor data before winter.', ['Rival firm HarborNet spoke.']);
    expect(checkClaimCredit(report, same)).toBeNull();
  });

  it('leaves two quotations to the quote check, and a quotation credited to the same party alone', () => {
    const a = prepared(`Dana Whitfield, the utility's chief engineer, added that ${QUOTE}.`);
    expect(checkClaimCredit(a, prepared(`The company argued that ${QUOTE}.`))).toBeNull();
    expect(checkClaimCredit(a, prepared('Whitfield said that cities must rebuild flood defences before the storm season arrives.', ['Dana Whitfield spoke.', 'Whitfield said it.']))).toBeNull();
  });
});

describe('claim credit: the subject read past a short aside', () => {
  const said = (text: string) => creditedClaims(prepared(text)).map((c) => c.credit.text);

  it('reads the party before an aside set off by commas ("…, for its part,", "…, the trust\'s chief engineer,")', () => {
    expect(said('The Harbour Trust, for its part, called for closer cooperation between ferry firms and port towns.')).toEqual(['The Harbour Trust']);
    expect(said("Dana Whitfield, the trust's chief engineer, said the ferry timetable would be shared by all towns.")).toEqual(['Dana Whitfield']);
    const page = prepared('The Harbour Trust, for its part, called for closer cooperation between ferry firms, port towns and insurers on storm defences.');
    const other = prepared('Dana Whitfield called for closer cooperation between ferry firms, port towns and insurers on storm defences.');
    expect(checkClaimCredit(page, other)?.summary).toBe('"The Harbour Trust" vs "Dana Whitfield"');
  });

  it('reads the party past a longer aside that opens on a participle ("…, briefed by the team ahead of publication, are calling for")', () => {
    expect(said("The region's water authorities, briefed by the engineers ahead of publication, are now calling for closer cooperation between ferry firms and port towns.")).toEqual(["The region's water authorities"]);
    // A longer aside of any other kind still ends the subject.
    expect(said("The region's water authorities, in a long and unusually blunt note to members, are now calling for closer cooperation between ferry firms and port towns.")).toEqual([]);
  });

  it('reads the party past "for its part" without its commas, and "declared" or "affirmed" as a verb of saying', () => {
    expect(said('The Harbour Trust has for its part declared that ferry timetables should be shared by all towns.')).toEqual(['The Harbour Trust']);
    expect(said('Dana Whitfield affirmed that ferry timetables should be shared by all towns.')).toEqual(['Dana Whitfield']);
  });

  it('reads the party past a timeline\'s date label ("Also Tuesday — the trust…")', () => {
    const p = prepared('Also Tuesday — The Harbour Trust sets out its view, declaring that "ferry timetables must be shared by all towns."');
    expect(creditOf(p, p.quotes[0]!)?.text).toBe('The Harbour Trust');
    expect(said('Earlier this week — The Harbour Trust said ferry timetables should be shared by all towns.')).toEqual(['The Harbour Trust']);
    // And past a digest's source label ("Harbour Daily: …").
    const q = prepared('Harbour Daily: The Harbour Trust sets out its view, declaring that "ferry timetables must be shared by all towns."');
    expect(creditOf(q, q.quotes[0]!)?.text).toBe('The Harbour Trust');
  });

  it('reads "wants" as a party\'s call, and ends its claim at a semicolon, where another clause speaks for itself', () => {
    const page = prepared('The Harbour Trust, for its part, wants ferry firms, port towns and insurers working together on storm defences.');
    const other = prepared('Dana Whitfield called for closer cooperation between ferry firms, port towns and insurers on storm defences.');
    expect(checkClaimCredit(page, other)?.summary).toBe('"The Harbour Trust" vs "Dana Whitfield"');
    // After the semicolon the claim is Whitfield's own, not the trust's.
    const joined = prepared('The Harbour Trust wants the ferries to run on time; Dana Whitfield\'s view is that ferry firms, port towns and insurers should cooperate on storm defences.');
    expect(creditedClaims(joined).filter((c) => c.credit.text === 'The Harbour Trust').map((c) => [...c.stems])).toEqual([['ferri', 'run', 'time']]);
  });

  it('reads "proposed" a thing as a party\'s call, but not "proposed that" the labs do something, a plan outlets word as their own', () => {
    expect(said("The region's water authorities have since proposed closer cooperation between ferry firms and port towns.")).toEqual(["The region's water authorities"]);
    expect(said('The Harbour Trust has proposed that ferry firms and port towns cooperate on storm defences.')).toEqual([]);
  });

  it('does not read past a parenthesis or a semicolon, which end the subject', () => {
    expect(said("The trust's report (see annex); warns that the ferries could be late.")).toEqual([]);
  });
});

describe('claim credit: a verb of saying in the progressive, or carried on to by "went on to"', () => {
  const said = (text: string) => creditedClaims(prepared(text)).map((c) => c.credit.text);

  it('reads the subject before "is urging" and "was arguing", and "calling" only before "for"', () => {
    expect(said('The Harbour Trust, for its part, is urging ferry firms and port towns to share storm defences.')).toEqual(['The Harbour Trust']);
    expect(said('Dana Whitfield was arguing that the ferry timetable should be shared by all towns.')).toEqual(['Dana Whitfield']);
    expect(said('The Harbour Trust is demanding that ferry firms and port towns share storm defences.')).toEqual(['The Harbour Trust']);
    expect(said('The Harbour Trust is calling ferry firms every week about the storm defences.')).toEqual([]);
    // A participle with no auxiliary opens a clause of the sentence's subject ("…, urging"), which this does not read.
    expect(said('The ferry firms met on Monday, urging port towns to share storm defences.')).toEqual([]);
    expect(said('The Harbour Trust report urging ferry firms to share storm defences came out on Monday.')).toEqual([]);
  });

  it('reads the party a cleft sentence puts first ("It was the trust\'s report that warned…")', () => {
    expect(said("Oddly, it was the Harbour Trust's report that warned that smaller towns could lose their ferries.")).toEqual(["the Harbour Trust's report"]);
    // A relative "that" with no "it was" before it credits nothing to the noun it follows.
    expect(said('The Harbour Trust said the report that warned of floods was late.')).toEqual(['The Harbour Trust']);
  });

  it('reads the subject of "went on to warn" and "continued to argue"', () => {
    expect(said("The Harbour Trust's report went on to warn that smaller towns could lose their ferries.")).toEqual(["The Harbour Trust's report"]);
    expect(said('Dana Whitfield continued to argue that the ferry timetable should be shared by all towns.')).toEqual(['Dana Whitfield']);
    expect(said('The ferry firms want to warn smaller towns about the storm season.')).toEqual([]);
  });

  it('credits a quotation after "went on to warn that" to that subject', () => {
    const a = prepared(`The Harbour Trust's report went on to warn that ${QUOTE}.`);
    const b = prepared(`Dana Whitfield said that ${QUOTE}.`, ['Lead engineer Dana Whitfield designed the barrier.']);
    expect(check(a, b)?.summary).toBe('"The Harbour Trust\'s report" vs "Dana Whitfield"');
  });
});

describe('claim credit: "according to"', () => {
  const said = (text: string) => creditedClaims(prepared(text)).map((c) => c.credit.text);
  it('reads the party after "according to", for the claim after it when it opens the sentence, or before it when it ends it', () => {
    expect(said('According to the Harbour Trust, ferry firms and port towns should share the cost of storm defences.')).toEqual(['the Harbour Trust']);
    expect(said('Ferry firms and port towns should share the cost of storm defences, according to the Harbour Trust.')).toEqual(['the Harbour Trust']);
    // A house, a court or a board is no person, though its name has two words.
    expect(creditedClaims(prepared('Ferry firms should share the cost of storm defences, according to the Harbour House.'))[0]?.credit.person).toBe(false);
    // "According to plan" names no party.
    expect(said('The ferry firms met on Monday and shared the cost of storm defences according to plan.')).toEqual([]);
    const a = prepared('Ferry firms and port towns should share the cost of storm defences, according to the Harbour Trust.');
    const b = prepared('Dana Whitfield said ferry firms and port towns should share the cost of storm defences.', ['Lead engineer Dana Whitfield designed the barrier.']);
    expect(checkClaimCredit(a, b)?.summary).toBe('"the Harbour Trust" vs "Dana Whitfield"');
  });
});

describe('claim credit: "chief" makes a role only of what follows it', () => {
  it('reads "its chief rival" as no person, but "its chief executive" as one', () => {
    const article = ['Lead engineer Dana Whitfield designed the barrier.'];
    const rival = prepared("The Harbour Trust's chief rival argued that ferry firms and port towns should share the cost of storm defences.", article);
    const exec = prepared("The Harbour Trust's chief executive argued that ferry firms and port towns should share the cost of storm defences.", article);
    expect(creditedClaims(rival)).toEqual([]);
    expect(creditedClaims(exec)[0]?.credit.person).toBe(true);
  });
});

describe('quote credit: one official is a person, as "officials" are an institution', () => {
  it('reads "came from a port authority official:" as a person\'s credit, against the organisation', () => {
    const a = prepared(`The warning came from a harbour authority official: ${QUOTE}.`);
    const b = prepared(`The utility published its plan on Tuesday. The company argued that ${QUOTE}.`.split('. ')[1]!);
    expect(check(a, b)?.summary).toBe('"a harbour authority official" vs "The company"');
  });
});

describe('claim credit: officials and regulators speak for an institution', () => {
  it('reads "cybersecurity officials" as a party that is no person, against a named researcher', () => {
    const article = ['Lead engineer Dana Whitfield designed the barrier.'];
    const a = prepared('Regional flood officials called for closer cooperation between ferry firms, port towns and insurers on storm defences.', article);
    const b = prepared('Dana Whitfield called for closer cooperation between ferry firms, port towns and insurers on storm defences.', article);
    expect(checkClaimCredit(a, b)?.summary).toBe('"Regional flood officials" vs "Dana Whitfield"');
  });
});

describe("credit carried to another outlet's version of the point", () => {
  const page = prepared(`The Harlow Flood Institute argued that ${QUOTE}.`);
  const first = prepared(`Dana Whitfield argued that ${QUOTE}.`);
  const found = () => check(page, first)!;

  it('reports the page\'s credit against another version that credits the same named party, in words of its own', () => {
    const other = prepared('Dana Whitfield said that towns should rebuild their flood walls soon, before the storms come.');
    const f = attributionAlong(found(), other);
    expect(f?.kind).toBe('attribution');
    expect(f?.summary).toBe('"The Harlow Flood Institute" vs "Dana Whitfield"');
  });

  it('asks a sentence the page is only close to (no linked version) for a statement sharing the page\'s claim', () => {
    const close = prepared('Dana Whitfield said that the harbour walls and the river flood defences need rebuilding before winter.');
    expect(attributionAlong(found(), close)?.kind).toBe('attribution');
    expect(attributionAlong(found(), close, page)?.summary).toBe('"The Harlow Flood Institute" vs "Dana Whitfield"');
    expect(attributionAlong(found(), prepared('Dana Whitfield said that the new museum opens in the spring.'), page)).toBeNull();
  });

  it('does not report a version that credits someone else, or no one', () => {
    expect(attributionAlong(found(), prepared('Tom Okafor said that towns should rebuild their flood walls soon.'))).toBeNull();
    expect(attributionAlong(found(), prepared('Towns should rebuild their flood walls soon, before the storms come.'))).toBeNull();
  });
});

describe('claim credit: a claim relayed from another party is not the relaying speaker\'s', () => {
  const article = ['Lead engineer Dana Whitfield designed the barrier.'];
  const claim = (text: string) => prepared(text, article);
  const whitfield = claim('Whitfield called for closer cooperation between towns, farmers, and insurers to share flood sensor data before winter.');

  it('credits no claim to a speaker who reports what another party wanted, argued or read ("Mr Ruiz said Whitfield wanted…")', () => {
    for (const relayed of [
      'Mr Ruiz said Ms Whitfield wanted towns, farmers and insurers to cooperate closely and share flood sensor data before winter.',
      "She added that the authority's own case was that towns, farmers and insurers should cooperate and share flood sensor data before winter.",
      'Mr Ruiz said that, as he read the report, towns, farmers and insurers should cooperate closely and share flood sensor data before winter.',
    ]) {
      expect(creditedClaims(claim(relayed)).filter((c) => /Ruiz|She/.test(c.credit.text))).toEqual([]);
      expect(checkClaimCredit(claim(relayed), whitfield)).toBeNull();
    }
  });

  it('still credits the speaker whose own claim is only set beside another party\'s ("…, while the mayor argues…")', () => {
    const own = claim('Mr Ruiz said towns, farmers and insurers should cooperate closely and share flood sensor data before winter, while Ms Okafor argues otherwise.');
    expect(checkClaimCredit(own, whitfield)?.summary).toBe('"Mr Ruiz" vs "Whitfield"');
    // And the clause a participle set off by a comma goes on with is the speaker's own.
    const participle = claim('The agency urged calm on Monday, warning that towns, farmers and insurers must cooperate closely and share flood sensor data before winter.');
    expect(checkClaimCredit(participle, whitfield)?.kind).toBe('attribution');
    const urging = claim('The agency is urging towns, farmers and insurers to cooperate closely and share flood sensor data before winter, warning that storms are coming.');
    expect(checkClaimCredit(urging, whitfield)?.summary).toBe('"The agency" vs "Whitfield"');
  });

  it('reads "it" as the main clause\'s organisation, past a clause fronted by "After" ("After Tidewatch\'s memo went out, Brightwell answered …")', () => {
    const q = 'towns, farmers and insurers must share their flood sensor data every single week';
    const texts = ["After Tidewatch's memo went out, Brightwell answered with a report of its own.", `It says "${q}."`];
    const before = prepared(texts[0]!, [...texts, 'Tidewatch and Brightwell are ferry firms.']);
    const a = prepared(texts[1]!, [...texts, 'Tidewatch and Brightwell are ferry firms.']);
    a.before = () => before;
    expect(creditOf(a, a.quotes[0]!)?.name).toBe('Brightwell');
  });

  it('credits a quotation "in the words of" a party to that party', () => {
    const q = 'towns, farmers and insurers must share their flood sensor data every single week';
    const a = claim(`In the words of the trust's chief engineer Dana Whitfield, "${q}."`);
    expect(creditOf(a, a.quotes[0]!)?.text).toBe("the trust's chief engineer Dana Whitfield");
  });

  it('credits a quotation after a colon to a pronoun that opens the clause, past a relative clause on the point made', () => {
    const texts = ['Dana Whitfield wants the towns to share their flood sensor data.', 'She also made a point that cuts right to the heart of the harbour fight: "nobody should set the tempo of ferry safety alone."'];
    const before = prepared(texts[0]!, texts);
    const a = prepared(texts[1]!, texts);
    a.previous = () => before;
    expect(creditOf(a, a.quotes[0]!)).toMatchObject({ text: 'She', person: true });
  });

  it('credits a quotation introduced by a document\'s participle to the document, not to the clause\'s speaker', () => {
    const q = 'towns, farmers and insurers must share their flood sensor data every single week';
    const relayed = claim(`He said the utility had then answered with a report contending that "${q}."`);
    expect(creditOf(relayed, relayed.quotes[0]!)?.text).toBe('a report');
    // Past a participle phrase of the document's own, set off by a comma.
    const chained = claim(`The council had already voted by the time the utility came out with a report pulling the other way, contending that "${q}."`);
    expect(creditOf(chained, chained.quotes[0]!)?.text).toBe('a report');
  });
});

describe('claim credit: a party credited by a phrase ("In X\'s telling", "came from X", "was stressed by X")', () => {
  const article = ['Lead engineer Dana Whitfield designed the barrier.'];
  const claim = (text: string) => prepared(text, article);
  const whitfield = claim('Whitfield called for closer cooperation between towns, farmers, and insurers to share flood sensor data before winter.');

  it('credits the party of an account, of a call that "came from" it, and the agent of a passive verb of saying', () => {
    expect(checkClaimCredit(claim("In the agency's telling, towns, farmers and insurers must cooperate closely and share flood sensor data before winter."), whitfield)?.summary).toBe('"the agency" vs "Whitfield"');
    expect(checkClaimCredit(claim('The call for closer cooperation between towns, farmers and insurers to share flood sensor data came from the agency.'), whitfield)?.summary).toBe('"the agency" vs "Whitfield"');
    expect(checkClaimCredit(claim('That towns, farmers and insurers must cooperate and share flood sensor data before winter was stressed by the agency.'), whitfield)?.summary).toBe('"the agency" vs "Whitfield"');
  });

  it('credits the owner of a warning, an argument or a proposal "that" follows ("Brightwell\'s warning that …")', () => {
    const article2 = [...article, 'The rival firm Brightwell spoke.'];
    const owned = prepared("Several reports paired that with Brightwell's warning that towns, farmers and insurers must cooperate and share flood sensor data before winter.", article2);
    expect(checkClaimCredit(owned, whitfield)?.summary).toBe('"Brightwell" vs "Whitfield"');
    // A possessive before another noun claims nothing ("Brightwell's data that towns share").
    expect(creditedClaims(prepared("Brightwell's data that towns, farmers and insurers share was late.", article2))).toEqual([]);
  });

  it('credits nothing that came from somewhere without being put forward, nor the agent of a passive that says nothing', () => {
    expect(creditedClaims(claim('The money for closer cooperation between towns, farmers and insurers came from the agency.'))).toEqual([]);
    expect(creditedClaims(claim('The flood sensors that towns, farmers and insurers share were built by the agency.'))).toEqual([]);
  });
});

describe('quote credit: an order, a bill or a ruling speaks for whoever issued it', () => {
  const q = '"cities must rebuild their flood defences before the next storm season arrives"';
  const credit = (text: string) => {
    const p = prepared(text);
    return creditOf(p, p.quotes[0]!);
  };

  it('reads "the order itself says" as the order\'s words, and "executive order" as no executive', () => {
    expect(credit(`Oddly, the order itself says ${q}.`)).toMatchObject({ text: 'the order', person: false });
    expect(credit(`The executive order says ${q}.`)).toMatchObject({ text: 'The executive order', person: false });
    expect(credit(`The chief executive says ${q}.`)).toMatchObject({ text: 'The chief executive', person: true });
  });
});

describe('quote credit: verbs that underline a point credit it as saying does', () => {
  it('reads "has underlined that", "underscored" and "reiterated" as a speaker\'s verbs', () => {
    const q = '"cities must rebuild their flood defences before the next storm season arrives"';
    for (const verb of ['has underlined that', 'underscored that', 'reiterated that']) {
      const p = prepared(`The Harbor Trust, for its part, ${verb} ${q}.`);
      expect(creditOf(p, p.quotes[0]!)?.text).toBe('The Harbor Trust');
    }
  });
});

describe('quote credit: "in <party>\'s wording" before the quotation', () => {
  const whitfield = prepared(`${QUOTE.slice(0, -1)}," Dana Whitfield said.`);

  it('credits the quotation to the party whose wording it is, past the words between ("The risk, in Brightwell\'s wording: cities …")', () => {
    const a = prepared(`The risk, in Brightwell's wording: the cities ${QUOTE}.`);
    expect(creditOf(a, a.quotes[0]!)?.name).toBe('Brightwell');
    expect(check(a, whitfield)?.summary).toBe('"Brightwell" vs "Dana Whitfield"');
  });

  it('credits the party whose words follow a verb of speech of someone else ("The memo goes further, insisting …: in Brightwell\'s words, …")', () => {
    const a = prepared(`The memo goes further, insisting that nobody should wait: in Brightwell's words, ${QUOTE}.`);
    expect(creditOf(a, a.quotes[0]!)?.name).toBe('Brightwell');
    expect(check(a, whitfield)?.summary).toBe('"Brightwell" vs "Dana Whitfield"');
  });

  it('leaves the credit to a verb of speech that follows ("In Brightwell\'s telling, Whitfield warned that …")', () => {
    expect(check(prepared(`In Brightwell's telling, Dana Whitfield warned that ${QUOTE}.`), whitfield)).toBeNull();
  });
});

describe('quote credit: a cleft, a source set against another, and a speaker with a relative clause before a colon', () => {
  const whitfield = prepared(`${QUOTE.slice(0, -1)}," Dana Whitfield said.`);

  it('reads "it was <party> who said it:" as the party', () => {
    const a = prepared(`Everyone repeats that line, and it was the harbour board's chair Tom Reyes who said it: ${QUOTE}.`);
    expect(check(a, whitfield)?.summary).toBe('"the harbour board\'s chair Tom Reyes" vs "Dana Whitfield"');
  });

  it('reads "it was <party> who <did anything>:" before a quotation as the party', () => {
    const a = prepared(`It was the harbour board's chair Tom Reyes who spelled out what that means for the town: ${QUOTE}.`);
    expect(check(a, whitfield)?.summary).toBe('"the harbour board\'s chair Tom Reyes" vs "Dana Whitfield"');
  });

  it('reads a subject with a hyphenated role ("co-founder") before a colon clause as the speaker', () => {
    const a = prepared(`Harbour Trust co-founder Tom Reyes gave an everyday example: ${QUOTE}.`);
    expect(check(a, whitfield)?.summary).toBe('"Harbour Trust co-founder Tom Reyes" vs "Dana Whitfield"');
  });

  it('reads "came from <party>, not from <another>:" as the first', () => {
    const a = prepared(`The sharpest line came from board chair Tom Reyes, not from the engineers: ${QUOTE}.`);
    expect(check(a, whitfield)?.summary).toBe('"board chair Tom Reyes" vs "Dana Whitfield"');
  });

  it('reads the subject of a clause before the colon past a relative clause set off by commas', () => {
    const a = prepared(`Tom Reyes, who chairs the harbour board, has boiled the whole plan down to one sentence: ${QUOTE}.`);
    expect(check(a, whitfield)?.summary).toBe('"Tom Reyes" vs "Dana Whitfield"');
    // Without the aside to set apart, a clause that long is no speaker's.
    expect(check(prepared(`Tom Reyes of the harbour board and its old engineering committee has boiled the whole plan down to one sentence: ${QUOTE}.`), whitfield)).toBeNull();
  });
});

describe('quote credit through "it"', () => {
  const council = prepared(`The ferry operator HarborNet said that ${QUOTE}.`);
  const after = (prev: string, text: string) => {
    const p = prepared(text, [prev, text]);
    p.before = () => prepared(prev, [prev, text]);
    return p;
  };

  it('reads "it" as the organisation that is the subject of the sentence before ("Brightwell even gave a reason. It wrote …")', () => {
    const a = after('Brightwell even gave a reason for the delay.', `It wrote that ${QUOTE}.`);
    expect(check(a, council)?.summary).toBe('"It" (Brightwell) vs "The ferry operator HarborNet"');
    // Or the one a cleft sets apart in its own sentence.
    const cleft = prepared(`And it was Brightwell that made the case: without a plan, it warned, ${QUOTE}.`);
    expect(creditOf(cleft, cleft.quotes[0]!)?.name).toBe('Brightwell');
  });

  it('not a name that only modifies a noun ("The Brightwell study")', () => {
    const a = after('The Brightwell study comes as the council meets again.', `It warns that ${QUOTE}.`);
    expect(creditOf(a, a.quotes[0]!)).toMatchObject({ text: 'It', person: false });
    expect(creditOf(a, a.quotes[0]!)?.name).toBeUndefined();
  });
});

describe('a capital that only opens a clause names no party', () => {
  it('reads "More: Extend today\'s curve…, the company says" as no company named "Extend"', () => {
    const p = prepared(`More: Extend the sea wall, raise the quay, and the harbour could flood less, the company says that ${QUOTE}.`);
    expect(creditOf(p, p.quotes[0]!)?.name).toBeUndefined();
    // A name the article writes as one still is one there ("Update: Brightwell said…").
    const named = prepared(`Update: Brightwell says that ${QUOTE}.`, [`Update: Brightwell says that ${QUOTE}.`, 'The ferry line Brightwell runs six boats.']);
    expect(creditOf(named, named.quotes[0]!)?.name).toBe('Brightwell');
  });

  it('nor owns the document named after it ("Follow the link to the post. The post argued…")', () => {
    const link = prepared('Follow the link below to read the post.');
    const post = prepared(`The post argued that ${QUOTE}.`);
    post.previous = () => link;
    expect(creditOf(post, post.quotes[0]!)).toMatchObject({ text: 'The post', person: false });
    expect(creditOf(post, post.quotes[0]!)?.name).toBeUndefined();
  });
});

describe('quote credit: a pull quote signed with a dash', () => {
  it('credits the quotation to the name after the dash that ends the passage', () => {
    const whitfield = prepared(`${QUOTE.slice(0, -1)}," Dana Whitfield said.`);
    const signed = prepared(`${QUOTE} — HarborNet`, [`${QUOTE} — HarborNet`, 'The ferry operator HarborNet runs six boats.']);
    expect(check(signed, whitfield)?.summary).toBe('"HarborNet" vs "Dana Whitfield"');
    // A dash that goes on to say more is no signature.
    const aside = prepared(`${QUOTE} — HarborNet disagreed at the time, and the council did too.`);
    expect(creditOf(aside, aside.quotes[0]!)).toBeNull();
  });
});

describe('a cleft credits its clause to the party it sets apart, whatever the verb and past asides', () => {
  const said = (text: string) => creditedClaims(prepared(text)).map((c) => c.credit.text);

  it('reads a cleft whose verb is no verb of saying ("It is the trust\'s report, too, that sets out…")', () => {
    expect(said("It is the Harbour Trust's report, too, that sets out the timetable check for every ferry firm in the port towns.")).toEqual(["the Harbour Trust's report"]);
    expect(said("Worth noting it's the Harbour Trust's report, not the council's memo, that floats the idea of a shared ferry timetable.")).toEqual(["the Harbour Trust's report"]);
  });

  it('reads the party before "and not" and past an aside, auxiliaries and adverbs', () => {
    expect(said('It was the Harbour Trust, and not the council, that cautioned that the storm defences are falling behind the tides.')).toEqual(['the Harbour Trust']);
    expect(said('It is Dana Whitfield, the ferry engineer, who has since drawn the lesson from the storm, urging port towns to share defences.')).toEqual(['Dana Whitfield']);
  });

  it('credits nothing to what is no party ("It is clear that…", "It was in March that…")', () => {
    expect(said('It is clear that the ferry firms will share their storm defences with the port towns.')).toEqual([]);
    expect(said('It was in March that the ferry firms shared their storm defences with the port towns.')).toEqual([]);
  });

  it('tells a claim set out in a cleft from the same claim credited to another party', () => {
    const a = prepared("It is the Harbour Trust's report, too, that sets out the check: ferry firms would verify that rival ports had really shared their storm defences.");
    const b = prepared('Dana Whitfield said that ferry firms should verify that rival ports had really shared their storm defences.', ['Lead engineer Dana Whitfield designed the barrier.']);
    expect(checkClaimCredit(a, b)?.summary).toBe('"the Harbour Trust\'s report" vs "Dana Whitfield"');
  });

  it('credits a quotation to a cleft\'s party past its asides, unless another verb of saying comes after', () => {
    const a = prepared(`It was the Harbour Trust, in the report I turn to below, that cautioned ${QUOTE}.`);
    expect(creditOf(a, a.quotes[0]!)?.text).toBe('the Harbour Trust');
    const b = prepared(`It was the Harbour Trust that published the memo in which Dana Whitfield said ${QUOTE}.`);
    expect(creditOf(b, b.quotes[0]!)?.text).not.toBe('the Harbour Trust');
  });
});

describe('credit: a role someone holds under a named person, and an organisation\'s unit or office', () => {
  const whitfield = prepared(`${QUOTE.slice(0, -1)}," Dana Whitfield said.`, [`${QUOTE.slice(0, -1)}," Dana Whitfield said.`, 'Lead engineer Dana Whitfield designed the barrier.']);

  it('reads "said Whitfield\'s department head" as someone of Whitfield\'s, not Whitfield', () => {
    const a = prepared(`${QUOTE.slice(0, -1)}," said Whitfield's department head at the harbour trust.`, [`${QUOTE.slice(0, -1)}," said Whitfield's department head.`, 'Lead engineer Dana Whitfield designed the barrier.']);
    expect(creditOf(a, a.quotes[0]!)).toMatchObject({ text: "Whitfield's department head", person: true, of: 'Whitfield' });
    expect(check(a, whitfield)?.summary).toBe('"Whitfield\'s department head" vs "Dana Whitfield"');
  });

  it('reads a unit, an office or a committee as an organisation speaking ("HarborNet\'s threat-intelligence unit noted that…")', () => {
    const said = (text: string) => creditedClaims(prepared(text)).map((c) => [c.credit.text, c.credit.person]);
    expect(said("HarborNet's threat-intelligence unit noted that old ferry terminals can serve as entry points for attacks on the port.")).toEqual([["HarborNet's threat-intelligence unit", false]]);
    expect(said('The harbour committee argued that old ferry terminals can serve as entry points for attacks on the port.')).toEqual([['The harbour committee', false]]);
  });
});

describe('quote credit: a text quoting a party, and "the company" after a clause naming one', () => {
  it('credits "The piece quotes Brightwell as saying that …" to the party quoted, not the piece', () => {
    const text = `The piece quotes Brightwell as saying that cities ${QUOTE}.`;
    const p = prepared(text, [text, 'The rival firm Brightwell spoke.']);
    expect(creditOf(p, p.quotes[0]!)).toMatchObject({ person: false, name: 'Brightwell' });
    expect(check(p, prepared(`${QUOTE.slice(0, -1)}," said Dana Whitfield, the utility's chief engineer.`))?.kind).toBe('attribution');
  });

  it('reads "the company" after a colon as the one organisation the clause before it names ("from Brightwell\'s side, too: the company argues")', () => {
    const article = ['Brightwell and Harlow Water both spoke.', `Some of the same wind blows from Brightwell's side, too: the company also argues that ${QUOTE}.`];
    const p = prepared(article[1]!, article);
    expect(creditOf(p, p.quotes[0]!)).toMatchObject({ person: false, name: 'Brightwell' });
    // A capitalised word opening the clause is no name ("Keep the answer short: the company says …").
    const q = prepared(`Keep the answer short: the company also argues that ${QUOTE}.`);
    expect(creditOf(q, q.quotes[0]!)?.name).toBeUndefined();
  });
});

describe('quote credit: a cleft whose party did something a colon then quotes', () => {
  it('credits "It was Brightwell, of all firms, that made the point I most want you to remember: \'…\'" to the cleft\'s party', () => {
    const text = `It was Brightwell, of all firms, that made the point I would most like you to remember in the weeks ahead: ${QUOTE}.`;
    const p = prepared(text, [text, 'The rival firm Brightwell spoke.']);
    expect(creditOf(p, p.quotes[0]!)?.name).toBe('Brightwell');
    // Without the colon, a long way from the cleft's verb, the words do not say whose the quotation is.
    const far = prepared(`It was Brightwell, of all firms, that made the point I would most like you to remember in the weeks ahead and ${QUOTE}.`, [text, 'The rival firm Brightwell spoke.']);
    expect(creditOf(far, far.quotes[0]!)?.name).toBeUndefined();
  });
});

describe('claim credit carried on into the next sentence', () => {
  const lines = ['Tom Okafor noted that old pumps in basements can flood whole streets.', 'As the cost of river defences rises, every street near the water becomes a place that floods.'];
  /** The second line, with the engine's link to the line before it in its paragraph. */
  const second = (first = lines[0]!) => {
    const article = [first, lines[1]!];
    const before = prepared(first, article);
    const p = prepared(lines[1]!, article);
    p.before = () => before;
    p.beforeOffset = -(first.length + 1);
    return p;
  };
  const page = prepared('Harlow Water made the point in a line of its own: "every street near the water becomes a place that floods as the cost of river defences rises."');

  it('credits a sentence opening on "As", "Instead" or "And" with the party the sentence before reports, marked there', () => {
    const f = checkClaimCredit(page, second());
    expect(f?.summary).toBe('"Harlow Water" vs "Tom Okafor"');
    expect(f!.b.map((s) => lines[0]!.slice(s.start + lines[0]!.length + 1, s.end + lines[0]!.length + 1))).toEqual(['Tom Okafor']);
  });

  it('credits nothing when the sentence before reports no one, or the sentence opens on no such word', () => {
    expect(checkClaimCredit(page, second('Old pumps in basements can flood whole streets.'))).toBeNull();
    const own = prepared('Every street near the water becomes a place that floods as the cost of river defences rises.', lines);
    own.before = () => prepared(lines[0]!, lines);
    own.beforeOffset = -(lines[0]!.length + 1);
    expect(checkClaimCredit(page, own)).toBeNull();
  });
});

describe('claim credit by "made the point that"', () => {
  it('credits the claim after "made the (related) point that" or "makes the case that" to the subject', () => {
    const credit = (t: string) => creditedClaims(prepared(t)).map((c) => c.credit.text);
    expect(credit('Harlow Water has made the related point that every street near the water becomes a place that floods.')).toEqual(['Harlow Water']);
    expect(credit('Harlow Water also makes the case that every street near the water becomes a place that floods.')).toEqual(['Harlow Water']);
    // A point made with no "that" or colon after it claims nothing here.
    expect(credit('Harlow Water made the point again at the meeting on Tuesday.')).toEqual([]);
  });
});

describe("a document's publisher past a stage direction", () => {
  it('reads "The report" as the report of the party named in the sentence before, not a name in square brackets ("[Slide 4: …]")', () => {
    const first = '[Slide 4: "The other side"] HarbourCo, in a report of its own, comes at this from the opposite end.';
    const second = 'The report also makes the case that every street near the water becomes a place that floods.';
    const a = prepared(first, [first, second]);
    const b = prepared(second, [first, second]);
    b.previous = () => a;
    b.before = () => a;
    b.beforeOffset = -(first.length + 1);
    expect(creditedClaims(b).map((c) => c.credit.name)).toEqual(['HarbourCo']);
  });
});

describe('attribution carried along from two named speakers', () => {
  const outlet = passage('"The flood barriers will not hold past March," said Mara Okoro.');
  const linked = passage('Engineer Mara Okoro said the barriers would fail by spring.');

  it('reads a finding of two named speakers against another outlet that credits the same speaker', () => {
    const f = checkAttribution(passage('"The flood barriers will not hold past March," said Dana Whitfield.'), outlet);
    expect(f?.kind).toBe('attribution');
    expect(attributionAlong(f!, linked)?.summary).toContain('Dana Whitfield');
  });

  it('does not when the page names its speaker by one word only, nor against an outlet crediting someone else', () => {
    const short = checkAttribution(passage('"The flood barriers will not hold past March," said Whitfield.'), outlet);
    expect(short?.kind).toBe('attribution');
    expect(attributionAlong(short!, linked)).toBeNull();
    const f = checkAttribution(passage('"The flood barriers will not hold past March," said Dana Whitfield.'), outlet);
    expect(attributionAlong(f!, passage('Engineer Tomas Reyes said the barriers would fail by spring.'))).toBeNull();
  });
});

describe('quote credit: a person named with the body they are of, before a colon', () => {
  const quote = '"Every culvert we skip this winter floods somebody\'s kitchen next spring."';

  it('credits the quotation to the person, past the lower-case words of the body ("Dana Whitfield of Harlowe\'s research institute put the risk in household terms: …")', () => {
    const p = passage(`Dana Whitfield of Harlowe's research institute put the risk in household terms: ${quote}`);
    expect(creditOf(p, p.quotes[0]!)).toMatchObject({ person: true, name: 'Dana Whitfield' });
  });

  it('still credits nobody where a noun heads the subject after its capitals ("The Harlow Water planner put it plainly: …")', () => {
    const p = passage(`The Harlow Water planner put it plainly: ${quote}`);
    expect(creditOf(p, p.quotes[0]!)?.name).toBeUndefined();
  });
});

describe('quote credit: "a remark by <party>:" before the quotation', () => {
  it('credits the quotation to the party the remark is by, not to whoever reads it out', () => {
    const p = passage('For the record, Mr Hale read out a remark by harbour engineer Dana Whitfield: "Every culvert we skip floods a kitchen."');
    expect(creditOf(p, p.quotes[0]!)).toMatchObject({ person: true, name: 'Dana Whitfield' });
  });
});

describe('quote credit: "the line came from <party>:" before the quotation', () => {
  it('credits the quotation to the party named after the last "from", with or without an aside on what they talked about', () => {
    const p = passage('The line most quoted from the hearing came from harbour engineer Dana Whitfield: "Every culvert we skip floods a kitchen."');
    expect(creditOf(p, p.quotes[0]!)).toMatchObject({ person: true, name: 'Dana Whitfield' });
    const q = passage('The line I keep coming back to came from Dana Whitfield of Harlow Water, talking about the flood survey: "Every culvert we skip floods a kitchen."');
    expect(creditOf(q, q.quotes[0]!)).toMatchObject({ person: true, name: 'Dana Whitfield' });
  });

  it('still reads "<person> from <organisation> made that point:" as the person\'s', () => {
    const p = passage('Dana Whitfield from Harlow Water made that point: "Every culvert we skip floods a kitchen."');
    expect(creditOf(p, p.quotes[0]!)).toMatchObject({ person: true, name: 'Dana Whitfield' });
  });
});

describe('claim credit: a wire dateline before the subject', () => {
  const said = (text: string) => creditedClaims(prepared(text)).map((c) => c.credit.text);

  it('reads the subject after "LONDON, May 15 (Harbour Wire) - ", not the place in capitals', () => {
    expect(said('LONDON, May 15 (Harbour Wire) - Harlow Water, the utility behind the flood barrier, is asking towns to share sensor data, warning that the barrier could fail within a decade.')).toEqual(['Harlow Water']);
    expect(said('BRISTOL (Harbour Wire) — Harlow Water is asking towns to share sensor data, warning that the barrier could fail within a decade.')).toEqual(['Harlow Water']);
  });
});

describe('quote credit: a speaker named after the quotation by a role only', () => {
  const Q = '"That old ferry you have in your harbour that nobody checks on is a launch pad to attack the bigger targets,"';
  it('reads "a Harlow police spokesperson said" and "an agency cybercrime investigator noted" as someone other than the engineer named', () => {
    expect(check(prepared(`${Q} a Harlow police spokesperson said.`), prepared(`${Q} Dana Whitfield said.`))?.summary).toBe('"a Harlow police spokesperson" vs "Dana Whitfield"');
    const investigator = prepared(`${Q} an agency cybercrime investigator noted.`);
    expect(creditOf(investigator, investigator.quotes[0]!)).toMatchObject({ text: 'an agency cybercrime investigator', person: true });
  });

  it('leaves a quotation with no speaker after it uncredited ("…," a day later.)', () => {
    const p = prepared(`${Q} a week later.`);
    expect(creditOf(p, p.quotes[0]!)).toBeNull();
  });
});
