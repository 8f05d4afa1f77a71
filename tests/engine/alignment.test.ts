import { describe, expect, it } from 'vitest';
import { analyze, seed, where } from './helpers';
import { PARAGRAPH_MIN } from '../../lib/match/align-candidates';
import { listLines } from '../../lib/match/list-lines';

function matchesOf(a: ReturnType<typeof analyze>, index: number): string[] {
  return a.paragraphs[index]!.matches.map((m) => `${m.doc}#${m.paragraph}`);
}

describe('paragraph alignment', () => {
  it('aligns reworded reports of the same point across outlets', () => {
    const a = analyze([
      'Anthropic is urging the leading AI labs to coordinate a pause or a slowdown of their most advanced systems, saying humans could lose control of the technology.',
    ]);
    const got = matchesOf(a, 0);
    expect(got).toContain(where('002', 'Anthropic has proposed that leading').join('#'));
    expect(got).toContain(where('003', 'is urging the world').join('#'));
    expect(got).toContain(where('001', 'is pushing the world').join('#'));
  });

  it("aligns OpenAI's answer with every outlet that reports it", () => {
    const d = seed('002');
    const a = analyze(d.paragraphs);
    const i = d.paragraphs.findIndex((p) => p.startsWith('OpenAI responded'));
    const got = matchesOf(a, i);
    expect(got).toContain(where('001', 'OpenAI rejected this approach').join('#'));
    expect(got).toContain(where('003', 'Rival company OpenAI took').join('#'));
    expect(got).toContain(where('004', 'OpenAI argued that').join('#'));
  });

  it('aligns a long paragraph through the one sentence that carries the point', () => {
    const a = analyze([
      'Security researchers have been busy this year. Separately, a University of Toronto team showed that AI tools can build a self-spreading worm that changes its hacking strategy as it moves between devices.',
    ]);
    const got = matchesOf(a, 0);
    expect(got).toContain(where('003', 'Anthropoc').join('#'));
    expect(got).toContain(where('004', 'Researchers at the University of Toronto recently').join('#'));
  });

  it('judges a short line by the whole paragraph it meets: contained in one, merely sharing a word with another', () => {
    const a = analyze([
      'Anthropic is urging the biggest AI labs to agree on a coordinated pause or slowdown of their most advanced models, warning that people could lose control of the technology.',
      'OpenAI disagreed in a report published Wednesday. The rival lab argued that democratic governments, not private companies acting alone, must set the rules and the pace.',
      'Researchers at the University of Toronto showed that AI tools can build a worm that rewrites its own hacking strategy as it spreads.',
      'Labs would check that rivals really stopped.',
    ]);
    const got = matchesOf(a, 3);
    expect(got).toContain(where('004', 'Verification Systems').join('#'));
    expect(got).not.toContain(where('000', 'Growing competition among frontier AI labs').join('#'));
  });

  it('aligns a page the corpus does not hold with the paragraphs the corpus links to its best matches', () => {
    const para =
      "The worm's authors at the University of Toronto built it from open-source tools that any developer can get cheaply, and the lab's lead, Nicolas Papernot, said he warned Canadian cyber officials before the work went public.";
    const matches = analyze([para]).paragraphs[0]!.matches;
    // 003 and 004 state the open-source tool and the warning; 002 and 004 open the research in other paragraphs, which
    // this one resembles less than a paragraph alone would need, and which the corpus links to those two.
    expect(matches.map((m) => `${m.doc}#${m.paragraph}`)).toEqual(expect.arrayContaining([where('003', 'who notified Canadian').join('#'), where('002', 'follows separate research').join('#')]));
    expect(matches.find((m) => m.doc === seed('002').id)!.score).toBeLessThan(PARAGRAPH_MIN);
  });

  it('aligns a paragraph with the lines of a list it aligns a line of, though a line alone shares little with it', () => {
    const a = analyze([
      'Anthropic is urging the leading AI labs to coordinate a pause or a slowdown of their most advanced systems, saying humans could lose control of the technology.',
      'OpenAI answered that democratic governments, not companies, should set the rules.',
      'Anthropic said any coordinated pause would need checks so that each lab can confirm its rivals have truly slowed down, and so that no company can quietly pull ahead while the others wait.',
    ]);
    const [doc, line] = where('000', '- Verify compliance across competitors');
    const m = a.paragraphs[2]!.matches.find((x) => x.doc === doc && x.paragraph === line);
    // No sentence pair joins the two: the line is a candidate only as a line of the list.
    expect(m).toBeDefined();
    expect(m!.score).toBeLessThan(PARAGRAPH_MIN / 2);
  });

  it('reads a list as its lead-in (ending with a colon), the bulleted lines under it and the sentence closing it', () => {
    const lines = ['The plan:', 'It has three parts:', '- Slow down', '- Check each other', '1. Report', 'Afterwards, a vote.', '- Stray line', 'Next steps'];
    // The sentence closing the list is read with it; a heading after a list is not.
    expect(listLines(lines, 2)).toEqual([1, 3, 4, 5]);
    expect(listLines(lines, 1)).toEqual([2, 3, 4, 5]);
    expect(listLines(lines, 0)).toEqual([]);
    expect(listLines(lines, 5)).toEqual([]);
    expect(listLines(lines, 6)).toEqual([]);
  });

  it('never aligns a page the corpus holds with its own article', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const a = analyze(seed(prefix).paragraphs);
      expect(a.self).toBe(seed(prefix).id);
      expect(a.paragraphs.flatMap((p) => p.matches).filter((m) => m.doc === seed(prefix).id)).toEqual([]);
      expect(a.paragraphs.flatMap((p) => p.matches).length).toBeGreaterThan(10);
    }
  });

  it('does not align passages that merely share the story vocabulary', () => {
    const a = analyze(['Anthropic said on its website that its AI assistant Claude now supports more languages for customers.']);
    expect(a.paragraphs[0]!.matches).toEqual([]);
  });

  it('scores matches within 0..1, best first, and never aligns headings or promos of the corpus', () => {
    const a = analyze(seed('001').paragraphs);
    const flagged = new Set([where('002', 'Book a Call').join('#'), where('004', 'Nicolas Papernot, Researcher at').join('#'), where('000', 'TL;DR').join('#')]);
    for (const p of a.paragraphs) {
      const scores = p.matches.map((m) => m.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      for (const m of p.matches) {
        expect(m.score).toBeGreaterThan(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(flagged.has(`${m.doc}#${m.paragraph}`)).toBe(false);
      }
    }
  });
});
