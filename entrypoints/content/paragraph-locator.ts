/**
 * Finds the live page elements that hold the extracted paragraphs. Readability works on a clone, so the
 * link back to the page is by text: the block whose normalised text equals (or begins) the paragraph.
 */

const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, dd, figcaption, td, pre, div';
const MAX_BLOCKS = 20000;
const KEY_CHARS = 80;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Maps paragraph index → the page element showing it, for the paragraphs that can be found. */
export function locateParagraphs(doc: Document, paragraphs: string[]): Map<number, HTMLElement> {
  const wanted = new Map<string, number[]>();
  paragraphs.forEach((p, i) => {
    const key = norm(p).slice(0, KEY_CHARS);
    if (key) wanted.set(key, [...(wanted.get(key) ?? []), i]);
  });
  const found = new Map<number, HTMLElement>();
  const blocks = doc.body ? doc.body.querySelectorAll<HTMLElement>(BLOCKS) : [];
  const limit = Math.min(blocks.length, MAX_BLOCKS);
  for (let b = 0; b < limit && found.size < paragraphs.length; b++) {
    const el = blocks[b]!;
    // Prefer the innermost block: a <div> only counts when it holds no block children.
    if (el.tagName === 'DIV' && el.querySelector(BLOCKS)) continue;
    const key = norm(el.textContent ?? '').slice(0, KEY_CHARS);
    const queue = key ? wanted.get(key) : undefined;
    const index = queue?.shift();
    if (index !== undefined) found.set(index, el);
  }
  return found;
}
