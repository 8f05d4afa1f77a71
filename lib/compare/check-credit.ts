/**
 * Who said it: the same quotation, or the same claim in other words, credited to a person on one side and to an
 * organisation or a document on the other ("OpenAI's chief executive, Sam Altman, … saying that '…'" against "The
 * company argued that '…'"), or to two differently named parties. The shared words tie the two sentences to one
 * statement, so no other context is needed; parties of one kind that cannot be told apart ("he" / "Jane Doe",
 * "the agency" / "the agency's report") are not reported.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { STOPWORDS } from '../text/stopwords';
import { memo, memoAt, slot, type Passage } from './passage';
import { creditOf, differentParties, type Credit } from './credit';
import { sameName } from './names';
import { creditedClaims } from './credited-claims';
import { sharedCount } from './context';

/** Content words a claim in other words must share after its verb: more than a quotation needs, as paraphrase is looser. */
const CLAIM_SHARED = 5;
/** Content words a close partner's statement must share with the page's to carry a credit found against another outlet. */
const ALONG_SHARED = 3;

const QUOTE_STEMS_SLOT = slot();

/** Content stems of a quotation (once per passage and quotation: corpus passages meet many pages). */
function quoteStems(p: Passage, q: Piece): Set<string> {
  return memoAt(p, QUOTE_STEMS_SLOT, q.start, () => {
    const out = new Set<string>();
    for (const w of p.words) if (w.start >= q.start && w.end <= q.end && w.lower.length > 2 && !STOPWORDS.has(w.lower)) out.add(w.stem);
    return out;
  });
}

/** Both credits, each with the name a pronoun stands for ('"she" (Priya Raman) vs "he" (Papernot)'). */
function creditSummary(x: Credit, y: Credit): string {
  const side = (c: Credit) => (c.name && !c.text.includes(c.name) ? `"${c.text}" (${c.name})` : `"${c.text}"`);
  return `${side(x)} vs ${side(y)}`;
}

/**
 * A person credited on one side and an organisation on the other are one party when the organisation's side names
 * that person too: "In a post authored by … Marina Favaro, … the company argued" speaks through the post's author.
 */
function oneVoice(a: Passage, x: Credit, b: Passage, y: Credit): boolean {
  const named = (p: Passage, c: Credit) => {
    const surname = c.person ? c.name?.split(/\s+/).at(-1) : undefined;
    return !!surname && surname.length > 2 && new RegExp(`(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(p.norm);
  };
  return (x.person === true && y.person === false && named(b, x)) || (y.person === true && x.person === false && named(a, y));
}

/** Quoted words the two must share: a few, and most of the shorter quotation. */
const MIN_SHARED = 4;
const MIN_SHARE = 0.6;

/** Two quotations' content stems that make one quotation: a few shared, and most of the shorter one's. */
function oneQuotation(sa: Set<string>, sb: Set<string>): boolean {
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared >= MIN_SHARED && shared >= MIN_SHARE * Math.min(sa.size, sb.size);
}

/** Whether some quotation of a and some of b are one quotation. */
export function sharesQuotation(a: Passage, b: Passage): boolean {
  return a.quotes.some((qa) => b.quotes.some((qb) => oneQuotation(quoteStems(a, qa), quoteStems(b, qb))));
}

/** The same quotation credited to a person on one side and to an organisation or document on the other, or to two named parties. */
export function checkQuoteCredit(a: Passage, b: Passage): Finding | null {
  if (!a.quotes.length || !b.quotes.length) return null;
  for (const qa of a.quotes) {
    const sa = quoteStems(a, qa);
    if (sa.size < MIN_SHARED) continue;
    for (const qb of b.quotes) {
      if (!oneQuotation(sa, quoteStems(b, qb))) continue;
      const ca = creditOf(a, qa);
      const cb = ca && creditOf(b, qb);
      if (!ca || !cb || ca.person === null || cb.person === null) continue;
      if (differentParties(ca, cb) && !oneVoice(a, ca, b, cb)) return { kind: 'attribution', a: [ca], b: [cb], summary: creditSummary(ca, cb), confidence: 0.7 };
    }
  }
  return null;
}

/** A credited claim or quotation: who is credited, its content stems, and whether it is quoted. */
interface Statement {
  credit: Credit;
  stems: Set<string>;
  quoted: boolean;
}

const STATEMENTS_SLOT = slot();

/** A passage's credited claims and credited quotations (once per passage). */
function statements(p: Passage): Statement[] {
  return memo(p, STATEMENTS_SLOT, () => {
    const out: Statement[] = creditedClaims(p).map((c) => ({ ...c, quoted: false }));
    for (const q of p.quotes) {
      const credit = creditOf(p, q);
      if (credit && credit.person !== null) out.push({ credit, stems: quoteStems(p, q), quoted: true });
    }
    return out;
  });
}

/**
 * The same claim credited to a person on one side and an organisation on the other (or two named parties): in reported
 * speech on both sides, or quoted on one side and reported on the other ('Sam Altman … added that "decisions about the
 * pace …"' against 'The company stated that decisions about AI innovation pace …'). Two quotations are checkQuoteCredit's.
 */
export function checkClaimCredit(a: Passage, b: Passage): Finding | null {
  // The outlet's side first: corpus passages keep their statements across pages, so a page passage is read only when needed.
  const cb = statements(b);
  if (!cb.length) return null;
  // Two quotations are not compared here, so without a reported claim on either side no quotation's credit is read.
  if (!creditedClaims(b).length && !creditedClaims(a).length) return null;
  // Synonyms and variants count as shared words ("older devices" / "that old laptop").
  const related = a.related ?? b.related;
  for (const x of statements(a)) {
    for (const y of cb) {
      if (x.quoted && y.quoted) continue;
      const shared = sharedCount(x.stems, y.stems, related);
      if (shared < CLAIM_SHARED || shared < 0.5 * Math.min(x.stems.size, y.stems.size)) continue;
      if (differentParties(x.credit, y.credit) && !oneVoice(a, x.credit, b, y.credit)) return { kind: 'attribution', a: [x.credit], b: [y.credit], summary: creditSummary(x.credit, y.credit), confidence: 0.6 };
    }
  }
  return null;
}

/** A speaker's name as checkAttribution finds it (a name phrase, which keeps its lower-case form), not a credit. */
const spoken = (c: Credit) => 'lower' in c && !('name' in c);

/**
 * A page's credit found against one outlet's version of a statement, read against another outlet's version the corpus
 * links to it as the same point: that one must credit the party the first outlet credits, by name. With `page` given,
 * `other` is only a sentence the page's is close to, so the statement there must share a claim's words with the page's.
 */
export function attributionAlong(f: Finding, other: Passage, page?: Passage): Finding | null {
  let x = f.a[0] as Credit | undefined;
  let y = f.b[0] as Credit | undefined;
  // A finding of two named speakers (checkAttribution's) holds their names, not credits: the other outlet must credit the
  // speaker it names, whatever kind of party that is.
  if (x && y && spoken(x) && spoken(y)) {
    // Only a party named in full on the page ("Jack Clark", "the Canadian Centre for Cyber Security"): one word before
    // "said" is too often a local voice met earlier or no speaker at all ("Whitlock said", "Americans said").
    if (!x.text.includes(' ')) return null;
    const named = (c: Credit, z: Credit): Credit => ({ text: c.text, start: c.start, end: c.end, person: z.person, name: c.text });
    const z = statements(other).find(({ credit: c }) => !!c.name && !!c.person && sameName(c.name, y!.text) && !sameName(c.name, x!.text))?.credit;
    if (!z) return null;
    x = named(x, z);
    y = named(y, z);
  }
  if (!x || x.person === undefined || !y?.name || y.person === undefined || y.person === null) return null;
  const claims = page ? statements(page) : [];
  for (const { credit: z, stems } of statements(other)) {
    if (page && !claims.some((c) => sharedCount(c.stems, stems, page.related) >= ALONG_SHARED)) continue;
    if (z.person === y.person && !!z.name && sameName(z.name, y.name) && differentParties(x, z)) return { kind: 'attribution', a: f.a, b: [z], summary: creditSummary(x, z), confidence: f.confidence };
  }
  return null;
}
