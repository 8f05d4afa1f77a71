import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../lib/match/corpus-index';
import { analyze, seedEngine, where } from './helpers';

describe('story links: each corpus sentence tied to the other outlets\' versions of its point', () => {
  it('links a long sentence that tells a point inside a condition to the plain versions of it', () => {
    const { compiled, docs } = seedEngine();
    const ix = new CorpusIndex(compiled);
    const [id, paragraph] = where('002', 'a capability Anthropic suggests');
    const doc = docs.findIndex((d) => d.id === id);
    const sentence = ix.docSentences(doc).find((s) => s.paragraph === paragraph && docs[doc]!.paragraphs[paragraph]!.slice(s.start).startsWith('If AI systems'))!;
    const linked = ix.links(sentence.gid).map(([g]) => docs[ix.sentence(g).doc]!.id.slice(0, 3));
    // 003 tells the point plainly ("an AI system could eventually design and develop its own successor").
    expect(linked).toContain('003');
  });

  it('carries a firm claim\'s certainty to that sentence, marked on the hedge it holds for the point', () => {
    const a = analyze([
      'Given enough computing power, the company says, an AI system will soon design and develop its own successor, what the field calls recursive self-improvement.',
    ]);
    const [id, paragraph] = where('002', 'a capability Anthropic suggests');
    const d = a.divergences.find((x) => x.kind === 'certainty' && x.other.doc === id && x.other.paragraph === paragraph);
    expect(d).toBeDefined();
    const marked = d!.other.highlights.map((h) => d!.other.text.slice(h.start, h.end));
    expect(marked).toEqual(['a capability Anthropic suggests current trends make plausible']);
  });
});
