import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkOpposite } from '../../lib/compare/check-opposite';
import { antonymTable } from '../../lib/corpus/antonyms';
import { wordnetAntonyms } from '../../lib/corpus/wordnet-fs';
import { stem } from '../../lib/text/tokens';

// A few opposite pairs, as the compiled corpus gives them (stems, both ways round).
const PAIRS = [['same', 'different'], ['domestic', 'foreign'], ['slowly', 'quickly'], ['low', 'high'], ['cheap', 'expensive'], ['least', 'most'], ['voluntarily', 'compelling']];
const table = new Map<string, string[]>();
for (const [x, y] of PAIRS) {
  table.set(stem(x!), [stem(y!)]);
  table.set(stem(y!), [stem(x!)]);
}
const check = (a: string, b: string, minContext = 2) => {
  const pa = passage(a);
  pa.opposites = (s) => table.get(s) ?? [];
  return checkOpposite(pa, passage(b), minContext);
};

describe('opposite words: one outlet calls a thing the opposite of what another calls it', () => {
  it('reads a word denied earlier in its clause as saying its opposite ("Nor has rule-making moved quickly" / "slowly")', () => {
    const slowly = 'Rule-making has moved slowly in the harbour towns, where most ferry firms are based.';
    expect(check('Nor has rule-making moved quickly in the harbour towns, where most ferry firms are based.', slowly)).toBeNull();
    expect(check('Rule-making has not moved quickly in the harbour towns, where most ferry firms are based.', slowly)).toBeNull();
    // Not denied, it is the opposite; a negator in another clause denies something else.
    expect(check('Rule-making has moved quickly in the harbour towns, where most ferry firms are based.', slowly)?.kind).toBe('negation');
    expect(check('No firm objected, and rule-making has moved quickly in the harbour towns, where most ferry firms are based.', slowly)?.kind).toBe('negation');
  });

  it('reports an adjective turned into its opposite before the same noun', () => {
    const f = check('The ministry will widen domestic surveillance of port traffic.', 'The ministry plans to widen foreign surveillance of port traffic.');
    expect(f?.kind).toBe('negation');
    expect(f?.summary).toBe('"domestic" vs "foreign"');
  });

  it('reports an adverb turned into its opposite, and a word of the same family ("cheaply")', () => {
    expect(check('In the north, construction of the dam moved slowly this year.', 'In the north, construction of the dam moved quickly this year.')?.summary).toBe('"slowly" vs "quickly"');
    expect(check('The kits are expensive for small clinics to buy and repair.', 'Small clinics can cheaply buy and repair the kits.')?.summary).toBe('"expensive" vs "cheaply"');
  });

  it('ties an adverb to its opposite through the action both tell the manner of, enough for loosely related sentences', () => {
    const slow = 'Flood planning has moved slowly, especially along the eastern coast, where most ports sit.';
    expect(check('Coastal rule-making on floods has moved quickly this year, officials said.', slow, 3)?.summary).toBe('"quickly" vs "slowly"');
    // Another action, or the same action told by an adjective, is not tied that closely.
    expect(check('Coastal rule-making on floods has spread quickly this year, officials said.', slow, 3)).toBeNull();
    expect(check('We felt we could move quickly on floods this year, officials said.', slow, 3)).toBeNull();
    expect(check('Ferry fares in the north stayed low all year, officials said.', 'Fares stayed high, especially at the eastern ports.', 3)).toBeNull();
  });

  it('does not report a passage that carries both words, unless it sets one aside ("rather than", "instead of")', () => {
    expect(check('The rules cover domestic and foreign flights from the airport.', 'The rules cover domestic flights from the airport.')).toBeNull();
    const page = 'The ministry will widen domestic surveillance of port traffic.';
    expect(check(page, 'The ministry plans to widen foreign surveillance of port traffic, rather than domestic checks.')?.summary).toBe('"domestic" vs "foreign"');
    expect(check(page, 'The ministry plans to widen foreign surveillance of port traffic instead of domestic checks.')?.summary).toBe('"domestic" vs "foreign"');
    expect(check(page, 'The ministry plans to widen foreign surveillance of port traffic and domestic checks.')).toBeNull();
  });

  it('reads a word denied where it stands ("without", "not", "never") as no claim of it', () => {
    const freely = 'The council asks builders to voluntarily send their largest pumps for safety checks.';
    expect(check('The council is compelling builders to send their largest pumps for safety checks.', freely)?.kind).toBe('negation');
    expect(check('The council asks builders, without compelling them, to send their largest pumps for safety checks.', freely)).toBeNull();
  });

  it('does not read two halves of different compounds as one thing ("low-value parcels" / "high-value sites")', () => {
    expect(check('Depots say even low-value parcels can carry the virus.', 'The virus can reach depots through high-value cargo.')).toBeNull();
  });

  it('does not report a negated word, which agrees with the opposite', () => {
    expect(check('In the north, construction of the dam has not moved slowly.', 'In the north, construction of the dam moved quickly.')).toBeNull();
  });

  it('does not tie through a word lessened on one side only ("the least careful builders" are not "careful builders")', () => {
    expect(check('The plan stops careful builders slowly falling behind.', 'Without it the least careful builders could quickly pull ahead.')).toBeNull();
    expect(check('The plan stops careful builders slowly falling behind.', 'Without it careful builders could quickly pull ahead.')?.kind).toBe('negation');
    // Unless the lessening word is the very word turned into its opposite ("least" / "most careful").
    expect(check('Only the most careful builders stayed.', 'Only the least careful builders left.', 3)?.summary).toBe('"most" vs "least"');
  });

  it('does not read a word of a time expression as a claim ("earlier that same week" / "took a different route")', () => {
    const other = 'A council order issued earlier in the week took a different route, asking ferry firms to test their hulls before launch.';
    expect(check('A council order issued earlier that same week asks ferry firms to test their hulls before launch.', other)).toBeNull();
    // The same word outside the time is a claim about the route.
    expect(check('A council order issued earlier in the week took the same route, asking ferry firms to test their hulls before launch.', other)?.summary).toBe('"same" vs "different"');
  });

  it('does not tie opposite words that describe different things', () => {
    expect(check('Prices were high in the capital during the strike.', 'Turnout was low among young voters in the south.')).toBeNull();
  });

  it('has nothing to say without an opposites table', () => {
    expect(checkOpposite(passage('Domestic flights resumed.'), passage('Foreign flights resumed.'), 1)).toBeNull();
  });
});

describe('opposite words of rules: asked to act voluntarily, or made to', () => {
  const rules = new Map([['voluntarili', ['mandatori', 'oblig', 'compel', 'requir']], ['mandatori', ['voluntarili']], ['oblig', ['voluntarili']], ['requir', ['voluntarili']]]);
  const rule = (a: string, b: string) => {
    const pa = passage(a);
    pa.opposites = (s) => rules.get(s) ?? [];
    return checkOpposite(pa, passage(b), 2);
  };
  const asked = 'The decree asks ferry operators to voluntarily submit their largest hulls for state safety inspection before launch.';

  it('ties a rule word to its opposite through the verb and object it governs, further off than a describing word', () => {
    expect(rule('The decree obliges the operators to hand their largest hulls to state inspectors before launch.', asked)?.summary).toBe('"obliges" vs "voluntarily"');
    expect(rule('The decree makes it mandatory for the operators to hand their largest hulls to state inspectors before launch.', asked)?.summary).toBe('"mandatory" vs "voluntarily"');
    expect(rule('There is nothing voluntary about it: operators are required to hand their largest hulls to state inspectors.', asked)?.summary).toBe('"required" vs "voluntarily"');
  });

  it('reads a rule denied ("nothing obliges them") or one someone would make ("my bill would require") as no claim of it', () => {
    expect(rule('Operators may choose to submit their largest hulls for inspection, and nothing obliges them to.', asked)).toBeNull();
    expect(rule('My Harbour Safety Act would require state inspection of the largest hulls before launch.', asked)).toBeNull();
  });
});

describe('the compiled opposites table', () => {
  it('holds a stem and its opposites for each corpus word that has one', () => {
    const source = (w: string) => (w === 'domestic' ? ['foreign'] : w === 'quickly' ? ['slowly'] : []);
    expect(antonymTable(['Domestic flights left quickly.', 'More domestic news.'], source)).toBe('domest foreign,quickli slowli');
  });

  it('opposes a particle only to another ("up" / "down"), not to a word of another kind ("out" / "safe")', () => {
    const source = (w: string) => (w === 'out' ? ['safe', 'in'] : w === 'safe' ? ['out', 'dangerous'] : []);
    expect(antonymTable(['Out of concern the pier was shut; it was safe and the crew was in.'], source)).toBe('out in,safe danger');
  });

  it('adds the opposites of rules WordNet leaves unlinked ("mandatory" / "voluntarily"), both ways round', () => {
    const none = () => [];
    expect(antonymTable(['Firms may report voluntarily.'], none)).toBe('voluntarili mandatori compulsori mandatorili compulsorili oblig compel requir');
    expect(antonymTable(['Reporting is mandatory.'], none)).toBe('mandatori voluntari');
    // Words that name an object's own properties are words like any other.
    expect(antonymTable(['The constructor said toString and valueOf are hasOwnProperty words.'], none)).toBe('');
  });

  it('takes WordNet direct antonyms of adjectives and adverbs', () => {
    const wn = wordnetAntonyms(3);
    expect(wn('domestic')).toContain('foreign');
    expect(wn('slowly')).toContain('quickly');
    // Opposites reached only through a similar head adjective drift, so they are not taken.
    expect(wn('cheap')).not.toContain('tasteful');
  });

  it('takes the opposites WordNet gives only in a definition, both ways round, but no function word', () => {
    const wn = wordnetAntonyms(3);
    // "secretly": "in secrecy; not openly". WordNet links neither adverb to an antonym.
    expect(wn('secretly')).toContain('openly');
    expect(wn('openly')).toContain('secretly');
    // "none": "not any".
    expect(wn('none')).not.toContain('any');
    expect(wn('any')).not.toContain('none');
  });

  it('reads two words a definition denies ("not forced or compelled"), and gives an adverb what its adjective\'s sense denies', () => {
    const wn = wordnetAntonyms(3);
    // "voluntary": "…; not forced or compelled"; "voluntarily" comes from that sense of "voluntary".
    expect(wn('voluntary')).toEqual(expect.arrayContaining(['forced', 'compelled']));
    expect(wn('voluntarily')).toEqual(expect.arrayContaining(['forced', 'compelled']));
    // Only that sense's definition: "openly" comes from "open" as in not secret, not as in not shut.
    expect(wn('openly')).not.toContain('shut');
  });
});
