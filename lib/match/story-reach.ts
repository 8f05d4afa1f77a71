/** How far a corpus sentence's story links reach: the outlets' versions of its point, and their versions in turn. */

import type { CorpusIndex } from './corpus-index';

/** A sentence's story links and theirs in turn (the weaker step's strength), its own article's sentences left out. */
export function twoHops(ix: CorpusIndex, gid: number): Array<[number, number]> {
  const doc = ix.docOf(gid);
  const best = new Map<number, number>();
  for (const [g, s] of ix.links(gid)) {
    if (!((best.get(g) ?? 0) >= s)) best.set(g, s);
    for (const [g2, s2] of ix.links(g)) if (ix.docOf(g2) !== doc && !((best.get(g2) ?? 0) >= Math.min(s, s2))) best.set(g2, Math.min(s, s2));
  }
  return [...best];
}
