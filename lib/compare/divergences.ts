/**
 * Divergences: for each page sentence and each other outlet, the sentence that reports the same point
 * (mutually best, similar enough), run through the typed checks. Each difference is reported per outlet,
 * with character highlights on both paragraphs.
 */

import type { Divergence, Span } from '../types';
import type { Piece } from '../text/segment';
import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
import { passage, type Passage } from './passage';
import type { Finding } from './finding';
import { checkDates, checkNumbers } from './check-facts';
import { checkQuotes } from './check-quotes';
import { checkAttribution, checkNames } from './check-names';
import { checkCertainty, checkNegation } from './check-modality';
import { checkSequence } from './check-sequence';
import { CAPTION, FRAGMENT, HEADING, PROMO, paragraphFlags } from '../corpus/boilerplate';

/** Two sentences this similar report the same point, so their differences are divergences. */
export const SAME_POINT = 0.42;
/** A pair must be within this of the best pair of each of its sentences. */
const MUTUAL_SLACK = 0.06;

/** Headings, captions, promos and fragments state no point of their own to diverge on. */
const NOT_REPORTING = HEADING | CAPTION | PROMO | FRAGMENT;

const CHECKS = [checkQuotes, checkDates, checkNumbers, checkNames, checkAttribution, checkSequence, checkCertainty, checkNegation];

const passageCache = new WeakMap<CorpusIndex, Map<number, Passage>>();

/** Corpus passages are the same for every page: prepare each once per loaded corpus. */
function corpusPassage(ix: CorpusIndex, gid: number): Passage {
  let m = passageCache.get(ix);
  if (!m) passageCache.set(ix, (m = new Map()));
  let p = m.get(gid);
  if (!p) m.set(gid, (p = passage(ix.sentenceText(ix.sentence(gid)))));
  return p;
}

function shift(ps: Piece[], by: number): Span[] {
  return ps.map((p) => ({ start: p.start + by, end: p.end + by }));
}

/** Sentence pairs that report the same point: best per (page sentence, outlet) and best for the corpus sentence too. */
export function samePointPairs(pairs: Pair[]): Pair[] {
  const bestPage = new Map<string, number>();
  const bestCorpus = new Map<number, number>();
  for (const p of pairs) {
    const k = `${p.page}:${p.doc}`;
    bestPage.set(k, Math.max(bestPage.get(k) ?? 0, p.score));
    bestCorpus.set(p.gid, Math.max(bestCorpus.get(p.gid) ?? 0, p.score));
  }
  return pairs.filter(
    (p) =>
      p.score >= SAME_POINT &&
      p.score >= bestPage.get(`${p.page}:${p.doc}`)! - MUTUAL_SLACK &&
      p.score >= bestCorpus.get(p.gid)! - MUTUAL_SLACK,
  );
}

/** All divergences between the page and the other outlets, strongest first. */
export function findDivergences(paragraphs: string[], page: PageSentence[], pairs: Pair[], ix: CorpusIndex): Divergence[] {
  const pagePassages = new Map<number, Passage>();
  const seen = new Set<string>();
  const out: Divergence[] = [];
  const pageFlags = paragraphFlags(paragraphs);
  for (const pair of samePointPairs(pairs)) {
    const ps = page[pair.page]!;
    const cs = ix.sentence(pair.gid);
    if ((pageFlags[ps.paragraph] ?? 0) & NOT_REPORTING) continue;
    if ((ix.paragraphFlags(cs.doc)[cs.paragraph] ?? 0) & NOT_REPORTING) continue;
    let a = pagePassages.get(ps.index);
    if (!a) pagePassages.set(ps.index, (a = passage(ps.text, ps.words)));
    const b = corpusPassage(ix, cs.gid);
    const doc = ix.c.docs[cs.doc]!;
    for (const check of CHECKS) {
      const f: Finding | null = check(a, b);
      if (!f) continue;
      const key = `${ps.paragraph}:${cs.doc}:${f.kind}:${f.summary}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        kind: f.kind,
        page: { paragraph: ps.paragraph, text: paragraphs[ps.paragraph] ?? '', highlights: shift(f.a, ps.start) },
        other: {
          doc: doc.id,
          outlet: doc.outlet,
          paragraph: cs.paragraph,
          text: doc.paragraphs[cs.paragraph] ?? '',
          highlights: shift(f.b, cs.start),
        },
        summary: f.summary,
        score: Math.round(pair.score * f.confidence * 1000) / 1000,
      });
    }
  }
  return out.sort((x, y) => y.score - x.score);
}
