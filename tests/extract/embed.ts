/**
 * Puts an article's text into a real page in place of that page's own story, keeping its menus,
 * sidebars and footers, the way a news site would carry it. Headings and list lines become
 * h2 and li elements so extraction has real block structure to split.
 */
import { parseHTML } from 'linkedom';

/** Returns the host page's HTML with its main story replaced by the given headline and paragraphs. */
export function embedInPage(hostHtml: string, headline: string, paragraphs: string[]): string {
  const { document } = parseHTML(hostHtml);
  const container = mainContainer(document as unknown as Document);
  for (const p of Array.from(container.children)) {
    if (['P', 'H2', 'H3', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE'].includes(p.tagName)) p.remove();
  }
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
  const title = document.querySelector('title');
  if (title) title.textContent = headline;
  const h1 = document.querySelector('h1');
  if (h1) h1.textContent = headline;
  return document.toString();
}

/** The element with the most direct <p> children: where the page's story sits. */
function mainContainer(doc: Document): Element {
  let best: Element = doc.body;
  let bestCount = -1;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const count = Array.from(parent.children).filter((c) => c.tagName === 'P').length;
    if (count > bestCount) {
      best = parent;
      bestCount = count;
    }
  }
  return best;
}

/** A lightly edited copy: one middle paragraph dropped, the last cut to its first sentence. */
export function editedCopy(paragraphs: string[]): string[] {
  const out = paragraphs.filter((_, i) => i !== Math.floor(paragraphs.length / 2));
  const last = out[out.length - 1];
  if (last) out[out.length - 1] = last.split(/(?<=[.!?])\s+/)[0] ?? last;
  return out;
}
