/** Sizes of the built extensions in .output/, or null for a build that is absent. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FILE } from '../../lib/corpus/format';

/** Bytes and file count of one build directory, plus its background script and the corpus file it loads. */
export interface BundleSize {
  bytes: number;
  files: number;
  backgroundBytes: number | null;
  corpusBytes: number | null;
  /** The content script every http(s) page loads (the gate), and the full one injected where the gate passes. */
  gateScriptBytes: number | null;
  fullScriptBytes: number | null;
}

function walk(dir: string, out: { bytes: number; files: number }): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(path, out);
    else {
      out.bytes += st.size;
      out.files++;
    }
  }
}

/** Measures a build directory such as .output/chrome-mv3; null when it has not been built. */
export function bundleSize(dir: string): BundleSize | null {
  if (!existsSync(dir)) return null;
  const total = { bytes: 0, files: 0 };
  walk(dir, total);
  const size = (file: string) => (existsSync(join(dir, file)) ? statSync(join(dir, file)).size : null);
  return {
    ...total,
    backgroundBytes: size('background.js'),
    corpusBytes: size(CORPUS_FILE),
    gateScriptBytes: size('content-scripts/gate.js'),
    fullScriptBytes: size('content-scripts/content.js'),
  };
}
