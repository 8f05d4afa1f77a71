import { describe, expect, it } from 'vitest';
import { story, storyEngine, summaries } from './helpers';
import { passage } from '../../lib/compare/passage';
import { checkScope } from '../../lib/compare/check-scope';

const check = (a: string, b: string) => checkScope(passage(a), passage(b));

describe('scope: confined to something on one side, reaching past it on the other', () => {
  it('reads "confined to" against "not just" and "extends beyond" as a negation, tied by what they scope', () => {
    const f = check('The inspector said the shortage is confined to the largest city hospitals.', '"It is not just the largest city hospitals that are short of nurses," the inspector said.');
    expect(f?.kind).toBe('negation');
    expect(f?.summary).toBe('"confined to" vs "not just"');
    expect(check('The shortage extends well beyond the largest city hospitals, the inspector said.', 'The inspector said the shortage is limited to the largest city hospitals.')?.summary).toBe(
      '"extends well beyond" vs "limited to"',
    );
    expect(check('Only the largest city hospitals are short of nurses.', 'Not only the largest city hospitals are short of nurses.')?.summary).toBe('"Only" vs "Not only"');
    expect(check('The outbreak went beyond the city limits.', 'The outbreak was restricted to the city limits.')?.summary).toBe('"went beyond" vs "restricted to"');
  });

  it('reads "only from the" as confining, unless its verb is denied, and ties the two by what they scope past its small words', () => {
    const wider = '"It is not just the largest, most crowded city hospitals that are short of nurses," the inspector said.';
    expect(check('The inspector says the shortage comes only from the largest, most crowded city hospitals.', wider)?.summary).toBe('"only" vs "not just"');
    expect(check('The inspector says the shortage does not come only from the largest, most crowded city hospitals.', wider)).toBeNull();
    // "solely from the largest and most crowded…": the scoped words lie past "from", "the", "and" and "most".
    expect(check('By the inspector\'s account the shortage stemmed solely from the largest and most crowded city hospitals.', wider)?.summary).toBe('"solely" vs "not just"');
  });

  it('reads "just the" as "only the" ("it\'s just the largest city hospitals that…"), not "not just"', () => {
    const f = check("It's just the largest city hospitals that are short of nurses, the inspector said.", 'The shortage extends beyond the largest city hospitals, the inspector said.');
    expect(f?.summary).toBe('"just" vs "extends beyond"');
    expect(check("It's just the largest city hospitals that are short of nurses.", "It's not just the largest city hospitals that are short of nurses.")?.summary).toBe('"just" vs "not just"');
  });

  it('reads "not confined to" as reaching past it', () => {
    expect(check('The shortage is not confined to the largest city hospitals.', 'The shortage is confined to the largest city hospitals.')?.kind).toBe('negation');
    expect(check('The shortage is not confined to the largest city hospitals.', 'The shortage reaches beyond the largest city hospitals.')).toBeNull();
  });

  it('reads a contracted negation before "only" as reaching past it ("isn\'t only")', () => {
    const contracted = "It isn't only the largest city hospitals that are short of nurses.";
    expect(check(contracted, 'It is not just the largest city hospitals that are short of nurses.')).toBeNull();
    expect(check(contracted, 'The shortage is confined to the largest city hospitals.')?.summary).toBe('"isn\'t only" vs "confined to"');
  });

  it('reads a set narrowed on one side against everything in it on the other', () => {
    const narrowed = 'Cheaper sensors have narrowed the pool of possible suspects sharply, the detective said.';
    expect(check(narrowed, 'As sensors get cheaper, anyone who passed the gate becomes a possible suspect.')?.summary).toBe('"narrowed" vs "anyone who passed the gate becomes"');
    expect(check(narrowed, 'Everything in the warehouse is a possible suspect, the detective said.')?.kind).toBe('negation');
    expect(check('Cheaper sensors have widened the pool of possible suspects sharply.', 'Anyone who passed the gate becomes a possible suspect.')).toBeNull();
    expect(check('A narrow pool of possible suspects remains.', 'Anyone who passed the gate becomes a possible suspect.')).toBeNull();
    expect(check(narrowed, 'Everyone in the village is talking about the case.')).toBeNull();
  });

  it('reads "solely" or "exclusively" denied a few words back as reaching past it', () => {
    const denied = 'Inspectors no longer need to look exclusively at the largest city hospitals.';
    expect(check(denied, 'The shortage is confined to the largest city hospitals.')?.summary).toBe('"no longer need to look exclusively" vs "confined to"');
    expect(check(denied, 'It is not just the largest city hospitals that are short of nurses.')).toBeNull();
    expect(check('Inspectors look exclusively at the largest city hospitals.', 'It is not just the largest city hospitals that are short of nurses.')?.kind).toBe('negation');
  });

  it('does not tie markers that scope different things, or words that only look like markers', () => {
    expect(check('The shortage is confined to the northern rural districts.', 'It is not just the largest city hospitals that are short of nurses.')).toBeNull();
    expect(check('It is the only large city hospital short of nurses.', 'It is not just the large city hospital that is short of nurses.')).toBeNull();
    expect(check('Nurses moved to the largest city hospitals beyond the river.', 'The shortage is limited to the largest city hospitals.')).toBeNull();
  });

  it('leaves a change inside a quotation both sides carry to the quote check', () => {
    expect(check('"It is just the largest city hospitals," she said.', '"It is not just the largest city hospitals," she said.')).toBeNull();
    expect(check('"Only the largest city hospitals are short," she said.', '"Not only the largest city hospitals are short," she said.')).toBeNull();
  });
});

describe('scope: "mainly" sets what follows against the rest', () => {
  const wide = 'The flood risk extends beyond the oldest river barriers, the engineers said.';
  it('confines to what follows it ("comes mainly from the oldest barriers rather than newer ones"), against a side that reaches past it', () => {
    expect(checkScope(passage('The flood risk comes mainly from the oldest river barriers rather than newer ones, the engineers said.'), passage(wide))?.summary).toBe('"mainly" vs "extends beyond"');
    expect(checkScope(passage("It's mainly the oldest river barriers that pose the flood risk."), passage(wide))?.kind).toBe('negation');
  });

  it('is no marker before other words ("mainly because", "mainly cloudy"), and denied it reaches past', () => {
    expect(checkScope(passage('The flood risk grew mainly because the oldest river barriers failed.'), passage(wide))).toBeNull();
    expect(checkScope(passage("It's not mainly the oldest river barriers that pose the flood risk."), passage(wide))).toBeNull();
  });
});

describe('scope, wherever an outlet states it', () => {
  const A = story('a_health', [
    'The health inspector published her report on nurse staffing across the region on Monday.',
    'She found that city hospitals had lost a fifth of their nurses since the spring.',
    'The report underscores that the shortage extends beyond the largest city hospitals.',
    'The ministry will answer the report in June.',
  ]);
  const B = story('b_times', [
    'A report on nurse staffing across the region was published by the health inspector on Monday.',
    'City hospitals have lost a fifth of their nurses since the spring, she found.',
    'The ministry is to answer it in June.',
  ]);
  const run = storyEngine([A, B]);

  it("checks a page's scope against an outlet's sentence holding the scoped thing, though the two report different points", () => {
    const page = [
      'Nurse numbers in the region fell sharply this year, according to the health inspector.',
      'Since the spring, she says, a fifth of the nurses of city hospitals have left, a loss confined to the largest city hospitals.',
    ];
    expect(summaries(run(page), 'negation', 'a_health')).toEqual(['"confined to" vs "extends beyond"']);
  });
});

describe('scope: "no longer just"', () => {
  it('reads "no longer just the largest hospitals" as "not just", so it agrees with "no longer … exclusively"', () => {
    const wide = 'The inspector explained that nurses no longer need to focus exclusively on the largest city hospitals.';
    expect(check("Q: Why are small clinics short of nurses? A: it's no longer just the largest city hospitals that lose them.", wide)).toBeNull();
    expect(check("It's just the largest city hospitals that lose nurses, the inspector said.", wide)?.kind).toBe('negation');
  });
});

describe('scope: the greatest of a kind set against the lesser ("lies with the biggest …, not with the smaller ones")', () => {
  const wider = '"It is not just the biggest, oldest flood barriers that fail in a storm surge," the engineer said.';

  it('reads "lies with the biggest …, and not with the smaller ones" and "rather than with the older ones" as confining, as "only" does', () => {
    expect(check('The risk, as she set it out, lies with the biggest, oldest flood barriers, and not with the smaller ones upstream.', wider)?.summary).toBe('"with the biggest" vs "not just"');
    expect(check('She said failures come from the biggest, oldest flood barriers rather than from the smaller and newer ones.', wider)?.summary).toBe('"from the biggest" vs "not just"');
  });

  it('reads the greatest "alone", a cleft\'s "it is the biggest … not the smaller", a lesser denied before or after, and "chiefly with the"', () => {
    expect(check('The risk comes down to the biggest, oldest flood barriers alone.', wider)?.summary).toBe('"to the biggest" vs "not just"');
    expect(check('It is the biggest, oldest flood barriers that fail in a surge, not the smaller ones.', wider)?.summary).toBe('"is the biggest" vs "not just"');
    expect(check('The risk sits with the biggest, oldest flood barriers; the smaller ones are not where the danger is.', wider)?.summary).toBe('"with the biggest" vs "not just"');
    expect(check('The small weirs are not the ones to worry about; in her telling, failures come from the biggest, oldest flood barriers.', wider)?.summary).toBe('"from the biggest" vs "not just"');
    expect(check('She said the risk lay chiefly with the biggest, oldest flood barriers.', wider)?.summary).toBe('"chiefly" vs "not just"');
  });

  it('needs the lesser set aside: the greatest named alone confines nothing', () => {
    expect(check('The risk lies with the biggest, oldest flood barriers on the estuary.', wider)).toBeNull();
    expect(check('The risk lies with the biggest, oldest flood barriers, not with the pumps.', wider)).toBeNull();
    // "is the biggest" places only in a cleft ("it is the biggest …").
    expect(check('The estuary is the biggest worry, not the small weirs, for the oldest flood barriers.', wider)).toBeNull();
  });
});

describe('scope: a cleft picks out the greatest ("it\'s the biggest … that fail")', () => {
  const wider = '"It is not just the biggest, oldest flood barriers that fail in a storm surge," the engineer said.';

  it('reads "it is the biggest … that" and "it\'s the biggest … that" as confining, with no lesser set aside', () => {
    expect(check('She said it is the biggest, oldest flood barriers that fail in a storm surge.', wider)?.summary).toBe('"is the biggest" vs "not just"');
    expect(check('"People should understand that it\'s the biggest, oldest flood barriers that fail in a storm surge," she said.', 'The engineer said the danger extends beyond the biggest, oldest flood barriers.')?.kind).toBe('negation');
  });

  it('leaves the greatest named after "it is" with no "that" clause, and "that is the biggest …"', () => {
    expect(check('It is the biggest, oldest flood barrier on the estuary, the engineer said.', wider)).toBeNull();
    expect(check('That is the biggest, oldest flood barrier that failed in a storm surge.', wider)).toBeNull();
  });
});
