/**
 * Edited sentences of a recognised article. A page that is a corpus article with some words changed says, in
 * those words, something its corpus version does not; where another outlet reports the same point, the change
 * diverges from that outlet however differently the two word the rest. So an edited sentence is checked against
 * the other outlets' sentences on its point as a same-point pair, and a finding stands only where it falls on the
 * changed words and the unedited sentence does not show it against the same outlet.
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import { SAME_SENTENCE } from '../match/self';
import type { Piece } from '../text/segment';
import { wordDiff } from './diff';
import type { Finding } from './finding';
import { passage, type Passage, type Word } from './passage';
import { findContext } from './context';
import { isNegator } from './modality';
import { STOPWORDS } from '../text/stopwords';
import { docMainOrganisation, docNameUses } from './doc-text';
import { corpusPassage } from './corpus-passage';

/** A page sentence's original in its recognised article: `rewritten` when only where it stands makes it a copy. */
export interface SelfSentence {
  gid: number;
  rewritten: boolean;
}

/** Page sentence index to the sentence of the recognised article it is a (perhaps edited) copy of. */
export function selfSentences(pairs: Pair[], self: number): Map<number, SelfSentence> {
  const best = new Map<number, Pair>();
  if (self < 0) return new Map();
  for (const p of pairs) {
    if (p.doc !== self || p.linked || p.score < SAME_SENTENCE) continue;
    const old = best.get(p.page);
    if (!old || old.score < p.score) best.set(p.page, p);
  }
  const out = new Map([...best].map(([page, p]) => [page, { gid: p.gid, rewritten: false }]));
  fillGaps(out, pairs, self);
  return out;
}

/** Lowest similarity at which a sentence between two copied ones is read as its article's sentence between them, rewritten. */
const GAP_MIN = 0.3;

/**
 * A sentence rewritten too much to pass as a copy on its own words ("research from the University of Toronto" made
 * "research from UC Berkeley" in a short sentence) still stands where its original stood: where copied sentences on
 * either side leave as many page sentences as article sentences between them, each is read as the one in its place.
 */
function fillGaps(out: Map<number, SelfSentence>, pairs: Pair[], self: number): void {
  const score = new Map<string, number>();
  for (const p of pairs) if (p.doc === self && !p.linked) score.set(`${p.page}:${p.gid}`, Math.max(p.score, score.get(`${p.page}:${p.gid}`) ?? 0));
  const anchors = [...out].sort((x, y) => x[0] - y[0]);
  for (let k = 1; k < anchors.length; k++) {
    const [p0, { gid: g0 }] = anchors[k - 1]!;
    const [p1, { gid: g1 }] = anchors[k]!;
    const n = p1 - p0 - 1;
    if (n < 1 || g1 - g0 - 1 !== n) continue;
    const fits = Array.from({ length: n }, (_, i) => (score.get(`${p0 + 1 + i}:${g0 + 1 + i}`) ?? 0) >= GAP_MIN);
    if (fits.every(Boolean)) for (let i = 0; i < n; i++) out.set(p0 + 1 + i, { gid: g0 + 1 + i, rewritten: true });
  }
}

/** One stretch the edit rewrote: the original's words there and the page's (either may be empty). */
export interface Swap {
  removed: Word[];
  added: Word[];
  /** Index of the page's first word at or after the swap. */
  at: number;
  /** Index of the original's first word at or after the swap. */
  from: number;
}

/** An edited page sentence: its unedited version, prepared as the page's passages are, and what changed. */
export interface Edit {
  original: Passage;
  /** The page's words the original does not have, and for a dropped word the page words on either side of the gap. */
  changed: Piece[];
  swaps: Swap[];
  /** Whether the sentence was rewritten past passing as a copy, and read as its original only by where it stands. */
  rewritten?: boolean;
}

/** The edit a page passage makes to its article's sentence `gid` (prepared as the page's are), or null when the words are the same. */
export function editOf(page: Passage, ix: CorpusIndex, gid: number, prepare: (p: Passage) => void, rewritten = false): Edit | null {
  const cs = ix.sentence(gid);
  const original = passage(ix.sentenceText(cs));
  const edit = diffEdit(original, page);
  if (!edit) return null;
  edit.rewritten = rewritten;
  prepare(original);
  original.nameUse = (name) => docNameUses(ix, cs.doc)(name);
  original.mainOrganisation = () => docMainOrganisation(ix, cs.doc);
  const own = corpusPassage(ix, gid);
  original.before = own.before;
  original.previous = own.previous;
  original.after = own.after;
  return edit;
}

/** What the page's passage changed in the original's words, or null when the words are the same. */
export function diffEdit(original: Passage, page: Passage): Edit | null {
  const d = wordDiff(original.words.map((w) => w.lower), page.words.map((w) => w.lower));
  if (d.onlyA.length === 0 && d.onlyB.length === 0) return null;
  const swaps: Swap[] = [];
  const changed: Piece[] = [];
  // The stretches between words kept in place, with a sentinel past each end.
  const kept: Array<[number, number]> = [[-1, -1], ...d.pairs, [original.words.length, page.words.length]];
  for (let k = 1; k < kept.length; k++) {
    const [i0, j0] = kept[k - 1]!;
    const [i1, j1] = kept[k]!;
    const removed = original.words.slice(i0 + 1, i1);
    const added = page.words.slice(j0 + 1, j1);
    if (!removed.length && !added.length) continue;
    swaps.push({ removed, added, at: j0 + 1, from: i0 + 1 });
    if (added.length) changed.push(...added);
    else changed.push(...[page.words[j0], page.words[j1]].filter((w) => w !== undefined));
  }
  return { original, changed, swaps };
}

/** Words before and after an edited word whose content words stand for its claim. */
const BEFORE = 4;
const AFTER = 6;
/** Words either side of the other's claim where its own negation or modal may stand. */
const NEAR = 3;

/**
 * Where the other passage states the claim around word `at` of `x` (two of its content words within eight words; `after`
 * words after it count),
 * and the other's words from three before that stretch to three after it, where its own negation or modal would stand.
 */
export function claimThere(x: Passage, at: number, b: Passage, after = AFTER): { piece: Piece; near: Word[] } | null {
  const stems = new Set<string>();
  for (let i = Math.max(0, at - BEFORE); i <= Math.min(x.words.length - 1, at + after); i++) {
    const w = x.words[i]!;
    if (i !== at && !STOPWORDS.has(w.lower) && w.lower.length > 2 && !isNegator(w.lower)) stems.add(w.stem);
  }
  const piece = findContext(b, stems, 2, 8);
  if (!piece) return null;
  const first = b.words.findIndex((w) => w.end > piece.start);
  let last = first;
  while (last + 1 < b.words.length && b.words[last + 1]!.start < piece.end) last++;
  return { piece, near: b.words.slice(Math.max(0, first - NEAR), last + NEAR + 1) };
}

type Check = (a: Passage, b: Passage, minContext: number) => Finding | null;

/** A check that reports, for an edited page passage, only what its edit brings: on the changed words, and not shown by the unedited sentence. */
export function onEdit(check: Check, edits: (a: Passage) => Edit | null): Check {
  return (a, b, minContext) => {
    const e = edits(a);
    if (!e) return null;
    const f = check(a, b, minContext);
    if (!f || !f.a.some((x) => e.changed.some((c) => c.start < x.end && x.start < c.end))) return null;
    const before = check(e.original, b, minContext);
    return before && before.kind === f.kind ? null : f;
  };
}
