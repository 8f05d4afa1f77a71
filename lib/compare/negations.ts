/**
 * Negation markers in a passage: "did not", "isn't", "never", a likelihood denied ("little risk of"), and a denial
 * without "not" ("failed to notify", "stopped short of", "too weak to"), each with the words it governs.
 */

import { memo, type Passage, type Word, slot } from './passage';
import { STOPWORDS } from '../text/stopwords';
import { AUX, COPULA_CONTRACTED, isNegator, type Marker } from './modality';
import { DETERMINERS } from './subjects';
import { startsUpper } from '../text/capitals';

const NEGATIONS_SLOT = slot();

/**
 * "not just", "not only", "not limited to": adds to a claim rather than denying it; "is not new": it has happened before,
 * as "called for before" says.
 */
const NOT_NEGATING = new Set(['just', 'only', 'merely', 'simply', 'least', 'necessarily', 'new', 'limited', 'restricted']);
/** Verbs of intention a denial may reach its claim through ("does not plan to sell", "doesn't intend to list"). */
const INTENT = /^(?:plan|plans|intend|intends|expect|expects|aim|aims|want|wants|seek|seeks|hope|hopes|mean|means)$/;
/** Words after a negation within which "until" makes it a time ("did not open until Friday"). */
const UNTIL_WITHIN = 5;
/** Quantifiers that deny the likelihood noun after them ("little risk of", "no chance that"). */
const NONE_OF = new Set(['little', 'no', 'minimal', 'negligible', 'scant']);
const LIKELIHOOD = new Set(['risk', 'chance', 'danger', 'threat', 'possibility', 'likelihood', 'prospect']);

/** "little risk of losing control" denies what "humans risk losing control" states; "a little risk" affirms it. */
export function deniesLikelihood(ws: Word[], index: number): boolean {
  return likelihoodDenied(ws, index) >= 0;
}

/** Adjectives a denied likelihood may take ("little real risk", "no serious danger"). */
const LIKELIHOOD_ADJECTIVES = new Set(['real', 'serious', 'genuine', 'significant', 'great', 'immediate', 'major', 'big']);

/** The words between a denying quantifier and its likelihood noun (0, or 1 for an adjective), or -1 when the word at index denies none. */
function likelihoodDenied(ws: Word[], index: number): number {
  if (!NONE_OF.has(ws[index]!.lower) || ws[index - 1]?.lower === 'a') return -1;
  if (LIKELIHOOD.has(ws[index + 1]?.lower ?? '')) return 0;
  return LIKELIHOOD_ADJECTIVES.has(ws[index + 1]?.lower ?? '') && LIKELIHOOD.has(ws[index + 2]?.lower ?? '') ? 1 : -1;
}

/** Verbs and adjectives that deny the verb after their "to" ("failed to notify", "declined to say", "unable to verify"). */
const DENYING_TO = new Set(['fail', 'fails', 'failed', 'refuse', 'refuses', 'refused', 'decline', 'declines', 'declined', 'unable', 'powerless']);
/** Nouns "no" denies with what they are for ("no need for greater collaboration", "no role for government agencies", "under no obligation to verify"). */
const DENIED_NOUNS = new Set(['need', 'role', 'plan', 'plans', 'intention', 'place', 'means', 'way', 'mechanism', 'provision', 'case', 'reason', 'obligation', 'requirement', 'duty']);
/** Nouns of the means to do a thing, whose "for" clause names who would do it ("no way for labs to check"). */
const MEANS_NOUNS = new Set(['means', 'way', 'mechanism', 'provision']);
/** Nouns of checking that "no" denies as it denies a verb ("no checks that…", "no verification of…"). */
const CHECKING = /^(?:checks?|checking|verification|verifications|confirmation|monitoring|audits?|inspections?)$/;
/** Verbs that deny what follows them with a particle: "ruled out", "warned against", "shelved plans to", "keep out of". */
const RULE = /^rul(?:e|es|ed|ing)$/;
/** Verbs whose "against" denies what follows: "warned against", "argued against", "voted against", "spoke out against". */
const WARN = /^(?:warn|warns|warned|warning|caution|cautions|cautioned|cautioning|argue|argues|argued|arguing|advise|advises|advised|advising|campaign|campaigns|campaigned|campaigning|lobby|lobbies|lobbied|lobbying|vote|votes|voted|voting|speak|speaks|spoke|speaking)$/;
const SHELVE = /^(?:shelve|shelves|shelved|shelving|abandon|abandons|abandoned|abandoning|dropped|scrapped|scraps|scrap)$/;
const KEEP = /^(?:keep|keeps|kept|keeping|stay|stays|stayed|staying)$/;
const HOLD = /^(?:hold|holds|held|holding)$/;
const SHIELD = /^(?:shield|shields|shielded|shielding|insulate|insulates|insulated|insulating|wall|walls|walled)$/;
const REFRAIN = /^(?:refrain|refrains|refrained|refraining|abstain|abstains|abstained)$/;
const SHY = /^(?:shy|shies|shied|shying)$/;
/** Verbs that turn down what a call or an idea asks for: "dismissed calls for closer collaboration", "rejected the idea of a pause". */
const REJECT = /^(?:dismiss|dismisses|dismissed|dismissing|reject|rejects|rejected|rejecting|rebuff|rebuffs|rebuffed|rebuffing|spurn|spurns|spurned|spurning)$/;
/** What a call or an idea is, when it is rejected ("calls for", "the idea of", "demands that", "the need for"). */
const ASKED = /^(?:calls?|demands?|proposals?|suggestions?|idea|notion|appeals?|pleas?|need|case)$/;
/** Words from a verb of denying to the "that" of what it denies, at most ("denied in a blog post Thursday that"). */
const DENY_REACH = 7;
/** Verbs of saying that deny the claim they report ("denied that …"). */
const DENY = /^(?:deny|denies|denied|denying|disputes|disputed|disputing)$/;
/** Adverbs that deny what they qualify ("hardly ever serve", "scarcely matters"). */
const DENYING_ADVERBS = new Set(['hardly', 'scarcely']);
/** The words deniesWithout reads further, as one Set and one pattern: it runs for every word, and most words are none. */
const DENIAL_WORDS: ReadonlySet<string> = new Set([...DENYING_ADVERBS, ...DENYING_TO, 'stop', 'stops', 'stopped', 'little', 'nothing', 'no', 'too', 'without']);
const DENIAL_VERB = new RegExp([DENY, RULE, WARN, SHELVE, HOLD, REFRAIN, SHY, REJECT, KEEP, SHIELD].map((r) => r.source).join('|'));

/**
 * A negation written without "not", with the words between it and its claim: "hardly (ever)", "failed to", "stopped
 * short of", "without (first) alerting", "no longer". -1 when the word at i is none.
 */
function deniesWithout(ws: Word[], i: number, text: string): number {
  const w = ws[i]!.lower;
  if (!DENIAL_WORDS.has(w) && !DENIAL_VERB.test(w)) return -1;
  const next = ws[i + 1]?.lower ?? '';
  if (DENYING_ADVERBS.has(w)) return next === 'ever' ? 1 : 0;
  if (DENYING_TO.has(w)) return next === 'to' && !!ws[i + 2] && !STOPWORDS.has(ws[i + 2]!.lower) ? 1 : -1;
  if ((w === 'stopped' || w === 'stops' || w === 'stop') && next === 'short' && ws[i + 2]?.lower === 'of') return 2;
  // "AI does little to lower the cost", "would do nothing to stop any rival": what is done little (or nothing) to happen
  // is denied, as with "fails to lower".
  if ((w === 'little' || w === 'nothing') && /^(?:do|does|did|done|doing)$/.test(ws[i - 1]?.lower ?? '') && next === 'to' && !!ws[i + 2] && !STOPWORDS.has(ws[i + 2]!.lower)) return 1;
  // "no longer" before a claim of its own ("no longer need to"), not "is no longer whether…".
  // "No longer: '…'" answers what came before; the claim after the colon is not denied.
  if (w === 'no' && next === 'longer') return ws[i + 2] && !STOPWORDS.has(ws[i + 2]!.lower) && !/[:;.]/.test(text.slice(ws[i + 1]!.end, ws[i + 2]!.start)) ? 1 : -1;
  // "too weak to become": what follows "to" cannot be.
  if (w === 'too' && ws[i + 2]?.lower === 'to' && /^[a-z]{3,}$/.test(next) && !STOPWORDS.has(next) && ws[i + 3] && !STOPWORDS.has(ws[i + 3]!.lower)) return 2;
  // "with no checks that rivals have slowed", "no verification of compliance": the checking itself is denied.
  if (w === 'no' && CHECKING.test(next) && ws[i - 1]?.lower !== 'a') return 0;
  // "saw no need for", "sees no role for", "has no plans to": the need, role or plan is denied, and what follows with it.
  // "no mechanism for one lab to verify": the means' own clause says what is denied (claim-tie.ts reads it through the means).
  if (w === 'no' && MEANS_NOUNS.has(next) && ws[i + 2]?.lower === 'for' && ws[i - 1]?.lower !== 'a') return 0;
  // "saw little need for", "little reason to": as good as none.
  const none = w === 'no' || (w === 'little' && (next === 'need' || next === 'reason'));
  if (none && DENIED_NOUNS.has(next) && ws[i - 1]?.lower !== 'a') return /^(?:for|to|of|in)$/.test(ws[i + 2]?.lower ?? '') ? 2 : 1;
  const content = (k: number) => !!ws[k] && !STOPWORDS.has(ws[k]!.lower);
  // "denied that AI systems are improving": the claim reported is denied, past where it was denied ("denied in a blog post
  // Thursday that …").
  if (DENY.test(w)) {
    const k = ws.findIndex((x, j) => j > i && j <= i + DENY_REACH && x.lower === 'that');
    if (k > i && !/[,;:.!?]/.test(text.slice(ws[i]!.end, ws[k]!.start)) && (content(k + 1) || content(k + 2))) return k - i;
  }
  // "ruled out placing it on a blacklist": what is ruled out is denied.
  if (RULE.test(w) && next === 'out' && content(i + 2)) return 1;
  // "warned against closer collaboration": what is warned against is denied, as "called for" affirms it.
  if (WARN.test(w) && next === 'against' && content(i + 2)) return 1;
  if (WARN.test(w) && next === 'out' && ws[i + 2]?.lower === 'against' && content(i + 3)) return 2;
  // "have shelved plans to sell shares": the plan is dropped, with what it was for.
  if (SHELVE.test(w) && /^(?:plans?|bids?|efforts?)$/.test(next) && ws[i + 2]?.lower === 'to' && content(i + 3)) return 2;
  // "held back from offering details", "refrained from naming", "shied away from": what they held back from they did not do.
  if (HOLD.test(w) && next === 'back' && ws[i + 2]?.lower === 'from' && content(i + 3)) return 2;
  if (REFRAIN.test(w) && next === 'from' && content(i + 2)) return 1;
  if (SHY.test(w) && next === 'away' && ws[i + 2]?.lower === 'from' && content(i + 3)) return 2;
  // "dismissed calls for closer collaboration", "rejected the idea of a pause": what was called for is turned down.
  if (REJECT.test(w)) {
    const k = next === 'the' || next === 'any' ? i + 2 : i + 1;
    // A noun phrase after "for" may open with a word of quantity ("the need for more collaboration"); a "that" clause opens with
    // its subject, which is not what is turned down.
    const after = ws[k + 1]?.lower ?? '';
    if (ASKED.test(ws[k]?.lower ?? '') && /^(?:for|of|that|to)$/.test(after) && (content(k + 2) || (after !== 'that' && content(k + 3)))) return k + 1 - i;
  }
  // "should keep out of setting the rules": what they keep out of they do not do.
  if (KEEP.test(w) && next === 'out' && ws[i + 2]?.lower === 'of' && content(i + 3)) return 2;
  // "kept out of the hands of governments", "kept away from governments", "shielded from governments": what is kept from
  // them is not theirs to have or do.
  if (KEEP.test(w) && next === 'out' && ws[i + 2]?.lower === 'of' && ws[i + 3]?.lower === 'the' && ws[i + 4]?.lower === 'hands' && ws[i + 5]?.lower === 'of' && content(i + 6)) return 5;
  if (KEEP.test(w) && next === 'away' && ws[i + 2]?.lower === 'from' && content(i + 3)) return 2;
  if (SHIELD.test(w) && next === 'from' && content(i + 2)) return 1;
  // "At no point did Papernot notify", "at no time has the board said": a fronted denial puts its clause's subject after the
  // auxiliary, and denies the verb after that subject.
  if (w === 'no' && FRONTED.test(ws[i - 1]?.lower ?? '') && NO_TIME.test(next) && AUX.has(ws[i + 2]?.lower ?? '')) {
    const verb = afterSubject(ws, i + 3);
    return verb > 0 ? verb - i - 1 : -1;
  }
  if (w !== 'without') return -1;
  // "built the worm in its lab without any open-source AI tools": after the verb it qualifies, "without any" denies the use of
  // what it names; opening a clause ("Without any such mechanism, …") it sets a condition.
  if (next === 'any' && i > 0 && content(i + 2) && !/[,;:]\s*$/.test(text.slice(ws[i - 1]!.end, ws[i]!.start))) return 1;
  // "without (first) alerting": a gerund, not a noun ("without warning", "without any details").
  const skip = next === 'first' || next === 'ever' || (next.length > 4 && next.endsWith('ly')) ? 1 : 0;
  const verb = ws[i + 1 + skip]?.lower ?? '';
  return verb.length > 5 && verb.endsWith('ing') ? skip : -1;
}

/** Prepositions that front a denial of time or manner ("at no point", "in no way", "under no circumstances"). */
const FRONTED = /^(?:at|in|under|on)$/;
const NO_TIME = /^(?:point|time|stage|moment|way|circumstances|occasion)$/;
/** Determiners and possessives that open a subject of two words ("the company", "its founders", "any lab"). */
const DETERMINER: ReadonlySet<string> = new Set([...DETERMINERS, 'any', 'this', 'that', 'either']);

/** The index of the verb after a subject starting at k (a name in capitals, a determiner and its noun, or one word), or -1. */
function afterSubject(ws: Word[], k: number): number {
  let v = k;
  if (DETERMINER.has(ws[k]?.lower ?? '')) v = k + 2;
  else while (v < ws.length && v - k < SUBJECT_WORDS + 1 && startsUpper(ws[v]!.text)) v++;
  if (v === k) v = k + 1;
  return v < ws.length && !STOPWORDS.has(ws[v]!.lower) ? v : -1;
}

/** Words that open a condition set before its sentence's main clause ("If there is no plan like this, …"). */
const CONDITION = new Set(['if', 'unless']);

/**
 * Whether word i stands in a condition that ends at a comma or colon before what follows: "If there is
 * no plan like this, the least cautious will move ahead" states what happens without a plan, as "Without such a plan,
 * …" does, and denies nothing the other side asserts.
 */
function inCondition(p: Passage, i: number): boolean {
  const ws = p.words;
  const between = (k: number) => p.norm.slice(ws[k]!.end, ws[k + 1]?.start ?? ws[k]!.end);
  const clause = (k: number) => /[,;:]/.test(between(k));
  // An aside inside the condition ("If AI systems gain the ability—a capability Anthropic no longer considers
  // plausible—…") says something of its own: a dash or bracket (in the text as written; normalising makes a dash a
  // hyphen) ends the look back.
  let k = i - 1;
  while (k >= 0 && !clause(k) && !/[—–(]/.test(p.text.slice(ws[k]!.end, ws[k + 1]!.start))) k--;
  // The condition's "if" stands in the negation's clause, before it ("If there is no plan…", "Its fear if there is no mechanism:").
  if (!ws.slice(k + 1, i).some((w) => CONDITION.has(w.lower))) return false;
  for (let j = i; j < ws.length - 1; j++) if (clause(j)) return true;
  return false;
}

/** Words a subject of "neither … nor" may hold. */
const SUBJECT_WORDS = 3;

/**
 * For "neither" opening two subjects ("neither it nor OpenAI prepares", "neither governments nor companies should"),
 * the words from it to their verb; 0 when it opens none ("neither company", "neither side would say").
 */
function neitherNor(ws: Word[], i: number): number {
  for (let n = i + 2; n <= i + 1 + SUBJECT_WORDS && n < ws.length; n++) {
    if (ws[n]!.lower !== 'nor') continue;
    // The second subject: a capitalised name or one word, then the verb.
    let v = n + 1;
    while (v < ws.length && v - n <= SUBJECT_WORDS && ws[v]!.text[0] !== ws[v]!.lower[0]) v++;
    if (v === n + 1) v++;
    return v < ws.length ? v - i : 0;
  }
  return 0;
}

/**
 * Predicate negations: "did not", "should not be", "isn't", "never" (not a contrast like "governments, not
 * companies"), a likelihood denied ("there's little risk of"), and a denial without "not" ("failed to notify").
 */
/** Verbs of saying or knowing that a denial leaves a question open with ("does not say whether", "did not specify who"). */
const UNSAID = /^(?:say|says|said|specify|state|explain|indicate|disclose|reveal|mention|clarify|detail|elaborate|know|answer)$/;
const WH = /^(?:whether|what|who|whom|which|how|when|where|why|if)$/;

export function negations(p: Passage): Marker[] {
  return memo(p, NEGATIONS_SLOT, () => {
    const out: Marker[] = [];
    p.words.forEach((word, index) => {
      const unlikely = likelihoodDenied(p.words, index);
      if (unlikely >= 0) return void out.push(unlikely ? { word, index, frame: unlikely } : { word, index });
      const without = deniesWithout(p.words, index, p.text);
      if (without >= 0) return void out.push(without ? { word, index, frame: without } : { word, index });
      // "can neither access it nor modify it": after an auxiliary, "neither" denies as "not" does ("neither company" does not).
      if (word.lower === 'neither') {
        if (AUX.has(p.words[index - 1]?.lower ?? '')) return void out.push({ word, index });
        // "neither it nor OpenAI prepares for…": two subjects denied what their verb says, reached past both.
        const frame = neitherNor(p.words, index);
        return void (frame > 0 && out.push({ word, index, frame }));
      }
      if (!isNegator(word.lower)) return;
      if (NOT_NEGATING.has(p.words[index + 1]?.lower ?? '')) return;
      // "does not say whether", "did not specify who": what is left unsaid is asked, not denied.
      if (UNSAID.test(p.words[index + 1]?.lower ?? '') && WH.test(p.words[index + 2]?.lower ?? '')) return;
      // "will not take effect until 2027" says when it happens, not that it does not.
      if (p.words.slice(index + 1, index + 1 + UNTIL_WITHIN).some((w) => w.lower === 'until')) return;
      // "Isn't a pause proposal just good PR?": a question opened by a denied auxiliary asks the reader to agree; it denies nothing.
      if (index === 0 && word.lower.endsWith("n't") && /\?\s*["')\]]*\s*$/.test(p.norm)) return;
      const prev = p.words[index - 1];
      // "need not verify": "need" as a modal denies as an auxiliary does.
      if (!(word.lower.endsWith("n't") || word.lower === 'never' || word.lower === 'cannot' || AUX.has(prev?.lower ?? '') || prev?.lower === 'need' || COPULA_CONTRACTED.test(prev?.text ?? ''))) return;
      // "does not plan to sell any shares" denies the selling, as "will not sell" does: the intention is a frame.
      const intent = INTENT.test(p.words[index + 1]?.lower ?? '') && p.words[index + 2]?.lower === 'to';
      out.push(intent ? { word, index, frame: 2 } : { word, index });
    });
    // Most sentences hold no negation: the condition around one is read only for those that do.
    return out.length ? out.filter((m) => !inCondition(p, m.index)) : out;
  });
}
