/**
 * `npm run --silent analyze -- FILE...`: the engine from the command line.
 * Each file (.txt: one paragraph per non-empty line; .html: extracted with the content script's
 * own code, on linkedom) becomes one JSON object on one line of stdout, in argument order; a file
 * that cannot be read or holds no article gets {"file", "error"} and the rest still run.
 * Stdout carries those lines and nothing else: any library chatter is sent to stderr.
 * The corpus is compiled and the engine loaded once per call, so hundreds of files cost one start.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readSeedDocs } from '../lib/corpus/seeds-fs';
import { compileAsShipped } from '../lib/corpus/compile';
import { loadEngine, type Engine } from '../lib/engine';
import { detectTopic } from '../lib/detect/topic';
import { decodeHtml } from '../lib/extract/decode';
import { articleFromHtml } from '../lib/extract/node-dom';
import { articleFromText } from '../lib/extract/text-file';
import type { Analysis, Article } from '../lib/types';

// Keep stdout for the JSON lines alone, whatever a dependency prints.
for (const level of ['log', 'info', 'debug', 'warn'] as const) console[level] = console.error;

const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** Reads a file as an Article: .html by extraction, .txt by lines; other names are sniffed. */
function readArticle(file: string): Article {
  const bytes = readFileSync(file);
  const ext = extname(file).toLowerCase();
  const start = bytes.subarray(0, 512).toString('latin1');
  const isHtml = HTML_EXT.has(ext) || (ext !== '.txt' && /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<(?:!doctype|html|head|body|!--)/i.test(start));
  if (!isHtml) return articleFromText(bytes.toString('utf8'), file);
  // No element bound here, unlike in a reader's tab: the command line can afford a huge page.
  const article = articleFromHtml(decodeHtml(bytes), file, { maxElemsToParse: 0 });
  if (!article) throw new Error('no article text could be extracted from this HTML page');
  return article;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The issue #2 line for one analysed file, with its keys in the documented order. */
function toLine(file: string, a: Analysis): object {
  return {
    file,
    detected: a.detected,
    topicScore: a.topicScore,
    self: a.self,
    paragraphs: a.paragraphs.map((p) => ({
      index: p.index,
      text: p.text,
      matches: p.matches.map((m) => ({ doc: m.doc, paragraph: m.paragraph, score: round(m.score) })),
    })),
    additions: a.additions.map((x) => ({ doc: x.doc, paragraph: x.paragraph, text: x.text, outlets: x.outlets })),
    divergences: a.divergences.map((d) => ({
      kind: d.kind,
      page: { paragraph: d.page.paragraph, text: d.page.text },
      other: { doc: d.other.doc, paragraph: d.other.paragraph, text: d.other.text },
    })),
  };
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EISDIR') return 'is a directory, not a file';
  if (e?.code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(err);
}

/** Analyses one file; never throws. */
function analyzeFile(engine: Engine, file: string): object {
  try {
    const article = readArticle(file);
    return toLine(file, engine.analyze(article, detectTopic(article)));
  } catch (err) {
    return { file, error: reason(err) };
  }
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent analyze -- FILE... (.txt: one paragraph per line; .html: a web page)\n');
    return 2;
  }
  // A closed pipe (`| head`) ends the run quietly instead of with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const engine = loadEngine(compileAsShipped(readSeedDocs()));
  for (const file of files) process.stdout.write(`${JSON.stringify(analyzeFile(engine, file))}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
