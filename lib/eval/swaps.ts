/**
 * Generated plants (tests/fixtures/swaps.json): one word or name swapped at a time in a copy of a seed, each
 * copy analysed as a page, to measure over many edits what the hand-planted copies measure over a few: a changed
 * fact surfaces against the outlets stating the original, and a fact-preserving rewording adds no divergence.
 */

import type { Analysis, CorpusDoc, DivergenceKind } from '../types';
import { pairKey, passageKey, type AlignmentLabels } from './labels';

/** tests/fixtures/swaps.json: sets of [from, to, original] swaps with the kinds they may be reported as, and rewordings [from, to]. */
export interface SwapsFile {
  sets: Array<{ name: string; kinds: DivergenceKind[]; swaps: Array<[string, string, string]> }>;
  rewordings: Array<[string, string]>;
}

/**
 * One set's plants found (with an accepted kind), the places tried, the misses as "doc#paragraph from->to", and the
 * divergences its plants' paragraphs showed against passages the labels do not align with them (often the same
 * change read against another point's passage: noise a reader sees).
 */
export interface SwapSetResult {
  name: string;
  found: number;
  total: number;
  missed: string[];
  unaligned: number;
}

/** Analyses paragraphs as a page; null when the engine failed (the caller reports it). */
type Analyse = (paragraphs: string[], label: string) => Analysis | null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every place `from` stands as whole words in a paragraph (apostrophes matched in either form). */
const places = (text: string, from: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(from).replace(/'/g, "['’]")}(?![\\p{L}\\p{N}])`, 'gu'))];
/** Whether position `at` of a paragraph is inside a quotation (an odd number of quotation marks before it). */
const quoted = (text: string, at: number) => (text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1;
const short = (doc: string) => doc.slice(0, 3);

/** Runs every set of plants over the seeds. */
export function runSwapSets(docs: CorpusDoc[], file: SwapsFile, alignment: AlignmentLabels, analyse: Analyse): SwapSetResult[] {
  return file.sets.map((set) => {
    const result: SwapSetResult = { name: set.name, found: 0, total: 0, missed: [], unaligned: 0 };
    for (const d of docs) {
      d.paragraphs.forEach((text, i) => {
        for (const [from, to, original] of set.swaps) {
          for (const m of places(text, from)) {
            const originals = docs.flatMap((o) =>
              o.id === d.id ? [] : o.paragraphs.flatMap((t, j) => {
                const k = pairKey(passageKey(d.id, i), passageKey(o.id, j));
                return (alignment.sure.has(k) || alignment.possible.has(k)) && t.includes(original) ? [passageKey(o.id, j)] : [];
              }),
            );
            if (!originals.length) continue;
            const page = d.paragraphs.map((p, k) => (k === i ? p.slice(0, m.index) + to + p.slice(m.index! + m[0].length) : p));
            const a = analyse(page, `${set.name}: ${short(d.id)}#${i} ${from}->${to}`);
            result.total++;
            const here = a?.divergences.filter((x) => x.page.paragraph === i) ?? [];
            const hit = here.some((x) => set.kinds.includes(x.kind) && originals.includes(passageKey(x.other.doc, x.other.paragraph)));
            result.unaligned += here.filter((x) => {
              const k = pairKey(passageKey(d.id, i), passageKey(x.other.doc, x.other.paragraph));
              return !alignment.sure.has(k) && !alignment.possible.has(k);
            }).length;
            if (hit) result.found++;
            else result.missed.push(`${short(d.id)}#${i} ${from}->${to}`);
          }
        }
      });
    }
    return result;
  });
}

/** Rewordings tried outside quotations, and those whose paragraph shows a divergence the unedited seed's does not. */
export function runRewordings(docs: CorpusDoc[], file: SwapsFile, analyse: Analyse): { total: number; withNew: string[] } {
  const out = { total: 0, withNew: [] as string[] };
  const key = (x: Analysis['divergences'][number]) => `${x.kind}|${x.page.paragraph}|${x.other.doc}#${x.other.paragraph}`;
  for (const d of docs) {
    const before = new Set(analyse(d.paragraphs, `${short(d.id)} unedited`)?.divergences.map(key) ?? []);
    d.paragraphs.forEach((text, i) => {
      for (const [from, to] of file.rewordings) {
        const m = places(text, from).find((x) => !quoted(text, x.index!));
        if (!m) continue;
        const page = d.paragraphs.map((p, k) => (k === i ? p.slice(0, m.index) + to + p.slice(m.index! + m[0].length) : p));
        const a = analyse(page, `rewording ${short(d.id)}#${i} ${from}->${to}`);
        out.total++;
        const fresh = a?.divergences.filter((x) => x.page.paragraph === i && !before.has(key(x))) ?? [];
        if (fresh.length) out.withNew.push(`${short(d.id)}#${i} ${from}->${to}: ${fresh.map((x) => `${x.kind} vs ${short(x.other.doc)}#${x.other.paragraph}`).join(', ')}`);
      }
    });
  }
  return out;
}
