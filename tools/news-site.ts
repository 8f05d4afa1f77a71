/**
 * A tiny news site on 127.0.0.1 for the demo and the browser tests: the seed articles as realistic pages,
 * the same under a strict CSP or on a hostile page, real unrelated pages from ../shared, and huge, hostile
 * and empty pages.
 * Run directly (`tsx tools/news-site.ts`) it prints its address and serves until stopped.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { readSeedDocs } from '../lib/corpus/seeds-fs';
import type { CorpusDoc } from '../lib/types';
import { SITE_CSS, articlePage, esc, shell } from './news-site/render';
import { emptyPage, hostileArticlePage, hostilePage, hugePage } from './news-site/test-pages';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Mozilla Readability's test pages; read at request time, never copied into this repo. */
export const UNRELATED_DIR = resolve(REPO, '../shared/pages/readability');

/** The CSP of /strict/<id>: no scripts of any kind, styles only from the site itself. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'";

/** A running news site. */
export interface NewsSite {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The seed articles it serves, in id order. */
  docs: CorpusDoc[];
  close(): Promise<void>;
}

type Reply = { status?: number; type?: string; body: string; headers?: Record<string, string> };

const HTML = 'text/html; charset=utf-8';

function indexPage(docs: CorpusDoc[]): string {
  const items = docs
    .map((d) => `<li><a href="/article/${esc(d.id)}">${esc(d.headline)}</a> <small>${esc(d.outlet)}</small></li>`)
    .join('\n');
  return shell({
    title: 'Crosscheck test news',
    siteName: 'Crosscheck test news',
    body: `<main id="content"><h1>Today's stories</h1><ul>${items}</ul></main>`,
  });
}

function route(path: string, docs: CorpusDoc[], huge: () => string): Reply {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const [, kind = '', rawArg = ''] = path.split('/');
  const arg = decodeURIComponent(rawArg);
  if (path === '/') return { body: indexPage(docs) };
  if (path === '/static/site.css') return { type: 'text/css; charset=utf-8', body: SITE_CSS };
  // Browsers ask for it on every page; a 404 would put an error in each page's console.
  if (path === '/favicon.ico') return { status: 204, type: 'image/x-icon', body: '' };
  if ((kind === 'article' || kind === 'strict') && byId.has(arg)) {
    const doc = byId.get(arg)!;
    const related = docs.filter((d) => d.id !== doc.id);
    const body = articlePage(doc, related, `/${kind}/`);
    return kind === 'strict' ? { body, headers: { 'Content-Security-Policy': STRICT_CSP } } : { body };
  }
  if (kind === 'hostile' && byId.has(arg)) {
    const doc = byId.get(arg)!;
    return { body: hostileArticlePage(doc, docs.filter((d) => d.id !== doc.id)) };
  }
  if (kind === 'unrelated' && /^[\w.-]+$/.test(arg) && !arg.startsWith('.')) {
    const file = join(UNRELATED_DIR, arg, 'source.html');
    if (existsSync(file)) return { body: readFileSync(file, 'utf8') };
  }
  if (path === '/huge') return { body: huge() };
  if (path === '/hostile') return { body: hostilePage() };
  if (path === '/empty') return { body: emptyPage() };
  return { status: 404, body: shell({ title: 'Not found', siteName: 'Crosscheck test news', body: '<main><h1>Not found</h1></main>' }) };
}

/** Starts the site on a random free port of 127.0.0.1. */
export async function startNewsSite(opts: { port?: number } = {}): Promise<NewsSite> {
  const docs = readSeedDocs(join(REPO, 'seeds'));
  let hugeCache: string | null = null;
  const huge = () => (hugeCache ??= hugePage());
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let reply: Reply;
    try {
      reply = route(new URL(req.url ?? '/', 'http://127.0.0.1').pathname, docs, huge);
    } catch (err) {
      reply = { status: 500, type: 'text/plain; charset=utf-8', body: String(err) };
    }
    res.writeHead(reply.status ?? 200, {
      'Content-Type': reply.type ?? HTML,
      'Cache-Control': 'no-store',
      ...reply.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  });
  // Keep-alive sockets would hold close() open until the browsers let go of them.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    docs,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 0);
  startNewsSite({ port }).then((site) => {
    console.log(`Crosscheck test news on ${site.url}`);
    for (const d of site.docs) console.log(`  ${site.url}/article/${d.id}  ${d.outlet}`);
    console.log(`  ${site.url}/strict/<id>  ${site.url}/hostile/<id>  ${site.url}/unrelated/bbc-1  ${site.url}/huge  ${site.url}/hostile  ${site.url}/empty`);
  });
}
