import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkNames, titleStands } from '../../lib/compare/check-names';
import { checkAttribution } from '../../lib/compare/check-speakers';
import { isPerson, namePhrases, sameName } from '../../lib/compare/names';
import { titlesOf } from '../../lib/compare/titles';
import { articleNameUses } from '../../lib/compare/name-uses';
import { analyze } from './helpers';
import { nameAlong } from '../../lib/compare/name-along';

const check = (a: string, b: string) => checkNames(passage(a), passage(b), 2);
const marked = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('titles: the same person with a different role on each side', () => {
  const lead = 'Lead researcher Maria Okafor said the flood barrier failed because its pumps lost power.';

  it('reports a role the other side does not give, and marks both roles', () => {
    const other = 'Co-author Maria Okafor said the flood barrier failed because its pumps lost power.';
    const f = check(lead, other);
    expect(f?.kind).toBe('name');
    expect(marked(lead, f!.a)).toEqual(['Lead researcher']);
    expect(marked(other, f!.b)).toEqual(['Co-author']);
  });

  it('reads common news roles, not only a short list of them', () => {
    const f = check(
      'City engineer Tomas Reyes said the bridge would reopen after the inspection.',
      'Deputy mayor Tomas Reyes said the bridge would reopen after the inspection.',
    );
    expect(f?.kind).toBe('name');
  });

  it('reads the roles of a university team ("graduate student", "PhD candidate") as titles', () => {
    const student = 'Graduate student Maria Okafor said the flood barrier failed because its pumps lost power.';
    const f = check(lead, student);
    expect(marked(student, f!.b)).toEqual(['Graduate student']);
    expect(check(lead, 'PhD candidate Maria Okafor said the flood barrier failed because its pumps lost power.')?.kind).toBe('name');
  });

  it('reads "Prof", as British style writes it, as the title "professor"', () => {
    const f = check(lead, 'Prof Maria Okafor said the flood barrier failed because its pumps lost power.');
    expect(f?.summary).toBe('"Lead researcher" vs "Prof"');
    expect(check('Professor Maria Okafor said the flood barrier failed because its pumps lost power.', 'Prof Maria Okafor said the flood barrier failed because its pumps lost power.')).toBeNull();
  });

  it('keeps co-founder against founder a divergence', () => {
    const f = check(
      'The plan was written by co-founder Priya Natarajan and sent to every regional office.',
      'The plan was written by founder Priya Natarajan and sent to every regional office.',
    );
    expect(f?.kind).toBe('name');
  });

  it('reads initials as the title they stand for ("CEO" is "chief executive")', () => {
    expect(check(
      'CEO Tomas Reyes said the bridge would reopen after the inspection.',
      'The firm\'s chief executive Tomas Reyes said the bridge would reopen after the inspection.',
    )).toBeNull();
  });

  it('reads "policy chief" as a role of its own, and "OpenAI chief" as a chief executive', () => {
    const f = check(
      "The plan was written by Priya Natarajan, the firm's policy chief, and sent to every regional office.",
      'The plan was written by co-founder Priya Natarajan and sent to every regional office.',
    );
    expect(f?.summary).toBe('"policy chief" vs "co-founder"');
    expect(check(
      'Harbour Lines chief Priya Natarajan said the ferries would run again on Monday.',
      'Chief executive Priya Natarajan said the ferries would run again on Monday.',
    )).toBeNull();
  });

  it('does not report a role that only adds a rank to the same role', () => {
    expect(check(lead, 'Researcher Maria Okafor said the flood barrier failed because its pumps lost power.')).toBeNull();
  });

  it('reads a capitalised title written into the name ("Professor Maria Okafor") as a title', () => {
    const other = 'Professor Maria Okafor said the flood barrier failed because its pumps lost power.';
    const f = check(lead, other);
    expect(f?.kind).toBe('name');
    expect(marked(other, f!.b)).toEqual(['Professor']);
    expect(check(other, 'Prof. Maria Okafor said the flood barrier failed because its pumps lost power.')).toBeNull();
  });

  it('reads a title between an organisation and a person ("Harbor Trust CEO Maria Okafor") as hers, apart from both names', () => {
    expect(namePhrases(passage('Harbor Trust CEO Maria Okafor said the pumps failed.')).map((n) => n.text)).toEqual(['Harbor Trust', 'Maria Okafor']);
    // A title ending the run leaves it whole, as no person follows it.
    expect(namePhrases(passage('The Harbor Trust CEO said the pumps failed.')).map((n) => n.text)).toEqual(['Harbor Trust CEO']);
    const other = 'Harbor Trust CEO Maria Okafor said the flood barrier failed because its pumps lost power.';
    const f = check(lead, other);
    expect(marked(other, f!.b)).toEqual(['CEO']);
  });

  it('ends a name at its possessive ("Harbor Trust\'s IPO"), unless a body is named by one ("Queen\'s University")', () => {
    expect(namePhrases(passage("Harbor Trust's IPO could value it at a billion dollars.")).map((n) => n.text)).toEqual(['Harbor Trust', 'IPO']);
    expect(namePhrases(passage("Researchers at Queen's University built the model.")).map((n) => n.text)).toEqual(['Researchers', "Queen's University"]);
  });

  it('reads no contraction opening a sentence as part of a name ("Didn\'t Okafor …")', () => {
    expect(namePhrases(passage("Didn't Okafor warn about the pumps last year?")).map((n) => n.text)).toEqual(['Okafor']);
    expect(namePhrases(passage("We're told Maria Okafor will speak.")).map((n) => n.text)).toEqual(['Maria Okafor']);
  });

  it('reads a title set off by a comma after the name ("Maria Okafor, the chief engineer")', () => {
    const after = "Maria Okafor, the city's chief engineer, said the flood barrier failed because its pumps lost power.";
    const f = check(lead, after);
    expect(f?.kind).toBe('name');
    expect(marked(after, f!.b)).toEqual(['chief engineer']);
    expect(check('Chief engineer Maria Okafor said the flood barrier failed because its pumps lost power.', after)).toBeNull();
    // A relative clause after the comma gives no title.
    expect(check(lead, 'Maria Okafor, who runs the pump station, said the flood barrier failed because its pumps lost power.')).toBeNull();
  });

  it('reads a title set before a name the commas set off ("the firm\'s chief engineer, Maria Okafor, said"), not a relation to a person ("his co-author, Maria Okafor")', () => {
    const apposed = "The report was written by the firm's chief engineer, Maria Okafor, and two colleagues.";
    const f = check(apposed, 'The report was written by co-founder Maria Okafor and two colleagues.');
    expect(f?.kind).toBe('name');
    expect(marked(apposed, f!.a)).toEqual(['chief engineer']);
    expect(check('The report was written by Tom Reyes. His co-author, Maria Okafor, runs the pump station.', 'The report was written by co-founder Maria Okafor and two colleagues.')).toBeNull();
  });

  it('reads "one of" a group of that role after the name as the title ("Maria Okafor, one of its co-founders")', () => {
    const one = "Maria Okafor, one of the firm's co-founders, said the flood barrier failed because its pumps lost power.";
    const f = check(lead, one);
    expect(f?.kind).toBe('name');
    expect(marked(one, f!.b)).toEqual(['co-founders']);
    expect(check('Co-founder Maria Okafor said the flood barrier failed because its pumps lost power.', one)).toBeNull();
  });

  it('reads what a role is of ("head of policy" / "head of its research institute") and reports two different ones', () => {
    const said = ' said the flood barrier failed because its pumps lost power.';
    const policy = `Maria Okafor, the agency's head of policy,${said}`;
    const lab = `Maria Okafor, head of the agency's research lab,${said}`;
    const f = check(policy, lab);
    expect(f?.kind).toBe('name');
    expect(marked(policy, f!.a)).toEqual(['head of policy']);
    expect(marked(lab, f!.b)).toEqual(["head of the agency's research lab"]);
    // The role alone, or the same thing more or less closely named, is no other role.
    expect(check(policy, `Maria Okafor, the agency's head,${said}`)).toBeNull();
    expect(check(lab, `Maria Okafor, head of research,${said}`)).toBeNull();
  });

  it('reads a title in brackets after the name ("Maria Okafor (the city\'s chief engineer)")', () => {
    const bracket = "Maria Okafor (the city's chief engineer) said the flood barrier failed because its pumps lost power.";
    const f = check(lead, bracket);
    expect(f?.kind).toBe('name');
    expect(marked(bracket, f!.b)).toEqual(['chief engineer']);
    expect(check('Chief engineer Maria Okafor said the flood barrier failed because its pumps lost power.', bracket)).toBeNull();
  });

  it('reads "who leads" a unit as head of it, and reports it only against the head of something else', () => {
    const said = ' said the flood barrier failed because its pumps lost power.';
    const leads = `Maria Okafor, who leads the agency's policy team,${said}`;
    const lab = `Maria Okafor, head of the agency's research lab,${said}`;
    const f = check(leads, lab);
    expect(f?.kind).toBe('name');
    expect(marked(leads, f!.a)).toEqual(["leads the agency's policy team"]);
    expect(check(`Maria Okafor, who heads policy at the agency,${said}`, lab)?.kind).toBe('name');
    // Heading the same unit is the same role; heading a team is no other title than "lead researcher".
    expect(check(`Maria Okafor, who runs the agency's research lab,${said}`, lab)).toBeNull();
    expect(check(leads, lead)).toBeNull();
  });

  it('reads less common roles and ranks ("general counsel", "a doctoral researcher")', () => {
    const said = ' said the flood barrier failed because its pumps lost power.';
    const counsel = `Maria Okafor, the agency's general counsel,${said}`;
    expect(marked(counsel, check(lead, counsel)!.b)).toEqual(['general counsel']);
    const doctoral = `Maria Okafor, a doctoral researcher on the team,${said}`;
    expect(marked(doctoral, check(lead, doctoral)!.b)).toEqual(['doctoral researcher']);
    // A rank against no rank is the same role.
    expect(check(`Researcher Maria Okafor${said}`, doctoral)).toBeNull();
  });

  it('does not report when only one side gives a role', () => {
    expect(check(lead, 'Maria Okafor said the flood barrier failed because its pumps lost power.')).toBeNull();
  });

  it('gives an institution no title: the people named before it are not one ("engineers at" / "researchers at")', () => {
    const at = (who: string) => `${who} at the Delta Water Institute found that the barrier's pumps lost power.`;
    expect(check(at('Engineers'), at('Researchers'))).toBeNull();
    expect(check(at('Hydrologists'), at('Scientists'))).toBeNull();
    const of = (who: string) => `${who} at the University of Rotterdam found that the barrier's pumps lost power.`;
    expect(check(of('Engineers'), of('Researchers'))).toBeNull();
    // A person's title still counts.
    expect(check(lead, 'Chief engineer Maria Okafor said the flood barrier failed because its pumps lost power.')?.kind).toBe('name');
  });
});

describe('names in the same slot', () => {
  it('reports a different name before the same word ("the X administration")', () => {
    const f = check(
      'A Trump administration order issued this week asked the labs to submit their models for testing.',
      'A Biden administration order issued this week asked the labs to submit their models for testing.',
    );
    expect(f?.kind).toBe('name');
    expect(f!.summary).toBe('"Trump" vs "Biden"');
  });

  it('reads the word before a name in any of its forms ("a coalition that included X" / "a coalition including Y")', () => {
    const f = checkNames(
      passage('In 2019 a coalition that included Ana Silva backed the campaign for a six-month dredging freeze.'),
      passage('In 2019, a coalition including Tomas Reyes, a port pilot, backed a campaign urging a six-month freeze on dredging.'),
      0,
    );
    expect(f?.summary).toBe('"Ana Silva" vs "Tomas Reyes"');
  });

  it('reads the slot of a person past the organisation and title before them ("included Port Authority Chief Executive Ana Silva")', () => {
    const f = checkNames(
      passage('In 2019 a coalition that included Port Authority Chief Executive Ana Silva backed the campaign for a six-month dredging freeze.'),
      passage('In 2019, a coalition including Tomas Reyes, a port pilot, backed a campaign urging a six-month freeze on dredging.'),
      0,
    );
    // The person put in the person's place, not the organisation.
    expect(f?.summary).toBe('"Ana Silva" vs "Tomas Reyes"');
  });

  it('leaves a change of speaker ("as X warned" / "as Y warned") to the attribution check', () => {
    expect(check('The barrier failed because its pumps lost power, as Okafor warned in May.', 'The barrier failed because its pumps lost power, as Reyes warned in May.')).toBeNull();
  });

  it('does not take a short name inside a longer one for the same name ("AI" in "Institute for AI")', () => {
    const f = checkNames(
      passage('The drill was run by the non-profit Coastal Defence Institute for AI, with the harbour police.'),
      passage('The drill was run by the non-profit Coastal Safety Institute, an AI group, with the harbour police.'),
      0,
    );
    expect(f?.summary).toBe('"Coastal Defence Institute for AI" vs "Coastal Safety Institute"');
    expect(sameName('Ana Silva', 'Silva')).toBe(true);
    expect(sameName('Thailand', 'AI')).toBe(false);
  });

  it('reads names of several words that differ in one by that word: "University of Leeds" is no typo of "University of Lewes"', () => {
    expect(sameName('University of Leeds', 'University of Lewes')).toBe(false);
    expect(sameName('University of Malmo', 'University of Malaga')).toBe(false);
    expect(sameName('University of Dover', 'University of Dovre')).toBe(true);
    expect(sameName('Harbourr Trust', 'Harbour Trust')).toBe(true);
  });

  it('reads capitals written alone as the one-word name they are the capitals of ("HTC" for "HarbourTrustCo"), and no other', () => {
    expect(sameName('HTC', 'HarbourTrustCo')).toBe(true);
    expect(sameName('HarbourTrustCo', 'HTC')).toBe(true);
    expect(sameName('HT', 'HarbourTrustCo')).toBe(false);
    expect(sameName('HTC', 'Kestrel')).toBe(false);
  });

  it('does not read a bare "AI" as a name in a slot ("two AI companies" / "two American companies")', () => {
    const f = checkNames(
      passage('The quarrel over river dredging is being fought by two American companies with plants on the delta.'),
      passage('The quarrel over river dredging is being fought by two leading AI companies with plants on the delta.'),
      0,
    );
    expect(f).toBeNull();
  });

  it('does not read a day as a name in a slot ("published Monday" / "published Wednesday" is the date check\'s)', () => {
    expect(checkNames(passage('The council set out its plan in a report published Monday.'), passage('The council set out its plan in a report published Wednesday.'), 0)).toBeNull();
  });

  it('does not take a title written before another person as this one\'s ("co-founder Ana Silva and Maria Okafor")', () => {
    const a = 'The letter was signed by co-founder Maria Okafor and Ana Silva, who runs the harbour lab.';
    const b = 'The letter was signed by co-founder Ana Silva and Maria Okafor, head of the harbour lab.';
    const f = checkNames(passage(a), passage(b), 0);
    expect(f?.summary).toBe('"co-founder" vs "head of the harbour lab"');
    expect(titleStands(f!, [a.toLowerCase()], [b.toLowerCase()])).toBe(true);
    // A plural title names both: "founders Ana Silva and Maria Okafor" gives Silva the founder's role too, which a withholds.
    const both = checkNames(passage(a), passage('The letter was signed by founders Ana Silva and Maria Okafor, head of the harbour lab.'), 0);
    expect(both?.summary).toBe('"co-founder" vs "founders"');
  });

  it('reads a former role against the role held now ("former head of the harbour lab" / "head of the harbour lab")', () => {
    const a = 'The letter was signed by Maria Okafor, former head of the harbour lab, on Monday.';
    const b = 'The letter was signed by Maria Okafor, head of the harbour lab, on Monday.';
    const f = checkNames(passage(a), passage(b), 0);
    expect(f?.summary).toBe('"former head of the harbour lab" vs "head of the harbour lab"');
    // The present title written inside the former one is not given to her on the page.
    expect(titleStands(f!, [a.toLowerCase()], [b.toLowerCase()])).toBe(true);
    // A rank that keeps the role ("senior engineer" / "engineer") is no difference.
    expect(checkNames(passage('The letter was signed by Maria Okafor, senior engineer at the harbour lab.'), passage('The letter was signed by Maria Okafor, engineer at the harbour lab.'), 0)).toBeNull();
  });

  it('reads a year of study before a rank as part of the title ("a second-year doctoral student")', () => {
    const f = checkNames(passage('Maria Okafor, a second-year doctoral student on the team, said the pumps failed.'), passage('Lead engineer Maria Okafor said the pumps failed.'), 0);
    expect(f?.summary).toBe('"second-year doctoral student" vs "Lead engineer"');
  });

  it('reads a plural role as its co- form: "co-founder Ana Silva" is one of "founders Ana Silva and Maria Okafor"', () => {
    const founders = 'The letter was signed by founders Ana Silva and Maria Okafor, head of the harbour lab.';
    expect(checkNames(passage('"The pumps were never tested," said co-founder Ana Silva.'), passage(founders), 0)).toBeNull();
    expect(checkNames(passage('The letter was signed by Ana Silva, one of the firm\'s founders.'), passage(founders), 0)).toBeNull();
  });

  it('reads a founder told by a relative clause or after the name of the firm ("who co-founded the firm", "one of the people who started it", "a Harbor co-founder") against a plural title over two people', () => {
    const both = "The letter was signed by the firm's founders Ana Silva and Maria Okafor, head of the harbour lab.";
    for (const one of [
      'The letter was signed by Ana Silva, who co-founded the firm, and Maria Okafor, who runs the harbour lab.',
      'The letter was signed by Ana Silva, one of the people who started the firm, and Maria Okafor, who directs the harbour lab.',
      'The letter was signed by Ana Silva, a Harbor co-founder, and Maria Okafor, in charge of the harbour lab.',
    ]) expect(checkNames(passage(one), passage(both), 0)?.summary).toMatch(/ vs "founders"$/);
    // A rank word is no firm's name ("a doctoral researcher" keeps its rank).
    expect(titlesOf(passage('The letter was signed by Ana Silva, a doctoral researcher on the team.'), { text: 'Ana Silva', start: 25, end: 34 }).map((t) => t.text)).toEqual(['doctoral researcher']);
  });

  it('reads "in charge of" a thing and "director of" it as its head', () => {
    expect(checkNames(passage('The letter was signed by Maria Okafor, in charge of the harbour lab.'), passage('The letter was signed by Maria Okafor, head of the harbour lab.'), 0)).toBeNull();
    expect(checkNames(passage('The letter was signed by Maria Okafor, director of the harbour lab.'), passage('The letter was signed by Maria Okafor, head of the harbour lab.'), 0)).toBeNull();
    expect(checkNames(passage('The letter was signed by Maria Okafor, in charge of the policy team.'), passage('The letter was signed by Maria Okafor, head of the harbour lab.'), 0)?.summary).toBe('"in charge of the policy team" vs "head of the harbour lab"');
  });

  it('reports a plural title over two people against the same role given to one of them only', () => {
    const one = 'The letter was signed by co-founder Ana Silva and Maria Okafor, who runs the harbour lab.';
    const both = 'The letter was signed by the firm\'s founders Ana Silva and Maria Okafor, head of the harbour lab.';
    const f = checkNames(passage(one), passage(both), 0);
    expect(f?.kind).toBe('name');
    expect(marked(one, f!.a)).toEqual(['co-founder']);
    expect(marked(both, f!.b)).toEqual(['founders']);
    // The title difference is Okafor's: no article gives her the founder's role as a second one.
    expect(titleStands(f!, [one.toLowerCase()], [both.toLowerCase()])).toBe(true);
    // Both sides listing the two as founders agree.
    expect(checkNames(passage('The letter was signed by co-founders Ana Silva and Maria Okafor.'), passage(both), 0)).toBeNull();
  });

  it('reads a name as present on the other side only as whole words ("US" is not in "using"), and "U.S." as "US"', () => {
    const us = 'Okafor briefed US flood authorities before the report was published.';
    const f = checkNames(passage(us), passage('Okafor briefed Canadian flood authorities before publishing, using gauges from the delta.'), 0);
    expect(f?.summary).toBe('"US" vs "Canadian"');
    expect(checkNames(passage('Okafor briefed U.S. flood authorities before the report was published.'), passage(us), 0)).toBeNull();
  });

  it('does not take a shared function word after two names as the same slot', () => {
    expect(check('Officials in Leeds said on Monday that the road would close.', 'Officials in Leeds said on Friday that the road would close.')?.kind).not.toBe('name');
  });
});

describe('names: two named bodies on one point', () => {
  const fund = 'In 2019 a coalition of growers backed a non-profit Harbour Rivers Foundation campaign for a six-month dredging freeze.';

  it('reports another body where the other outlet names one, in whatever slot ("the Centre for Estuary Studies ran a campaign" / "a non-profit Harbour Rivers Foundation campaign")', () => {
    const f = checkNames(passage('Back in 2019 the Centre for Estuary Studies ran a campaign for a six-month dredging freeze, backed by a coalition of growers.'), passage(fund), 0);
    expect(f?.summary).toBe('"Centre for Estuary Studies" vs "Harbour Rivers Foundation"');
  });

  it('reads a university named in French as a body too ("Université Laval" / "the University of Guelph")', () => {
    const f = checkNames(passage('The report arrives as researchers at Université Laval, in Quebec City, showed how cheap tools can build a worm.'), passage('It follows separate research from the University of Guelph showing how cheap tools could build a worm.'), 0);
    expect(f?.summary).toBe('"Université Laval" vs "University of Guelph"');
  });

  it('ties two universities on a merely related pair by the whole sentence, unless the page names a person the story never does', () => {
    const story = new Set(['research', 'toronto', 'papernot', 'nicola', 'tool', 'worm', 'ai', 'kind', 'new', 'demonstr', 'univers']);
    const known = Object.assign(() => false, { known: (stem: string) => story.has(stem) });
    const page = (text: string) => Object.assign(passage(text), { related: known });
    const corpus = passage('Researchers at the University of Toronto recently demonstrated how AI tools could be weaponized to create a new kind of AI worm.');
    const swapped = page('A team at the University of Waterloo, led by Nicolas Papernot, had shown that you could use AI tools to build a new kind of worm.');
    expect(checkNames(swapped, corpus, 2)?.summary).toBe('"University of Waterloo" vs "University of Toronto"');
    const commentator = page('Rachel Okafor, who teaches policy at the University of Ottawa, said AI tools that build a new kind of worm worry her.');
    expect(checkNames(commentator, corpus, 2)).toBeNull();
  });

  it('reads no body a sentence opens by defining ("Calloway University is a private research university …") against the story\'s', () => {
    const corpus = passage('Separate academic research from the University of Toronto highlighted a new concern about AI worms.');
    expect(checkNames(passage('Calloway University is a private research university founded in 1868, with academic research in nine schools.'), corpus, 2)).toBeNull();
    // The same body doing the story's research stands in its slot.
    expect(checkNames(passage('Academic research from Calloway University, a private research university, highlighted a new concern about AI worms.'), corpus, 2)?.summary).toBe('"Calloway University" vs "University of Toronto"');
  });

  it('does not read a body against a name of another kind, nor without shared words on a merely related pair', () => {
    expect(checkNames(passage('Back in 2019 Tomas Reyes ran a campaign for a six-month dredging freeze, backed by a coalition of growers.'), passage(fund), 0)).toBeNull();
    expect(checkNames(passage('The Centre for Estuary Studies published its annual bird count.'), passage(fund), 2)).toBeNull();
  });
});

describe('a name spelt differently', () => {
  it("reports a person's full name a letter apart in one word, on merely related pairs too", () => {
    const f = check('The study was led by Katherine Oduya at the harbour institute.', 'Lead author Kathrine Oduya said the harbour had silted up.');
    expect(f?.summary).toBe('"Katherine Oduya" vs "Kathrine Oduya"');
    expect(check('The study was led by Maria Okafor.', 'Lead author Mraia Okafor said the harbour had silted up.')?.summary).toBe('"Maria Okafor" vs "Mraia Okafor"');
  });

  it('does not take another first name, a shorter form, an initial or a one-word name for a misspelling', () => {
    expect(check('The study was led by Dario Oduya.', 'Lead author Daniela Oduya said the harbour had silted up.')).toBeNull();
    expect(check('The study was led by Katherine Oduya.', 'Lead author Oduya said the harbour had silted up.')).toBeNull();
    expect(check('The study was led by K. Oduya.', 'Lead author Katherine Oduya said the harbour had silted up.')).toBeNull();
    expect(check('The study was funded by Harbourco.', 'The study was funded by Harbouco, its author said.')).toBeNull();
  });
});

describe('speakers', () => {
  it('reads "…, said X" as X speaking, but not a name that opens what is said ("The board says Leeds …")', () => {
    const credited = checkAttribution(passage('The barrier will be raised before the storm, said Okafor.'), passage('The barrier will be raised before the storm, Reyes said.'));
    expect(credited?.summary).toBe('"Okafor" vs "Reyes"');
    expect(checkAttribution(passage('The board says Leeds is improving its flood defences quickly.'), passage('Leeds is improving its flood defences quickly, Reyes said.'))).toBeNull();
  });

  it('reads a speaker past an adverb before the verb ("Okafor further stated", "Reyes also said")', () => {
    const f = checkAttribution(passage('Okafor further stated that the barrier will be raised before the storm.'), passage('Reyes also said that the barrier will be raised before the storm.'));
    expect(f?.summary).toBe('"Okafor" vs "Reyes"');
  });
});

describe('names: organisations opening the same point as who did it', () => {
  const checkSame = (a: string, b: string, articleA = [a]) => {
    const pa = passage(a);
    pa.nameUse = articleNameUses(articleA);
    const pb = passage(b);
    pb.nameUse = articleNameUses([b, 'Analysts expect HarborNet to appeal.']);
    return checkNames(pa, pb, 0);
  };
  const other = 'Rival firm HarborNet answered with a report of its own on Wednesday, arguing that ports need federal money.';

  it('reports two organisations each opening the sentence as the subject of its verb', () => {
    expect(checkSame('Brightwell responded with a report of its own on Wednesday, arguing that ports need federal money.', other)?.summary).toBe('"Brightwell" vs "HarborNet"');
    expect(checkSame('Kestrel Shipping Company took the other side in a report on Wednesday, arguing that ports need federal money.', other)?.kind).toBe('name');
  });

  it('reads the subject past an auxiliary ("is urging"), and after a descriptor of its kind ("Regional shipping company HarborNet")', () => {
    const urging = 'Regional shipping company HarborNet is urging the state to fund new flood walls along the harbour.';
    expect(checkSame('Brightwell is pressing the state to fund new flood walls along the harbour.', urging)?.summary).toBe('"Brightwell" vs "HarborNet"');
    // Not a descriptor of another kind, nor a verb after the auxiliary that is no verb ("is ready").
    expect(checkSame('Brightwell is pressing the state to fund new flood walls along the harbour.', 'Port engineers at HarborNet are urging the state to fund new flood walls.')).toBeNull();
    expect(checkSame('Brightwell is ready for the state to fund new flood walls along the harbour.', urging)).toBeNull();
  });

  it('reads the subject past an adverb before its verb ("Brightwell further argued", "HarborNet has also argued")', () => {
    const also = 'HarborNet has also argued in a report of its own that ports need federal money for flood walls.';
    expect(checkSame('Brightwell further argued in a report of its own that ports need federal money for flood walls.', also)?.summary).toBe('"Brightwell" vs "HarborNet"');
  });

  it('reads "X is urging" and "Y is urging" as one slot', () => {
    const f = checkNames(passage('Okafor is urging the regional water regulator to publish the results.'), passage('Lead engineer Dana Whitfield is urging the regional water regulator to publish the results.'), 2);
    expect(f?.summary).toBe('"Okafor" vs "Dana Whitfield"');
  });

  it('does not read a capitalised first word that names nothing, a person, or a quotation\'s first word as such a subject', () => {
    expect(checkSame('Regulators responded with a report of their own on Wednesday, arguing that ports need federal money.', other)).toBeNull();
    expect(checkSame('Dana Whitfield responded with a report of her own on Wednesday, arguing that ports need federal money.', other)).toBeNull();
    expect(checkSame('"Brightwell responded with a report of its own on Wednesday," the filing says, arguing that ports need federal money.', other)).toBeNull();
  });
});

describe('names: a relative "who" keeps the slot of the verb after it', () => {
  it('reads "Okafor notified" and "Whitfield, who notified" as one slot', () => {
    const f = checkNames(passage('Okafor notified the regional water regulator before publishing the results.'), passage('Lead engineer Dana Whitfield, who notified the regional water regulator before publishing the results, spoke on Monday.'), 2);
    expect(f?.summary).toBe('"Okafor" vs "Dana Whitfield"');
    expect(checkNames(passage('Okafor notified the regional water regulator before publishing the results.'), passage('Lead engineer Dana Whitfield, who chairs the regional water regulator, spoke before the results were published.'), 2)).toBeNull();
  });
});

describe('name phrases', () => {
  it('takes a brand written with a small first letter and a capital after it ("xAI", "eBay") for a name, not an ordinary word', () => {
    const names = (t: string) => namePhrases(passage(t)).map((n) => n.text);
    expect(names('The letter was signed by xAI and eBay staff in Berlin.')).toEqual(['xAI', 'eBay', 'Berlin']);
    expect(names('The letter was signed by staff in a small office.')).toEqual([]);
  });

  it('takes no name from a quoted title set in title case, but keeps names in an ordinary quotation', () => {
    const names = (t: string) => namePhrases(passage(t)).map((n) => n.text);
    expect(names('Harbour Summit 2026 | Day Two | "Keeping Ports Safe in the Week Ferries Stopped Sailing"')).toEqual(['Harbour Summit', 'Day Two']);
    expect(names('She said: "We told Brightwell about the flaw before the storm season, and Harbor Trust agreed."')).toEqual(['Brightwell', 'Harbor Trust']);
  });

  it('takes no indefinite pronoun that opens a sentence ("Everything", "Nobody") for a name', () => {
    const names = (t: string) => namePhrases(passage(t)).map((n) => n.text);
    expect(names('Everything connected to the harbour network is a target, Brightwell said. Nobody disputes it.')).toEqual(['Brightwell']);
  });

  it('takes no word that opens a clause ("Given", "Despite", "Unlike") for a name', () => {
    const names = (t: string) => namePhrases(passage(t)).map((n) => n.text);
    expect(names('Given the storms, Brightwell shut the pier. Despite that, Harbor Trust kept it open. Unlike Brightwell, it stayed.')).toEqual(['Brightwell', 'Harbor Trust', 'Brightwell']);
  });

  it('joins a hyphenated name ("Carvalho-Reid") but ends a name at a dash set off by spaces ("Thursday - Brightwell")', () => {
    const names = (t: string) => namePhrases(passage(t)).map((n) => n.text);
    expect(names('Thursday - Brightwell publishes a memo, Ines Carvalho-Reid said.')).toEqual(['Thursday', 'Brightwell', 'Ines Carvalho-Reid']);
    expect(names('LISBON — Brightwell said on Monday it would close.')).toEqual(['LISBON', 'Brightwell', 'Monday']);
  });
});

describe('names in one slot: joined by "and" to the same name', () => {
  it('reads two people each listed with the same third ("Dana Whitfield and Tom Okafor" / "Maria Lopez and Tom Okafor") as one slot', () => {
    const f = checkNames(passage('The memo was written by Dana Whitfield and Tom Okafor, head of the trust.'), passage('The memo was written by engineer Maria Lopez and Tom Okafor, head of the trust.'), 0);
    expect(f?.summary).toBe('"Dana Whitfield" vs "Maria Lopez"');
    expect(checkNames(passage('The memo was written by Dana Whitfield and Tom Okafor.'), passage('Maria Lopez said the memo was late, and the trust agreed.'), 0)).toBeNull();
  });

  it('reads a name listed with the third past an appositive of its own ("Dana Whitfield, a trustee of the port, and Tom Okafor")', () => {
    const f = checkNames(passage('The memo carries the signatures of Dana Whitfield, a trustee of the port, and of Tom Okafor.'), passage('The memo was written by engineer Maria Lopez and Tom Okafor, head of the trust.'), 0);
    expect(f?.summary).toBe('"Dana Whitfield" vs "Maria Lopez"');
  });

  it('reads a name set off after its title, then listed with the third ("the trust\'s chair, Dana Whitfield, and Tom Okafor")', () => {
    const f = checkNames(passage("The memo is signed by the trust's chair, Dana Whitfield, and Tom Okafor, who runs the port."), passage('The memo was written by engineer Maria Lopez and Tom Okafor, head of the trust.'), 0);
    expect(f?.summary).toBe('"Dana Whitfield" vs "Maria Lopez"');
  });

  it('reads a name listed with the third past a bracketed title of its own ("Dana Whitfield (co-founder) and Tom Okafor"), the title hers alone', () => {
    const page = passage('Memo authors: Dana Whitfield (co-founder) and Tom Okafor (runs the port trust).');
    const outlet = passage('The memo was written by co-founder Maria Lopez and Tom Okafor, head of the trust.');
    expect(checkNames(page, outlet, 0)?.summary).toBe('"Dana Whitfield" vs "Maria Lopez"');
    // "co-founder" is Whitfield's, not a title of Okafor's to set against his "head of the trust".
    const okafor = namePhrases(page).find((n) => n.text === 'Tom Okafor')!;
    expect(titlesOf(page, okafor).map((t) => t.text)).toEqual([]);
  });

  it('asks two names of one kind ("University of Leeds" / "University of York") for one context word less on a loose pair', () => {
    const a = passage('Researchers at the University of York have shown how cheap sensors fail in cold weather.');
    expect(checkNames(a, passage('The study arrives as researchers at the University of Leeds demonstrated sensors failing.'), 2)?.summary).toBe('"University of York" vs "University of Leeds"');
    // Names of different kinds still need the full context.
    expect(checkNames(a, passage('The study arrives as researchers at Leeds Polytechnic demonstrated sensors failing.'), 2)).toBeNull();
  });

  it('asks two names before the same noun ("its Vela sensor" / "its own Orca sensor") for one context word less too', () => {
    const a = passage('The firm pointed to its Vela sensor, which rattled the harbour insurers earlier this year.');
    expect(checkNames(a, passage('The firm noted that its own Orca sensor jolted harbour insurers earlier this year.'), 2)?.summary).toBe('"Vela" vs "Orca"');
    // Without the shared noun the names still need two words of context.
    expect(checkNames(a, passage('The firm noted that its own Orca rattles buoys across the bay.'), 2)).toBeNull();
    // A place before the noun is no thing of the kind: "the United States administration" may be the Trump one.
    const trump = passage('The Trump administration issued an order on the harbours this week.');
    expect(checkNames(passage('Officials said the United States administration acted slowly.'), trump, 2)).toBeNull();
    expect(checkNames(passage('Officials said the Biden administration acted slowly.'), trump, 2)?.summary).toBe('"Biden" vs "Trump"');
  });

  it('reads "U of York" as a university against another ("University of Leeds"), and "U of L" as the University of Leeds itself', () => {
    const leeds = passage('The study arrives as researchers at the University of Leeds demonstrated sensors failing in the cold.');
    expect(checkNames(passage('The study arrives as U of York researchers demonstrated sensors failing in the cold.'), leeds, 1)?.summary).toBe('"U of York" vs "University of Leeds"');
    expect(checkNames(passage('The study arrives as U of L researchers demonstrated sensors failing in the cold.'), leeds, 0)).toBeNull();
  });

  it('reads the same word before two names as one slot however it is hyphenated ("nonprofit" / "non-profit")', () => {
    const f = checkNames(passage('In 2023 a campaign by the nonprofit Harbour Safety Fund called for a halt.'), passage('A campaign by the non-profit Coastal Watch Trust, backed in 2023 by several firms, urged a halt.'), 0);
    expect(f?.summary).toBe('"Harbour Safety Fund" vs "Coastal Watch Trust"');
  });

  it('reads the third past a title between "and" and the name ("Tom Okafor and chief executive Maria Lopez")', () => {
    const f = checkNames(passage('The memo carries two bylines: Tom Okafor and chief executive Maria Lopez.'), passage('The memo was written by Tom Okafor and Dana Whitfield, head of the trust.'), 0);
    expect(f?.summary).toBe('"Maria Lopez" vs "Dana Whitfield"');
    // Function words after "and" make no title ("and staff from").
    expect(checkNames(passage('The memo names Tom Okafor and staff from Maria Lopez.'), passage('The memo names Tom Okafor and Dana Whitfield.'), 0)).toBeNull();
  });
});

describe('names: an abbreviation is the name it abbreviates', () => {
  it('reads "US" and "U.S." as "United States", "UK" as "United Kingdom", not as another name', () => {
    expect(sameName('US', 'United States')).toBe(true);
    expect(sameName('U.S.', 'United States')).toBe(true);
    expect(sameName('UK', 'United Kingdom')).toBe(true);
    expect(sameName('UK', 'United States')).toBe(false);
    expect(check('Flood rules have moved slowly in the US, home to most ports.', 'Flood rules have moved slowly in the United States, where most ports sit.')).toBeNull();
  });
});

describe("names: a people's adjective is its country", () => {
  it('reads "the American navy" as "the US navy", but "the Canadian navy" as another', () => {
    const us = 'The port refused to let the US navy moor its ships at the old quay for a year.';
    expect(checkNames(passage('The port refused to let the American navy moor its ships at the old quay for a year.'), passage(us), 0)).toBeNull();
    expect(checkNames(passage(us), passage('The port refused to let the American navy moor its ships at the old quay for a year.'), 0)).toBeNull();
    expect(checkNames(passage('The port refused to let the Canadian navy moor its ships at the old quay for a year.'), passage(us), 0)?.summary).toBe('"Canadian" vs "US"');
  });
});

describe('a name put in another\'s place, against every outlet that names the other there', () => {
  it('finds the changed university against the outlet that words the point alike, and carries it to the outlets that word it otherwise', () => {
    const page = ['Worm study', 'Separately, a team at the University of Ottawa, led by Nicolas Papernot, has shown how AI tools can create a new kind of AI worm that changes its hacking strategy as it moves between devices.'];
    const found = analyze(page).divergences.filter((d) => d.kind === 'name').map((d) => `${d.other.doc.slice(0, 3)}#${d.other.paragraph} ${d.summary}`);
    // 004 words the point as the page does; 001, 002 and 003 tell it in sentences the page shares too little with.
    for (const at of ['004#13', '003#6', '002#11', '001#13']) expect(found).toContain(`${at} "University of Ottawa" vs "University of Toronto"`);
  });

  it('carries nothing to an outlet that names the page\'s name too, nor a title', () => {
    const x = { text: 'University of Moncton', start: 0, end: 21 };
    const y = { text: 'University of Halifax', start: 0, end: 21 };
    const f = { kind: 'name' as const, a: [x], b: [y], summary: '', confidence: 0.8 };
    expect(nameAlong(f, passage('Ferry sailings could fall by a third, says modelling by the University of Halifax.'))?.summary).toBe('"University of Moncton" vs "University of Halifax"');
    expect(nameAlong(f, passage('Ferry sailings could fall by a third, say the University of Halifax and the University of Moncton.'))).toBeNull();
    expect(nameAlong(f, passage('Ferry sailings could fall by a third, says a port study.'))).toBeNull();
    expect(nameAlong({ ...f, title: true }, passage('Ferry sailings could fall by a third, says the University of Halifax.'))).toBeNull();
  });
});

describe('a person with the same given name and another surname', () => {
  it('is another name in the slot even where the two sentences share no word around it ("Marta Nowak" / "Marta Kowalczyk")', () => {
    const lead = 'Lead engineer Marta Kowalczyk, who briefed the port authority first, said the sensors were cheap to fit.';
    expect(check('A harbour team led by Marta Nowak has shown that cheap sensors can detect cracks in the flood barrier.', lead)?.summary).toBe('"Marta Nowak" vs "Marta Kowalczyk"');
    // Another given name (and the same surname) is no such evidence: it still needs the shared context.
    expect(check('A harbour team led by Anna Kowalczyk has shown that cheap sensors can detect cracks in the flood barrier.', lead)).toBeNull();
  });

  it('reads "United Nations" and "United States" as places, not people', () => {
    const [un] = namePhrases(passage('The republic will take part in the work of the United Nations on this subject.')).filter((n) => n.text === 'United Nations');
    expect(un && isPerson(un)).toBe(false);
    const [us] = namePhrases(passage('Regulation has moved slowly in the United States.')).filter((n) => n.text === 'United States');
    expect(us && isPerson(us)).toBe(false);
  });

  it('reads a company name ending in a business word ("Cumulo Systems", "Harlow Partners") as no person, so two such names are not one title', () => {
    for (const text of ['Its chief executive left Cumulo Systems in March.', 'The deal was advised by Harlow Partners last year.']) {
      const [n] = namePhrases(passage(text)).filter((x) => x.text.includes(' '));
      expect(n && isPerson(n)).toBe(false);
    }
    const [jane] = namePhrases(passage('The deal was advised by Jane Harlow last year.')).filter((x) => x.text.includes(' '));
    expect(jane && isPerson(jane)).toBe(true);
  });
});

describe('names: a bulleted line\'s label', () => {
  const line = '- Collaborative Research: the council said its planning office will study the harbour plan with local builders.';

  it('reads the title-case label a bulleted line opens with as a heading, not a name put in another\'s place', () => {
    expect(checkNames(passage('Harbour Bay Research said the council will study the harbour plan with local builders.'), passage(line), 0)).toBeNull();
    expect(checkNames(passage(line), passage('Harbour Bay Research said the council will study the harbour plan with local builders.'), 0)).toBeNull();
  });

  it('reads a heading in capitals run into its paragraph ("12. (R) TORONTO RESEARCH. …") as no name put in the university\'s place', () => {
    const page = ['Embassy report', '12. (R) TORONTO RESEARCH. Separately, a University of Toronto team has shown how AI tools can be put to work building a new kind of AI "worm" that adjusts its hacking strategy as it passes from device to device.'];
    const names = analyze(page).divergences.filter((d) => d.kind === 'name').map((d) => d.summary);
    expect(names.filter((x) => x.includes('TORONTO RESEARCH'))).toEqual([]);
  });

  it('still compares the same words as a name where they stand in the sentence', () => {
    const f = checkNames(passage('Harbour Bay Research said the council will study the harbour plan with local builders.'), passage('Collaborative Research said the council will study the harbour plan with local builders.'), 0);
    expect(f?.summary).toBe('"Harbour Bay Research" vs "Collaborative Research"');
  });
});


describe('names: a role set after each of two names', () => {
  const fund = 'The fund was set up by Dana Whitlow, head of the city\'s harbour trust, who will chair its board.';

  it('does not read two people heading different things as one put in the other\'s place', () => {
    const other = 'Guests included Omar Reyes, head of water quality, Brennan Utilities, who will chair a session.';
    expect(checkNames(passage(other), passage(fund), 1, true)).toBeNull();
    expect(checkNames(passage(other), passage(fund), 0)).toBeNull();
  });

  it('still reports another person heading the same thing', () => {
    const f = checkNames(passage('The fund was set up by Omar Reyes, head of the harbour trust, who will chair its board.'), passage(fund), 0);
    expect(f?.summary).toBe('"Omar Reyes" vs "Dana Whitlow"');
  });
});

describe('names: a law or a treaty is no person', () => {
  it('does not read "Production Act" or "Paris Accord" as a full name, and still reads "Bill Harlow" as one', () => {
    const person = (text: string) => namePhrases(passage(text)).filter(isPerson).map((n) => n.text);
    expect(person('Ventures notified under the National Cooperative Research and Production Act are judged more leniently.')).not.toContain('Production Act');
    expect(person('The ministers signed the Paris Accord on flood defences.')).toEqual([]);
    expect(person('The flood warden Bill Harlow said the barrier held.')).toContain('Bill Harlow');
  });

  it('reports no name divergence between a statute and a person in the same slot', () => {
    expect(check('Ventures notified under the National Cooperative Research and Production Act are judged under the rule of reason.', 'Ventures notified by the harbour engineer Dana Whitfield are judged under the rule of reason.')).toBeNull();
  });
});
