import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/text-file';

describe('articleFromText', () => {
  it('makes one paragraph per non-empty line, trimmed, like the corpus seeds', () => {
    const a = articleFromText('\uFEFFHeadline here\r\n\r\n  First paragraph.  \n\n\nSecond paragraph.\n', 'x.txt');
    expect(a.paragraphs).toEqual(['Headline here', 'First paragraph.', 'Second paragraph.']);
    expect(a.title).toBe('Headline here');
    expect(a.url).toBe('x.txt');
  });

  it('yields an empty article for an empty file', () => {
    expect(articleFromText('\n \n', 'empty.txt').paragraphs).toEqual([]);
  });
});
