/**
 * Direction of change: the same thing said to go up on one side and down on the other ("the cost of
 * attacks has soared" / "as the cost of attacks drops"), or to change on one and stay as it was on the other ("AI
 * leaves the cost of attacks unchanged"). One outlet states the opposite of the other, so it is reported as a
 * negation. The thing is tied by the content words around both direction words.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, type Passage, type Word, slot } from './passage';
import { stem } from '../text/tokens';
import { STOPWORDS } from '../text/stopwords';
import { isNegator } from './modality';

// Memo slots of this file's extractors.
const CHANGES_SLOT = slot();
const DIRECTIONS_SLOT = slot();

const UP_WORDS = 'rise rising rose risen raise soar climb increase grow grew grown surge jump higher swell spike skyrocket balloon expand double triple upward boost';
const DOWN_WORDS = 'fall fell fallen falling drop plummet decline decrease reduce lower shrink shrank sink sank slump plunge dwindle tumble diminish lessen halve downward';
/** Words that say the thing did not change at all ("left the pool of targets largely unchanged"): neither way. */
const STEADY_WORDS = 'unchanged unaltered';
/** Adverbs that make "budged" a thing that stayed put ("has barely budged"). */
const BARELY = new Set(['barely', 'hardly', 'scarcely']);
const UP = 1;
const DOWN = 2;
const STEADY = 4;
/** Added to a direction said not to have come ("failed to lower"): it opposes only that direction. */
const DENIED = 8;
const FAILED = /^(?:fail|fails|failed|unable)$/;

/** Whether two directions oppose: up against down or steady, or a change against its own denial. */
function opposed(x: number, y: number): boolean {
  if ((x & DENIED) !== (y & DENIED)) return (x & ~DENIED) === (y & ~DENIED);
  return !(x & DENIED) && x !== y;
}
const DIRECTION = new Map<string, number>([
  ...UP_WORDS.split(' ').map((w) => [stem(w), UP] as [string, number]),
  ...DOWN_WORDS.split(' ').map((w) => [stem(w), DOWN] as [string, number]),
  ...STEADY_WORDS.split(' ').map((w) => [stem(w), STEADY] as [string, number]),
]);
/** Words either side of a direction word that name what changes ("the cost of attacks has soared"). */
const RADIUS = 5;
/** A hyphen joining the next word (a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call). */
const HYPHENED = /^-\p{L}/u;

interface Change {
  word: Word;
  direction: number;
  /** Content stems around it: what goes up or down. */
  around: Set<string>;
}

/** Direction words, not negated; those in quotations are compared only with words outside them. */
function changes(p: Passage): Change[] {
  return memo(p, CHANGES_SLOT, () => {
    const out: Change[] = [];
    const ws = p.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      // "has barely budged", "hasn't budged": it stayed as it was.
      const unmoved = w.stem === 'budg' && ws.slice(Math.max(0, i - 2), i).some((x) => isNegator(x.lower) || BARELY.has(x.lower));
      const direction = unmoved ? STEADY : DIRECTION.get(w.stem);
      // A capital inside the sentence is a name ("Rose", "Lower Manhattan"), not a change.
      if (!direction || (i > 0 && w.text[0] !== w.lower[0])) continue;
      // Joined by a hyphen to the word after, it qualifies that word ("higher-value targets", "lower-cost tools"): no change.
      if (HYPHENED.test(p.norm.slice(w.end, w.end + 2))) continue;
      if (!unmoved && ws.slice(Math.max(0, i - 2), i).some((x) => isNegator(x.lower))) continue;
      // "has failed to lower the cost": the change said not to have come, against an outlet that says it came.
      const failed = ws[i - 1]?.lower === 'to' && FAILED.test(ws[i - 2]?.lower ?? '');
      const around = new Set<string>();
      for (let k = Math.max(0, i - RADIUS); k <= Math.min(ws.length - 1, i + RADIUS); k++) {
        const x = ws[k]!;
        if (k !== i && x.lower.length > 2 && !STOPWORDS.has(x.lower) && !DIRECTION.has(x.stem)) around.add(x.stem);
      }
      out.push({ word: w, direction: failed ? direction | DENIED : direction, around });
    }
    return out;
  });
}

/** Which directions a passage gives each stem near a direction word. */
function directions(cs: Change[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of cs) for (const s of c.around) m.set(s, (m.get(s) ?? 0) | c.direction);
  return m;
}

/**
 * The same thing going up on one side and down (or nowhere) on the other; `minContext` words must tie the two. A
 * passage that gives a thing both directions ("falling costs have expanded the pool") opposes nothing.
 */
export function checkDirection(a: Passage, b: Passage, minContext: number): Finding | null {
  // The outlet's side first: corpus passages keep their changes across pages, so a page passage is read only when needed.
  const cb = changes(b);
  if (cb.length === 0) return null;
  const ca = changes(a);
  if (ca.length === 0) return null;
  const da = memo(a, DIRECTIONS_SLOT, () => directions(ca));
  const db = memo(b, DIRECTIONS_SLOT, () => directions(cb));
  for (const x of ca) {
    for (const y of cb) {
      // Within quotations on both sides, the quote check compares the wording.
      if (!opposed(x.direction, y.direction) || (x.word.quoted && y.word.quoted)) continue;
      let tied = 0;
      for (const s of x.around) if (y.around.has(s) && da.get(s) === x.direction && db.get(s) === y.direction) tied++;
      if (tied < minContext) continue;
      const pa = [{ text: x.word.text, start: x.word.start, end: x.word.end }];
      const pb = [{ text: y.word.text, start: y.word.start, end: y.word.end }];
      return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}
