/**
 * DOM → Article with @mozilla/readability. The same code runs in the content script (on the live
 * document) and in Node (on a linkedom document): it only uses standard DOM calls.
 * Readability mutates what it parses, so it always works on a clone; its output is walked as
 * nodes and turned into plain-text paragraphs, never serialised to HTML.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { paragraphsOf } from './paragraphs';

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page address, kept on the Article (the CLI passes the file path). */
  url?: string;
  /** Give up (return null) on documents with more elements than this; 0 disables the bound. */
  maxElemsToParse?: number;
  /** Run Readability's cheap `isProbablyReaderable` first and return null when it says no. */
  requireReaderable?: boolean;
}

/** Big enough for long news pages (the largest of 130 real test pages has about 8,000 elements). */
export const DEFAULT_MAX_ELEMS = 30_000;

/** Extracts the article of a document as text paragraphs, or null when there is none (or it is too big). */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): Article | null {
  const maxElems = opts.maxElemsToParse ?? DEFAULT_MAX_ELEMS;
  // Readability enforces its own bound with getElementsByTagName('*'), which some DOMs
  // (linkedom) answer with 0, so the bound is checked here, before paying for a clone.
  if (maxElems > 0 && countElements(doc) > maxElems) return null;
  if (opts.requireReaderable && !isProbablyReaderable(doc)) return null;

  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, {
      maxElemsToParse: maxElems,
      serializer: (node: Node) => node,
    }).parse();
  } catch {
    // Readability throws on documents it cannot walk; for the caller that is simply "no article".
    return null;
  }
  if (!parsed || !parsed.content) return null;

  const paragraphs = paragraphsOf(parsed.content);
  if (paragraphs.length === 0) return null;
  return {
    title: clean(parsed.title) ?? clean(doc.title) ?? '',
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    url: opts.url ?? (docUrl(doc) || null),
    paragraphs,
  };
}

function countElements(doc: Document): number {
  // The live HTMLCollection's length is the cheap path in browsers; fall back where it reads 0.
  const live = doc.getElementsByTagName('*').length;
  return live > 0 ? live : doc.querySelectorAll('*').length;
}

function clean(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function docUrl(doc: Document): string {
  const u = doc.URL || doc.documentURI || '';
  return u === 'about:blank' ? '' : u;
}
