/** Node-only loader of the seed articles: seeds/<id>.txt (one paragraph per non-empty line) + seeds/outlets.json. */

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusDoc } from '../types';

const DEFAULT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds');

/** Reads every seeds/*.txt with its outlet label and headline, sorted by id. */
export function readSeedDocs(dir: string = DEFAULT_DIR): CorpusDoc[] {
  const metaPath = join(dir, 'outlets.json');
  const meta: Record<string, { outlet?: string; headline?: string }> = existsSync(metaPath)
    ? JSON.parse(readFileSync(metaPath, 'utf8'))
    : {};
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const paragraphs = readFileSync(join(dir, f), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0);
      const m = meta[id] ?? {};
      return { id, outlet: m.outlet ?? id, headline: m.headline ?? paragraphs[0] ?? id, paragraphs };
    });
}
