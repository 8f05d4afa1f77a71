/**
 * Which corpus articles cover the same story as the page. In a corpus of thousands of articles many
 * share a sentence or two with any page; additions and divergences only make sense against articles
 * that report several of the page's points, some of them closely.
 */

import type { CorpusIndex } from './corpus-index';
import type { Pair } from './pairs';
import type { PageSentence } from './page';
import { CAPTION, FRAGMENT, HEADING, PROMO } from '../corpus/boilerplate';

/** A pair this strong reports the same point beyond doubt. */
const STRONG = 0.45;
/** Page paragraphs with a strong pair an article needs to be on the page's story. */
const MIN_STRONG = 2;
/** Content words a sentence needs before its strong match counts. */
const MIN_TERMS = 5;
/** Share of an article's reporting paragraphs that must align with the page. */
const MIN_SHARE = 0.12;
/** Share of the page's paragraphs a story must align with when the page states only one point closely. */
const BROAD_SHARE = 0.6;
const NOT_REPORTING = PROMO | CAPTION | FRAGMENT | HEADING;

/** Doc indexes (self excluded) that report the page's story. */
export function relatedDocs(pairs: Pair[], page: PageSentence[], ix: CorpusIndex, alignMin: number, self: number): Set<number> {
  // Per doc: its paragraphs aligned with the page, the page paragraphs aligned with it, and those strongly.
  const aligned = new Map<number, Set<number>>();
  const pageAligned = new Map<number, Set<number>>();
  const strong = new Map<number, Set<number>>();
  for (const p of pairs) {
    if (p.doc === self || p.score < alignMin) continue;
    const cs = ix.sentence(p.gid);
    if ((ix.paragraphFlags(cs.doc)[cs.paragraph] ?? 0) & NOT_REPORTING) continue;
    const ps = page[p.page]!;
    addTo(aligned, p.doc, cs.paragraph);
    addTo(pageAligned, p.doc, ps.paragraph);
    // Short lines ("- Growing competition among frontier AI labs") match too easily to vouch for a story.
    if (p.score >= STRONG && ps.ids.length >= MIN_TERMS && cs.ids.length >= MIN_TERMS) addTo(strong, p.doc, ps.paragraph);
  }
  // A short page (a paragraph or two) cannot show many points; ask no more of it than it has.
  const pageParas = new Set(page.filter((s) => s.ids.length >= MIN_TERMS).map((s) => s.paragraph)).size;
  const needStrong = Math.max(1, Math.min(MIN_STRONG, pageParas));
  const out = new Set<number>();
  for (const [d, paras] of aligned) {
    if ((strong.get(d)?.size ?? 0) < needStrong) continue;
    const flags = ix.paragraphFlags(d);
    const reporting = flags.filter((f) => !(f & NOT_REPORTING)).length;
    if (paras.size >= Math.min(Math.max(2, MIN_SHARE * reporting), Math.max(1, pageParas / 2))) out.add(d);
  }
  if (out.size === 0) for (const d of onStoryByBreadth(ix, self, strong, pageAligned, pageParas)) out.add(d);
  // The page reports a story some articles share: every article on that story is compared.
  for (const d of [...out, ...(self >= 0 ? [self] : [])]) for (const m of ix.mates(d)) if (m !== self) out.add(m);
  return out;
}

/**
 * A page worded its own way throughout (an opinion column) may state only one point closely. It is still on
 * a story when the articles of that close point, with their mates, align with most of its paragraphs.
 */
function onStoryByBreadth(
  ix: CorpusIndex, self: number, strong: Map<number, Set<number>>, pageAligned: Map<number, Set<number>>, pageParas: number,
): Set<number> {
  const out = new Set<number>();
  for (const d of strong.keys()) {
    const story = [d, ...ix.mates(d)].filter((m) => m !== self);
    const covered = new Set<number>();
    for (const m of story) for (const q of pageAligned.get(m) ?? []) covered.add(q);
    if (covered.size >= Math.max(2, BROAD_SHARE * pageParas)) for (const m of story) out.add(m);
  }
  return out;
}

function addTo(m: Map<number, Set<number>>, key: number, value: number): void {
  let set = m.get(key);
  if (!set) m.set(key, (set = new Set()));
  set.add(value);
}
