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

  it('keeps a short piece with its neighbour rather than standing alone', () => {
    expect(texts('Prices rose sharply, analysts said.')).toEqual(['Prices rose sharply, analysts said.']);
    expect(texts('However, the ministry said: nothing changes for pensioners this year.')).toHaveLength(1);
  });

  it('leaves a sentence with no clause marker whole', () => {
    const s = 'The committee approved the budget for the new hospital wing.';
    expect(clauses(s)).toEqual([{ text: s, start: 0, end: s.length }]);
  });
});
