/**
 * HTML for the demo/test news site: a seed article laid out the way news sites lay theirs out (masthead,
 * nav, headline, byline, body, related links, footer), so the extension meets the clutter it meets in the
 * wild. Every piece of text goes through `esc`: seed and page text never reach the markup unescaped.
 */
import type { CorpusDoc } from '../../lib/types';

/** Escapes text for use in HTML element content and double-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the page shell needs besides its body. */
export interface ShellOptions {
  title: string;
  siteName: string;
  description?: string;
  /** Extra markup for <head> (already escaped / trusted, e.g. a script tag of a test page). */
  head?: string;
  body: string;
}

const NAV = ['World', 'Technology', 'Policy', 'Business', 'Science', 'Opinion'];

/** The chrome every page of the site shares: masthead, nav, main, footer. */
export function shell(o: ShellOptions): string {
  const nav = NAV.map((n) => `<li><a href="/section/${n.toLowerCase()}">${esc(n)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
${o.description ? `<meta name="description" content="${esc(o.description)}">` : ''}
<meta property="og:site_name" content="${esc(o.siteName)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/site.css">
${o.head ?? ''}
</head>
<body>
<header class="masthead">
  <a class="logo" href="/">${esc(o.siteName)}</a>
  <nav aria-label="Sections"><ul>${nav}</ul></nav>
  <form class="search" role="search" action="/search"><input name="q" placeholder="Search" aria-label="Search"></form>
</header>
<div class="layout">
${o.body}
</div>
<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>
  <p>Copyright ${esc(o.siteName)}. All rights reserved.</p>
</footer>
</body>
</html>`;
}

// A short line without closing punctuation or commas reads as a section heading in these seeds.
const HEADING_MAX_CHARS = 70;
const HEADING_MAX_WORDS = 10;

/** Whether a seed line is a section heading rather than a paragraph. */
export function isHeadingLine(line: string): boolean {
  if (line.startsWith('- ') || line.length > HEADING_MAX_CHARS || line.includes(',')) return false;
  if (/[.:;,"”…]$/.test(line)) return false;
  return line.split(/\s+/).length <= HEADING_MAX_WORDS;
}

/** The seed's lines as article body markup: lists for "- " runs, <h2> for headings, <p> otherwise. */
export function bodyMarkup(lines: string[]): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>${list.map((li) => `<li>${esc(li)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of lines) {
    if (line.startsWith('- ')) {
      list.push(line.slice(2));
      continue;
    }
    flush();
    out.push(isHeadingLine(line) ? `<h2>${esc(line)}</h2>` : `<p>${esc(line)}</p>`);
  }
  flush();
  return out.join('\n');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A seed article as a full news page; `related` are the other articles listed in the aside. */
export function articlePage(doc: CorpusDoc, related: CorpusDoc[], hrefBase = '/article/'): string {
  // A seed whose first line is its headline must not print it twice.
  const lines = norm(doc.paragraphs[0] ?? '') === norm(doc.headline) ? doc.paragraphs.slice(1) : doc.paragraphs;
  const links = related
    .map((r) => `<li><a href="${esc(hrefBase + encodeURIComponent(r.id))}">${esc(r.headline)}</a></li>`)
    .join('');
  const body = `<main id="content">
<article class="story">
  <p class="kicker"><a href="/section/technology">Technology</a></p>
  <h1>${esc(doc.headline)}</h1>
  <p class="byline">By <span class="author">${esc(doc.outlet)}</span></p>
  <div class="share" aria-label="Share"><button type="button">Share</button><button type="button">Save</button></div>
  <div class="story-body">
${bodyMarkup(lines)}
  </div>
</article>
</main>
<aside class="related" aria-label="Related stories">
  <h2>Related</h2>
  <ul>${links}</ul>
  <div class="newsletter"><h3>Newsletter</h3><p>The week in technology, every Friday.</p><button type="button">Sign up</button></div>
</aside>`;
  return shell({
    title: `${doc.headline} | ${doc.outlet}`,
    siteName: doc.outlet,
    description: lines.find((l) => !isHeadingLine(l)) ?? doc.headline,
    body,
  });
}

/** The site's stylesheet, served from the site's own origin so a strict CSP (style-src 'self') allows it. */
export const SITE_CSS = `
body { margin: 0; font: 18px/1.6 Georgia, serif; color: #1a1a1a; background: #fff; }
.masthead { display: flex; align-items: center; gap: 24px; padding: 12px 32px; border-bottom: 3px solid #111; }
.logo { font: 700 28px/1 Helvetica, Arial, sans-serif; color: #111; text-decoration: none; }
.masthead nav ul, .site-footer ul { display: flex; gap: 16px; list-style: none; margin: 0; padding: 0; }
.masthead nav a { font: 14px Helvetica, Arial, sans-serif; color: #333; text-decoration: none; text-transform: uppercase; }
.layout { display: flex; gap: 48px; max-width: 1100px; margin: 24px auto; padding: 0 32px; }
main { flex: 1 1 680px; min-width: 0; }
.kicker a { font: 700 13px Helvetica, Arial, sans-serif; color: #b00; text-transform: uppercase; text-decoration: none; }
h1 { font-size: 38px; line-height: 1.15; margin: 8px 0 16px; }
.byline { font: 14px Helvetica, Arial, sans-serif; color: #555; }
.share button, .newsletter button { font: 13px Helvetica, Arial, sans-serif; margin-right: 8px; }
.story-body h2 { font: 700 22px Helvetica, Arial, sans-serif; margin-top: 32px; }
.related { flex: 0 0 260px; font: 15px/1.4 Helvetica, Arial, sans-serif; }
.related li { margin-bottom: 12px; }
.site-footer { border-top: 1px solid #ccc; padding: 24px 32px; font: 13px Helvetica, Arial, sans-serif; color: #666; }
`;
