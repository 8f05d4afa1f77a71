import { describe, expect, it } from 'vitest';
import { HEADING, LEADIN, isHeading, paragraphFlags } from '../../lib/corpus/boilerplate';

describe('headings and lead-ins', () => {
  it('reads a sentence-case line ending in a colon as a lead-in that reports, not a heading', () => {
    expect(isHeading('The regulator set out three conditions:')).toBe(false);
    expect(isHeading('Google takes a different view, saying that:')).toBe(false);
    const flags = paragraphFlags(['Google takes a different view, saying that:', '- Rules should come from elected governments']);
    expect(flags[0]! & HEADING).toBe(0);
    expect(flags[0]! & LEADIN).toBe(LEADIN);
  });

  it('still reads short title-case lines as headings, with or without a colon', () => {
    expect(isHeading('Key Details')).toBe(true);
    expect(isHeading('What Happens Next:')).toBe(true);
    expect(isHeading('Why It Matters')).toBe(true);
  });
});
