/**
 * words() takes a hand-written UAX #29 fast path for Latin text; it must give exactly the pieces
 * Intl.Segmenter gives, on the corpus, the fixtures and real pages, and on the characters it treats specially.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../../lib/text/segment';

const ROOT = join(import.meta.dirname, '..', '..');
const seg = new Intl.Segmenter('en', { granularity: 'word' });
const reference = (text: string) =>
  [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => ({ text: s.segment, start: s.index, end: s.index + s.segment.length }));

function linesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
}

describe('words()', () => {
  it('matches Intl.Segmenter on every line of the seeds and the edited fixtures', () => {
    const lines = [...linesOf(join(ROOT, 'seeds')), ...linesOf(join(ROOT, 'tests/fixtures/edits'))];
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(words(line), line).toEqual(reference(line));
  });

  it('matches it on the tricky joiners: apostrophes, decimals, colons, underscores, non-Latin text', () => {
    const cases = [
      "Anthropic’s AI's 3.5 1,000,000 U.S. e.g. 10:30 a:b snake_case x.y.z 2026-11-25 '90s",
      'Café naïve résumé — “quoted” … ½ × ÷ © ® €5 £3',
      '中文的句子。 Ελληνικά κείμενα. Русский текст, 42.',
      "rock 'n' roll don’t ‘single’ trailing. 5,",
    ];
    for (const text of cases) expect(words(text), text).toEqual(reference(text));
  });

  const pages = join(ROOT, '..', 'shared', 'pages', 'readability');
  it.skipIf(!existsSync(pages))('matches it on text from real web pages (../shared/pages)', () => {
    let checked = 0;
    for (const name of readdirSync(pages).slice(0, 40)) {
      const file = join(pages, name, 'source.html');
      if (!existsSync(file)) continue;
      // Tags stripped crudely: the point is a wide variety of real characters, not the page's structure.
      const text = readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ').slice(0, 20000);
      for (const chunk of text.split('\n')) {
        expect(words(chunk)).toEqual(reference(chunk));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
