/**
 * Builds an evaluation page: a real site's HTML (menus, related links, footers kept) whose main story
 * is replaced by an edited article, one <p> per paragraph. Text goes in as textContent only.
 */
import { parseHTML } from 'linkedom';

/** The host page with its story swapped for the given paragraphs, and its title for the headline. */
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
  const title = document.querySelector('title');
  if (title) title.textContent = headline;
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = headline;
  return document.toString();
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
