import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { quickGate } from '../../lib/detect/gate';
import { gateSample } from '../../lib/detect/sample';
import { articleFromText } from '../../lib/extract/text-file';
import { HAVE_REAL_PAGES, NO_REAL_PAGES, REPO_ROOT, readRealPage, realPageNames } from '../extract/real-pages';
import { editedCopy, embedInPage } from '../extract/embed';
import { OFF_TOPIC, ON_TOPIC } from './articles';

if (!HAVE_REAL_PAGES) console.warn(NO_REAL_PAGES);
const seeds = readdirSync(join(REPO_ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => articleFromText(readFileSync(join(REPO_ROOT, 'seeds', f), 'utf8'), f));
const sampleOfDoc = (html: string) => gateSample(parseHTML(html).document as unknown as Document);

describe('quickGate', () => {
  it('lets through the seeds, seeing only their title and opening', () => {
    for (const s of seeds) {
      expect(quickGate({ title: s.title, description: '', text: s.paragraphs.slice(1, 3).join('\n') }), s.url ?? '').toBe(true);
    }
  });

  it('lets through unseen stories on the debate', () => {
    for (const a of Object.values(ON_TOPIC)) {
      expect(quickGate({ title: a.title, description: '', text: a.paragraphs.join('\n') }), a.title).toBe(true);
    }
  });

  it('stops pages with a pause but no AI, and AI pages with no pause or policy word', () => {
    for (const a of [OFF_TOPIC.ratePause, OFF_TOPIC.sport]) {
      expect(quickGate({ title: a.title, description: '', text: a.paragraphs.join('\n') }), a.title).toBe(false);
    }
    expect(quickGate({ title: 'New AI camera app', description: 'Sharper photos at night', text: 'The app uses AI to brighten photos.' })).toBe(false);
  });

  it('lets through a transcript in lower case that names the labs', () => {
    expect(quickGate({ title: '', description: '', text: 'so anthropic wants the labs to agree a pause and openai says governments should set the rules' })).toBe(true);
  });

  it('does not read the Portuguese or Italian word "ai" as AI', () => {
    expect(quickGate({ title: 'Ai, que saudade', description: 'Vamos ai, pausa para o café', text: 'Andiamo ai giardini. Pausa.' })).toBe(false);
  });

  it('uses the description when the text sample is menus only', () => {
    expect(quickGate({ title: 'Tech', description: 'Labs weigh a pause on frontier AI', text: 'Home News Sport Weather' })).toBe(true);
  });
});

describe.skipIf(!HAVE_REAL_PAGES)('quickGate on whole pages (sample taken with gateSample)', () => {
  it('lets through every edited seed embedded in a real page', () => {
    for (const s of seeds) {
      for (const host of ['bbc-1', 'nytimes-1', 'medium-1']) {
        const html = embedInPage(readRealPage(host).html, s.title, editedCopy(s.paragraphs));
        expect(quickGate(sampleOfDoc(html)), `${s.url} in ${host}`).toBe(true);
      }
    }
  });

  it('stops nearly all of the 130 unrelated real pages before any extraction', () => {
    const names = realPageNames();
    const passed = names.filter((n) => quickGate(sampleOfDoc(readRealPage(n).html)));
    expect(passed.length, `passed the gate: ${passed.join(', ')}`).toBeLessThanOrEqual(Math.floor(names.length * 0.05));
  }, 60_000);

  it('bounds the sample it builds', () => {
    const sample = sampleOfDoc(readRealPage('wikipedia-2').html);
    expect(sample.text.length).toBeLessThanOrEqual(4000 + 200);
    expect(sample.title).toMatch(/New Zealand/);
  });
});
