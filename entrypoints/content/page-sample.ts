/** What the cheap gate looks at: the title, the meta description and the first few thousand characters of text. */

const SAMPLE_CHARS = 3000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CODE', 'PRE']);

/** A bounded text sample of the page; it stops reading after SAMPLE_CHARS, however large the page. */
export function samplePage(doc: Document): { title: string; description: string; text: string } {
  const meta = (sel: string) => doc.querySelector<HTMLMetaElement>(sel)?.content ?? '';
  const description = meta('meta[name="description"]') || meta('meta[property="og:description"]');
  const title = doc.title || meta('meta[property="og:title"]');
  let text = '';
  if (doc.body) {
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement && SKIP.has(node.parentElement.tagName.toUpperCase())
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node && text.length < SAMPLE_CHARS; node = walker.nextNode()) {
      const chunk = node.nodeValue?.trim();
      if (chunk) text += chunk.slice(0, SAMPLE_CHARS - text.length) + ' ';
    }
  }
  return { title: title.slice(0, 500), description: description.slice(0, 1000), text };
}
