/**
 * A plain-text article file → Article: one paragraph per non-empty line, the same rule the
 * corpus seeds follow, so paragraph numbers mean the same thing on both sides.
 */
import type { Article } from '../types';

/** Reads a .txt article: paragraphs are the trimmed non-empty lines; the first one doubles as the title. */
export function articleFromText(text: string, path: string): Article {
  const paragraphs = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return {
    title: paragraphs[0] ?? '',
    byline: null,
    siteName: null,
    url: path,
    paragraphs,
  };
}
