/**
 * The engine as the extension ships it, for timing: lib/engine.ts bundled by esbuild (the bundler Vite, under WXT,
 * uses for the background), then imported from that bundle. Imported through tsx instead, as the bench's own code is,
 * every function the engine makes passes through tsx's name-keeping helper (esbuild's keepNames, `__name`), a cost
 * the shipped background does not have; the bench prints that form's time beside the shipped one's.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { loadEngine } from '../../lib/engine';
import type { openCorpusFile } from '../../lib/corpus/corpus-file';

/** What the bench needs of the engine: opening a corpus file and loading the engine over it. */
export interface EngineApi {
  loadEngine: typeof loadEngine;
  openCorpusFile: typeof openCorpusFile;
}

/** The engine's entry points, as one module re-exporting them from lib/. */
const ENTRY = "export { loadEngine } from './lib/engine'; export { openCorpusFile } from './lib/corpus/corpus-file';";

/**
 * Bundles the engine into .output/bench/engine.mjs under `root` and imports it. Packages stay outside the bundle
 * (resolved from the project's node_modules), as they load natively under tsx too.
 */
export async function shippedEngine(root: string): Promise<EngineApi> {
  const outfile = join(root, '.output', 'bench', 'engine.mjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'bench-engine-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  // A query string per bundle, so a second bench in one process would not get the module cache's first copy.
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as EngineApi;
}
