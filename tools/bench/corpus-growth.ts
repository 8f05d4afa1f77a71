/**
 * Corpora of any size for the benchmark: the five seeds, then real articles extracted from the
 * pages in ../shared/pages, then lightly perturbed copies of those real articles (never of the
 * seeds, so a bigger corpus means more unrelated news, not more copies of the story under test).
 * Perturbation is deterministic: word swaps, drops, substitutions from the real pages' own words,
 * a few misspellings (new vocabulary) and changed numbers.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromHtml } from '../../lib/extract/node-dom';
import type { CorpusDoc } from '../../lib/types';
import { seededRandom } from '../seeded-random';

/** Long pages (Wikipedia) are cut to this many paragraphs, the length of a long news story. */
export const MAX_PARAGRAPHS = 80;
/** Pages with fewer paragraphs than this are not articles worth adding. */
const MIN_PARAGRAPHS = 3;

/** Every .html file under a directory, sorted for a stable corpus order. */
function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Real articles extracted (with the product's own extractor) from the pages under `dir`. */
export function realArticles(dir: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const file of htmlFiles(dir)) {
    const a = articleFromHtml(readFileSync(file, 'utf8'), file);
    if (!a || a.paragraphs.length < MIN_PARAGRAPHS) continue;
    const name = file.slice(dir.length + 1).replace(/\/source\.html$|\.html$/, '').replace(/\//g, '_');
    docs.push({ id: `real_${name}`, outlet: a.siteName ?? name, headline: a.title, paragraphs: a.paragraphs.slice(0, MAX_PARAGRAPHS) });
  }
  return docs;
}

function perturb(text: string, rand: () => number, pool: string[]): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const r = rand();
    if (r < 0.03) continue;
    if (r < 0.09) out.push(pool[Math.floor(rand() * pool.length)]!);
    else if (r < 0.11 && w.length > 4) out.push(w.slice(0, 2) + w[3] + w[2] + w.slice(4));
    else if (r < 0.14 && i + 1 < words.length) out.push(words[++i]!, w);
    else out.push(/\d/.test(w) ? w.replace(/\d/g, () => String(Math.floor(rand() * 10))) : w);
  }
  return out.join(' ');
}

/**
 * The benchmark corpus of `size` articles: seeds first, then real articles, then perturbed copies
 * of the real articles in turn.
 */
export function growCorpus(seeds: CorpusDoc[], real: CorpusDoc[], size: number): CorpusDoc[] {
  const docs = [...seeds, ...real].slice(0, size);
  if (docs.length >= size || real.length === 0) return docs;
  const pool = real.flatMap((d) => d.paragraphs.join(' ').split(' ')).filter((w) => /^[A-Za-z]{3,}$/.test(w));
  for (let k = 0; docs.length < size; k++) {
    const base = real[k % real.length]!;
    const round = Math.floor(k / real.length) + 1;
    const rand = seededRandom(k + 1);
    docs.push({
      id: `${base.id}~${round}`,
      outlet: `${base.outlet} (copy ${round})`,
      headline: perturb(base.headline, rand, pool),
      paragraphs: base.paragraphs.map((p) => perturb(p, rand, pool)),
    });
  }
  return docs;
}
