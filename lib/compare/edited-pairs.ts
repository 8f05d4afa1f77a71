/**
 * The pairs and checks for a recognised article's edited sentences (see edited-sentences.ts). Sentences close to
 * an edited one, or linked to its original, are on its point: every same-point check runs there, kept to what the
 * edit brings, with the checks that read the edit itself. A looser partner counts only for a replaced name, and
 * only where some word around the two names is shared.
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
import { ALIGN_MIN } from '../match/align';
import { RELATED } from './checked-pairs';
import { checkEditedCertainty } from './check-edited-certainty';
import { checkEditedNegation } from './check-edited-negation';
import { checkEditedSequence } from './check-edited-sequence';
import { checkEditedSpeaker } from './check-edited-speaker';
import { checkEditedOpposite } from './check-edited-opposite';
import { checkEditedQuote } from './check-edited-quote';
import { checkEditedList } from './check-edited-list';
import { checkReplacedName } from './check-replaced-name';
import { editOf, onEdit, type Edit, type SelfSentence } from './edited-sentences';
import type { Finding } from './finding';
import type { Passage } from './passage';

type Check = (a: Passage, b: Passage, minContext: number) => Finding | null;

/** Pair groups with their checks for the page sentences that are edited copies of their article's (`selfOf`: page sentence to its original). */
export function editedPairs(
  pairs: Pair[],
  selfOf: Map<number, SelfSentence>,
  page: PageSentence[],
  pagePassage: (s: PageSentence) => Passage,
  ix: CorpusIndex,
  prepare: (p: Passage) => void,
  samePointChecks: Check[],
): Array<[Pair[], Check[]]> {
  if (selfOf.size === 0) return [];
  const edits = new Map<Passage, Edit | null>();
  const editFor = (a: Passage) => edits.get(a) ?? null;
  // Most sentences of a recognised article are its own, unedited: told apart by their text alone.
  const changed = new Set([...selfOf].filter(([i, { gid }]) => page[i]!.text !== ix.sentenceText(ix.sentence(gid))).map(([i]) => i));
  if (changed.size === 0) return [];
  const isEdited = (p: Pair) => {
    const own = selfOf.get(p.page);
    if (!own || !changed.has(p.page) || p.score < RELATED) return false;
    const a = pagePassage(page[p.page]!);
    if (!edits.has(a)) edits.set(a, editOf(a, ix, own.gid, prepare, own.rewritten));
    return edits.get(a) !== null;
  };
  const withEdit = (f: (a: Passage, b: Passage, e: Edit) => Finding | null): Check => (a, b) => {
    const e = editFor(a);
    return e ? f(a, b, e) : null;
  };
  const edited = pairs.filter(isEdited);
  const close = edited.filter((p) => p.linked || p.score >= ALIGN_MIN);
  const loose = edited.filter((p) => !(p.linked || p.score >= ALIGN_MIN));
  return [
    [close, [...samePointChecks.map((c) => onEdit(c, editFor)), withEdit((a, b, e) => checkReplacedName(a, b, e)), withEdit(checkEditedNegation), withEdit(checkEditedCertainty), withEdit(checkEditedSequence), withEdit(checkEditedSpeaker), withEdit(checkEditedOpposite), withEdit(checkEditedQuote), withEdit(checkEditedList)]],
    [loose, [withEdit((a, b, e) => checkReplacedName(a, b, e, 2)), withEdit((a, b, e) => checkEditedSpeaker(a, b, e, true))]],
  ];
}
