import { describe, expect, it } from 'vitest';
import { excerptAround, summaryAnchors } from '../../components/sidebar/excerpt';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i} says little of note here.`).join(' ');

function marked(text: string, needle: string) {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
}

describe('excerptAround', () => {
  it('returns short passages whole', () => {
    const e = excerptAround('Short text.', [{ start: 0, end: 5 }]);
    expect(e).toEqual({ start: 0, end: 11, text: 'Short text.', highlights: [{ start: 0, end: 5 }], clippedStart: false, clippedEnd: false });
  });

  it('keeps the sentence holding the highlight, and the highlight on the same words', () => {
    const text = `${filler(5)} The order was issued on Thursday by the ministry. ${filler(5)}`;
    const e = excerptAround(text, [marked(text, 'on Thursday')]);
    expect(e.text).toBe('The order was issued on Thursday by the ministry.');
    expect(e.highlights.map((h) => e.text.slice(h.start, h.end))).toEqual(['on Thursday']);
    expect([e.clippedStart, e.clippedEnd]).toEqual([true, true]);
  });

  it('spans from the first to the last highlighted sentence', () => {
    const text = `${filler(4)} First it was "could use" in one. Then "soon" in two. ${filler(4)}`;
    const e = excerptAround(text, [marked(text, 'could use'), marked(text, 'soon')]);
    expect(e.text).toBe('First it was "could use" in one. Then "soon" in two.');
  });

  it('falls back to a word window inside one very long sentence', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const text = `${words(150)} TARGET ${words(150)}.`;
    const e = excerptAround(text, [marked(text, 'TARGET')]);
    expect(e.text.length).toBeLessThan(300);
    expect(e.text.startsWith('word')).toBe(true);
    expect(e.highlights.map((h) => e.text.slice(h.start, h.end))).toEqual(['TARGET']);
  });

  it('leaves a long passage whole when nothing is highlighted', () => {
    const text = filler(20);
    expect(excerptAround(text, []).text).toBe(text);
  });

  it('moves the window to the words a summary quotes when a side has no highlights, marking nothing', () => {
    const text = `${filler(5)} A bad actor "could use" the auspices of a slowdown. ${filler(5)}`;
    const e = excerptAround(text, [], { anchors: summaryAnchors(text, '"could use" vs "could not use"') });
    expect(e.text).toBe('A bad actor "could use" the auspices of a slowdown.');
    expect(e.highlights).toEqual([]);
  });
});

