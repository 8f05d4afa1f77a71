/**
 * The typed checks each kind of sentence pair is run through, in order (a kind found first for a pair of paragraphs
 * stands), and how each kind of finding carried to the other outlets' versions of a point is read there again.
 */

import type { Passage } from './passage';
import type { Finding } from './finding';
import { attributionAlong, checkClaimCredit, checkQuoteCredit } from './check-credit';
import { checkDates } from './check-facts';
import { checkNumbers, numberAlong } from './check-numbers';
import { checkQuotes } from './check-quotes';
import { checkShortQuotes } from './check-short-quotes';
import { checkQuotedList } from './check-quoted-list';
import { checkNames, checkTitles } from './check-names';
import { checkAttribution } from './check-speakers';
import { checkCarriedNames } from './check-carried-names';
import { checkAlone } from './check-alone';
import { certaintyAlong, checkCertainty } from './check-certainty';
import { checkStatedCertainty } from './check-stated-certainty';
import { checkHedgedClaim } from './check-hedged-claim';
import { checkDegree } from './check-degree';
import { checkOpenQuestion } from './check-open-question';
import { checkNegation } from './check-negation';
import { checkDeniedAmount } from './check-denied-amount';
import { checkEvidence } from './check-evidence';
import { checkFirstReporter, checkSequence } from './check-sequence';
import { checkEventOrder } from './check-event-order';
import { checkRelativeOrder } from './check-relative-order';
import { checkCreditedVsFact } from './check-attribution';
import { checkDirection } from './check-direction';
import { checkContrast } from './check-contrast';
import { checkOpposite } from './check-opposite';
import { checkScope } from './check-scope';
import { checkDetail } from './check-detail';
import { checkReported } from './check-reported';
import { nameAlong } from './name-along';
import { quoteWordsAlong } from './quote-along';
import { ALIGN_MIN } from '../match/align';

export type Check = (a: Passage, b: Passage, minContext: number) => Finding | null;

/** Checks for pairs on the same point (context already established). */
export const SAME_POINT_CHECKS: Check[] = [checkQuotes, checkShortQuotes, checkQuotedList, checkRelativeOrder, (a, b) => checkDates(a, b, 1), (a, b) => checkNumbers(a, b, 1), checkDegree, (a, b) => checkNames(a, b, 0), (a, b) => checkCarriedNames(a, b), (a, b) => checkAttribution(a, b), checkQuoteCredit, checkClaimCredit, checkSequence, checkEventOrder, (a, b) => checkCertainty(a, b), checkStatedCertainty, checkHedgedClaim, checkOpenQuestion, (a, b) => checkEvidence(a, b, 2), (a, b) => checkNegation(a, b), checkDeniedAmount, (a, b) => checkDirection(a, b, 1), (a, b) => checkContrast(a, b, 1), (a, b) => checkOpposite(a, b, 2), checkScope, (a, b) => checkDetail(a, b), (a, b) => checkReported(a, b, 2), checkCreditedVsFact, checkAlone];
/** For sentences found only because both name the same dated thing ("blog post"). */
export const DATED_CHECKS: Check[] = [checkRelativeOrder, (a, b) => checkDates(a, b, 2)];
/** The same, where the outlet's dated sentence stands beside the page sentence's same-point partner (see dated-pairs.ts). */
export const DATED_BESIDE_CHECKS: Check[] = [checkRelativeOrder, (a, b) => checkDates(a, b, 1)];
/** For sentences found only because both quote the same words. */
export const QUOTED_CHECKS: Check[] = [checkQuotes, checkQuoteCredit];
/** For sentences found only because both name the same person: a title changed, or a person put in another's place beside them. */
export const TITLED_CHECKS: Check[] = [checkTitles, (a, b) => checkNames(a, b, 1, true)];
/** For sentences found only because both hold the word a page claim's modal or negation governs. */
export const CLAIM_CHECKS: Check[] = [(a, b) => checkCertainty(a, b, true), (a, b) => checkNegation(a, b, true)];
/** For sentences found only because both hold words of a thing the page sentence scopes. */
export const SCOPED_CHECKS: Check[] = [checkScope];
/** Checks that tie the two passages by local context themselves, for merely related pairs. */
export const RELATED_CHECKS: Check[] = [checkQuotes, checkShortQuotes, checkQuotedList, checkRelativeOrder, (a, b) => checkDates(a, b, 2), (a, b) => checkNumbers(a, b, 2), checkDegree, (a, b) => checkNames(a, b, 2), (a, b) => checkCarriedNames(a, b, 2), (a, b) => checkCertainty(a, b), (a, b) => checkStatedCertainty(a, b, 3), (a, b) => checkEvidence(a, b, 3), (a, b) => checkNegation(a, b), checkDeniedAmount, (a, b) => checkDirection(a, b, 2), (a, b) => checkContrast(a, b, 2), (a, b) => checkOpposite(a, b, 3), checkScope, (a, b) => checkDetail(a, b, 4), (a, b) => checkReported(a, b, 3), (a, b) => checkAttribution(a, b, 4), checkQuoteCredit, checkClaimCredit, checkFirstReporter, (a, b) => checkSequence(a, b, 2), checkEventOrder, checkAlone];

/** For an edited sentence of a recognised article, against the other outlets' sentences it meets (see edited-sentences.ts). */
export const EDITED_CHECKS: Check[] = SAME_POINT_CHECKS;

/**
 * How close the pair a finding was made on must be for the finding to be carried along: who is credited with a point is
 * read off a named speaker, and a loosely related pair's speaker ("…, said a think-tank researcher") is often saying
 * something else, which must not spread to every outlet's version of the point.
 */
export const CARRY_MIN: Partial<Record<string, number>> = { attribution: ALIGN_MIN };

/** A finding carried along that marks the same page words as the first did, or null. */
const sameStart = (f: Finding, g: Finding | null) => (g && g.a[0]?.start === f.a[0]?.start ? g : null);

/** Kinds of finding read again in the other outlets' versions of the point, with how. */
/** `tie`: the other passage is a close partner of the page's sentence, not a linked version of `first`, the passage the finding was made against. */
export const ALONG: Partial<Record<string, (page: Passage, f: Finding, other: Passage, tie: boolean, first: Passage) => Finding | null>> = {
  // A finding shown on one side and conjectured on the other is so against each version of it that shows it.
  certainty: (page, f, other, tie) => certaintyAlong(page, f, other, tie) ?? sameStart(f, checkEvidence(page, other, tie ? 2 : 1)),
  attribution: (page, f, other, tie) => attributionAlong(f, other, tie ? page : undefined),
  number: numberAlong,
  // A name put in another's place ("University of Ottawa") is put so against every outlet that names the other one there.
  name: (_page, f, other) => nameAlong(f, other),
  // A short phrase quoted another way ("least responsible" / "least cautious") is quoted so by every outlet that quotes it,
  // and differs from every outlet that gives the original words unquoted.
  quote: (page, f, other, _tie, first) => checkShortQuotes(page, other) ?? quoteWordsAlong(f, other, first),
  // A claim denied against one outlet is denied against the others' versions of it, which may share only its head word
  // with the page ("no way of verifying…" / "- Verify compliance across competitors"); a close partner must share two.
  negation: (page, f, other, tie) => sameStart(f, checkNegation(page, other, false, tie ? 2 : 1)),
};
