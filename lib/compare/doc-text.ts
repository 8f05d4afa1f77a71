/** Corpus articles' paragraphs in lower case, for checks that ask whether an article says something anywhere. */

import type { CorpusIndex } from '../match/corpus-index';

const lowerDocs = new WeakMap<CorpusIndex, Map<number, string[]>>();

/** A corpus article's paragraphs in lower case, made once per loaded corpus. */
export function lowerParagraphs(ix: CorpusIndex, doc: number): string[] {
  let m = lowerDocs.get(ix);
  if (!m) lowerDocs.set(ix, (m = new Map()));
  let list = m.get(doc);
  if (!list) m.set(doc, (list = ix.docs[doc]!.paragraphs.map((p) => p.toLowerCase())));
  return list;
}
