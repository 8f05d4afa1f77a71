import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POPUP_CSS } from '../../components/styles/popup';
import { SIDEBAR_CSS } from '../../components/styles/sidebar';
import { segmentText } from '../../components/sidebar/segments';

const componentsDir = join(import.meta.dirname, '../../components');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('component styles', () => {
  it.each([
    ['sidebar', SIDEBAR_CSS],
    ['popup', POPUP_CSS],
  ])('%s CSS sizes in px, never rem or em, with dark mode, reduced motion and focus rings', (_name, css) => {
    expect(css).not.toMatch(/\d(r?em)\b/);
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain('prefers-reduced-motion: reduce');
    expect(css).toContain(':focus-visible');
  });

  it('fixes the sidebar to the right edge, 380px wide and full height', () => {
    expect(SIDEBAR_CSS).toMatch(/\.cc-sidebar \{[^}]*position: fixed;[^}]*right: 0;[^}]*width: 380px;[^}]*height: 100vh;/);
  });
});

describe('component sources', () => {
  it('never turn text into HTML', () => {
    const offenders = sourceFiles(componentsDir).filter((f) =>
      /innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('never use extension APIs, fetch or storage', () => {
    const offenders = sourceFiles(componentsDir).filter((f) =>
      /\b(browser|chrome)\.\w|\bfetch\(|localStorage|sessionStorage|indexedDB/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('segmentText', () => {
  it('splits around spans in order', () => {
    expect(segmentText('a bc d', [{ start: 2, end: 4 }])).toEqual([
      { text: 'a ', marked: false },
      { text: 'bc', marked: true },
      { text: ' d', marked: false },
    ]);
  });

  it('sorts, merges overlaps and clamps spans past the end, losing no text', () => {
    const text = 'one two three';
    const segs = segmentText(text, [
      { start: 8, end: 99 },
      { start: 0, end: 3 },
      { start: 2, end: 5 },
      { start: 6, end: 6 },
      { start: Number.NaN, end: 0 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['one t', 'three']);
  });

  it('keeps a passage with no spans as one plain run, even when empty', () => {
    expect(segmentText('', [])).toEqual([{ text: '', marked: false }]);
    expect(segmentText('plain', [])).toEqual([{ text: 'plain', marked: false }]);
  });
});
