/**
 * Grouping of the open sentences (other outlets' sentences the page lacks) into points, so each point
 * becomes one addition with every outlet and passage that carries it.
 */

import type { CorpusIndex, CorpusSentence } from '../match/corpus-index';
import { scorerFor } from '../match/pairs';

/** Story links this strong put two outlets' sentences in one addition (weaker ones may carry other points too). */
const GROUP_LINK = 0.42;
/** Open sentences of two outlets this similar are one point, linked in the corpus or not. */
const PAGE_GROUP = 0.3;
/** Open sentences compared pairwise at most (a page on a story has a few dozen). */
const MAX_PAGE_GROUPED = 200;

/**
 * Open sentences that carry two points another outlet makes in two sentences ("In a post authored by Clark and
 * Favaro, the company argued that a pause would…" against "The blog post was authored by…" and "They said any pause
 * would…"): linked to two open sentences of one other article that are not linked to each other.
 */
function twoPointSentences(open: CorpusSentence[], openIds: Set<number>, ix: CorpusIndex): Set<number> {
  const out = new Set<number>();
  for (const h of open) {
    const byDoc = new Map<number, number[]>();
    for (const [g, strength] of ix.links(h.gid)) {
      if (!openIds.has(g) || strength < GROUP_LINK) continue;
      const d = ix.sentence(g).doc;
      byDoc.set(d, [...(byDoc.get(d) ?? []), g]);
    }
    const apart = (x: number, y: number) => !ix.links(x).some(([g]) => g === y) && !ix.links(y).some(([g]) => g === x);
    if ([...byDoc.values()].some((gs) => gs.some((x, i) => gs.slice(i + 1).some((y) => apart(x, y))))) out.add(h.gid);
  }
  return out;
}

/**
 * Open sentences grouped into points: linked across outlets, one paragraph's elaboration, or close in wording. A
 * sentence carrying two points joins the group of each (the groups stay apart through it).
 */
export function groupPoints(open: CorpusSentence[], ix: CorpusIndex): { groups: CorpusSentence[][]; twoPoint: Set<number> } {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: number, b: number) => parent.set(find(a), find(b));
  for (const s of open) parent.set(s.gid, s.gid);
  // Same point: linked across outlets, or two sentences of one paragraph that link into the same other
  // paragraph. A sentence with no cross-outlet link elaborates its neighbour in the paragraph.
  const openIds = new Set(open.map((s) => s.gid));
  const hubs = twoPointSentences(open, openIds, ix);
  const target = new Map<string, number>();
  let prev: CorpusSentence | undefined;
  for (const s of open) {
    const links = hubs.size ? ix.links(s.gid).filter(([g]) => !hubs.has(g)) : ix.links(s.gid);
    if (hubs.has(s.gid)) {
      prev = s;
      continue;
    }
    for (const [g, strength] of links) if (openIds.has(g) && strength >= GROUP_LINK) union(s.gid, g);
    for (const [g] of links) {
      const o = ix.sentence(g);
      const k = `${s.doc}:${s.paragraph}>${o.doc}:${o.paragraph}`;
      const first = target.get(k);
      if (first === undefined) target.set(k, s.gid);
      else union(s.gid, first);
    }
    if (prev && !hubs.has(prev.gid) && prev.doc === s.doc && prev.paragraph === s.paragraph && prev.gid === s.gid - 1) {
      // Links to a two-point sentence count here: they tie each sentence to a point of its own.
      if (ix.links(s.gid).length === 0 || ix.links(prev.gid).length === 0) union(s.gid, prev.gid);
    }
    prev = s;
  }
  // Two outlets' versions of a point the corpus did not link (each worded its own way) are still one
  // addition when they are this close to each other: the page, worded its own way too, may match neither.
  const scorer = scorerFor(ix);
  const compared = open.slice(0, MAX_PAGE_GROUPED);
  for (let i = 0; i < compared.length; i++) {
    const a = compared[i]!;
    scorer.load(a, a.mass);
    for (let j = i + 1; j < compared.length; j++) {
      const b = compared[j]!;
      if (hubs.has(a.gid) || hubs.has(b.gid)) continue;
      if (b.doc !== a.doc && find(a.gid) !== find(b.gid) && scorer.score(b, b.mass) >= PAGE_GROUP) union(a.gid, b.gid);
    }
  }
  const groups = new Map<number, CorpusSentence[]>();
  for (const s of open) {
    if (hubs.has(s.gid)) continue;
    const r = find(s.gid);
    const list = groups.get(r) ?? [];
    list.push(s);
    groups.set(r, list);
  }
  // A two-point sentence joins each group it links into, after that group's own sentences.
  for (const h of open) {
    if (!hubs.has(h.gid)) continue;
    const roots = new Set(ix.links(h.gid).filter(([g, strength]) => openIds.has(g) && !hubs.has(g) && strength >= GROUP_LINK).map(([g]) => find(g)));
    for (const r of roots) groups.get(r)!.push(h);
  }
  return { groups: [...groups.values()], twoPoint: hubs };
}
