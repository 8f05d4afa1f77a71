import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectTopic, TOPIC_THRESHOLD } from '../../lib/detect/topic';
import { articleFromHtml } from '../../lib/extract/node-dom';
import { articleFromText } from '../../lib/extract/text-file';
import { HAVE_REAL_PAGES, NO_REAL_PAGES, REPO_ROOT, readRealPage, realPageNames } from '../extract/real-pages';
import { editedCopy, embedInPage } from '../extract/embed';
import { OFF_TOPIC, ON_TOPIC } from './articles';

if (!HAVE_REAL_PAGES) console.warn(NO_REAL_PAGES);
const seeds = readdirSync(join(REPO_ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => articleFromText(readFileSync(join(REPO_ROOT, 'seeds', f), 'utf8'), f));

describe('detectTopic on the corpus articles', () => {
  it('has all five seeds to test', () => expect(seeds).toHaveLength(5));
  for (const seed of seeds) {
    it(`detects ${seed.url}, with a score and reasons`, () => {
      const d = detectTopic(seed);
      expect(d.detected).toBe(true);
      expect(d.topicScore).toBeGreaterThanOrEqual(TOPIC_THRESHOLD);
      expect(d.topicScore).toBeLessThanOrEqual(1);
      expect(d.reasons.some((r) => r.startsWith('mentions pausing or slowing AI'))).toBe(true);
    });
  }

  it('detects a seed written in lower case throughout, as a speech recogniser transcribes it', () => {
    for (const seed of seeds) {
      const lower = { ...seed, title: seed.title.toLowerCase(), paragraphs: seed.paragraphs.map((p) => p.toLowerCase()) };
      expect(detectTopic(lower).detected, seed.url ?? '').toBe(true);
    }
  });

  it('detects a seed cut down to its first half', () => {
    for (const seed of seeds) {
      const half = { ...seed, paragraphs: seed.paragraphs.slice(0, Math.ceil(seed.paragraphs.length / 2)) };
      expect(detectTopic(half).detected, seed.url ?? '').toBe(true);
    }
  });
});

describe('detectTopic on the hand-edited seed copies in tests/fixtures/edits', () => {
  const dir = join(REPO_ROOT, 'tests/fixtures/edits');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  it('has edited copies to test', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('detects %s', (f) => {
    expect(detectTopic(articleFromText(readFileSync(join(dir, f), 'utf8'), f)).detected).toBe(true);
  });
});

describe.skipIf(!HAVE_REAL_PAGES)('detectTopic on edited seeds embedded in real pages', () => {
  for (const seed of seeds) {
    it(`detects an edited ${seed.url} inside the BBC, Washington Post and Le Monde pages`, () => {
      for (const host of ['bbc-1', 'wapo-1', 'lemonde-1']) {
        const html = embedInPage(readRealPage(host).html, seed.title, editedCopy(seed.paragraphs));
        const article = articleFromHtml(html, host);
        expect(article, host).not.toBeNull();
        expect(detectTopic(article!).detected, host).toBe(true);
      }
    });
  }
});

describe('detectTopic on stories it has not seen', () => {
  it.each(Object.entries(ON_TOPIC))('detects the %s story', (_, article) => {
    expect(detectTopic(article).detected).toBe(true);
  });

  it.each(Object.entries(OFF_TOPIC))('does not detect the %s story', (_, article) => {
    expect(detectTopic(article).detected).toBe(false);
  });

  it.each(Object.entries(OFF_TOPIC))('does not detect the %s story in lower case either', (_, article) => {
    const lower = { ...article, title: article.title.toLowerCase(), paragraphs: article.paragraphs.map((p) => p.toLowerCase()) };
    expect(detectTopic(lower).detected).toBe(false);
  });

  it('names the Future of Life Institute letter among its reasons', () => {
    const { reasons } = detectTopic(ON_TOPIC.letter);
    expect(reasons.join('\n')).toMatch(/Future of Life Institute/);
  });

  it('explains a rejection: no pause of AI in a story about an AI law', () => {
    const { reasons } = detectTopic(OFF_TOPIC.aiAct);
    expect(reasons).toContain('no pause, halt or slowdown of AI is mentioned');
  });

  it('tells an observed slowdown of AI progress from a called-for one', () => {
    const { detected, reasons } = detectTopic(OFF_TOPIC.scalingWall);
    expect(detected).toBe(false);
    expect(reasons.join('\n')).toMatch(/not as a halt to AI work/);
  });

  it('discounts a long article where AI is a side theme', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} is about the city council budget, road repairs and the new library hours.`);
    const mixed = { ...ON_TOPIC.letter, paragraphs: [...filler, ON_TOPIC.letter.paragraphs[3]!] };
    const d = detectTopic(mixed);
    expect(d.detected).toBe(false);
    expect(d.reasons.some((r) => r.startsWith('AI is a side theme'))).toBe(true);
  });
});

describe.skipIf(!HAVE_REAL_PAGES)('detectTopic on the 130 real pages (none is about the pause debate)', () => {
  const names = realPageNames();
  it('has the real pages to test', () => expect(names.length).toBeGreaterThanOrEqual(130));
  it.each(names)('does not detect %s', (name) => {
    const article = articleFromHtml(readRealPage(name).html, name);
    expect(article).not.toBeNull();
    const d = detectTopic(article!);
    expect(d.detected, d.reasons.join('; ')).toBe(false);
  });
});
