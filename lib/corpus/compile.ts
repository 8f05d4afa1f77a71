/**
 * Build-time compiler: CorpusDoc[] → CompiledCorpus. Everything expensive happens here once: sentence
 * segmentation, tokenising, IDF, anchors, boilerplate flags, substance, WordNet synonyms and the
 * cross-outlet story-point links (found through the inverted index, never all pairs).
 */

import type { CorpusDoc } from '../types';
import { sentences } from '../text/segment';
import { tokenize } from '../text/tokens';
import { encGapLists, encGaps, encInts, pack } from './codec';
import { paragraphFlags } from './boilerplate';
import { isDateWord, substanceOf, substanceParts, type SubstanceParts } from './substance';
import { CORPUS_VERSION, type CompiledCorpus } from './format';
import { buildStoryLinks } from './story-links';
import { synonymTable, type SynonymSource } from './synonyms';
import { antonymTable, type AntonymSource } from './antonyms';
import { variantPairs } from './variants';
import { datedMentions } from './dated';
import { encodeCorpusFile, openCorpusFile } from './corpus-file';

export type { CompiledCorpus } from './format';

/** Options for compileCorpus; the default synonym source reads WordNet from node_modules. */
export interface CompileOptions {
  synonyms?: SynonymSource | null;
  /** Opposite words (WordNet by default); null for none. */
  antonyms?: AntonymSource | null;
}

/** Compiles corpus docs into the plain-JSON index the engine loads. */
export function compileCorpus(docs: CorpusDoc[], opts: CompileOptions = {}): CompiledCorpus {
  const vocab = new Map<string, number>();
  const surface: string[] = [];
  const df: number[] = [];
  const capCount: number[] = [];
  const occ: number[] = [];
  const postings: number[][] = [];
  /** Per term, how often it opens a sentence capitalised (where capitals say nothing). */
  const openerCount: number[] = [];
  const sentStart: number[] = [];
  const sents: string[] = [];
  const sentTerms: string[] = [];
  const flags: string[] = [];
  /** Per doc, per sentence: scored once the whole corpus shows which openers are names. */
  const parts: Array<Array<SubstanceParts | null>> = [];
  const dated: string[] = [];
  let gid = 0;

  for (const doc of docs) {
    sentStart.push(gid);
    const spans: string[] = [];
    const lists: number[][] = [];
    const subs: Array<SubstanceParts | null> = [];
    const mentions: string[] = [];
    const outletTerms = new Set(tokenize(doc.outlet).map((t) => t.term));
    doc.paragraphs.forEach((para, p) => {
      for (const s of sentences(para)) {
        const toks = tokenize(s.text);
        const ids = new Set<number>();
        for (const t of toks) {
          let id = vocab.get(t.term);
          if (id === undefined) {
            id = vocab.size;
            vocab.set(t.term, id);
            surface.push(t.raw.toLowerCase());
            df.push(0);
            capCount.push(0);
            openerCount.push(0);
            occ.push(0);
            postings.push([]);
          }
          occ[id]!++;
          if (t.cap || t.num || isDateWord(t.raw)) capCount[id]!++;
          else if (t.raw[0] !== t.raw[0]!.toLowerCase()) openerCount[id]!++;
          ids.add(id);
        }
        const sorted = [...ids].sort((a, b) => a - b);
        for (const id of sorted) {
          df[id]!++;
          postings[id]!.push(gid);
        }
        spans.push(encInts([p, s.start, s.end], ' '));
        lists.push(sorted);
        subs.push(substanceParts(s.text, toks, outletTerms));
        for (const m of datedMentions(s.text, toks)) mentions.push(encInts([lists.length - 1, ...m.map((t) => vocab.get(t)!)], ' '));
        gid++;
      }
    });
    sents.push(spans.join(','));
    sentTerms.push(encGapLists(lists));
    flags.push(encInts(paragraphFlags(doc.paragraphs)));
    parts.push(subs);
    dated.push(mentions.join(','));
  }
  sentStart.push(gid);
  // A word opening a sentence is a name when the corpus writes it capitalised at least half the times it stands mid-sentence.
  const isName = (term: string): boolean => {
    const id = vocab.get(term);
    return id !== undefined && capCount[id]! > 0 && capCount[id]! * 2 >= occ[id]! - openerCount[id]!;
  };
  const substance = parts.map((subs) => encInts(subs.map((p) => Math.round(substanceOf(p, isName) * 100))));

  const terms = [...vocab.keys()];
  const syn = opts.synonyms === null ? { groups: [], extra: [] } : synonymTable(terms, surface, vocab, opts.synonyms);
  const compiled: CompiledCorpus = {
    version: CORPUS_VERSION,
    // A paragraph never holds a line break here: it separates paragraphs (same length, so offsets hold).
    docs: docs.map((d) => ({ id: d.id, outlet: d.outlet, headline: d.headline, text: d.paragraphs.map((p) => p.replace(/\n/g, ' ')).join('\n') })),
    sentStart,
    sents: pack(sents, '|'),
    sentTerms: pack(sentTerms, '|'),
    flags: pack(flags, '|'),
    substance: pack(substance, '|'),
    dated: pack(dated, '|'),
    links: '',
    mates: '',
    vocab: terms.join(' '),
    df: encInts(df),
    anchors: capCount.map((c, i) => (c * 2 >= occ[i]! ? '1' : '0')).join(''),
    postings: pack(postings.map((p) => encGaps(p)), ';'),
    synonyms: syn.groups.map((g) => encInts(g, ' ')).join(','),
    variants: variantPairs(terms).map((p) => encInts(p, ' ')).join(','),
    synonymsExtra: syn.extra.map(([w, ids]) => [w, ...ids.map((x) => x.toString(36))].join(' ')).join(','),
    antonyms: opts.antonyms === null ? '' : antonymTable(allParagraphs(docs), opts.antonyms),
  };
  const story = buildStoryLinks(compiled);
  compiled.links = pack(story.links, '|');
  compiled.mates = pack(story.mates, '|');
  return compiled;
}

function* allParagraphs(docs: CorpusDoc[]): Generator<string> {
  for (const d of docs) yield* d.paragraphs;
}

/** Compiles docs and opens them through the shipped file format, so Node tools run on exactly what the extension loads. */
export function compileAsShipped(docs: CorpusDoc[], opts: CompileOptions = {}): CompiledCorpus {
  return openCorpusFile(encodeCorpusFile(compileCorpus(docs, opts)));
}
