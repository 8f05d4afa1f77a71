/**
 * Additions: points other outlets carry that the page lacks. Uncovered reporting sentences of related
 * articles are grouped into points (same paragraph, or linked as the same story point across outlets),
 * so each point is shown once with every outlet and passage that carries it, ranked by substance.
 */

import type { Addition, Divergence } from '../types';
import type { CorpusIndex, CorpusSentence } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import { groupPoints } from './addition-groups';
import { paragraphKey } from '../match/paragraph-evidence';
import type { PageSentence } from '../match/page';
import { pointClauses } from './addition-clauses';
import { PAST } from './antecedents';
import { similarity } from '../match/similarity';
import { isNews, nearVocabulary, pageVocabulary, type Near, type Terms } from './novelty';
import { CAPTION, DUPLICATE, FRAGMENT, HEADING, LEADIN, PROMO } from '../corpus/boilerplate';

/** A corpus sentence the page matches this well is covered (the page has the point). */
export const COVERED = 0.34;
/** A page sentence covers another outlet's version of its point, reached through a story link, only if it shares this much with it. */
const LINK_COVER_MIN = 0.1;
/** A story link this strong joins two outlets' versions of one point: what covers one covers the other. */
const SAME_POINT_LINK = 0.5;
/** A corpus sentence no page sentence pairs with this well is unmatched by the page. */
const UNMATCHED = 0.22;
/**
 * Another outlet's version of its point, the evidence that the page lacks the point, must be this far. It is held
 * stricter than the sentence itself, which a page sentence on a neighbouring point may come closer to ("a pause would
 * buy time for alignment research" beside "its research institute plans to explore the issue").
 */
const UNMATCHED_ELSEWHERE = 0.2;
/** Sentences below this substance are commentary or furniture, not additions. */
const MIN_SUBSTANCE = 0.3;
/** A point one outlet alone makes needs more: a number, or two of names, dates, a quotation and reported speech. */
const SOLO_SUBSTANCE = 0.4;
/** Aligned paragraphs a doc needs before its extra points count as additions to this page. */
const RELATED_MIN = 2;
const NOT_POINT = PROMO | CAPTION | FRAGMENT | HEADING | DUPLICATE | LEADIN;

const docIndex = new WeakMap<CorpusIndex, Map<string, number>>();

/**
 * The corpus sentences the divergences are found against (their outlet-side highlights): the page reports those
 * points, in other words or figures, so they are no additions to it.
 */
export function divergedSentences(divergences: readonly Divergence[], ix: CorpusIndex): Set<number> {
  const out = new Set<number>();
  if (divergences.length === 0) return out;
  // Built once per loaded corpus: at 10,000 articles a map per page would cost more than the rest of this.
  let byId = docIndex.get(ix);
  if (!byId) docIndex.set(ix, (byId = new Map(ix.docs.map((d, i) => [d.id, i]))));
  for (const d of divergences) {
    const doc = byId.get(d.other.doc);
    if (doc === undefined) continue;
    for (const s of ix.docSentences(doc)) {
      if (s.paragraph === d.other.paragraph && d.other.highlights.some((h) => h.start >= s.start && h.start < s.end)) out.add(s.gid);
    }
  }
  return out;
}

/** Additions for a page, given its pairs and the doc it is (or -1), and the corpus sentences it diverges from. */
export function findAdditions(page: PageSentence[], pairs: Pair[], ix: CorpusIndex, self: number, alignMin: number, diverged: ReadonlySet<number> = new Set()): Addition[] {
  const { known, cover } = scratchFor(ix);
  const touched = pageVocabulary(page, ix, known);
  // Sentences covered beyond the pairs (through story links), so they are cleared for the next page too.
  const linkedCover: number[] = [];
  try {
    return additions(page, pairs, ix, self, alignMin, known, cover, nearVocabulary(page, pairs, ix), linkedCover, diverged);
  } finally {
    for (const id of touched) known[id] = 0;
    for (const p of pairs) cover[p.gid] = 0;
    for (const g of linkedCover) cover[g] = 0;
  }
}

const scratch = new WeakMap<CorpusIndex, { known: Float64Array; cover: Uint8Array }>();

/** Zeroed per-term credits and per-sentence covered flags, one pair per loaded corpus (left zeroed after each page). */
function scratchFor(ix: CorpusIndex): { known: Float64Array; cover: Uint8Array } {
  let s = scratch.get(ix);
  if (!s) scratch.set(ix, (s = { known: new Float64Array(ix.vocabSize), cover: new Uint8Array(ix.nSents) }));
  return s;
}

function additions(page: PageSentence[], pairs: Pair[], ix: CorpusIndex, self: number, alignMin: number, known: Float64Array, cover: Uint8Array, near: Near, linkedCover: number[], diverged: ReadonlySet<number>): Addition[] {
  const related = new Map<number, Set<number>>();
  for (const p of pairs) {
    if (p.doc === self) continue;
    // A link from a sentence with two points ("written by Clark and Favaro, who argued the pause would…") reaches
    // outlets' sentences on the other point: the page sentence must share words with the linked one itself.
    if (cover[p.gid] === 0 && p.score >= COVERED && (!p.linked || similarity(page[p.page]!, ix.sentence(p.gid), ix) >= LINK_COVER_MIN)) cover[p.gid] = 1;
    if (p.score >= alignMin) {
      const set = related.get(p.doc) ?? new Set<number>();
      set.add(ix.sentence(p.gid).paragraph);
      related.set(p.doc, set);
    }
  }
  // A page sentence covering one outlet's version of a point covers the others' versions the corpus links to it as the
  // same point, below the strength at which findPairs follows links (each outlet words the point its own way).
  for (const p of pairs) {
    if (p.doc === self || p.linked || p.score < COVERED) continue;
    for (const [g, strength] of ix.links(p.gid)) {
      if (cover[g] === 0 && strength >= SAME_POINT_LINK && similarity(page[p.page]!, ix.sentence(g), ix) >= LINK_COVER_MIN) {
        cover[g] = 1;
        linkedCover.push(g);
      }
    }
  }
  // A page sentence that covers one sentence of an outlet's paragraph, and aligns with another there, has joined the two
  // ("Attackers used to save their effort for banks…; with AI driving the cost so low, 'Anything connected…'").
  const joined = new Set<string>();
  const at = (p: Pair) => `${p.page}:${paragraphKey(p.doc, ix.sentence(p.gid).paragraph)}`;
  for (const p of pairs) if (p.doc !== self && p.score >= COVERED && cover[p.gid] === 1) joined.add(at(p));
  for (const p of pairs) {
    if (p.doc === self || cover[p.gid] === 1 || p.score < alignMin || !joined.has(at(p))) continue;
    cover[p.gid] = 1;
    linkedCover.push(p.gid);
  }
  // How closely the page comes to each corpus sentence it pairs with at all.
  const closest = new Map<number, number>();
  for (const p of pairs) if ((closest.get(p.gid) ?? 0) < p.score) closest.set(p.gid, p.score);
  const far = (g: number, within = UNMATCHED) => (closest.get(g) ?? 0) < within;
  // A point two outlets make, each in a sentence nothing on the page comes close to, is news however common its
  // words are on the page ("its research institute plans to explore the issue" on a page that names another institute).
  // Unless the page reports its paragraph's other sentence: the two are then one point told in two steps ("Regulation has
  // moved slowly. An executive order this week asked labs to …"), and its words are the page's.
  const paragraphCovered = (s: CorpusSentence) => ix.docSentences(s.doc).some((o) => o.gid !== s.gid && o.paragraph === s.paragraph && cover[o.gid] === 1 && (closest.get(o.gid) ?? 0) >= COVERED);
  const unmatched = (s: CorpusSentence) => far(s.gid) && ix.links(s.gid).some(([g, strength]) => strength >= SAME_POINT_LINK && ix.sentence(g).doc !== s.doc && far(g, UNMATCHED_ELSEWHERE)) && !paragraphCovered(s);
  const open: CorpusSentence[] = [];
  for (const [d, paras] of related) {
    // The caller passes only pairs with articles on the page's story; two aligned paragraphs is the floor.
    if (paras.size < RELATED_MIN) continue;
    const flags = ix.paragraphFlags(d);
    for (const s of ix.docSentences(d)) {
      if ((flags[s.paragraph] ?? 0) & NOT_POINT) continue;
      if (ix.substance(s.gid) < MIN_SUBSTANCE) continue;
      if (cover[s.gid] === 1) {
        // A sentence a page sentence covers on its own still brings news when a clause of it reports an event the page lacks
        // ("Papernot, who notified Canadian authorities before releasing the findings, said the worm…") and another outlet
        // reports it too. (Covered through a link or a joined paragraph, it is the page's point in other words.)
        const eventNews = (c: CorpusSentence) => pointClauses(c, ix).some((t) => reportsEvent(t.text) && isNews(t, c, known, near, ix));
        if (!diverged.has(s.gid) && (closest.get(s.gid) ?? 0) >= COVERED && eventNews(s) && ix.links(s.gid).some(([g, strength]) => strength >= SAME_POINT_LINK && ix.sentence(g).doc !== s.doc && eventNews(ix.sentence(g)))) open.push(s);
        continue;
      }
      // A sentence is news when it is, or when one of its clauses is: the page may report only its other point.
      const news = (t: Terms) => isNews(t, s, known, near, ix);
      if (!news(s) && !pointClauses(s, ix).some(news) && !unmatched(s)) continue;
      // A sentence the page diverges from is a point it reports, unless a clause of it is news (a second point).
      if (diverged.has(s.gid) && !pointClauses(s, ix).some(news)) continue;
      open.push(s);
    }
  }
  const { groups: points, twoPoint } = groupPoints(open, ix);
  const groups = points.filter((g) => g.some((s) => s.doc !== g[0]!.doc) || g.some((s) => ix.substance(s.gid) >= SOLO_SUBSTANCE));
  const out = groups.map((g) => toAddition(g, ix, twoPoint));
  return out.sort((a, b) => b.score - a.score);
}

/** Words at a clause's start that may hold its verb ("who notified…", "Papernot notified…"). */
const VERB_WITHIN = 4;

/** A clause that reports an event, a past verb among its first words ("who notified the regulator"), not a standing fact ("who owns a lab"). */
function reportsEvent(clause: string): boolean {
  // split's limit stops at the words read, as slice would keep them, without splitting the rest of the clause.
  return clause.toLowerCase().split(/\s+/, VERB_WITHIN).some((w) => PAST.test(w.replace(/[^a-z]/g, '')));
}

function toAddition(group: CorpusSentence[], ix: CorpusIndex, twoPoint: Set<number>): Addition {
  const subst = (s: CorpusSentence) => ix.substance(s.gid);
  const byPara = new Map<string, CorpusSentence[]>();
  for (const s of group) {
    const k = `${s.doc}:${s.paragraph}`;
    byPara.set(k, [...(byPara.get(k) ?? []), s]);
  }
  const paraScore = (list: CorpusSentence[]) => list.reduce((a, s) => a + subst(s), 0);
  // A passage carrying this point and another is shown only when no passage carries this point alone.
  const both = (list: CorpusSentence[]) => (list.every((s) => twoPoint.has(s.gid)) ? 1 : 0);
  const passages = [...byPara.values()].sort((a, b) => both(a) - both(b) || paraScore(b) - paraScore(a));
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
