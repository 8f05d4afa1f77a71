/** Sizes of the built extensions in .output/, or null for a build that is absent. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes and file count of one build directory, plus its background script (where the corpus index lives). */
export interface BundleSize {
  bytes: number;
  files: number;
  backgroundBytes: number | null;
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
  const bg = join(dir, 'background.js');
  return { ...total, backgroundBytes: existsSync(bg) ? statSync(bg).size : null };
}
