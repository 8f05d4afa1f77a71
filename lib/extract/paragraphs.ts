/**
 * Readability's content node → reading-order text paragraphs.
 * Every block-level element (p, li, h1–h6, blockquote, pre, td…) closes the text run before it;
 * inline markup (a, em, span…) stays inside its paragraph. Whitespace is normalised and empty
 * runs dropped, so paragraph indexes are stable between the browser and Node.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

/** Elements whose text is never article prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Splits a content node into block-level text paragraphs, whitespace-normalised, empties dropped. */
export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const text = run.join('').replace(/\s+/g, ' ').trim();
    run = [];
    if (text !== '') out.push(text);
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        run.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        run.push(' ');
      } else if (BLOCK.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
