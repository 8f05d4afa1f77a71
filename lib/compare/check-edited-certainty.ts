/**
 * A modal the edit changed in an edited sentence of a recognised article ("devices can become entry points" edited
 * to "might become"): the unedited sentence ties the claim to the other outlets' sentences on its point, so an outlet
 * that does not hedge it as the page now does (or hedges it where the page now is firm) diverges from the page.
 */

import { claimThere, type Edit } from './edited-sentences';
import { summarise, type Finding } from './finding';
import { AUX, FIRM, governed, HEDGE, isNegator, modals, RISK } from './modality';
import type { Passage, Word } from './passage';

/** Adverbs of certainty that can be put into a sentence without rebuilding it. */
const ADVERB = new Set(['perhaps', 'probably', 'possibly', 'potentially', 'likely', 'certainly', 'definitely', 'surely', 'inevitably']);

/** Words a put-in modal and its adverb take ("could perhaps"). */
const MODAL_WORDS = 2;

/** Words an aside between a modal and its verb may hold ("could, in time, mean"). */
const ASIDE_WORDS = 3;

/** Whether the words after the first (a modal) stand between commas: ", in time,". */
function setOff(a: Passage, ws: Word[]): boolean {
  const between = a.norm.slice(ws[0]!.end, ws[1]!.start);
  const after = a.norm.slice(ws.at(-1)!.end, ws.at(-1)!.end + 2);
  return /^\s*,\s*$/.test(between) && /^\s*,/.test(after);
}

/** How sure a word makes a claim: a hedge ("might"), firm ("will") or neither ("can", a plain verb). */
const sureness = (w: Word) => (HEDGE.has(w.lower) ? 'hedge' : FIRM.has(w.lower) ? 'firm' : 'plain');

/** The page's new hedge or firmness against an outlet that words the claim otherwise, where the edit swapped one word. */
export function checkEditedCertainty(a: Passage, b: Passage, edit: Edit): Finding | null {
  for (const swap of edit.swaps) {
    // A hedging or firm adverb put into a sentence otherwise kept ("the technology is perhaps improving faster"), or a
    // hedging modal with its adverb before a verb kept ("the threat extends" / "the threat could perhaps extend").
    // The verb may come back in its bare form ("extends" / "could perhaps extend"): the same stem, so no word changed there.
    const sameVerb = swap.removed.length === 1 && swap.added.length > 1 && swap.added.at(-1)!.stem === swap.removed[0]!.stem;
    const added = sameVerb ? swap.added.slice(0, -1) : swap.added;
    // A hedging modal with an aside set off by commas before the verb kept ("means" / "could, in time, mean").
    const aside = sameVerb && added.length > 1 && added.length <= MODAL_WORDS + ASIDE_WORDS && HEDGE.has(added[0]!.lower) && setOff(a, added);
    if (added.length >= 1 && (added.length <= MODAL_WORDS || aside) && (swap.removed.length === 0 || sameVerb)) {
      const put = added.map((w) => a.words.find((x) => x.start === w.start)!);
      const single = put.length === 1 && ADVERB.has(put[0]!.lower);
      if (!single && !aside && !(put.length === MODAL_WORDS && HEDGE.has(put[0]!.lower) && ADVERB.has(put[1]!.lower))) continue;
      const now = put[0]!;
      const there = claimThere(a, swap.at, b);
      if (!there || there.near.some((w) => sureness(w) === sureness(now))) continue;
      const pa = [{ start: now.start, end: now.end, text: now.text }];
      return { kind: 'certainty', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.6 };
    }
    if (swap.added.length !== 1 || swap.removed.length !== 1) continue;
    const now = a.words[swap.at]!;
    const was = sureness(edit.original.words.find((w) => w.start === swap.removed[0]!.start)!);
    const is = sureness(now);
    if (is === was || (is === 'plain' && was === 'plain')) continue;
    // A plain word traded for a modal is an auxiliary ("can become" / "might become"); any other ("from secretly
    // accelerating" / "could secretly speed up") is a sentence rebuilt around it.
    const plain = was === 'plain' ? swap.removed[0]!.text.toLowerCase() : now.lower;
    if (!AUX.has(plain)) continue;
    const there = claimThere(a, swap.at, b);
    // An outlet as sure as the page now is agrees with it.
    if (!there || there.near.some((w) => sureness(w) === is)) continue;
    const pa = [{ start: now.start, end: now.end, text: now.text }];
    return { kind: 'certainty', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.6 };
  }
  return checkRephrasedCertainty(a, b, edit) ?? checkTentativeSaying(a, b, edit);
}

/** Verbs that present what follows as the speaker's firm view ("asserting that…", "insisted"). */
const FIRM_SAYING = /^(?:said|says|saying|stated|states|stating|asserted|asserts|asserting|argued|argues|arguing|insisted|insists|insisting|declared|declares|declaring|maintained|maintains|maintaining|contended|contends|contending|noted|notes|noting)$/;
/**
 * Words that present it as a view merely tried out ("tentatively floating the view that…", "mused", "ventured"), or
 * as a guess ("hazards a guess that…", "suspected", "surmised").
 */
const TENTATIVE_SAYING = /^(?:tentatively|tentative|floated|floating|floats|float|mused|musing|muses|wondered|wondering|speculated|speculating|ventured|venturing|hinted|hinting|guess|guesses|guessed|guessing|hazards|hazarded|hazarding|suspected|suspects|suspecting|surmised|surmises|surmising|conjectured|conjectures|conjecturing)$/;
/** Words the tentative phrase may take at most in place of the verb ("tentatively floating the view"). */
const SAYING_WORDS = 5;

/**
 * A firm verb of saying the edit traded for a tentative one ("asserting that …" / "tentatively floating the view that
 * …"): the claim kept, the page now has the speaker less sure of it than an outlet that reports it as said outright.
 */
function checkTentativeSaying(a: Passage, b: Passage, edit: Edit): Finding | null {
  if (edit.rewritten) return null;
  for (const swap of edit.swaps) {
    if (!swap.removed.length || swap.removed.length > 2 || !swap.added.length || swap.added.length > SAYING_WORDS) continue;
    if (!swap.removed.some((w) => FIRM_SAYING.test(w.lower)) || !swap.added.some((w) => TENTATIVE_SAYING.test(w.lower))) continue;
    const there = claimThere(a, swap.at, b);
    // An outlet that has the speaker tentative too, or hedging, agrees with the page.
    if (!there || b.words.some((w) => TENTATIVE_SAYING.test(w.lower)) || there.near.some((w) => sureness(w) === 'hedge')) continue;
    const first = a.words[swap.at]!;
    const last = a.words[swap.at + swap.added.length - 1]!;
    const pa = [{ start: first.start, end: last.end, text: a.text.slice(first.start, last.end) }];
    // Shown against the outlet's own verb of saying where it has one ("arguing that"), else the claim's words.
    const said = b.words.find((w) => FIRM_SAYING.test(w.lower) && !w.quoted);
    const pb = said ? { start: said.start, end: said.end, text: said.text } : there.piece;
    return { kind: 'certainty', a: pa, b: [pb], summary: summarise(pa, [pb]), confidence: 0.6 };
  }
  return null;
}

/** Words beyond the modals that hedge what they are put to ("reportedly", "suspects", "plausible", "appears to have had"). */
const HEDGING = new Set(['reportedly', 'allegedly', 'supposedly', 'apparently', 'conceivably', 'plausible', 'possible', 'conceivable', 'uncertain', 'unclear', 'unconfirmed', 'unproven', 'speculated', 'speculates', 'suspect', 'suspects', 'hunch', 'guesswork', 'appears', 'appeared', 'seems', 'seemed']);
/** Words beyond the modals that make what they are put to certain ("inevitable", "guaranteed"). */
const FIRMING = new Set(['certain', 'inevitable', 'inevitably', 'guaranteed', 'assured', 'undoubtedly', 'definite', 'always']);
/** Words a swap may add at most to be read as a change of certainty rather than a sentence rebuilt. */
const MAX_ADDED = 6;
/** Words a swap may take out at most to be read so. */
const MAX_REMOVED = 2;
/** Words of certainty and auxiliaries: a swap of only these changes how sure a claim is, not what it is. */
const CERTAINTY_WORD = (w: string) => AUX.has(w) || HEDGE.has(w) || FIRM.has(w) || HEDGING.has(w) || FIRMING.has(w);

/** Verbs of a stated plan or aim ("plans to", "intends to"). */
const INTENT = /^(?:plan|plans|planned|intend|intends|intended|aim|aims)$/;

/** Words after a claim's verb that may tie it to the outlet's sentence when the words around the swap do not. */
const CLAIM_WORDS = 10;

/** Words either side of a swap whose modals count as the claim's (a modal kept beside the swap is in both). */
const AROUND = 2;

/** "would" and "should" put into a sentence most often frame it ("under the proposal, labs would verify"), not firm it. */
const FRAMING = new Set(['would', 'should']);

/**
 * How sure words i..j of a passage make their claim, with `around` words either side: a hedge wins over a firm word, and
 * a firm word denied ("far from certain") hedges. Returns the level and the word that sets it.
 */
function levelIn(p: Passage, i: number, j: number, around = 0): { level: 'hedge' | 'firm' | 'plain'; word?: Word } {
  const from = Math.max(0, i - around);
  const to = Math.min(p.words.length - 1, j + around);
  let firm: Word | undefined;
  const marked = new Set(modals(p).filter((m) => m.index >= from && m.index <= to).map((m) => m.index));
  for (let k = from; k <= to; k++) {
    const w = p.words[k]!;
    if (HEDGE.has(w.lower) || HEDGING.has(w.lower) || (marked.has(k) && RISK.has(w.lower))) return { level: 'hedge', word: w };
    if (FIRMING.has(w.lower) || (marked.has(k) && !HEDGE.has(w.lower) && !FRAMING.has(w.lower))) {
      if (p.words.slice(Math.max(0, k - 2), k).some((x) => isNegator(x.lower) || x.lower === 'far')) return { level: 'hedge', word: w };
      firm ??= w;
    }
  }
  return firm ? { level: 'firm', word: firm } : { level: 'plain' };
}

/**
 * A claim hedged or made firm in words of the edit's own ("can become" / "will inevitably become", "proposes" / "may
 * propose", "plausible" / "all but inevitable"): the page's claim word stands in the original too, so the sentence
 * says the same thing more or less surely, and an outlet not as sure as the page now is diverges from it.
 */
function checkRephrasedCertainty(a: Passage, b: Passage, edit: Edit): Finding | null {
  // A sentence rewritten throughout says its claim in a new frame ("proposes that labs verify" / "under its proposal, labs
  // would verify"), and its modals are the frame's.
  if (edit.rewritten) return null;
  for (const swap of edit.swaps) {
    if (!swap.added.length || swap.added.length > MAX_ADDED || swap.removed.length > MAX_REMOVED) continue;
    const first = swap.at;
    const last = swap.at + swap.added.length - 1;
    const o = edit.original;
    const oAt = Math.min(swap.from, o.words.length - 1);
    const oLast = Math.max(oAt, swap.from + swap.removed.length - 1);
    const now = levelIn(a, first, last);
    const is = now.level;
    if (is === 'plain' || is === levelIn(o, oAt, oLast, AROUND).level) continue;
    // A word of certainty moved within the sentence ("current trends make plausible" / "is plausible on current trends").
    if (edit.swaps.some((x) => x.removed.some((w) => w.lower === now.word!.lower))) continue;
    const removed = new Set(swap.removed.map((w) => w.stem));
    // The swap is the claim's verb group: what it took out is the claim word itself ("extends" / "might extend") or
    // words of certainty only ("can" / "will inevitably"), and the claim word stands in the original.
    const m = modals(a).find((x) => x.index >= first && x.index <= last);
    const claim = m ? governed(a, m) : null;
    // A plan stated ("plans to explore") is as sure as a plain claim: trading it for a modal ("may explore") hedges it.
    const intent = swap.removed.some((w) => INTENT.test(w.lower));
    const certaintyOnly = swap.removed.every((w) => CERTAINTY_WORD(w.lower) || INTENT.test(w.lower) || (intent && w.lower === 'to'));
    if (m && (!claim || !o.words.some((w) => w.stem === claim.stem) || !(removed.has(claim.stem) || certaintyOnly))) continue;
    // Without a modal, a few words of certainty; or an adjective of it opening the claim ("is virtually certain to design").
    const adjectiveTo = swap.added.some((w, k) => (FIRMING.has(w.lower) || HEDGE.has(w.lower) || HEDGING.has(w.lower)) && swap.added[k + 1]?.lower === 'to');
    if (!m && ((swap.added.length > 3 && !adjectiveTo) || !certaintyOnly)) continue;
    // A claim set after an idiom of likelihood ("will in all likelihood reach a stage where they can design…") is read
    // from its verb on, its own words included.
    const there = claimThere(a, first, b) ?? (claim ? claimThere(a, a.words.indexOf(claim) - 1, b, CLAIM_WORDS) : null);
    if (!there) continue;
    // The outlet's words around its claim, read as a passage of their own: as sure as the page now is, it agrees.
    const near: Passage = { ...b, words: there.near, memo: [] };
    if (levelIn(near, 0, there.near.length - 1).level === is) continue;
    const pa = [{ start: a.words[first]!.start, end: a.words[last]!.end, text: a.text.slice(a.words[first]!.start, a.words[last]!.end) }];
    return { kind: 'certainty', a: pa, b: [there.piece], summary: summarise(pa, [there.piece]), confidence: 0.6 };
  }
  return null;
}
