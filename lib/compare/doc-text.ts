/** Corpus articles' paragraphs in lower case, for checks that ask whether an article says something anywhere. */

import type { CorpusIndex } from '../match/corpus-index';
import { articleNames, type ArticleNames } from './names';

const lowerDocs = new WeakMap<CorpusIndex, Map<number, string[]>>();

/** A corpus article's paragraphs in lower case, made once per loaded corpus. */
export function lowerParagraphs(ix: CorpusIndex, doc: number): string[] {
  let m = lowerDocs.get(ix);
  if (!m) lowerDocs.set(ix, (m = new Map()));
  let list = m.get(doc);
  if (!list) m.set(doc, (list = ix.docs[doc]!.paragraphs.map((p) => p.toLowerCase())));
  return list;
}

const namesOfDocs = new WeakMap<CorpusIndex, Map<number, ArticleNames>>();

/** The names a corpus article writes (see articleNames), found once per loaded corpus. */
export function docNames(ix: CorpusIndex, doc: number): ArticleNames {
  let m = namesOfDocs.get(ix);
  if (!m) namesOfDocs.set(ix, (m = new Map()));
  let names = m.get(doc);
  if (!names) m.set(doc, (names = articleNames(ix.docs[doc]!.paragraphs)));
  return names;
}
