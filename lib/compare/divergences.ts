/**
 * Divergences: for each page sentence and each other outlet, the sentence that reports the same point
 * (mutually best, similar enough), run through the typed checks. Each difference is reported per outlet,
 * with character highlights on both paragraphs.
 */

import type { Divergence, Span } from '../types';
import type { Piece } from '../text/segment';
import type { CorpusIndex, CorpusSentence } from '../match/corpus-index';
import { LINK_DISCOUNT, type Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
import { isBlockQuote, passage, type Passage } from './passage';
import { corpusPassage, relatedIn } from './corpus-passage';
import { besideSamePoint, datedPairs } from './dated-pairs';
import { quotedPairs } from './quoted-pairs';
import { titledPairs } from './titled-pairs';
import { lowerParagraphs } from './doc-text';
import { nameUses, type NameUse } from './name-uses';
import { mainOrganisation } from './main-organisation';
import { articleDays } from './article-days';
import { pageDay } from './page-day';
import { storyYear } from './story-year';
import { ALONG, CARRY_MIN, CLAIM_CHECKS, DATED_BESIDE_CHECKS, DATED_CHECKS, EDITED_CHECKS, QUOTED_CHECKS, RELATED_CHECKS, SAME_POINT_CHECKS, SCOPED_CHECKS, TITLED_CHECKS, type Check } from './check-lists';
import type { Finding } from './finding';
import { knownTimes } from './passage-times';
import { titleStands } from './check-names';
import { claimHeads } from './claim-pairs';
import { claimPairs } from './claim-pairs';
import { ALIGN_MIN } from '../match/align';
import { twoHops } from '../match/story-reach';
import { scopedSpans } from './check-scope';
import { scopedPairs } from './scoped-pairs';
import { sentenceTimes } from '../text/temporal';
import { Omissions } from './omissions';
import { leadInBefore } from './list-items';
import { bestScores, relatedPairs, samePointPairs } from './checked-pairs';
import { editedPairs } from './edited-pairs';
import type { SelfSentence } from './edited-sentences';
import { CAPTION, FRAGMENT, HEADING, PROMO, paragraphFlags } from '../corpus/boilerplate';

/** Headings, captions, promos and fragments state no point of their own to diverge on. */
const NOT_REPORTING = HEADING | CAPTION | PROMO | FRAGMENT;

function shift(ps: Piece[], by: number): Span[] {
  return ps.map((p) => ({ start: p.start + by, end: p.end + by }));
}

/** All divergences between the page and the other outlets, strongest first. */
export function findDivergences(
  paragraphs: string[],
  page: PageSentence[],
  pairs: Pair[],
  ix: CorpusIndex,
  self = -1,
  story?: Set<number>,
  selfOf: Map<number, SelfSentence> = new Map(),
): Divergence[] {
  const pagePassages = new Map<number, Passage>();
  const seen = new Map<number, Set<string>>();
  const out: Divergence[] = [];
  const pageFlags = paragraphFlags(paragraphs);
  const best = bestScores(pairs);
  const same = new Set(samePointPairs(pairs, best));
  // Every page sentence's time expressions, found once for the dated pairs and the date checks.
  const times = page.map(sentenceTimes);
  const storyDocs = story ?? new Set(Array.from({ length: ix.nDocs }, (_, d) => d).filter((d) => d !== self));
  const [datedBeside, dated] = besideSamePoint(datedPairs(page, ix, storyDocs, times), same, ix);
  const quoted = quotedPairs(page, ix, storyDocs);
  const titled = titledPairs(page, ix, storyDocs);
  const related = relatedPairs(pairs, same, best, ix, (i) => page[i]!.paragraph);
  // Each kind of pair with the checks it can support, in order: a kind found first for a pair of paragraphs stands.
  let lower: string[] | null = null;
  const lowerPage = () => (lower ??= paragraphs.map((p) => p.toLowerCase()));
  const omissions = new Omissions(lowerPage, ix);
  const near = relatedIn(ix);
  // What every page passage, and an edited one's original, may use to compare words.
  const prepare = (p: Passage) => {
    p.related = near;
    p.opposites = (stem) => ix.opposites(stem);
  };
  let uses: ((lower: string) => NameUse) | null = null;
  let main: [string | undefined] | null = null;
  let days: Map<string, string> | null = null;
  let dateline: [string | undefined] | null = null;
  let year: [number | undefined] | null = null;
  const pageNameUse = (name: string) => (uses ??= nameUses(page))(name);
  const pagePassage = (s: PageSentence): Passage => {
    let p = pagePassages.get(s.index);
    if (!p) {
      pagePassages.set(s.index, (p = passage(s.text, s.words, s.norm, s.forms, isBlockQuote(paragraphs[s.paragraph] ?? ''))));
      prepare(p);
      p.nameUse = pageNameUse;
      p.mainOrganisation = () => (main ??= [mainOrganisation(paragraphs, pageNameUse)])[0];
      p.articleDay = (head) => (days ??= articleDays(page.map(pagePassage))).get(head);
      p.pageDay = () => (dateline ??= [pageDay(paragraphs)])[0];
      p.storyYear = () => (year ??= [storyYear(paragraphs)])[0];
      knownTimes(p, times[s.index]!);
      const prev = page[s.index - 1];
      if (prev && prev.paragraph === s.paragraph) {
        p.before = () => pagePassage(prev);
        p.beforeOffset = prev.start - s.start;
      }
      if (prev) p.previous = () => pagePassage(prev);
      const lead = leadInBefore(s.index, (i) => (i >= 0 ? paragraphs[page[i]!.paragraph] : undefined), (i) => page[i]!.text);
      if (lead !== undefined) p.leadIn = () => pagePassage(page[lead]!);
      const next = page[s.index + 1];
      if (next && next.paragraph === s.paragraph) p.after = () => ({ passage: pagePassage(next), offset: next.start - s.start });
    }
    return p;
  };
  const checked = new Set([...same, ...related].map((p) => p.page * ix.nSents + p.gid));
  // Only sentences that report the story (aligned with one of its outlets) make claims worth finding again: a
  // host page's own furniture ("the US isn't at risk of…") shares words with the story, not its claims.
  const onStory = new Set(pairs.filter((p) => p.score >= ALIGN_MIN).map((p) => p.page));
  const heads = (ps: PageSentence) => (onStory.has(ps.index) && !((pageFlags[ps.paragraph] ?? 0) & NOT_REPORTING) ? claimHeads(pagePassage(ps)) : []);
  const claims = claimPairs(page, ix, storyDocs, heads, checked);
  const scoped = scopedPairs(page, ix, storyDocs, (ps) => (onStory.has(ps.index) && !((pageFlags[ps.paragraph] ?? 0) & NOT_REPORTING) ? scopedSpans(pagePassage(ps)) : []), checked);
  const edited = editedPairs(pairs, selfOf, page, pagePassage, ix, prepare, EDITED_CHECKS);
  const groups: Array<[Iterable<Pair>, Check[]]> = [[same, SAME_POINT_CHECKS], [related, RELATED_CHECKS], [datedBeside, DATED_BESIDE_CHECKS], [dated, DATED_CHECKS], [quoted, QUOTED_CHECKS], [titled, TITLED_CHECKS], [claims, CLAIM_CHECKS], [scoped, SCOPED_CHECKS], ...edited];
  const paragraphPair = (ps: PageSentence, cs: CorpusSentence) => (ps.paragraph * ix.nDocs + cs.doc) * 100_000 + cs.paragraph;
  /** The outlet's words each pair of paragraphs has shown a finding on (highlights within the outlet's paragraph). */
  const otherMarks = new Map<number, Span[]>();
  /** Reports a finding for a pair of sentences, once per kind and pair of paragraphs; false when it does not stand. */
  const report = (ps: PageSentence, cs: CorpusSentence, f: Finding, pairScore: number, found: Set<string>): boolean => {
    if (f.omitted && !omissions.stands(f, cs.doc)) return false;
    // One difference read as two kinds ("on Thursday" vs "just before" a date, "the day after the post" vs "just
    // before the announcement" a sequence) is shown once: the kind found first for the outlet's words stands.
    const marks = shift(f.b, cs.start);
    const key = paragraphPair(ps, cs);
    const shown = otherMarks.get(key) ?? [];
    if (marks.some((m) => shown.some((o) => o.start < m.end && m.start < o.end))) return false;
    if (f.title && !titleStands(f, lowerPage(), lowerParagraphs(ix, cs.doc))) return false;
    const score = Math.round(pairScore * f.confidence * 1000) / 1000;
    const at = f.omitted ? omissions.place(f, cs.doc, score, out.length) : out.length;
    if (at < 0) return false;
    found.add(f.kind);
    otherMarks.set(key, [...shown, ...marks]);
    const doc = ix.docs[cs.doc]!;
    out[at] = {
      kind: f.kind,
      page: { paragraph: ps.paragraph, text: paragraphs[ps.paragraph] ?? '', highlights: shift(f.a, ps.start) },
      other: { doc: doc.id, outlet: doc.outlet, paragraph: cs.paragraph, text: doc.paragraphs[cs.paragraph] ?? '', highlights: marks },
      summary: f.summary,
      score,
    };
    return true;
  };
  const carried: Array<{ ps: PageSentence; cs: CorpusSentence; f: Finding; score: number }> = [];
  for (const [list, checks] of groups) for (const pair of list) {
    const ps = page[pair.page]!;
    const cs = ix.sentence(pair.gid);
    if ((pageFlags[ps.paragraph] ?? 0) & NOT_REPORTING) continue;
    if ((ix.paragraphFlags(cs.doc)[cs.paragraph] ?? 0) & NOT_REPORTING) continue;
    const a = pagePassage(ps);
    const b = corpusPassage(ix, cs.gid);
    const key = paragraphPair(ps, cs);
    // One divergence of each kind per pair of paragraphs (a paragraph may change a date and a quote): the
    // first sentence pair to show a kind is the most specific.
    const earlier = seen.get(key);
    const found = new Set<string>();
    for (const check of checks) {
      const f: Finding | null = check(a, b, 0);
      if (!f) continue;
      if (earlier?.has(f.kind) || found.has(f.kind)) continue;
      if (report(ps, cs, f, pair.score, found) && ALONG[f.kind] && pair.score >= (CARRY_MIN[f.kind] ?? 0)) carried.push({ ps, cs, f, score: pair.score });
    }
    if (found.size) seen.set(key, new Set([...(earlier ?? []), ...found]));
  }
  // A claim's certainty, who it is credited to, or an amount differs from every outlet that words the point as the first did:
  // carried along the corpus's story links (sentences it holds for one point), and theirs in turn, to the other outlets'
  // versions, however loosely they resemble the page's sentence.
  // And to the other outlets' sentences the page's own sentence is close to, which must then tie to its claim themselves.
  const partners = new Map<number, Array<[number, number, boolean]>>();
  if (carried.length) for (const p of pairs) if (p.score >= ALIGN_MIN) (partners.get(p.page) ?? partners.set(p.page, []).get(p.page)!).push([p.gid, p.score, true]);
  for (const { ps, cs, f, score } of carried) {
    const linked = twoHops(ix, cs.gid).map(([g, strength]): [number, number, boolean] => [g, strength, false]);
    for (const [g, strength, tie] of [...linked, ...(partners.get(ps.index) ?? [])]) {
      const cs2 = ix.sentence(g);
      if (cs2.doc === cs.doc || !storyDocs.has(cs2.doc) || (ix.paragraphFlags(cs2.doc)[cs2.paragraph] ?? 0) & NOT_REPORTING) continue;
      const key = paragraphPair(ps, cs2);
      let kinds = seen.get(key);
      if (kinds?.has(f.kind)) continue;
      const f2 = ALONG[f.kind]!(pagePassage(ps), f, corpusPassage(ix, g), tie, corpusPassage(ix, cs.gid));
      if (!f2) continue;
      if (!kinds) seen.set(key, (kinds = new Set()));
      report(ps, cs2, f2, LINK_DISCOUNT * Math.min(score, strength), kinds);
    }
  }
  return out.sort((x, y) => y.score - x.score);
}
