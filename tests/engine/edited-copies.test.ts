import { describe, expect, it } from 'vitest';
import { analyze, edit, seed } from './helpers';

/** The divergences an analysis reports on the page paragraph holding `needle`, as "kind doc-prefix: other highlight". */
function on(paragraphs: string[], needle: string): string[] {
  const i = paragraphs.findIndex((p) => p.includes(needle));
  const a = analyze(paragraphs);
  return a.divergences
    .filter((d) => d.page.paragraph === i)
    .map((d) => `${d.kind} ${d.other.doc.slice(0, 3)}: ${d.other.highlights.map((h) => d.other.text.slice(h.start, h.end)).join(', ')}`);
}

describe('an edited copy of a corpus article: the changed words against the outlets on their point', () => {
  it('reports a replaced actor against the outlets naming the original one, however differently they word the rest', () => {
    const page = edit(seed('001').paragraphs, 'Anthropic is pushing', 'Google is pushing');
    const found = on(page, 'Google is pushing');
    expect(found.filter((f) => f.startsWith('name') && f.endsWith(': Anthropic')).length).toBeGreaterThanOrEqual(3);
  });

  it('reports a university replaced by a name of another shape ("Stanford University") against the outlets naming the original', () => {
    const page = edit(seed('000').paragraphs, 'from the University of Toronto highlighted', 'from Stanford University highlighted');
    expect(on(page, 'Stanford University').filter((f) => f.startsWith('name') && f.includes('University of Toronto')).length).toBeGreaterThanOrEqual(2);
  });

  it('reports a replaced name against an outlet sentence only loosely like the edited one where the words around the names agree', () => {
    // "OpenAI takes a different stance, arguing that:" is close to no other outlet's sentence; "Rival company OpenAI took a different position" shares words around the name.
    const page = edit(seed('000').paragraphs, 'OpenAI takes a different stance', 'Microsoft takes a different stance');
    expect(on(page, 'Microsoft takes a different stance').some((f) => f.startsWith('name 003') && f.endsWith(': OpenAI'))).toBe(true);
  });

  it("reports a name replaced inside a possessive (\"Anthropic's IPO\" / \"Google's IPO\") against an outlet giving the original's", () => {
    const page = edit(seed('002').paragraphs, "with Anthropic's IPO", "with Google's IPO");
    expect(on(page, "Google's IPO").some((f) => f.startsWith('name 003') && f.endsWith(': Anthropic'))).toBe(true);
  });

  it('does not read "cannot keep pace" as a negation added where the original said "faster than … can keep pace"', () => {
    const page = edit(seed('001').paragraphs, 'the technology is improving faster than safety measures can keep pace', 'safety measures cannot keep pace with how fast the technology is improving');
    expect(on(page, 'safety measures cannot keep pace').filter((f) => f.startsWith('negation 000'))).toEqual([]);
  });

  it('reads an edited sentence against a close outlet sentence with every same-point check: a trend turned round', () => {
    const page = edit(seed('000').paragraphs, 'AI lowers the cost', 'AI raises the cost');
    expect(on(page, 'AI raises the cost').some((f) => f.startsWith('negation'))).toBe(true);
  });

  it('reports a negation the edit added, and a modal it changed, against outlets stating the claim as the original did', () => {
    const negated = edit(seed('001').paragraphs, 'the least cautious players could pull ahead', 'the least cautious players could not pull ahead');
    expect(on(negated, 'could not pull ahead').some((f) => f.startsWith('negation'))).toBe(true);
    const hedged = edit(seed('001').paragraphs, 'can serve as entry points', 'might serve as entry points');
    expect(on(hedged, 'might serve as entry points').some((f) => f.startsWith('certainty'))).toBe(true);
  });

  it('reports nothing new for a rewording: an epithet for the name, another reporting verb', () => {
    const original = seed('001').paragraphs;
    const before = new Set(on(original, 'Anthropic is pushing'));
    const epithet = edit(original, 'Anthropic is pushing', 'The Claude maker is pushing');
    expect(on(epithet, 'The Claude maker is pushing').filter((f) => !before.has(f))).toEqual([]);
    const beforeSaid = new Set(on(original, 'OpenAI said decisions'));
    const verb = edit(original, 'OpenAI said decisions', 'OpenAI stated decisions');
    expect(on(verb, 'OpenAI stated decisions').filter((f) => !beforeSaid.has(f))).toEqual([]);
  });
});
