/**
 * Vite plugin: compiles seeds/ into the prebuilt corpus index at build time and serves it as the virtual
 * module `virtual:crosscheck-corpus`, so the background bundles the index and never parses the seeds.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { readSeedDocs } from '../lib/corpus/seeds-fs';
import { compileCorpus } from '../lib/corpus/compile';

const VIRTUAL_ID = 'virtual:crosscheck-corpus';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** The Vite plugin that provides `virtual:crosscheck-corpus`. */
export function corpusPlugin(seedsDir = path.resolve(import.meta.dirname, '..', 'seeds')): Plugin {
  return {
    name: 'crosscheck-corpus',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(seedsDir);
      const compiled = compileCorpus(readSeedDocs(seedsDir));
      // JSON.parse of a string literal loads faster than an equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
