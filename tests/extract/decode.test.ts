import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../lib/extract/decode';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decodeHtml', () => {
  it('reads UTF-8 when the page declares nothing', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Café – “quoted”</p>'))).toBe('<p>Café – “quoted”</p>');
  });

  it('honours <meta charset> for a windows-1252 page', () => {
    const page = bytes('<html><head><meta charset="windows-1252"></head><body><p>caf', [0xe9], ' ', [0x93], 'hi', [0x94], '</p>');
    expect(decodeHtml(page)).toContain('<p>café “hi”</p>');
  });

  it('honours the http-equiv form and a BOM', () => {
    const legacy = bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>na', [0xef], 've</p>');
    expect(decodeHtml(legacy)).toContain('naïve');
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<p>x</p>'))).toBe('<p>x</p>');
  });

  it('falls back to UTF-8 for an unknown label', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="no-such-thing"><p>é</p>'))).toContain('<p>é</p>');
  });
});
