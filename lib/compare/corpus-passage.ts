/** Corpus sentences as passages for the divergence checks (prepared once per loaded corpus), and the corpus's test of related stems. */

import type { CorpusIndex } from '../match/corpus-index';
import { passage, type Passage } from './passage';
import type { Related } from './context';
import { leadInBefore } from './list-items';
import { articleDays } from './article-days';
import { storyYear } from './story-year';
import { docMainOrganisation, docNameUses } from './doc-text';

const passageCache = new WeakMap<CorpusIndex, Map<number, Passage>>();

/** Corpus passages are the same for every page: prepare each once per loaded corpus. */
export function corpusPassage(ix: CorpusIndex, gid: number): Passage {
  let m = passageCache.get(ix);
  if (!m) passageCache.set(ix, (m = new Map()));
  let p = m.get(gid);
  if (!p) {
    const cs = ix.sentence(gid);
    m.set(gid, (p = passage(ix.sentenceText(cs))));
    p.nameUse = (name) => docNameUses(ix, cs.doc)(name);
    p.mainOrganisation = () => docMainOrganisation(ix, cs.doc);
    p.companyFallback = p.mainOrganisation;
    p.articleDay = (head) => docDays(ix, cs.doc).get(head);
    p.storyYear = () => docYear(ix, cs.doc);
    if (gid > 0) {
      const prev = ix.sentence(gid - 1);
      if (prev.doc === cs.doc && prev.paragraph === cs.paragraph) {
        p.before = () => corpusPassage(ix, gid - 1);
        p.beforeOffset = prev.start - cs.start;
      }
      if (prev.doc === cs.doc) p.previous = () => corpusPassage(ix, gid - 1);
    }
    const lead = leadInBefore(gid, (g) => (g >= 0 && ix.docOf(g) === cs.doc ? ix.docs[cs.doc]!.paragraphs[ix.sentence(g).paragraph] : undefined), (g) => ix.sentenceText(ix.sentence(g)));
    if (lead !== undefined) p.leadIn = () => corpusPassage(ix, lead);
    if (gid + 1 < ix.nSents) {
      const next = ix.sentence(gid + 1);
      if (next.doc === cs.doc && next.paragraph === cs.paragraph) p.after = () => ({ passage: corpusPassage(ix, gid + 1), offset: next.start - cs.start });
    }
  }
  return p;
}

const daysCache = new WeakMap<CorpusIndex, Map<number, Map<string, string>>>();

/** The days a corpus article gives the things it dates, found once per loaded corpus and article. */
function docDays(ix: CorpusIndex, doc: number): Map<string, string> {
  let m = daysCache.get(ix);
  if (!m) daysCache.set(ix, (m = new Map()));
  let days = m.get(doc);
  if (!days) m.set(doc, (days = articleDays(ix.docSentences(doc).map((s) => corpusPassage(ix, s.gid)))));
  return days;
}

const yearCache = new WeakMap<CorpusIndex, Map<number, number | undefined>>();

/** The year a corpus article writes as its current one, found once per loaded corpus and article. */
function docYear(ix: CorpusIndex, doc: number): number | undefined {
  let m = yearCache.get(ix);
  if (!m) yearCache.set(ix, (m = new Map()));
  if (!m.has(doc)) m.set(doc, storyYear(ix.docs[doc]!.paragraphs));
  return m.get(doc);
}

const relatedCache = new WeakMap<CorpusIndex, Related>();

/** Synonym or variant test over corpus stems, for comparing local contexts. */
export function relatedIn(ix: CorpusIndex): Related {
  let f = relatedCache.get(ix);
  if (!f) {
    // Each stem's related corpus stems, gathered once: a test is then one look-up, not two term look-ups and two list scans.
    const near = new Map<string, Set<string>>();
    const nearOf = (x: string): Set<string> => {
      let s = near.get(x);
      if (!s) {
        s = new Set();
        const i = ix.termId(x);
        if (i !== undefined) for (const k of [...ix.synonyms(i), ...ix.variants(i)]) s.add(ix.term(k));
        if (near.size > 200000) near.clear();
        near.set(x, s);
      }
      return s;
    };
    f = Object.assign((x: string, y: string) => nearOf(x).has(y), { near: nearOf, known: (x: string) => ix.termId(x) !== undefined });
    relatedCache.set(ix, f);
  }
  return f;
}
