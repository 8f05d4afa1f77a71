/**
 * words() takes a hand-written UAX #29 fast path for Latin text; it must give exactly the pieces
 * Intl.Segmenter gives, on the corpus, the fixtures and real pages, and on the characters it treats specially.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceEnds, sentences, words } from '../../lib/text/segment';

const ROOT = join(import.meta.dirname, '..', '..');
const seg = new Intl.Segmenter('en', { granularity: 'word' });
const reference = (text: string) =>
  [...seg.segment(text)].filter((s) => s.isWordLike).map((s) => ({ text: s.segment, start: s.index, end: s.index + s.segment.length }));

function linesOf(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
}

const pages = join(ROOT, '..', 'shared', 'pages', 'readability');

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

const sentenceSeg = new Intl.Segmenter('en', { granularity: 'sentence' });
const referenceEnds = (text: string) => [...sentenceSeg.segment(text)].map((s) => s.index + s.segment.length);

describe('sentenceEnds()', () => {
  it('matches Intl.Segmenter on every line of the seeds and the edited fixtures, single sentences skipping it included', () => {
    const lines = [...linesOf(join(ROOT, 'seeds')), ...linesOf(join(ROOT, 'tests/fixtures/edits'))];
    for (const line of lines) expect(sentenceEnds(line), line).toEqual(referenceEnds(line));
  });

  it('matches it where a final run of terminators, quotes and spaces could split, and on other scripts and separators', () => {
    const cases = [
      '', ' ', 'No terminator at all', 'One.', 'One. ', 'Two?! ', 'Quoted."', "Quoted.'", 'Closed.)', 'Closed.”', 'Closed.’ ',
      'Split before a quote." "', 'Tab after.\t', 'No-break space after.\u00a0', 'Next line after.\u0085', 'A line\nbreak',
      'A paragraph\u2029separator', 'U.S. officials said', 'Wait... what', 'Ends in a zero-width space.\u200b',
      '¿Qué? ¡Sí!', 'Double ‼ bang', 'Interrobang ‽ here', 'One dot leader \u2024 here', '中文的句子。第二句。', 'Ελληνικά; κείμενα.',
    ];
    for (const text of cases) expect(sentenceEnds(text), JSON.stringify(text)).toEqual(referenceEnds(text));
  });

  it.skipIf(!existsSync(pages))('matches it on paragraphs of real web pages (../shared/pages)', () => {
    let checked = 0;
    for (const name of readdirSync(pages).slice(0, 40)) {
      const file = join(pages, name, 'source.html');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ').slice(0, 20000);
      for (const chunk of text.split(/\n\s*\n/)) {
        const para = chunk.replace(/\s+/g, ' ');
        expect(sentenceEnds(para)).toEqual(referenceEnds(para));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('sentences(): a transcript label is no part of a sentence', () => {
  const texts = (t: string) => sentences(t).map((s) => s.text);

  it('starts the first sentence after a timestamp and a speaker in capitals', () => {
    expect(texts('[00:12:31] HOST: The company said so. Nobody denied it.')).toEqual(['The company said so.', 'Nobody denied it.']);
    expect(texts('DR ABERNATHY: It is not on board.')).toEqual(['It is not on board.']);
    const s = sentences('(12:31) GUEST: Yes.')[0]!;
    expect('(12:31) GUEST: Yes.'.slice(s.start, s.end)).toBe('Yes.');
  });

  it('reads a speaker in capitals with an affiliation after a comma as the label ("ANA SILVA, HARBOUR TRUST:")', () => {
    expect(texts('ANA SILVA, HARBOUR TRUST: The pumps failed on Thursday.')).toEqual(['The pumps failed on Thursday.']);
    expect(texts('TOMAS REYES, FORMER PORT DIRECTOR: Yes. It failed.')).toEqual(['Yes.', 'It failed.']);
  });

  it('keeps a clock time that opens a live-blog entry, and a capitalised word that is not a label', () => {
    expect(sentences('6:48 p.m. ET — We are wrapping up.')[0]!.start).toBe(0);
    expect(texts('Anthropic: the company behind Claude.')).toEqual(['Anthropic: the company behind Claude.']);
  });
});

describe('sentences(): an abbreviation with a full stop ends no sentence', () => {
  it('keeps "incl." and "approx." inside their sentence, as it does "Dr."', () => {
    const texts = (t: string) => sentences(t).map((s) => s.text);
    expect(texts('A coalition incl. Ana Silva backed it. It failed.')).toEqual(['A coalition incl. Ana Silva backed it.', 'It failed.']);
    expect(texts('The fee was approx. Ten dollars. It rose.')).toEqual(['The fee was approx. Ten dollars.', 'It rose.']);
  });

  it('keeps a month shortened with a full stop inside its sentence ("in Jan. 2028", "on Oct. 3")', () => {
    const texts = (t: string) => sentences(t).map((s) => s.text);
    expect(texts('The levy takes effect in Jan. 2028. The council agreed.')).toEqual(['The levy takes effect in Jan. 2028.', 'The council agreed.']);
    expect(texts('It opens on Oct. 3, the council said.')).toEqual(['It opens on Oct. 3, the council said.']);
  });
});

describe('sentences(): a short sentence that only dates the one before it is part of it', () => {
  const texts = (t: string) => sentences(t).map((s) => s.text);

  it('joins "That was on Wednesday." and "It came in 2021." to the sentence they date', () => {
    expect(texts('The council published its plan in a notice. That was on Wednesday. The mayor spoke later.')).toEqual([
      'The council published its plan in a notice. That was on Wednesday.',
      'The mayor spoke later.',
    ]);
    expect(texts('The harbour levy passed. It came in 2021.')).toEqual(['The harbour levy passed. It came in 2021.']);
  });

  it('leaves a sentence that says more, or gives no time, on its own', () => {
    expect(texts('The levy passed. That was the end of the harbour trust as the town knew it.')).toHaveLength(2);
    expect(texts('The levy passed. That was a surprise.')).toHaveLength(2);
  });
});
