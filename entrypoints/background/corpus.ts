/** The background's corpus: the shipped file, fetched from the extension's own package and opened lazily. */
import { openCorpusFile } from '../../lib/corpus/corpus-file';
import { CORPUS_FILE } from '../../lib/corpus/format';
import { loadEngine, type Engine } from '../../lib/engine';

/** Loads the engine over the corpus file built into the extension (see tools/corpus-asset.ts). */
export async function loadShippedEngine(): Promise<Engine> {
  const res = await fetch(new URL(`/${CORPUS_FILE}`, location.origin));
  if (!res.ok) throw new Error(`corpus file ${CORPUS_FILE}: HTTP ${res.status}`);
  return loadEngine(openCorpusFile(new Uint8Array(await res.arrayBuffer())));
}
