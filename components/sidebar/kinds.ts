/** Reader-facing labels for divergence kinds: the badge text and a longer explanation for its title. */
import type { DivergenceKind } from '../../lib/types';

/** Badge text per divergence kind. */
export const KIND_LABELS: Record<DivergenceKind, string> = {
  date: 'Date',
  number: 'Number',
  name: 'Name/title',
  quote: 'Quote wording',
  negation: 'Opposite',
  attribution: 'Attribution',
  sequence: 'Sequence',
  certainty: 'Certainty',
  other: 'Other',
};

/** One sentence per kind saying what differs, shown as the badge's tooltip and to screen readers. */
export const KIND_HINTS: Record<DivergenceKind, string> = {
  date: 'The outlets give different dates or times.',
  number: 'The outlets give different numbers.',
  name: 'The outlets name a person, group or title differently.',
  quote: 'The outlets quote the same words differently.',
  negation: 'One outlet says the opposite of the other: that it did not happen, that it went the other way, or the opposite word ("foreign" where the other says "domestic").',
  attribution: 'The outlets credit the statement differently: to someone else, or to a source on one side and as plain fact on the other.',
  sequence: 'The outlets order the events differently.',
  certainty: 'One outlet states as fact what the other reports as possible.',
  other: 'The outlets word this point differently.',
};

/** Label for a kind the engine may add later without breaking the view. */
export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? 'Other';
}
