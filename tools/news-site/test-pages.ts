/**
 * The site's adversarial pages: one huge, one hostile, one empty. None is about the AI pause debate, so
 * Crosscheck must leave each alone without slowing it down, breaking it or logging anything.
 */
import type { CorpusDoc } from '../../lib/types';
import { articlePage, esc, shell } from './render';

const WORDS = (
  'garden soil compost tomato seedling harvest rain greenhouse mulch spring summer autumn pruning roots ' +
  'watering basil orchard hedge shovel trellis weeds beetles bloom petals lawn fence pond sunlight frost'
).split(' ');

/** A deterministic pseudo-random generator, so the huge page is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** A very large page of unrelated text: `paragraphs` <p> elements of gardening filler. */
export function hugePage(paragraphs = 50_000): string {
  const rnd = lcg(42);
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const n = 10 + Math.floor(rnd() * 14);
    const words: string[] = [];
    for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]!);
    parts.push(`<p>Note ${i + 1}: the ${words.join(' ')}.</p>`);
  }
  return shell({
    title: 'The complete gardening almanac',
    siteName: 'Garden Almanac',
    description: 'Every note we ever took about the garden.',
    body: `<main id="content"><article><h1>The complete gardening almanac</h1>\n${parts.join('\n')}\n</article></main>`,
  });
}

const HOSTILE_TEXT = [
  'Our recipe uses <script>window.__pwned = "script"</script> as a garnish, a pinch of salt and two eggs.',
  'Serve with <img src=x onerror="window.__pwned = \'img\'"> and a green salad; the oven should be hot.',
  'Some readers write "><svg onload=window.__pwned=1> in the comments; we print it as plain text.',
  'Close tags like </p></div></body> and entities like &amp;lt; &#60; must stay text on this page.',
];

// Runs in the page's own world. It breaks built-ins the way badly behaved sites and polyfills do, throws,
// and still keeps its own button working, which the tests click afterwards.
const HOSTILE_SCRIPT = `
(function () {
  var count = 0;
  var button = document.getElementById('counter');
  button.addEventListener('click', function () { count += 1; button.textContent = String(count); });
  var fail = function (what) { return function () { throw new Error('hostile page broke ' + what); }; };
  Array.prototype.map = fail('Array.prototype.map');
  Array.prototype.forEach = fail('Array.prototype.forEach');
  Array.prototype.filter = fail('Array.prototype.filter');
  Array.from = fail('Array.from');
  Object.assign = fail('Object.assign');
  JSON.parse = fail('JSON.parse');
  Element.prototype.attachShadow = fail('attachShadow');
  window.customElements.define = fail('customElements.define');
  window.requestIdleCallback = fail('requestIdleCallback');
  window.chrome = { runtime: 'hijacked' };
  window.browser = { runtime: 'hijacked' };
  document.addEventListener('keydown', function (e) { e.stopImmediatePropagation(); }, true);
  window.__hostileReady = true;
  console.error('hostile page: its own console error');
  setTimeout(function () { Promise.reject(new Error('hostile page: its own unhandled rejection')); }, 0);
  throw new Error('hostile page: its own uncaught error');
})();
`;

/** A page whose text looks like markup and whose own script throws and overrides built-ins. */
export function hostilePage(): string {
  const paragraphs = HOSTILE_TEXT.map((t) => `<p>${esc(t)}</p>`).join('\n');
  return shell({
    title: 'Cooking <script>alert(1)</script> tonight',
    siteName: 'Kitchen "><img src=x onerror=alert(1)>',
    description: '<img src=x onerror="window.__pwned = \'meta\'">',
    body: `<main id="content"><article><h1>${esc('Dinner <b>for</b> two')}</h1>
${paragraphs}
<p><button type="button" id="counter">0</button></p>
</article></main>
<script>${HOSTILE_SCRIPT}</script>`,
  });
}

// Page CSS that would wreck a sidebar living in the page's own styles.
const HOSTILE_CSS = `
:root { font-size: 40px !important; }
body * { font-size: 1.4rem !important; line-height: 1 !important; color: #0a0 !important; }
aside, section, header, p, li { display: block !important; width: 90px !important; border: 3px dashed red !important; }
[data-testid], [class^="cc-"] { display: none !important; }
`;

/** A seed article on a page with the hostile script and CSS that tries to reach into anything added to it. */
export function hostileArticlePage(doc: CorpusDoc, related: CorpusDoc[]): string {
  return articlePage(doc, related, '/hostile/')
    .replace('</head>', `<style>${HOSTILE_CSS}</style>\n</head>`)
    .replace('</body>', '<p><button type="button" id="counter">0</button></p>\n' + `<script>${HOSTILE_SCRIPT}</script>\n</body>`);
}

/** A page with nothing in it. */
export function emptyPage(): string {
  return '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body></body></html>';
}
