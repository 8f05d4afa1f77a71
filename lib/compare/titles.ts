/**
 * Titles: the role words written next to a person ("co-founder Jack Clark", "Jack Clark, the company's chief
 * executive", "Marina Favaro, who leads its policy team"), shared titles over a list of people, and whether two titles
 * can name one role.
 */

import type { Piece } from '../text/segment';
import { memo, memoAt, type Passage, slot } from './passage';
import { isPerson, namePhrases, type Name } from './names';
import { RANK, ROLE } from './roles';

// Memo slots of this file's extractors.
const TITLES_SLOT = slot();
const TITLES_AFTER_SLOT = slot();
const SHARED_TITLES_SLOT = slot();

const TITLE_RE = new RegExp(`\\b(${RANK}(?:${ROLE}))\\b`, 'gi');

/** Role words written just before a name (within 40 characters, same clause). */
export function titlesBefore(p: Passage, name: Piece): Piece[] {
  return memoAt(p, TITLES_SLOT, name.start, () => findTitles(p, name));
}

function findTitles(p: Passage, name: Piece): Piece[] {
  const from = Math.max(0, name.start - 40);
  const window = p.norm.slice(from, name.start);
  const clause = window.split(/[.;:!?]|,(?=[^,]*$)/).pop() ?? '';
  const base = name.start - clause.length;
  const out: Piece[] = [];
  TITLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLE_RE.exec(clause))) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  // A name set off by commas after its title ("Anthropic's chief executive, Jack Clark, and …"): the title ends the clause before.
  if (out.length === 0 && /^\s*$/.test(clause) && /^\s*[,)]/.test(p.norm.slice(name.end, name.end + 2))) {
    const lead = APPOSED.exec(p.norm.slice(from, base));
    if (lead) return [{ text: lead[1]!, start: from + lead.index + lead[0].length - lead[1]!.length - lead[2]!.length, end: from + lead.index + lead[0].length - lead[2]!.length }];
  }
  if (out.length === 0) return out;
  // A title with another person named between it and this name is that person's ("co-founder Jack Clark and Marina
  // Favaro"), unless it is plural and names them together ("founders Jack Clark and Marina Favaro").
  const others = namePhrases(p).filter((n) => n.start < name.start && n.text.includes(' '));
  const shared = (t: Piece, n: Piece) => /s$/.test(t.text) && /^\s*(?:,|and)\s*$/.test(p.norm.slice(n.end, name.start));
  // And a title set off right after another person's name is theirs: "Dario Amodei (co-founder) and Marina Favaro".
  const setOffAfter = (t: Piece, n: Name) => n.end <= t.start && isPerson(n) && SET_OFF.test(p.norm.slice(n.end, t.start));
  return out.filter((t) => !others.some((n) => (n.start >= t.end && !shared(t, n)) || setOffAfter(t, n)));
}

/**
 * A title right before the comma that sets a name off after it ("its chief executive, ", "Anthropic's chief executive, "),
 * past "the", "its" or an organisation's possessive; "his co-author, Marina Favaro" is a relation to a person, not a role.
 */
const APPOSED = new RegExp(`(?:^|\\s)(?:(?:the|its)\\s+|[\\p{L}-]+['\u2019]s\\s+)(${RANK}(?:${ROLE}))(\\s*,\\s*)$`, 'iu');

/** What stands between a person's name and a title in brackets after it: the bracket, and a determiner or possessive. */
const SET_OFF = /^\s*\(\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}-]+['\u2019]s\s+)?$/u;

/** A plural title before a list of people ("founders Jack Clark and Marina Favaro"): the title and the full names it covers. */
export interface SharedTitle {
  title: Piece;
  people: Name[];
}

/** Plural titles written right before a list of full names joined by "and" or commas: each covers every name listed. */
export function sharedTitles(p: Passage): SharedTitle[] {
  return memo(p, SHARED_TITLES_SLOT, findSharedTitles);
}

function findSharedTitles(p: Passage): SharedTitle[] {
  const names = namePhrases(p).filter((n) => n.text.includes(' '));
  const out: SharedTitle[] = [];
  for (let i = 0; i < names.length; i++) {
    const first = names[i]!;
    const title = titlesBefore(p, first).find((t) => /s$/i.test(t.text) && /^\s*$/.test(p.norm.slice(t.end, first.start)));
    if (!title) continue;
    const people = [first];
    while (i + 1 < names.length && /^\s*(?:,|,?\s*and)\s*$/.test(p.norm.slice(names[i]!.end, names[i + 1]!.start))) people.push(names[++i]!);
    if (people.length > 1) out.push({ title, people });
  }
  return out;
}

/** What a role is of, after it ("head of policy", "director of its research lab"): lower-case words, past a determiner or possessive. */
const COMPLEMENT = `(?:\\s+of\\s+(?:(?:the|its|his|her|their)\\s+)?(?:[\\p{L}-]+['\u2019]s\\s+)?[a-z][a-z-]*(?:\\s+(?!and\\b|or\\b)[a-z][a-z-]*){0,2})?`;
/** A title set off after a name by a comma, a bracket or a dash: "Jack Clark, the company's chief executive", "Jane Doe (head of its lab)", "Jane Doe — its general counsel", "one of its co-founders", "who is its CEO". */
const APPOSITIVE = new RegExp(`^(?:,\\s+(?:who\\s+(?:is|was|serves\\s+as|served\\s+as|works\\s+as)\\s+)?|\\s*\\(\\s*|\\s+[\u2014\u2013-]\\s+)(?:one of\\s+|among\\s+)?(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}-]+['\u2019]s\\s+)?(${RANK}(?:${ROLE})${COMPLEMENT})(?![\\p{L}-])`, 'iu');

/** A role told by a relative clause after a name: "Marina Favaro, who leads the company's policy team", "who heads global affairs at …", "in charge of its policy team". */
const LEAD_VERBS = 'leads|heads|runs|directs|oversees';
const LEADS = new RegExp(`^,\\s+(?:who\\s+(?=${LEAD_VERBS})|(?:who\\s+(?:is|was)\\s+)?(?=in\\s+charge\\s+of\\s))((?:${LEAD_VERBS}|in\\s+charge\\s+of)\\s+(?:(?:the|its|his|her|their)\\s+)?(?:[\\p{L}-]+['\u2019]s\\s+)?[a-z][a-z-]*(?:\\s+(?!and\\b|or\\b|at\\b|in\\b|for\\b|on\\b)[a-z][a-z-]*){0,2})(?![\\p{L}-])`, 'u');
const LEADS_KEY = new RegExp(`^(?:${LEAD_VERBS}|in\\s+charge\\s+of)\\s+`, 'i');

/** A title after the name of what it is in, set off after a person's name: "Jack Clark, an Anthropic co-founder" (case kept: the name is capitalised). */
const NAMED_APPOSITIVE = new RegExp(`^,\\s+(?:a|an|the)\\s+\\p{Lu}[\\p{L}-]*\\s+(${RANK}(?:${ROLE}))(?![\\p{L}-])`, 'u');

/** A founder told by a relative clause after a name: "Jack Clark, who co-founded Anthropic", "who helped start the company", "one of the people who started it". */
const FOUNDED = /^,\s+((?:(?:who\s+(?:was|is)\s+)?one\s+of\s+the\s+(?:people|group|team)\s+)?who\s+(?:co-?founded|founded|started|helped\s+(?:to\s+)?(?:found|start|set\s+up|launch))\s+(?:the\s+)?[\p{L}-]+)(?![\p{L}-])/iu;
const FOUNDED_KEY = /\bwho\s+(?:co-?founded|founded|started|helped\b)/i;

/** The titles a passage gives a name: before it, or set off by a comma (or bracket, or "who leads", or "who co-founded") right after it. */
export function titlesOf(p: Passage, name: Piece): Piece[] {
  const before = titlesBefore(p, name);
  const after = memoAt(p, TITLES_AFTER_SLOT, name.end, () => {
    const rest = p.norm.slice(name.end, name.end + 80);
    const m = APPOSITIVE.exec(rest) ?? NAMED_APPOSITIVE.exec(rest) ?? LEADS.exec(rest) ?? FOUNDED.exec(rest);
    if (!m) return [];
    const start = name.end + m[0].length - m[1]!.length;
    return [{ text: p.text.slice(start, start + m[1]!.length), start, end: start + m[1]!.length }];
  });
  return after.length ? [...before, ...after] : before;
}

/** Titles written as initials, and the words they stand for. */
const SPELLED_OUT: Record<string, string> = { ceo: 'chief executive', cfo: 'chief financial officer', cto: 'chief technology officer', 'chief executive officer': 'chief executive', prof: 'professor' };

/** A title's comparable form: lower case, singular ("founders" is "co-founder"), initials spelled out ("CEO" is "chief executive"). */
export function titleKey(t: string): string {
  let key = titleKeys.get(t);
  if (key === undefined) {
    if (titleKeys.size > 5000) titleKeys.clear();
    titleKeys.set(t, (key = titleKeyOnce(t)));
  }
  return key;
}

/** Title keys by title text: every pair of sentences naming a person asks again. */
const titleKeys = new Map<string, string>();

/** "OpenAI chief", or "chief" alone (a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call). */
const CHIEF = /^(?:\p{Lu}\S*\s+)?[Cc]hief$/u;

function titleKeyOnce(t: string): string {
  // "OpenAI chief", or "chief" alone, is how news writing names a chief executive; "policy chief" is another role.
  if (CHIEF.test(t)) return 'chief executive';
  // "who co-founded Anthropic", "one of the people who started it": one of its founders.
  if (FOUNDED_KEY.test(t)) return 'co-founder';
  // "leads its policy team" is the head of it.
  if (LEADS_KEY.test(t)) return titleKey(t.replace(LEADS_KEY, 'head of '));
  const [role = '', of] = t.toLowerCase().split(/\s+of\s+/, 2);
  // A co-founder is one of the founders, so a plural of a role that can be shared is its co- form; a lone "founder" is not one.
  const key = role.replace(/^(?:co-)?(founder|author|chair)s$/, 'co-$1').replace(/s$/, '').replace(/\b(?:ceo|cfo|cto|chief executive officer|prof)$/, (m) => SPELLED_OUT[m]!);
  // What the role is of, without its determiner or possessive ("head of the company's research lab": "research lab").
  const what = of?.split(/\s+/).filter((w) => !/^(?:the|its|his|her|their)$/.test(w) && !/['\u2019]s$/.test(w)).join(' ');
  // The director of a thing is its head ("director of the research institute" / "head of its research institute").
  return what ? `${key === 'director' ? 'head' : key} of ${what}` : key;
}

/**
 * Two title keys that can name the same role: equal, or one the other with a rank word added ("lead researcher",
 * "researcher"); a role said of something ("head of policy") is the role alone when the other does not say of what,
 * and another role when the other says it is of something else ("head of research institute").
 */
export function sameRole(a: string, b: string): boolean {
  const [ra = '', oa] = a.split(' of ', 2);
  const [rb = '', ob] = b.split(' of ', 2);
  const roles = ra === rb || ra.endsWith(` ${rb}`) || rb.endsWith(` ${ra}`);
  if (!oa || !ob) return roles;
  // Of the same thing, more or less closely named ("head of research", "head of research institute").
  const wa = oa.split(' ');
  const wb = ob.split(' ');
  return roles && (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w)));
}

/** A rank word that puts a role in the past. */
const PAST_ROLE = /^former\s/i;

/**
 * Two titles (as written) that can be one person's: the same role, or a role told by what the person leads
 * ("who leads its policy team") against any title but another head's, for a head of a team may hold another title.
 */
export function compatibleTitles(x: string, y: string): boolean {
  // "former head of its institute" is a role the person no longer holds: not the "head of its institute" of now.
  if (PAST_ROLE.test(x) !== PAST_ROLE.test(y)) return false;
  const [kx, ky] = [titleKey(x), titleKey(y)];
  if (sameRole(kx, ky)) return true;
  const head = (k: string) => k.split(' of ', 1)[0] === 'head';
  return (LEADS_KEY.test(x) && !head(ky)) || (LEADS_KEY.test(y) && !head(kx));
}
