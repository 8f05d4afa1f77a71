/**
 * Puts an article into a real site's page in place of that page's own story, keeping its menus, related
 * links and footers, the way a news site would carry it. Text goes in as textContent only. Used by the
 * eval (plain paragraphs) and by the extraction, detection and CLI tests (headings and lists as well).
 */
import { parseHTML } from 'linkedom';

/** The host page with its story swapped for the given paragraphs, one <p> each, where its story stood. */
export function embedParagraphs(hostHtml: string, headline: string, paragraphs: string[]): string {
  const { document } = parseHTML(hostHtml);
  const container = storyContainer(document as unknown as Document);
  const own = Array.from(container.children).filter((c) => c.tagName === 'P');
  const anchor = own[0] ?? null;
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    container.insertBefore(p, anchor);
  }
  for (const p of own) p.remove();
  return withHeadline(document as unknown as Document, headline);
}

const STORY_BLOCKS = ['P', 'H2', 'H3', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE'];

/**
 * The host page with its story's blocks replaced by the given lines: "- " lines become list items and
 * short unpunctuated lines h2 headings, so extraction has real block structure to split.
 */
export function embedStructured(hostHtml: string, headline: string, paragraphs: string[]): string {
  const { document } = parseHTML(hostHtml);
  const container = storyContainer(document as unknown as Document);
  for (const el of Array.from(container.children)) if (STORY_BLOCKS.includes(el.tagName)) el.remove();
  let list: Element | null = null;
  for (const text of paragraphs) {
    if (text.startsWith('- ')) {
      if (!list) container.appendChild((list = document.createElement('ul')));
      const li = document.createElement('li');
      li.textContent = text.slice(2);
      list.appendChild(li);
      continue;
    }
    list = null;
    const heading = text.length < 70 && !/[.!?:"”]$/.test(text);
    const el = document.createElement(heading ? 'h2' : 'p');
    el.textContent = text;
    container.appendChild(el);
  }
  return withHeadline(document as unknown as Document, headline);
}

function withHeadline(document: Document, headline: string): string {
  const title = document.querySelector('title');
  if (title) title.textContent = headline;
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = headline;
  return String(document);
}

/** Where a page's story sits: the element with the most direct <p> children (first on a tie). */
function storyContainer(doc: Document): Element {
  let best: Element = doc.body;
  let bestCount = 0;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const count = Array.from(el.children).filter((c) => c.tagName === 'P').length;
    if (count > bestCount) {
      best = el;
      bestCount = count;
    }
  }
  return best;
}
