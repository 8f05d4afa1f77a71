/**
 * Certainty: the same claim hedged on one side ("might increase", "risk losing") and firm on the other ("would
 * increase", "will lose"), tied by shared content words after the two modals; or a hedge put on words the
 * other side quotes plainly.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import type { Passage, Word } from './passage';
import { AUX, AUX_MODAL, CLAIM, claimAfter, subjectOf, FIRM, HEDGE, RISK, SCOPE, content, governed, isNegator, kin, kinShared, modals, span, type Marker } from './modality';
import { STOPWORDS } from '../text/stopwords';
import { conditionalWould } from './conditional';
import { appositiveHedge } from './appositive-hedge';

/** A determiner that points back to what the sentence before said ("this milestone will arrive"). */
const DEMONSTRATIVE = /^(this|that|these|those|such)$/;

/** A modal whose claim is about a risk ("would raise the risk that…", "might increase the risks of…"). */
function onRisk(p: Passage, m: Marker): boolean {
  return !RISK.has(m.word.lower) && p.words.slice(claimAfter(m) + 1, claimAfter(m) + SCOPE + 3).some((w) => RISK.has(w.lower));
}

/**
 * How sure a modal is of what the other side's claims: a firm word on a risk ("would raise the risk that people
 * lose control") is as unsure of the outcome as a hedge on it ("could lead to people losing control"), unless the
 * other side speaks of a risk too.
 */
function sureness(p: Passage, m: Marker, otherOnRisk: boolean): 'hedge' | 'firm' {
  const c = cls(m.word);
  return c === 'firm' && ((!otherOnRisk && onRisk(p, m)) || conditionalWould(p, m.index)) ? 'hedge' : c;
}

/** Verbs of letting and of needing (stems): a modal on one makes a claim about the letting or needing itself. */
const LETTING = new Set(['allow', 'let', 'enabl', 'permit', 'help']);
/** Verbs of making sure (stems): "would guarantee that X happens" claims X, as "X could happen" or "could allow X" do. */
const MAKING_SURE = new Set(['guarante', 'ensur']);
const NEEDING = new Set(['need', 'requir', 'forc', 'want']);
const family = (stem: string) => (LETTING.has(stem) ? 1 : NEEDING.has(stem) ? 2 : 0);

/**
 * "would let them slow…" / "may need to be slowed": one modal governs a verb of letting or needing and the other
 * another verb, so the two say how sure they are of different things.
 */
function otherVerb(a: Passage, ma: Marker, b: Passage, mb: Marker): boolean {
  const va = governed(a, ma)?.stem;
  const vb = governed(b, mb)?.stem;
  if (!va || !vb || MAKING_SURE.has(va) || MAKING_SURE.has(vb)) return false;
  const [fa, fb] = [family(va), family(vb)];
  if (fa === fb) return false;
  // Letting against a plain verb is one claim when the firm side says what will happen ("will let the least cautious
  // pull ahead" / "could pull ahead"); a conditional "would let" says what a step would allow, not what will be.
  const letting = (fa === 1 && fb === 0) || (fa === 0 && fb === 1);
  return !letting || ma.word.lower === 'would' || mb.word.lower === 'would';
}

/**
 * Whether two claims turn on the same word ("lose"), and the words they share sit together on both sides, at
 * most one other content word between the first and the last ("will lose control" / "risk of losing human control"): for sentences alike in nothing
 * else, "allow societal structures … to catch up" and "allow the least cautious players to catch up" are two claims.
 */
function tight(a: Passage, ma: Marker, b: Passage, mb: Marker): boolean {
  const ha = governed(a, ma);
  const hb = governed(b, mb);
  if (!ha || !hb || !kin(ha.stem, hb.stem)) return false;
  const sa = content(a.words, claimAfter(ma) + 1, claimAfter(ma) + SCOPE + 2);
  const sb = content(b.words, claimAfter(mb) + 1, claimAfter(mb) + SCOPE + 2);
  return together(a, ma, new Set([...sa].filter((x) => hasKin(x, sb)))) && together(b, mb, new Set([...sb].filter((y) => hasKin(y, sa))));
}

const hasKin = (x: string, ys: Set<string>) => ys.has(x) || [...ys].some((y) => kin(x, y));

/** Whether a marker's shared stems stand together after it: two or more, at most one other content word between (two, between three or more). */
function together(p: Passage, m: Marker, shared: Set<string>): boolean {
  const at: number[] = [];
  for (let i = claimAfter(m) + 1; i <= Math.min(p.words.length - 1, claimAfter(m) + SCOPE + 2); i++) if (shared.has(p.words[i]!.stem)) at.push(i);
  if (at.length < 2) return false;
  let others = 0;
  for (const s of content(p.words, at[0]!, at[at.length - 1]!)) if (!shared.has(s)) others++;
  // Three shared words may stand further apart ("design and build the next, better version of themselves").
  return others <= (at.length >= 3 ? 2 : 1);
}

/**
 * Whether two modals govern the same claim: two words in common right after both ("could arrive soon" /
 * "will arrive sooner"), or three over the rest of the clause, where a rewording moves the verb
 * ("will soon achieve ... the ability to design and develop their own successors" / "could eventually design
 * and develop their own successors").
 */
function sameClaim(a: Passage, ma: Marker, b: Passage, mb: Marker): boolean {
  const near = kinShared((ma.scope ??= content(a.words, claimAfter(ma) + 1, claimAfter(ma) + SCOPE + 2)), (mb.scope ??= content(b.words, claimAfter(mb) + 1, claimAfter(mb) + SCOPE + 2)));
  if (near >= 2) return true;
  // The same subject, told in the same words, and a word of the claim in common ("the least cautious players will race
  // ahead" / "the least cautious players could pull ahead").
  if (near >= 1 && kinShared(subjectOf(a, ma), subjectOf(b, mb)) >= SUBJECT_SHARED) return true;
  const far = (p: Passage, m: Marker) => (m.claim ??= withReferent(p, m, content(p.words, claimAfter(m) + 1, claimAfter(m) + CLAIM)));
  return kinShared(far(a, ma), far(b, mb)) >= 3;
}

/** Subject words two claims must share, with a word of the claim, to be one claim. */
const SUBJECT_SHARED = 2;

/**
 * A modal whose subject points back ("this milestone will arrive", "such a shift could") makes a claim
 * about what the sentence before said, so that sentence's content words belong to the claim too.
 */
function withReferent(p: Passage, m: Marker, claim: Set<string>): Set<string> {
  if (!subjectPointsBack(p, m)) return claim;
  const before = p.before?.();
  if (!before) return claim;
  for (const s of content(before.words, 0, before.words.length - 1)) claim.add(s);
  return claim;
}

const cls = (w: Word) => (HEDGE.has(w.lower) || RISK.has(w.lower) ? 'hedge' : 'firm');

/**
 * A hedge put on words the other side quotes plainly: "anything connected could now be at risk" against the
 * speaker's own "Anything connected is now at risk". A quotation is the speaker's exact claim, so a modal added
 * around the same words changes how sure it sounds; a paraphrase against a paraphrase may word it either way.
 */
function hedgedQuote(x: Passage, y: Passage, flip: boolean): Finding | null {
  // Only quoted words can be the plain claim: most passages quote nothing, and are done here.
  if (y.quotes.length === 0) return null;
  for (const m of modals(x)) {
    if (m.word.quoted || !HEDGE.has(m.word.lower)) continue;
    // What is hedged (the first content word after the modal) and what it is said of (two before it), all quoted in y.
    // Past an adverb of its own ("might eventually be at risk"): the hedge adds it, the quotation has no need of it.
    const h = x.words.slice(claimAfter(m) + 1, claimAfter(m) + SCOPE + 1).find((w) => content(x.words, x.words.indexOf(w), x.words.indexOf(w)).size > 0 && !(w.lower.length > 4 && w.lower.endsWith('ly')))?.stem;
    if (!h) continue;
    const before = content(x.words, m.index - 5, m.index - 1);
    const ha = y.words.flatMap((w, i) => (w.quoted && w.stem === h ? [i] : []));
    const hb = y.words.flatMap((w, i) => (w.quoted && before.has(w.stem) ? [i] : []));
    if (ha.length === 0 || new Set(hb.map((i) => y.words[i]!.stem)).size < 2) continue;
    const from = Math.min(...hb);
    const to = Math.min(...ha.filter((i) => i > from));
    if (!Number.isFinite(to) || to - from > SCOPE + 4) continue;
    // The quoted claim carries no modal of its own (nor a negation, which the negation check reads), nor a hedge a
    // few quoted words before it ("might increase the risks of humans losing control").
    const lead = y.words.slice(Math.max(0, from - SCOPE), from).filter((w) => w.quoted && (HEDGE.has(w.lower) || RISK.has(w.lower)));
    if (lead.length || y.words.slice(from, to + 1).some((w) => HEDGE.has(w.lower) || FIRM.has(w.lower) || AUX_MODAL.has(w.lower) || isNegator(w.lower))) continue;
    const px = [span(x, m.index, Math.min(m.index + 2, x.words.length - 1))];
    const py = [span(y, Math.max(...hb.filter((i) => i < to)), to)];
    const [pa, pb] = flip ? [py, px] : [px, py];
    return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
  }
  return null;
}

/** The same claim hedged on one side and firm on the other (by a modal, or by a quotation with none). */
export function checkCertainty(a: Passage, b: Passage, strict = false): Finding | null {
  return modalCertainty(a, b, strict) ?? hedgedQuote(a, b, false) ?? hedgedQuote(b, a, true);
}

function modalCertainty(a: Passage, b: Passage, strict: boolean): Finding | null {
  const kb = modals(b);
  if (!kb.length) return null;
  const ka = modals(a);
  for (const ma of ka) {
    for (const mb of kb) {
      if (cls(ma.word) === cls(mb.word) || (ma.word.quoted && mb.word.quoted)) continue;
      if (sureness(a, ma, onRisk(b, mb)) === sureness(b, mb, onRisk(a, ma))) continue;
      if (otherVerb(a, ma, b, mb) || (strict && !tight(a, ma, b, mb))) continue;
      if (!sameClaim(a, ma, b, mb)) continue;
      // A claim hedged (or firm) alike on the other side as well is no change of certainty.
      if (kb.some((m) => cls(m.word) === cls(ma.word) && sameClaim(a, ma, b, m))) break;
      if (ka.some((m) => cls(m.word) === cls(mb.word) && sameClaim(a, m, b, mb))) continue;
      const pa = [span(a, ma.index, Math.min(ma.index + 2, a.words.length - 1))];
      const pb = [span(b, mb.index, Math.min(mb.index + 2, b.words.length - 1))];
      return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.75 };
    }
  }
  return null;
}

/**
 * A page claim found firm (or hedged) against one outlet's version of a point, read against another outlet's
 * version that the corpus links to it as the same point: `other` must hedge (or be firm) like the first outlet,
 * and carry no modal like the page's. `f` is the finding against the first outlet. With `tie`, `other` is only a
 * sentence the page's is close to, not a linked version, so its modal must govern the same claim.
 */
export function certaintyAlong(a: Passage, f: Finding, other: Passage, tie = false): Finding | null {
  const at = f.a[0]?.start;
  const ma = modals(a).find((m) => m.word.start === at);
  if (!ma) return null;
  // A linked version that hedges its claim in an appositive after it ("—a capability Anthropic suggests current trends make
  // plausible—") is hedged there, whatever a modal later in its sentence is about ("the window … could close").
  const renamed = !tie && sureness(a, ma, false) === 'firm' ? appositiveHedge(other) : null;
  if (renamed) return { kind: 'certainty', a: f.a, b: [renamed], summary: summarise(f.a, [renamed]), confidence: f.confidence };
  // A version with no modal of its own may leave the claim's certainty to the next sentence, which points back to it
  // ("…an AI system becomes capable of designing its own successor. This milestone could arrive sooner than expected").
  const next = modals(other).length ? null : other.after?.();
  const [p, offset] = next && pointsBack(next.passage) ? [next.passage, next.offset] : [other, 0];
  const ko = modals(p);
  if (ko.some((m) => cls(m.word) === cls(ma.word))) return null;
  const differs = (m: Marker) => !m.word.quoted && sureness(a, ma, onRisk(p, m)) !== sureness(p, m, onRisk(a, ma));
  // A close partner's modal must govern the page's claim (it is not a version of the point the corpus links).
  const mb = ko.find((m) => differs(m) && (!tie || sameClaim(a, ma, p, m)));
  if (!mb || otherVerb(a, ma, p, mb)) return null;
  const piece = span(p, mb.index, Math.min(mb.index + 2, p.words.length - 1));
  const pb = [{ ...piece, start: piece.start + offset, end: piece.end + offset }];
  return { kind: 'certainty', a: f.a, b: pb, summary: summarise(f.a, pb), confidence: f.confidence };
}

/** A sentence whose first modal's subject points back with a determiner ("This milestone could arrive…"). */
function pointsBack(p: Passage): boolean {
  const m = modals(p)[0];
  return !!m && subjectPointsBack(p, m);
}

/** A modal's subject led by a determiner that points back: a noun follows it before the modal ("this milestone", not "that will"). */
function subjectPointsBack(p: Passage, m: Marker): boolean {
  const subject = p.words.slice(Math.max(0, m.index - 3), m.index);
  const at = subject.findIndex((w) => DEMONSTRATIVE.test(w.lower));
  return at >= 0 && subject.slice(at + 1).some((w) => !STOPWORDS.has(w.lower) && !AUX.has(w.lower));
}
