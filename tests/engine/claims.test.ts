import { describe, expect, it } from 'vitest';
import { story, storyEngine, summaries } from './helpers';
import { passage } from '../../lib/compare/passage';
import { frameAfter } from '../../lib/compare/claim-frames';
import { checkCertainty } from '../../lib/compare/check-certainty';
import { checkNegation } from '../../lib/compare/check-negation';
import { claimHeads } from '../../lib/compare/claim-pairs';

const check = (a: string, b: string, strict = false) => checkCertainty(passage(a), passage(b), strict);

describe('certainty: "risk" as a hedge', () => {
  it('reads "residents risk losing power" and "a real risk of losing power" as hedges on "will lose power"', () => {
    const firm = 'Engineers warned that residents will lose power across the delta.';
    expect(check(firm, 'Engineers warned that residents risk losing power across the delta.')?.summary).toBe('"will lose power" vs "risk losing power"');
    expect(check(firm, "Engineers warned that there's a real risk of losing power across the delta.")?.summary).toBe('"will lose power" vs "risk of losing"');
  });

  it('reads "concerns about losing" and "fears of losing" as such hedges too', () => {
    const firm = 'Engineers warned that residents will lose power across the delta.';
    expect(check(firm, 'The storm raised concerns about losing power across the delta, engineers said.')?.summary).toBe('"will lose power" vs "concerns about losing"');
    expect(check(firm, 'Engineers voiced fears of losing power across the delta.')?.kind).toBe('certainty');
    // A concern about something else is no hedge on the claim.
    expect(check(firm, 'Engineers voiced concerns about the cost of power across the delta.')).toBeNull();
  });

  it('does not set a hedge of "risk" against a firm claim about that risk ("would raise the risk that…")', () => {
    expect(check('The storm would raise the risk that residents lose power across the delta.', "There's a real risk of losing power across the delta.")).toBeNull();
  });

  it('reads a firm word on a risk as unsure of the outcome, unless the other side speaks of a risk too', () => {
    expect(check('The storm would raise the risk that residents lose power across the delta.', 'The storm could lead to residents losing power across the delta.')).toBeNull();
    expect(check('The storm would raise the risk that residents lose power across the delta.', 'The storm might raise the risk that residents lose power across the delta.')?.kind).toBe('certainty');
    expect(check('The storm will leave residents without power across the delta.', 'The storm might raise the risk of residents losing power across the delta.')?.kind).toBe('certainty');
  });

  it('strictly (for sentences alike in nothing else) wants the same governed word and the shared words together', () => {
    expect(check('Residents will lose power tonight.', "Across the delta there's a real risk of losing power, engineers said.", true)?.kind).toBe('certainty');
    // "allow … to catch up" twice, about different things.
    const a = 'A pause would allow "flood planning and levee research" to catch up with the rains.';
    const b = 'A delay could allow the "least careful" builders to catch up, engineers said.';
    expect(check(a, b)?.kind).toBe('certainty');
    expect(check(a, b, true)).toBeNull();
  });

  it('reads the governed word past "end up" and "go on to", which say that a claim comes about, not what it is', () => {
    const hedged = "Across the delta there's a real risk of losing power, engineers said.";
    expect(check('Residents will end up losing power tonight.', hedged, true)?.kind).toBe('certainty');
    expect(check('Residents will end up in shelters tonight, losing power.', hedged, true)).toBeNull();
    // "Go on to" says the same of what comes next: the claim is read from after it.
    const ws = passage('Residents will go on to lose power tonight.').words;
    expect(frameAfter(ws, ws.findIndex((w) => w.lower === 'will'))).toBe(3);
    const other = passage('Residents will go on the radio tonight.').words;
    expect(frameAfter(other, other.findIndex((w) => w.lower === 'will'))).toBe(0);
  });

  it('reads the governed word past "be able to" and "get to the point of", which say that a claim can come about', () => {
    const hedged = 'Engineers warned that the pumps could eventually drain the lower fields this spring.';
    expect(check('Engineers are sure the pumps will be able to drain the lower fields this spring.', hedged, true)?.summary).toBe('"will be able" vs "could eventually drain"');
    expect(check('The pumps are certain to get to the point of draining the lower fields this spring.', hedged, true)?.summary).toBe('"certain to get" vs "could eventually drain"');
    // "The point of" before a noun is no frame: the claim is the noun's.
    const ws = passage('The pumps will get to the point of failure this spring.').words;
    expect(frameAfter(ws, ws.findIndex((w) => w.lower === 'will'))).toBe(0);
    const able = passage('The pumps will be able to drain the fields.').words;
    expect(frameAfter(able, able.findIndex((w) => w.lower === 'will'))).toBe(3);
    const become = passage('The pumps will become able to drain the fields.').words;
    expect(frameAfter(become, become.findIndex((w) => w.lower === 'will'))).toBe(3);
  });
});

describe('negation, strictly', () => {
  it('wants the negated claim\'s words together on the other side ("isn\'t at risk of becoming" / "at risk because … has become")', () => {
    const a = 'No, the harbour town isn\'t at risk of becoming the next Venice.';
    const b = 'Every house on the quay is now at risk because of how fast the water has become a threat.';
    expect(checkNegation(passage(a), passage(b))?.kind).toBe('negation');
    expect(checkNegation(passage(a), passage(b), true)).toBeNull();
    expect(checkNegation(passage(a), passage('The harbour town is at risk of becoming the next Venice, engineers say.'), true)?.kind).toBe('negation');
  });
});

describe('certainty: verbs of letting and needing', () => {
  it('does not compare a modal on "let" with one on "need" ("would let them close the road" / "may need to close the road")', () => {
    expect(check('A new law would let the towns close the coast road during storms.', 'The towns may need to close the coast road during storms.')).toBeNull();
  });

  it('still compares "let" with "allow", past an adverb ("would simply let" / "could allow")', () => {
    const f = check('A delay would simply let the careless builders win the contracts.', 'A delay could allow the careless builders to win the contracts.');
    expect(f?.summary).toBe('"would simply let" vs "could allow the"');
  });

  it('compares "will let X win" with "X could win", but not a conditional "would let X win", which says what a step would allow', () => {
    expect(check('A delay will simply let the careless builders win the contracts.', 'The careless builders could win the contracts during a delay.')?.kind).toBe('certainty');
    expect(check('A delay would simply let the careless builders win the contracts.', 'The careless builders could win the contracts during a delay.')).toBeNull();
  });

  it('reads "would guarantee that" as a firm claim on what follows, against "could allow" or a plain hedge', () => {
    const sure = 'A delay would all but guarantee that the careless builders win the contracts.';
    expect(check(sure, 'A delay could allow the careless builders to win the contracts.')?.summary).toBe('"would all but" vs "could allow the"');
    expect(check(sure, 'A delay could see the careless builders win the contracts.')?.summary).toBe('"would all but" vs "could see the"');
    expect(check('A delay would ensure that the careless builders win the contracts.', 'A delay could allow the careless builders to win the contracts.')?.kind).toBe('certainty');
  });
});

describe('claims checked wherever an outlet makes them', () => {
  const A = story('a_post', [
    'The delta flood board asked towns to share pumps and sandbags before the spring rains.',
    'Board chair Lena Ortiz said the pumps in Marsh Town were old and the levee was weak.',
    'Without new pumps, she said, residents risk losing power for weeks when the river rises.',
    'The board will meet again in May to agree on a plan for the levee.',
  ]);
  const B = story('b_times', [
    'Towns along the delta were asked by the flood board to pool pumps and sandbags ahead of the rains.',
    'Lena Ortiz, who chairs the board, called the Marsh Town pumps old and the levee weak.',
    'The board meets again in May, when it hopes to agree on a levee plan.',
  ]);
  const run = storyEngine([A, B]);

  it("checks a page's firm claim against an outlet's hedge of it, though the two sentences report different points", () => {
    const page = [
      'The delta flood board wants towns to share pumps and sandbags before the spring rains.',
      'Marsh Town, whose levee is weak, will lose power for weeks, and its mayor wants the board to act now.',
    ];
    expect(summaries(run(page), 'certainty', 'a_post')).toEqual(['"will lose power" vs "risk losing power"']);
  });
});

describe('claim heads: where a denied claim is looked up in other outlets', () => {
  it('looks a denied check up by every word of making sure ("would not check" finds "verify"), and of letting someone know', () => {
    expect(claimHeads(passage('Under the plan, the councils would not check up on one another.'))).toEqual(expect.arrayContaining(['check', 'verifi', 'confirm']));
    expect(claimHeads(passage('The lab did not alert the regulator.'))).toEqual(expect.arrayContaining(['alert', 'notifi', 'inform']));
  });

  it('looks other denied verbs up by themselves only ("did not assemble" is not looked up as "create")', () => {
    expect(claimHeads(passage('The team did not assemble the pump from spare parts.'))).toEqual(['assembl']);
  });
});
