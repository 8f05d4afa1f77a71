/**
 * Build hook: compiles seeds/ into the shipped corpus file at build time and adds it to the extension's
 * files, so the background fetches a prebuilt index and never parses the seeds (see lib/corpus/corpus-file.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedPublicFile, Wxt } from 'wxt';
import { compileCorpus } from '../lib/corpus/compile';
import { encodeCorpusFile } from '../lib/corpus/corpus-file';
import { CORPUS_FILE } from '../lib/corpus/format';
import { readSeedDocs } from '../lib/corpus/seeds-fs';

const SEEDS = path.resolve(import.meta.dirname, '..', 'seeds');

/** The `build:publicAssets` hook: writes the compiled corpus under .wxt/ and ships it as CORPUS_FILE. */
export function addCorpusAsset(wxt: Wxt, files: ResolvedPublicFile[]): void {
  const out = path.join(wxt.config.wxtDir, 'corpus', CORPUS_FILE);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, encodeCorpusFile(compileCorpus(readSeedDocs(SEEDS))));
  files.push({ absoluteSrc: out, relativeDest: CORPUS_FILE });
}
