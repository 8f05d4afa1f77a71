/**
 * Additions: points other outlets carry that the page lacks. Uncovered reporting sentences of related
 * articles are grouped into points (same paragraph, or linked as the same story point across outlets),
 * so each point is shown once with every outlet and passage that carries it, ranked by substance.
 */

import type { Addition } from '../types';
import type { CorpusIndex, CorpusSentence } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import { groupPoints } from './addition-groups';
import type { PageSentence } from '../match/page';
import { pointClauses } from './addition-clauses';
import { CAPTION, DUPLICATE, FRAGMENT, HEADING, LEADIN, PROMO } from '../corpus/boilerplate';

/** A corpus sentence the page matches this well is covered (the page has the point). */
export const COVERED = 0.34;
/** A page sentence covers another outlet's version of its point, reached through a story link, only if it shares this much with it. */
const LINK_COVER_MIN = 0.1;
/** Share of a sentence's term weight the page must lack for it to be news to the page. */
export const NOVEL_MIN = 0.5;
/** A sentence bringing a new name, number or date needs less new wording. */
const NOVEL_WITH_ANCHOR = 0.3;
/** A page that uses a synonym ("halt" for "pause") has the concept, nearly as if it used the word. */
const KNOWN_BY_SYNONYM = 1;
/** Sentences below this substance are commentary or furniture, not additions. */
const MIN_SUBSTANCE = 0.3;
/** A point one outlet alone makes needs more: a number, or two of names, dates, a quotation and reported speech. */
const SOLO_SUBSTANCE = 0.4;
/** Aligned paragraphs a doc needs before its extra points count as additions to this page. */
const RELATED_MIN = 2;
const NOT_POINT = PROMO | CAPTION | FRAGMENT | HEADING | DUPLICATE | LEADIN;

/** Additions for a page, given its pairs and the doc it is (or -1). */
export function findAdditions(page: PageSentence[], pairs: Pair[], ix: CorpusIndex, self: number, alignMin: number): Addition[] {
  const { known, cover } = scratchFor(ix);
  const touched = pageVocabulary(page, ix, known);
  try {
    return additions(pairs, ix, self, alignMin, known, cover);
  } finally {
    for (const id of touched) known[id] = 0;
    for (const p of pairs) cover[p.gid] = 0;
  }
}

const scratch = new WeakMap<CorpusIndex, { known: Float64Array; cover: Float64Array }>();

/** Zeroed per-term and per-sentence tables, one pair per loaded corpus (left zeroed after each page). */
function scratchFor(ix: CorpusIndex): { known: Float64Array; cover: Float64Array } {
  let s = scratch.get(ix);
  if (!s) scratch.set(ix, (s = { known: new Float64Array(ix.vocabSize), cover: new Float64Array(ix.nSents) }));
  return s;
}

function additions(pairs: Pair[], ix: CorpusIndex, self: number, alignMin: number, known: Float64Array, cover: Float64Array): Addition[] {
  const related = new Map<number, Set<number>>();
  for (const p of pairs) {
    if (p.doc === self) continue;
    // A link from a sentence with two points ("written by Clark and Favaro, who argued the pause would…") reaches
    // outlets' sentences on the other point: the page sentence must share words with the linked one itself.
    const covers = !p.linked || (p.direct ?? 0) >= LINK_COVER_MIN;
    if (covers && cover[p.gid]! < p.score) cover[p.gid] = p.score;
    if (p.score >= alignMin) {
      const set = related.get(p.doc) ?? new Set<number>();
      set.add(ix.sentence(p.gid).paragraph);
      related.set(p.doc, set);
    }
  }
  const open: CorpusSentence[] = [];
  for (const [d, paras] of related) {
    // The caller passes only pairs with articles on the page's story; two aligned paragraphs is the floor.
    if (paras.size < RELATED_MIN) continue;
    const flags = ix.paragraphFlags(d);
    for (const s of ix.docSentences(d)) {
      if ((flags[s.paragraph] ?? 0) & NOT_POINT) continue;
      if (cover[s.gid]! >= COVERED) continue;
      if (ix.substance(s.gid) < MIN_SUBSTANCE) continue;
      // A sentence is news when it is, or when one of its clauses is: the page may report only its other point.
      if (!isNews(s, s.doc, known, ix) && !pointClauses(s, ix).some((c) => isNews(c, s.doc, known, ix))) continue;
      open.push(s);
    }
  }
  const groups = groupPoints(open, ix).filter((g) => g.some((s) => s.doc !== g[0]!.doc) || g.some((s) => ix.substance(s.gid) >= SOLO_SUBSTANCE));
  const out = groups.map((g) => toAddition(g, ix));
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Every corpus term the page states (exactly or as a variant: 1) or by a synonym (partly), into `known`
 * (0: not stated; the credits are positive, so a stated term is never 0); returns the terms set.
 */
function pageVocabulary(page: PageSentence[], ix: CorpusIndex, known: Float64Array): number[] {
  const touched: number[] = [];
  const put = (id: number, v: number) => {
    if (known[id] === 0) touched.push(id);
    if (known[id]! < v) known[id] = v;
  };
  for (const ps of page) {
    for (const id of ps.ids) {
      put(id, 1);
      for (const v of ix.variants(id)) put(v, 1);
      for (const s of ix.synonyms(id)) put(s, KNOWN_BY_SYNONYM);
    }
    for (const s of ps.extraSyn ?? []) put(s, KNOWN_BY_SYNONYM);
  }
  return touched;
}

/** A sentence or one of its clauses, as far as novelty goes. */
type Terms = { ids: readonly number[]; mass: number };

/** Share of a corpus sentence's term weight the page does not state anywhere. */
function novelty(s: Terms, doc: number, known: Float64Array, ix: CorpusIndex): number {
  let novel = 0;
  const own = ix.outletTerms(doc);
  for (const id of s.ids) if (!own.has(id)) novel += ix.weight(id) * (1 - known[id]!);
  return s.mass > 0 ? novel / s.mass : 0;
}

/** A day or month alone is a detail of a point the page may well have, not a point of its own. */
const DATE_STEM = /^((mon|tues|wednes|thurs|fri|satur|sun)dai|januari|februari|march|april|mai|june|juli|august|septemb|octob|novemb|decemb|\d+)$/;

/** Mostly new to the page, or partly new with a name, number or date the page never gives. */
function isNews(s: Terms, doc: number, known: Float64Array, ix: CorpusIndex): boolean {
  const n = novelty(s, doc, known, ix);
  if (n >= NOVEL_MIN) return true;
  const own = ix.outletTerms(doc);
  return n >= NOVEL_WITH_ANCHOR && s.ids.some((id) => ix.isAnchor(id) && known[id] === 0 && !own.has(id) && !DATE_STEM.test(ix.term(id)));
}

function toAddition(group: CorpusSentence[], ix: CorpusIndex): Addition {
  const subst = (s: CorpusSentence) => ix.substance(s.gid);
  const byPara = new Map<string, CorpusSentence[]>();
  for (const s of group) {
    const k = `${s.doc}:${s.paragraph}`;
    byPara.set(k, [...(byPara.get(k) ?? []), s]);
  }
  const paraScore = (list: CorpusSentence[]) => list.reduce((a, s) => a + subst(s), 0);
  const passages = [...byPara.values()].sort((a, b) => paraScore(b) - paraScore(a));
  const rep = passages[0]!;
  const doc = ix.docs[rep[0]!.doc]!;
  const paraText = doc.paragraphs[rep[0]!.paragraph] ?? '';
  const all = ix.docSentences(rep[0]!.doc).filter((s) => s.paragraph === rep[0]!.paragraph);
  const text = rep.length === all.length ? paraText : rep.map((s) => ix.sentenceText(s)).join(' ');
  const docs = [...new Set(group.map((s) => s.doc))];
  const best = Math.max(...group.map(subst));
  return {
    doc: doc.id,
    paragraph: rep[0]!.paragraph,
    text,
    outlets: docs.map((d) => ix.docs[d]!.outlet),
    sources: passages.map((l) => ({ doc: ix.docs[l[0]!.doc]!.id, paragraph: l[0]!.paragraph })),
    score: Math.round((best + 0.1 * (docs.length - 1)) * 1000) / 1000,
  };
}
