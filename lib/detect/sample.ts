/**
 * Builds the gate's sample from a live document without forcing layout: title, meta description,
 * and the textContent of headings and paragraphs up to a character budget (innerText would
 * trigger a reflow; body.textContent would drag in scripts and styles).
 */
import type { GateSample } from './gate';

/** Characters of heading and paragraph text the gate sees by default. */
export const DEFAULT_SAMPLE_CHARS = 4000;

/** Collects the gate's sample from a document: cheap, bounded and layout-free. */
export function gateSample(doc: Document, maxChars = DEFAULT_SAMPLE_CHARS): GateSample {
  const meta =
    doc.querySelector('meta[name="description"]') ??
    doc.querySelector('meta[property="og:description"]') ??
    doc.querySelector('meta[name="twitter:description"]');
  const parts: string[] = [];
  let used = 0;
  const blocks = doc.querySelectorAll('h1, h2, h3, p');
  for (let i = 0; i < blocks.length && used < maxChars; i++) {
    const text = (blocks[i]?.textContent ?? '').slice(0, maxChars - used);
    parts.push(text);
    used += text.length + 1;
  }
  return {
    title: doc.title ?? '',
    description: (meta?.getAttribute('content') ?? '').slice(0, 1000),
    text: parts.join('\n'),
  };
}
