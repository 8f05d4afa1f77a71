/** Shared fixtures for the engine tests: the seed corpus compiled once, and a page builder. */

import { readSeedDocs } from '../../lib/corpus/seeds-fs';
import { compileAsShipped, compileCorpus, type CompiledCorpus } from '../../lib/corpus/compile';
import { loadEngine, type Engine } from '../../lib/engine';
import type { Analysis, Article, CorpusDoc } from '../../lib/types';

let cached: { docs: CorpusDoc[]; compiled: CompiledCorpus; engine: Engine } | null = null;

/** The five seeds, compiled (through the corpus file, as the extension ships them) and loaded. */
export function seedEngine(): { docs: CorpusDoc[]; compiled: CompiledCorpus; engine: Engine } {
  if (!cached) {
    const docs = readSeedDocs();
    const compiled = compileAsShipped(docs);
    cached = { docs, compiled, engine: loadEngine(compiled) };
  }
  return cached;
}

/** A seed by its 3-digit prefix. */
export function seed(prefix: string): CorpusDoc {
  const d = seedEngine().docs.find((x) => x.id.startsWith(prefix));
  if (!d) throw new Error(`no seed ${prefix}`);
  return d;
}

/** Analyses paragraphs as a page. */
export function analyze(paragraphs: string[], title = ''): Analysis {
  const article: Article = { title, byline: null, siteName: null, url: null, paragraphs };
  return seedEngine().engine.analyze(article, { detected: true, topicScore: 1, reasons: [] });
}

/** The paragraph of a seed whose text contains `needle`, as [docId, index]. */
export function where(prefix: string, needle: string): [string, number] {
  const d = seed(prefix);
  const i = d.paragraphs.findIndex((p) => p.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in seed ${prefix}`);
  return [d.id, i];
}

/** Replaces text in one paragraph of a copy of a seed's paragraphs (throws if absent, so edits cannot silently miss). */
export function edit(paragraphs: string[], from: string, to: string): string[] {
  const i = paragraphs.findIndex((p) => p.includes(from));
  if (i < 0) throw new Error(`"${from}" not found`);
  return paragraphs.map((p, k) => (k === i ? p.replace(from, to) : p));
}

/** Site furniture wrapped around an article, as a real news page yields it. */
export const MENU = ['Home', 'World', 'Business', 'Technology', 'Sign in', 'Subscribe to our newsletter'];
export const FOOTER = ['Most read', 'How to make sourdough bread at home in five steps', 'Weather: storms expected this weekend', '© 2026 Example Media. All rights reserved.'];

/** An invented outlet's article: its id is its outlet, its first paragraph its headline. */
export const story = (id: string, paragraphs: string[]): CorpusDoc => ({ id, outlet: id, headline: paragraphs[0]!, paragraphs });

/** An engine over invented articles, as a function analysing paragraphs as a page against it. */
export function storyEngine(docs: CorpusDoc[]): (paragraphs: string[]) => Analysis {
  const engine = loadEngine(compileCorpus(docs));
  return (paragraphs) => engine.analyze({ title: paragraphs[0]!, byline: null, siteName: null, url: null, paragraphs }, { detected: true, topicScore: 1, reasons: [] });
}

/** The summaries of an analysis's divergences of one kind against one outlet's article. */
export const summaries = (a: Analysis, kind: string, doc: string): string[] => a.divergences.filter((d) => d.kind === kind && d.other.doc === doc).map((d) => d.summary);
