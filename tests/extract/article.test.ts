import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/extract/article';
import { articleFromHtml } from '../../lib/extract/node-dom';

const story = (body: string, title = 'A test story') =>
  `<!doctype html><html><head><title>${title}</title></head><body>
   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
   <article>${body}</article>
   <footer><p>© Example News. All rights reserved.</p></footer></body></html>`;

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    `<p>Paragraph ${i} of a long enough story, with a few commas, so that Readability scores it as prose and keeps it in the article body.</p>`,
  ).join('\n');

const docOf = (html: string) => parseHTML(html).document as unknown as Document;

describe('extractArticle', () => {
  it('splits the article into block-level text paragraphs in reading order', () => {
    const html = story(`
      ${prose(3)}
      <h2>A  section   heading</h2>
      <ul><li>First <b>point</b>, with emphasis.</li><li>Second point.</li></ul>
      <blockquote>“A quoted line,” she said.</blockquote>
      <p>Text with a <a href="#">link</a> and <em>inline</em> markup stays one paragraph.</p>
      <p>   </p>
      ${prose(2)}`);
    const article = extractArticle(docOf(html), { url: 'https://example.test/story' });
    expect(article).not.toBeNull();
    const p = article!.paragraphs;
    expect(p).toContain('A section heading');
    expect(p).toContain('First point, with emphasis.');
    expect(p).toContain('Second point.');
    expect(p).toContain('“A quoted line,” she said.');
    expect(p).toContain('Text with a link and inline markup stays one paragraph.');
    expect(p.indexOf('A section heading')).toBeLessThan(p.indexOf('First point, with emphasis.'));
    expect(p.every((s) => s.trim() === s && s !== '' && !/\s{2}/.test(s))).toBe(true);
    expect(article!.url).toBe('https://example.test/story');
    expect(article!.title).toBe('A test story');
  });

  it('never returns markup or script text, only words', () => {
    const html = story(`${prose(4)}<script>var secret = "do not show";</script><p>Last <i>one</i>.</p>`);
    const article = extractArticle(docOf(html))!;
    const all = article.paragraphs.join('\n');
    expect(all).not.toMatch(/<|do not show/);
  });

  it('leaves the document it was given untouched (it parses a clone)', () => {
    const doc = docOf(story(`${prose(5)}<div class="ad">Buy now</div>`));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives up on documents larger than maxElemsToParse', () => {
    const doc = docOf(story(prose(50)));
    expect(extractArticle(doc, { maxElemsToParse: 20 })).toBeNull();
    expect(extractArticle(doc, { maxElemsToParse: 10_000 })).not.toBeNull();
  });

  it('can ask isProbablyReaderable first and skip pages that are not articles', () => {
    const doc = docOf(story('<p>Short.</p>'));
    expect(extractArticle(doc, { requireReaderable: true })).toBeNull();
    expect(extractArticle(docOf(story(prose(8))), { requireReaderable: true })).not.toBeNull();
  });
});

describe('articleFromHtml (Node, linkedom)', () => {
  it('extracts a full page', () => {
    const article = articleFromHtml(story(prose(6), 'Full page'), 'page.html')!;
    expect(article.title).toBe('Full page');
    expect(article.url).toBe('page.html');
    expect(article.paragraphs).toHaveLength(6);
  });

  it('extracts fragments and pages without a <body> tag, as browsers would', () => {
    const fragment = `<title>Fragment</title>${prose(4)}`;
    const a = articleFromHtml(fragment)!;
    expect(a.title).toBe('Fragment');
    expect(a.paragraphs).toHaveLength(4);
    const b = articleFromHtml(`<html><head><title>No body</title></head>${prose(4)}</html>`)!;
    expect(b.paragraphs).toHaveLength(4);
  });

  it('returns null for a page with no text at all', () => {
    expect(articleFromHtml('<html><body><img src="x.png"></body></html>')).toBeNull();
  });
});
