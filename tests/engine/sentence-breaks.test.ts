/**
 * sentences() takes a hand-written UAX #29 fast path for ASCII text; its boundaries must be exactly the
 * ones Intl.Segmenter gives, on the corpus, the fixtures, real pages, and random strings of the characters
 * the sentence rules treat specially.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiSentenceEnds } from '../../lib/text/sentence-breaks';

const ROOT = join(import.meta.dirname, '..', '..');
const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
const reference = (text: string) => [...seg.segment(text)].map((s) => s.index + s.segment.length);

function linesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
}

describe('asciiSentenceEnds()', () => {
  it('matches Intl.Segmenter on every line of the seeds and the edited fixtures', () => {
    const lines = [...linesOf(join(ROOT, 'seeds')), ...linesOf(join(ROOT, 'tests/fixtures/edits'))];
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(asciiSentenceEnds(line) ?? reference(line), line).toEqual(reference(line));
  });

  it('matches it on abbreviations, decimals, quotes after stops, and line breaks', () => {
    const cases = [
      'The U.S. Senate met. It voted 3.5 to 2. "Stop." she said. (Really.) Yes!',
      'e.g. this; Mr. Smith. arrived... then?! no - "quoted." Next.',
      "It ended.' ; More text.\r\nA new line.\n\nAnother:  done.  ",
      '',
      'No terminator at all',
    ];
    for (const text of cases) expect(asciiSentenceEnds(text), text).toEqual(reference(text));
  });

  it('leaves non-ASCII text to the segmenter', () => {
    expect(asciiSentenceEnds('Café. Next.')).toBeNull();
  });

  it('matches it on random strings of the characters the rules treat specially', () => {
    const alphabet = ['a', 'x', 'A', 'Z', '1', '.', '.', '!', '?', ' ', ' ', '\n', '\r', '\t', '\u000b', '"', "'", '(', ')', ']', ',', '-', ':', ';', '#', '_', '\u0000', 'U.S.', ' Mr. ', '... ', '." ', '\r\n'];
    let state = 42;
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const n = 1 + Math.floor(next() * 16);
      for (let k = 0; k < n; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(asciiSentenceEnds(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  const pages = join(ROOT, '..', 'shared', 'pages', 'readability');
  it.skipIf(!existsSync(pages))('matches it on text from real web pages (../shared/pages)', () => {
    let checked = 0;
    for (const name of readdirSync(pages).slice(0, 40)) {
      const file = join(pages, name, 'source.html');
      if (!existsSync(file)) continue;
      // Tags stripped crudely: the point is a wide variety of real punctuation, not the page's structure.
      const text = readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ').slice(0, 20000);
      for (const chunk of text.split('\n')) {
        const fast = asciiSentenceEnds(chunk);
        if (!fast) continue;
        expect(fast).toEqual(reference(chunk));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
