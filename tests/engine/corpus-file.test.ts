import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../lib/corpus/compile';
import { encodeCorpusFile, openCorpusFile } from '../../lib/corpus/corpus-file';
import { CORPUS_VERSION } from '../../lib/corpus/format';
import { loadEngine } from '../../lib/engine';
import type { CorpusDoc } from '../../lib/types';

const docs: CorpusDoc[] = [
  {
    id: 'a',
    outlet: 'Le Monde Numérique',
    headline: 'Régulateurs: “une pause” pour l’IA',
    paragraphs: ['Regulators in Zürich said on Monday that a “pause” was possible — maybe. 🚦', 'A second paragraph, plain ASCII.'],
  },
  { id: 'b', outlet: 'Plain Wire', headline: 'Regulators weigh a pause', paragraphs: ['Regulators in Zurich said on Tuesday that a pause was possible.'] },
  { id: 'c', outlet: 'Empty', headline: '', paragraphs: [] },
];
const compiled = compileCorpus(docs, { synonyms: null });

describe('the shipped corpus file', () => {
  it('opens to exactly the compiled corpus, non-ASCII text and empty docs included', () => {
    const opened = openCorpusFile(encodeCorpusFile(compiled));
    expect(JSON.parse(JSON.stringify(opened))).toEqual(JSON.parse(JSON.stringify(compiled)));
    expect(opened.docs.map((d) => d.text)).toEqual(compiled.docs.map((d) => d.text));
  });

  it('keeps its header ASCII, so the part parsed at load is one-byte text', () => {
    const bytes = encodeCorpusFile(compiled);
    const header = bytes.subarray(0, bytes.indexOf(10));
    expect(header.every((b) => b < 128)).toBe(true);
    expect(new TextDecoder().decode(header)).not.toContain('Zürich');
  });

  it('gives an engine that analyses a page the same as one over the compiled corpus', () => {
    const page = { title: '', byline: null, siteName: null, url: null, paragraphs: ['Officials in Zürich said on Wednesday that a “pause” was possible, maybe, as a second paragraph noted.'] };
    const detection = { detected: true, topicScore: 1, reasons: [] };
    const direct = loadEngine(compiled).analyze(page, detection);
    const shipped = loadEngine(openCorpusFile(encodeCorpusFile(compiled))).analyze(page, detection);
    expect(shipped).toEqual(direct);
    // The other side's text comes out of the file's byte-addressed texts, after non-ASCII characters.
    expect(shipped.divergences.map((d) => [d.kind, d.other.text])).toEqual([['date', docs[0]!.paragraphs[0]]]);
  });

  it('refuses another version, and bytes that are not a corpus file, with a message that says so', () => {
    const old = new TextEncoder().encode(`${JSON.stringify({ version: CORPUS_VERSION - 1 })}\n`);
    expect(() => openCorpusFile(old)).toThrow(`version ${CORPUS_VERSION - 1}, engine expects ${CORPUS_VERSION}`);
    expect(() => openCorpusFile(new TextEncoder().encode('{"version":'))).toThrow(/not a Crosscheck corpus file/);
  });
});

describe('words that are names of object properties', () => {
  it('compiles a corpus whose text says "constructor", "toString" and "hasOwnProperty" as it compiles any other', () => {
    const odd: CorpusDoc[] = [
      { id: 'p', outlet: 'Code Weekly', headline: 'A constructor and its toString', paragraphs: ['The constructor calls toString and hasOwnProperty before the authorities authored a fix.'] },
      { id: 'q', outlet: 'Dev Daily', headline: 'Constructors', paragraphs: ['Every constructor here calls toString, said the authorities.'] },
    ];
    const c = compileCorpus(odd, { synonyms: null });
    expect(c.vocab.split(' ')).toEqual(expect.arrayContaining(['constructor', 'tostr', 'authorit', 'author']));
  });
});
