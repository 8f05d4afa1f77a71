import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../lib/corpus/compile';
import { substanceOf, substanceParts } from '../../lib/corpus/substance';
import { CorpusIndex } from '../../lib/match/corpus-index';
import { tokenize } from '../../lib/text/tokens';
import type { CorpusDoc } from '../../lib/types';

const doc = (paragraphs: string[]): CorpusDoc => ({ id: 'a_bridge', outlet: 'Outlet A', headline: paragraphs[0]!, paragraphs });

/** Substance of each sentence of a one-doc corpus, by its text. */
function substances(paragraphs: string[]): Map<string, number> {
  const ix = new CorpusIndex(compileCorpus([doc(paragraphs)], { synonyms: null, antonyms: null }));
  return new Map(ix.docSentences(0).map((s) => [ix.sentenceText(s), ix.substance(s.gid)]));
}

describe('substance: names that open a sentence', () => {
  it('counts a name opening a sentence when the corpus writes it capitalised wherever else it stands', () => {
    const s = substances([
      'Engineer Dana Holt inspected the northern span of the bridge.',
      'Holt found corroded cables along the whole structure.',
      'Inspectors blamed corrosion for most of the damage to the structure.',
      'Corrosion spread along the cables for a long time.',
    ]);
    // Same marks of fact but for the name: "Holt" is a name, "Corrosion" a common noun written with a capital.
    expect(s.get('Holt found corroded cables along the whole structure.')!).toBeGreaterThan(s.get('Corrosion spread along the cables for a long time.')!);
  });

  it('does not count a capitalised opener the corpus never writes capitalised mid-sentence', () => {
    const s = substances(['Holt found corroded cables along the whole structure.', 'Corrosion spread along the cables for a long time.']);
    expect(s.get('Holt found corroded cables along the whole structure.')).toBe(s.get('Corrosion spread along the cables for a long time.'));
  });

  it('counts a name written in several capitalised words once', () => {
    const one = 'Inspectors from the United States examined the corroded cables of the bridge.';
    const other = 'Inspectors from Canada examined the corroded cables of the bridge.';
    const two = 'Inspectors from Canada and Mexico examined the corroded cables of the bridge.';
    const score = (t: string) => substanceOf(substanceParts(t, tokenize(t)), () => false);
    expect(score(one)).toBe(score(other));
    expect(score(two)).toBeGreaterThan(score(one));
    const university = 'Researchers at the University of Toronto examined the corroded cables.';
    expect(score(university)).toBe(score('Researchers at Harvard examined the corroded cables of the bridge.'));
  });

  it('counts an opener once, and only as a name where the caller says it is one', () => {
    const text = 'Holt said Holt had never seen cables this corroded.';
    const parts = substanceParts(text, tokenize(text))!;
    // The second "Holt" stands mid-sentence, so it is counted already; the opener adds nothing more.
    expect(substanceOf(parts, () => true)).toBe(substanceOf(parts, () => false));
    const opener = 'Holt found corroded cables along the whole structure.';
    const p2 = substanceParts(opener, tokenize(opener))!;
    expect(substanceOf(p2, (t) => t === 'holt')).toBeGreaterThan(substanceOf(p2, () => false));
  });
});
