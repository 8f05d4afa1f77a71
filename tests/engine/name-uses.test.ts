import { describe, expect, it } from 'vitest';
import { articleNameUses } from '../../lib/compare/name-uses';

describe('how an article writes a one-word name', () => {
  it('reads a word written as the last of a full name as a person, and one after a lower-case word as a proper name', () => {
    const uses = articleNameUses(['Harbour engineer Dana Whitfield warned on Monday.', 'The report, from rival firm Brightwell, disagreed.']);
    expect(uses('whitfield')).toBe('person');
    expect(uses('brightwell')).toBe('proper');
  });

  it('does not read a contraction opening a question ("Isn\'t Brightwell in some bind?") as a first name', () => {
    const uses = articleNameUses(["Isn't Brightwell in some bind here?", 'The report, from rival firm Brightwell, disagreed.']);
    expect(uses('brightwell')).toBe('proper');
  });

  it('does not read a day or month before a name as its first name ("Last Thursday Brightwell, the ferry firm, …")', () => {
    const uses = articleNameUses(['Last Thursday Brightwell, the ferry firm, published a plan.', 'Brightwell says fares will rise.']);
    expect(uses('brightwell')).not.toBe('person');
    // A name after the day is still read in full.
    expect(articleNameUses(['On Monday Dana Whitfield warned of floods.'])('whitfield')).toBe('person');
  });
});
