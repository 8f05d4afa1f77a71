/** What checks ask of a whole corpus article (its paragraphs in lower case, how it writes names), made once per loaded corpus. */

import type { CorpusIndex } from '../match/corpus-index';
import { articleNameUses, type NameUse } from './name-uses';
import { mainOrganisation } from './main-organisation';

const lowerDocs = new WeakMap<CorpusIndex, Map<number, string[]>>();

/** A corpus article's paragraphs in lower case, made once per loaded corpus. */
export function lowerParagraphs(ix: CorpusIndex, doc: number): string[] {
  let m = lowerDocs.get(ix);
  if (!m) lowerDocs.set(ix, (m = new Map()));
  let list = m.get(doc);
  if (!list) m.set(doc, (list = ix.docs[doc]!.paragraphs.map((p) => p.toLowerCase())));
  return list;
}

const nameUsesOfDocs = new WeakMap<CorpusIndex, Map<number, (lower: string) => NameUse>>();

/** How a corpus article writes one-word names (see nameUses), each answered once per loaded corpus. */
export function docNameUses(ix: CorpusIndex, doc: number): (lower: string) => NameUse {
  let m = nameUsesOfDocs.get(ix);
  if (!m) nameUsesOfDocs.set(ix, (m = new Map()));
  let uses = m.get(doc);
  if (!uses) m.set(doc, (uses = articleNameUses(ix.docs[doc]!.paragraphs)));
  return uses;
}

const mainOrganisations = new WeakMap<CorpusIndex, Map<number, string | undefined>>();

/** The organisation a corpus article is about (see mainOrganisation), found once per loaded corpus. */
export function docMainOrganisation(ix: CorpusIndex, doc: number): string | undefined {
  let m = mainOrganisations.get(ix);
  if (!m) mainOrganisations.set(ix, (m = new Map()));
  if (!m.has(doc)) m.set(doc, mainOrganisation(ix.docs[doc]!.paragraphs, docNameUses(ix, doc)));
  return m.get(doc);
}
