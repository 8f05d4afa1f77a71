import { describe, expect, it } from 'vitest';
import { clauses } from '../../lib/text/clauses';

const texts = (s: string) => clauses(s).map((c) => c.text);

describe('clauses', () => {
  it('splits a trailing participle clause and an "even as" clause from the main clause', () => {
    expect(texts('The council is proposing a ban on night flights, warning that noise harms sleep.')).toEqual([
      'The council is proposing a ban on night flights',
      'warning that noise harms sleep.',
    ]);
    expect(texts('The plan marks a turning point for the port, even as unions argue that wages should come first.')).toEqual([
      'The plan marks a turning point for the port',
      'even as unions argue that wages should come first.',
    ]);
  });

  it('splits a relative clause and a semicolon, with offsets into the sentence', () => {
    const s = 'The mayor thanked the engineers, who rebuilt the bridge in record time; traffic resumed on Monday.';
    const parts = clauses(s);
    expect(parts.map((c) => c.text)).toEqual(['The mayor thanked the engineers', 'who rebuilt the bridge in record time', 'traffic resumed on Monday.']);
    for (const c of parts) expect(s.slice(c.start, c.end)).toBe(c.text);
  });

  it('turns from a leading subordinate clause to the main clause at its comma', () => {
    expect(texts('While the new runway could bring jobs to the region, residents fear constant aircraft noise.')).toEqual([
      'While the new runway could bring jobs to the region',
      'residents fear constant aircraft noise.',
    ]);
  });

  it('closes a relative clause at its second comma and opens a reporting frame after a comma', () => {
    // "The inspector" alone is too short to stand, so it stays with its relative clause.
    expect(texts('The inspector, who visited three schools last spring, said funding had fallen sharply.')).toEqual([
      'The inspector, who visited three schools last spring',
      'said funding had fallen sharply.',
    ]);
    expect(texts('Without new pipes the network will fail within a decade, the water board warned in its annual report.')).toEqual([
      'Without new pipes the network will fail within a decade',
      'the water board warned in its annual report.',
    ]);
  });

  it('keeps a short piece with its neighbour rather than standing alone', () => {
    expect(texts('Prices rose sharply, analysts said.')).toEqual(['Prices rose sharply, analysts said.']);
    expect(texts('However, the ministry said: nothing changes for pensioners this year.')).toHaveLength(1);
  });

  it('keeps a short aside between two dashes inside its clause, and still cuts at a long one', () => {
    expect(texts('With tourists returning to the coast, the pressure to build more hotels — rather than protect dunes — keeps growing.')).toEqual([
      'With tourists returning to the coast, the pressure to build more hotels — rather than protect dunes — keeps growing.',
    ]);
    expect(
      texts('The ferry service will resume in May — after a winter in which storms damaged both piers and the old ticket office — the port operator confirmed on Friday.'),
    ).toHaveLength(3);
  });

  it('leaves a sentence with no clause marker whole', () => {
    const s = 'The committee approved the budget for the new hospital wing.';
    expect(clauses(s)).toEqual([{ text: s, start: 0, end: s.length }]);
  });
});
