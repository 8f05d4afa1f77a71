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

/** Open sentences grouped into points: linked across outlets, one paragraph's elaboration, or close in wording. */
export function groupPoints(open: CorpusSentence[], ix: CorpusIndex): CorpusSentence[][] {
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
  const target = new Map<string, number>();
  let prev: CorpusSentence | undefined;
  for (const s of open) {
    const links = ix.links(s.gid);
    for (const [g, strength] of links) if (openIds.has(g) && strength >= GROUP_LINK) union(s.gid, g);
    for (const [g] of links) {
      const o = ix.sentence(g);
      const k = `${s.doc}:${s.paragraph}>${o.doc}:${o.paragraph}`;
      const first = target.get(k);
      if (first === undefined) target.set(k, s.gid);
      else union(s.gid, first);
    }
    if (prev && prev.doc === s.doc && prev.paragraph === s.paragraph && prev.gid === s.gid - 1) {
      if (links.length === 0 || ix.links(prev.gid).length === 0) union(s.gid, prev.gid);
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
      if (b.doc !== a.doc && find(a.gid) !== find(b.gid) && scorer.score(b, b.mass) >= PAGE_GROUP) union(a.gid, b.gid);
    }
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
