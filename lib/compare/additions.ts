/**
 * Additions: points other outlets carry that the page lacks. Uncovered reporting sentences of related
 * articles are grouped into points (same paragraph, or linked as the same story point across outlets),
 * so each point is shown once with every outlet and passage that carries it, ranked by substance.
 */

import type { Addition } from '../types';
import type { CorpusIndex, CorpusSentence } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import { CAPTION, DUPLICATE, FRAGMENT, HEADING, LEADIN, PROMO } from '../corpus/boilerplate';

/** A corpus sentence the page matches this well is covered (the page has the point). */
export const COVERED = 0.34;
/** Sentences below this substance are commentary or furniture, not additions. */
const MIN_SUBSTANCE = 0.3;
/** Aligned paragraphs a doc needs before its extra points count as additions to this page. */
const RELATED_MIN = 2;
const NOT_POINT = PROMO | CAPTION | FRAGMENT | HEADING | DUPLICATE | LEADIN;

/** Additions for a page, given its pairs and the doc it is (or -1). */
export function findAdditions(pairs: Pair[], ix: CorpusIndex, self: number, alignMin: number): Addition[] {
  const cover = new Map<number, number>();
  const related = new Map<number, Set<number>>();
  for (const p of pairs) {
    if (p.doc === self) continue;
    cover.set(p.gid, Math.max(cover.get(p.gid) ?? 0, p.score));
    if (p.score >= alignMin) {
      const set = related.get(p.doc) ?? new Set<number>();
      set.add(ix.sentence(p.gid).paragraph);
      related.set(p.doc, set);
    }
  }
  const open: CorpusSentence[] = [];
  for (const [d, paras] of related) {
    if (paras.size < RELATED_MIN) continue;
    const flags = ix.paragraphFlags(d);
    for (const s of ix.docSentences(d)) {
      if ((flags[s.paragraph] ?? 0) & NOT_POINT) continue;
      if ((cover.get(s.gid) ?? 0) >= COVERED) continue;
      if (ix.substance(s.gid) < MIN_SUBSTANCE) continue;
      open.push(s);
    }
  }
  const groups = groupPoints(open, ix);
  const out = groups.map((g) => toAddition(g, ix));
  return out.sort((a, b) => b.score - a.score);
}

function groupPoints(open: CorpusSentence[], ix: CorpusIndex): CorpusSentence[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: number, b: number) => parent.set(find(a), find(b));
  for (const s of open) parent.set(s.gid, s.gid);
  const byPara = new Map<string, number>();
  for (const s of open) {
    const k = `${s.doc}:${s.paragraph}`;
    const first = byPara.get(k);
    if (first === undefined) byPara.set(k, s.gid);
    else union(s.gid, first);
    for (const [g] of ix.links(s.gid)) if (parent.has(g)) union(s.gid, g);
  }
  const groups = new Map<number, CorpusSentence[]>();
  for (const s of open) {
    const r = find(s.gid);
    const list = groups.get(r) ?? [];
    list.push(s);
    groups.set(r, list);
  }
  return [...groups.values()];
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
  const doc = ix.c.docs[rep[0]!.doc]!;
  const paraText = doc.paragraphs[rep[0]!.paragraph] ?? '';
  const all = ix.docSentences(rep[0]!.doc).filter((s) => s.paragraph === rep[0]!.paragraph);
  const text = rep.length === all.length ? paraText : rep.map((s) => ix.sentenceText(s)).join(' ');
  const docs = [...new Set(group.map((s) => s.doc))];
  const best = Math.max(...group.map(subst));
  return {
    doc: doc.id,
    paragraph: rep[0]!.paragraph,
    text,
    outlets: docs.map((d) => ix.c.docs[d]!.outlet),
    sources: passages.map((l) => ({ doc: ix.c.docs[l[0]!.doc]!.id, paragraph: l[0]!.paragraph })),
    score: Math.round((best + 0.1 * (docs.length - 1)) * 1000) / 1000,
  };
}
