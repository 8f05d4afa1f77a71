import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkAlone } from '../../lib/compare/check-alone';
import { RELATED_CHECKS } from '../../lib/compare/check-lists';

const check = (a: string, b: string) => checkAlone(passage(a), passage(b))?.summary ?? null;

describe('alone against together: one party doing the same work on its own or with others', () => {
  const together = "The council's flood research unit plans to study the river defences in collaboration with others.";

  it('reads "alone", "on its own", "in-house" and "without outside partners" against "in collaboration with"', () => {
    expect(check("The council's flood research unit will study the river defences alone.", together)).toBe('"alone" vs "in collaboration with"');
    expect(check("The council's flood research unit will study the river defences on its own.", together)).toBe('"on its own" vs "in collaboration with"');
    expect(check("The council's flood research unit will study the river defences by itself.", together)).toBe('"by itself" vs "in collaboration with"');
    expect(check("The council's flood research unit will study the river defences in-house, without outside partners.", together)).toBe('"in-house" vs "in collaboration with"');
    expect(check(together, "The council's flood research unit will study the river defences alone.")).toBe('"in collaboration with" vs "alone"');
  });

  it('needs the same work named before both: another party alone is no contradiction', () => {
    expect(check('The mayor walked home alone after the meeting.', together)).toBeNull();
    expect(check("The council's flood research unit will study the river defences with outside partners.", together)).toBeNull();
  });
});

describe('alone against together between sentences that are only related', () => {
  // A sentence that says the unit works alone shares fewer words with the outlet's than a faithful one, so the two
  // often pair as related rather than as the same point: the related pairs' checks must read it too.
  it('is among the checks run on related pairs', () => {
    const a = passage("The council's flood research unit will look into the river defences alone, and will \"take steps\" toward the barriers a believable plan would need.");
    const b = passage("The council said its flood research unit plans to study the river defences in collaboration with others and to \"take steps\" to help build the barriers needed.");
    const found = RELATED_CHECKS.map((c) => c(a, b, 0)).find((f) => f !== null);
    expect(found?.kind).toBe('negation');
    expect(found?.summary).toBe('"alone" vs "in collaboration with"');
  });
});
