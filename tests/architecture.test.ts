/**
 * The layering the design relies on, checked on the source: lib/ runs without extension APIs (so the CLI and
 * tests share the engine), code bound for the browser uses no Node globals, and no text reaches the DOM as HTML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
// Node-only modules: they read files for the CLI, the build step and the eval, and are never bundled.
const NODE_ONLY = /(^lib\/eval\/)|(-fs\.ts$)|(node-dom\.ts$)/;

describe('layers', () => {
  it('keeps extension APIs out of lib/, except its messaging and storage modules', () => {
    const offenders = sources('lib')
      .filter((f) => !/^lib\/(messaging|storage)\//.test(f))
      .filter((f) => /from ['"](wxt|webextension-polyfill|@wxt-dev)|\bchrome\.\w|\bbrowser\.(runtime|tabs|storage)/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('keeps Node globals and modules out of the code the extension bundles', () => {
    const bundled = [...sources('lib'), ...sources('components'), ...sources('entrypoints')].filter((f) => !NODE_ONLY.test(f));
    const offenders = bundled.filter((f) => /\bprocess\.(env|argv|cwd)|from ['"]node:|require\(/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('lets components use no extension APIs', () => {
    const offenders = sources('components').filter((f) => /from ['"](wxt|webextension-polyfill)|\bchrome\.\w|\bbrowser\.\w/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('never puts text into the DOM as HTML', () => {
    const sinks = /innerHTML|outerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/;
    const offenders = [...sources('lib'), ...sources('components'), ...sources('entrypoints')].filter((f) => sinks.test(read(f)));
    expect(offenders.map((f) => relative(ROOT, join(ROOT, f)))).toEqual([]);
  });
});
