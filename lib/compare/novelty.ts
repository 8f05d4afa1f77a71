/**
 * How new a corpus sentence is to the page: the share of its term weight the page does not state, over the whole
 * page and near the sentence's point. Additions offer only sentences that are news by these measures.
 */

import type { CorpusIndex, CorpusSentence } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
import { paragraphKey } from '../match/paragraph-evidence';
import { sentenceTimes } from '../text/temporal';
import { stem } from '../text/tokens';
import { STOPWORDS } from '../text/stopwords';

/** Share of a sentence's term weight the page must lack for it to be news to the page. */
const NOVEL_MIN = 0.5;
/** A sentence bringing a new name, number or date needs less new wording. */
const NOVEL_WITH_ANCHOR = 0.3;
/**
 * A sentence whose words are spread over the page (each point says "Anthropic", "pause", "research") is still news
 * when this share of it is new to the page sentences near its point, and NOVEL_NEAR_PAGE new to the whole page.
 */
const NOVEL_NEAR = 0.8;
const NOVEL_NEAR_PAGE = 0.4;
/** A page that uses a synonym ("halt" for "pause") has the concept, nearly as if it used the word. */
const KNOWN_BY_SYNONYM = 1;

/**
 * Every corpus term the page states (exactly or as a variant: 1) or by a synonym (partly), and every weekday or
 * month when it gives one, into `known` (0: not stated; the credits are positive, so a stated term is never 0);
 * returns the terms set.
 */
export function pageVocabulary(page: PageSentence[], ix: CorpusIndex, known: Float64Array): number[] {
  const touched: number[] = [];
  const put = (id: number, v: number) => {
    if (known[id] === 0) touched.push(id);
    if (known[id]! < v) known[id] = v;
  };
  for (const ps of page) {
    for (const id of ps.ids) {
      put(id, 1);
      for (const v of ix.variants(id)) put(v, 1);
      for (const s of ix.synonyms(id)) put(s, KNOWN_BY_SYNONYM);
    }
    for (const s of ps.extraSyn ?? []) put(s, KNOWN_BY_SYNONYM);
  }
  // A page that gives a weekday (or a month) has that kind of detail: another outlet's different day for the point is
  // a divergence, shown as one, not news that makes its sentence an addition.
  const dates = page.flatMap((ps) => sentenceTimes(ps).map((t) => t.value.split(' ')[0]!));
  for (const kind of [WEEKDAYS, MONTHS]) {
    if (!dates.some((d) => kind.includes(d))) continue;
    for (const day of kind) {
      const id = ix.termId(stem(day));
      if (id !== undefined) put(id, 1);
    }
  }
  return touched;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Whether the page sentences near a corpus sentence's paragraph (those paired with any of its sentences) state a term. */
export type Near = (s: CorpusSentence) => (id: number) => boolean;

/** Near vocabularies for a page, each gathered when first asked (few sentences get that far). */
export function nearVocabulary(page: PageSentence[], pairs: Pair[], ix: CorpusIndex): Near {
  let sentencesNear: Map<number, Set<number>> | null = null;
  const built = new Map<number, { ids: Set<number>; extra: Set<number> }>();
  return (s) => {
    const key = paragraphKey(s.doc, s.paragraph);
    let near = built.get(key);
    if (!near) {
      sentencesNear ??= pageSentencesNear(pairs, ix);
      built.set(key, (near = { ids: new Set(), extra: new Set() }));
      for (const i of sentencesNear.get(key) ?? []) {
        for (const id of page[i]!.ids) near.ids.add(id);
        for (const y of page[i]!.extraSyn ?? []) near.extra.add(y);
      }
    }
    const { ids, extra } = near;
    // Variants and synonyms are symmetric: a term is stated if it, or one of its kin, is among the page's terms.
    return (id) => ids.has(id) || extra.has(id) || ix.variants(id).some((v) => ids.has(v)) || ix.synonyms(id).some((y) => ids.has(y));
  };
}

/** Per corpus paragraph, the page sentences paired with any of its sentences. */
function pageSentencesNear(pairs: Pair[], ix: CorpusIndex): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const p of pairs) {
    const cs = ix.sentence(p.gid);
    const key = paragraphKey(cs.doc, cs.paragraph);
    (out.get(key) ?? out.set(key, new Set()).get(key)!).add(p.page);
  }
  return out;
}

/** Whether at least NOVEL_NEAR of a sentence is new to the page sentences near its point (the page's names, numbers and dates stay known). */
function newNear(t: Terms, s: CorpusSentence, known: Float64Array, near: Near, ix: CorpusIndex): boolean {
  const stated = near(s);
  const own = ix.outletTerms(s.doc);
  let novel = 0;
  for (const id of t.ids) if (!own.has(id) && !stated(id) && !(ix.isAnchor(id) && known[id]! > 0)) novel += ix.weight(id);
  return t.mass > 0 && novel / t.mass >= NOVEL_NEAR;
}

/** A sentence or one of its clauses, as far as novelty goes. */
export type Terms = { ids: readonly number[]; mass: number; text?: string };

/** Adverbs of degree and focus (stems): they weigh like rare words in a small corpus but state nothing new. */
const DEGREE = new Set(['particularli', 'especi', 'mostli', 'increasingli', 'realli', 'simpli', 'mere', 'directli', 'primarili', 'mainli', 'highli', 'significantli']);

/** Share of a corpus sentence's term weight the page does not state anywhere. */
function novelty(s: Terms, doc: number, known: Float64Array, ix: CorpusIndex): number {
  let novel = 0;
  let mass = s.mass;
  const own = ix.outletTerms(doc);
  for (const id of s.ids) {
    if (DEGREE.has(ix.term(id))) mass -= ix.weight(id);
    else if (!own.has(id)) novel += ix.weight(id) * (1 - known[id]!);
  }
  return mass > 0 ? novel / mass : 0;
}

/** A day or month alone is a detail of a point the page may well have, not a point of its own. */
const DATE_STEM = /^((mon|tues|wednes|thurs|fri|satur|sun)dai|januari|februari|march|april|mai|june|juli|august|septemb|octob|novemb|decemb|\d+)$/;

/**
 * Whether a corpus sentence `s`, or its clause `t`, is news to the page: mostly new to it, partly new with a name,
 * number, date or hyphenated term the page never gives, or mostly new near its point and partly new to the page.
 */
export function isNews(t: Terms, s: CorpusSentence, known: Float64Array, near: Near, ix: CorpusIndex): boolean {
  const n = novelty(t, s.doc, known, ix);
  if (n >= NOVEL_MIN) return true;
  const own = ix.outletTerms(s.doc);
  if (n >= NOVEL_WITH_ANCHOR && t.ids.some((id) => ix.isAnchor(id) && known[id] === 0 && !own.has(id) && !DATE_STEM.test(ix.term(id)))) return true;
  // A hyphenated compound the page has no part of ("open-source", "proof-of-concept") names a thing as specifically as a name does.
  if (n >= NOVEL_WITH_ANCHOR && newCompound(t.text ?? ix.sentenceText(s), known, ix)) return true;
  // A quotation is a point's own words: most of one that the page never states is as new as a name.
  if (t === s && n >= NOVEL_WITH_ANCHOR && newQuote(s, known, ix)) return true;
  return n >= NOVEL_NEAR_PAGE && newNear(t, s, known, near, ix);
}

/** Letters joined by hyphens (not a dash between spaced words). */
const COMPOUND = /\b[a-z]{2,}(?:-[a-z]{2,})+\b/gi;

/** A last word that is a participle: the compound then describes ("internet-connected", "industry-led"). */
const PARTICIPLE = /(?:ed|ing)$|^(?:built|made|run|driven|grown)$/;

/** Whether a text holds a hyphenated compound none of whose words the page states (each a corpus term, none a stopword). */
function newCompound(text: string, known: Float64Array, ix: CorpusIndex): boolean {
  for (const m of text.matchAll(COMPOUND)) {
    const words = m[0].toLowerCase().split('-');
    // Such a compound describes a thing ("AI-powered") rather than names one.
    if (PARTICIPLE.test(words[words.length - 1]!)) continue;
    const ids = words.map((w) => (STOPWORDS.has(w) ? undefined : ix.termId(stem(w))));
    if (ids.every((id) => id !== undefined && known[id] === 0)) return true;
  }
  return false;
}

/** Quoted words a sentence gives that the page never states: most of the content words of a quotation, two at least. */
function newQuote(s: CorpusSentence, known: Float64Array, ix: CorpusIndex): boolean {
  for (const m of ix.sentenceText(s).matchAll(QUOTATION)) {
    const ids = new Set<number>();
    for (const w of m[1]!.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []) {
      const id = STOPWORDS.has(w) ? undefined : ix.termId(stem(w));
      if (id !== undefined) ids.add(id);
    }
    let unknown = 0;
    for (const id of ids) if (known[id] === 0) unknown++;
    if (unknown >= 2 && unknown * 2 > ids.size) return true;
  }
  return false;
}

/** A quotation in straight or curly double quotes. */
const QUOTATION = /["\u201C]([^"\u201D]{3,200})["\u201D]/g;
