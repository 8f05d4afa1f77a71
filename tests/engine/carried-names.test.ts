import { describe, expect, it } from 'vitest';
import { passage } from '../../lib/compare/passage';
import { checkCarriedNames } from '../../lib/compare/check-carried-names';

/** The second sentence of a two-sentence paragraph, prepared as the engine prepares a page sentence. */
function second(first: string, text: string) {
  const p = passage(text);
  const before = passage(first);
  p.before = () => before;
  p.beforeOffset = -(first.length + 1);
  return { p, paragraph: `${first} ${text}`, start: first.length + 1 };
}

describe('a name changed in the sentence before one that carries its subject on', () => {
  const outlet = passage('Engineers at the University of Leeds used drones to map the flooded river banks last spring.');

  it('reads the name of the sentence before against the outlet, marking it in the paragraph', () => {
    const { p, paragraph, start } = second('Another team, at the University of York, found a new risk.', 'They used drones to map the flooded river banks.');
    const f = checkCarriedNames(p, outlet);
    expect(f?.summary).toBe('"University of York" vs "University of Leeds"');
    expect(paragraph.slice(f!.a[0]!.start + start, f!.a[0]!.end + start)).toBe('University of York');
  });

  it('needs a sentence that carries the subject on, and a sentence before it in the paragraph', () => {
    const { p } = second('Another team, at the University of York, found a new risk.', 'Drones mapped the flooded river banks for the council.');
    expect(checkCarriedNames(p, outlet)).toBeNull();
    expect(checkCarriedNames(passage('They used drones to map the flooded river banks.'), outlet)).toBeNull();
  });
});
