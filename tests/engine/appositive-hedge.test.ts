import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { appositiveHedge } from '../../lib/compare/appositive-hedge';

const hedge = (text: string) => appositiveHedge(passage(text))?.text ?? null;

describe('appositive hedge: a noun phrase after a claim that says how likely it is', () => {
  it('finds the phrase set off by a dash, a comma or a bracket, from its article to its adjective', () => {
    expect(hedge('If the dam holds through the spring—a prospect the surveyors think likely given the repairs—the town could grow.')).toBe('a prospect the surveyors think likely');
    expect(hedge('The ferry may run all winter, a possibility the harbour board calls realistic, and fares could fall.')).toBe('a possibility the harbour board calls realistic');
    expect(hedge('The bridge reopens in May (an outcome few engineers consider possible) after the repairs.')).toBe('an outcome few engineers consider possible');
  });

  it('does not read a phrase whose adjective lies past the appositive, is denied, or is not set off', () => {
    expect(hedge('If the dam holds—a prospect the surveyors welcome—the town could grow, which seems likely.')).toBeNull();
    expect(hedge('If the dam holds, a prospect the surveyors consider not possible, the town could grow.')).toBeNull();
    expect(hedge('The surveyors describe a prospect that is likely to please the town.')).toBeNull();
  });
});
