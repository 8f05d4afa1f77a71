/**
 * Which articles a page is compared with: those on its story. A page worded its own way throughout (an
 * opinion column) states few points closely, yet it is on the story and gets its additions and divergences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const lines = (file: string) => readFileSync(join(__dirname, '../fixtures/unseen', file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);

describe('the page\'s story', () => {
  it('compares an opinion column that states one point closely and the rest in its own words with the story', () => {
    // Only its 2023 open-letter paragraph matches an outlet closely; most of its other paragraphs match loosely.
    const a = analyze(lines('g-oped.txt'));
    expect(a.self).toBeNull();
    expect(a.additions.length).toBeGreaterThan(5);
    const kinds = a.divergences.map((d) => d.kind);
    expect(kinds).toContain('date');
    expect(kinds).toContain('certainty');
  });

  it('does not put a page on the story on the strength of one shared paragraph', () => {
    // The same open-letter paragraph inside an article about something else.
    const letter = lines('g-oped.txt').find((l) => l.includes('Future of Life Institute'))!;
    const a = analyze([
      'Chess clubs report record membership',
      'Chess clubs across the region signed up more members this autumn than in any year since the 1970s.',
      'Organisers credit online streaming of tournaments and a popular television drama about a young player.',
      letter,
      'Several clubs now run beginner evenings twice a week and lend boards to local schools.',
      'The regional league plans a junior championship in the spring, with prizes donated by a bookshop.',
    ]);
    expect(a.additions).toEqual([]);
    expect(a.divergences).toEqual([]);
  });
});
