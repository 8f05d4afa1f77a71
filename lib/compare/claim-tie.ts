/**
 * Where a negation's claim is found again in another passage: its head verb, then its words close after it
 * ("did not alert the regulator" / "notified the regional regulator"), with a passive claim's agent and recipient
 * kept in their parts.
 */

import { STOPWORDS } from '../text/stopwords';
import { memo, slot, type Passage, type Word } from './passage';
import { SCOPE, claimAfter, content, governed, kin, kinShared, subjectOf, type Marker } from './modality';
import { NOT_PERSON } from './subjects';

const STEMS_SLOT = slot();

/**
 * Verbs that deny one another's claim across wording (stems): letting someone know ("did not alert the authorities" /
 * "notified the authorities"), and giving out what one has ("stopped short of offering specific details" / "spelling
 * out specific details"), making sure, and making a thing out of something.
 */
/** Letting someone know ("did not alert the authorities" / "notified the authorities"). */
const INFORMING = new Set(['alert', 'notifi', 'inform', 'tell', 'told', 'appris', 'warn']);
/** Making sure of something ("would not verify" / "no way to check" / "to ensure"). */
const CHECKING = new Set(['verifi', 'verif', 'check', 'confirm', 'ensur']);
const FAMILIES = [
  INFORMING,
  new Set(['offer', 'provid', 'give', 'gave', 'given', 'spell', 'sketch', 'laid', 'lai', 'outlin', 'disclos', 'reveal', 'specifi', 'share', 'explain']),
  CHECKING,
  // Making a thing out of something ("did not build it from open-source tools" / "developed using an open-source tool").
  new Set(['build', 'built', 'develop', 'creat', 'made', 'construct', 'assembl', 'us', 'draw', 'employ']),
  // One verb's forms the stemmer leaves apart ("should not be left to any one lab" / "leaving decisions to a single lab").
  new Set(['leav', 'left']),
];
const familyOf = (stem: string) => FAMILIES.find((f) => f.has(stem));

/**
 * The stems a claim's head may be written as on the other side, to look its claim up by: itself, or the words of letting
 * someone know and of making sure ("would not check" / "verify each other's compliance"); the other families are too
 * loose to find a claim by ("did not assemble" / "create adaptive worms").
 */
export function headVariants(stem: string): readonly string[] {
  const f = familyOf(stem);
  return f === INFORMING || f === CHECKING ? [...f] : [stem];
}
/** Giving someone a warning is letting them know ("didn't give the authorities a heads-up" / "notified the authorities"). */
const GIVE = new Set(['give', 'gave', 'given', 'giving']);
const NOTICE = /^(?:heads-up|heads|warning|warnings|notice|advance|alert|word)$/;
/** Words after "give" within which the notice it gives must stand. */
const NOTICE_SPAN = 6;
/** The family of a claim's head, reading "give … a heads-up" as the family of letting someone know. */
function headFamily(a: Passage, h: Word): Set<string> | undefined {
  if (GIVE.has(h.lower)) {
    const at = a.words.indexOf(h);
    if (a.words.slice(at + 1, at + 1 + NOTICE_SPAN).some((w) => NOTICE.test(w.lower))) return INFORMING;
  }
  return familyOf(h.stem);
}

/** Words an active verb's object may take between the verb and the "to" of its recipient ("leaving decisions about AI's pace to"). */
const OBJECT_SPAN = 6;
/** Words back from a recipient within which its "to" may stand, past a list ("left to a single company or lab"). */
const GIVEN_SPAN = 6;

/** Stems of verbs that keep a thing from happening ("prevent", "stop", "block", "deter"). */
export const PREVENTING = /^(?:prevent|stop|block|deter|halt)$/;

/** Where in b the words after a's marker recur, led by its head word: first and last matching word, if `need` match. */
export function tieIn(a: Passage, m: Marker, b: Passage, need: number, within = SCOPE + 2): { from: number; to: number } | null {
  const scope = (m.scope ??= m.agent ? new Set([...m.agent, ...content(a.words, claimAfter(m) + 1, claimAfter(m) + SCOPE)]) : content(a.words, claimAfter(m) + 1, claimAfter(m) + SCOPE));
  if (scope.size < need) return null;
  const h = governed(a, m);
  if (!h) return null;
  const kinVerbs = headFamily(a, h);
  // Verbs of keeping a thing from happening stand for each other ("do nothing to stop any rival" / "preventing any rival").
  const preventing = PREVENTING.test(h.stem);
  const isHead = (s: string) => s === h.stem || kinVerbs?.has(s) === true || (preventing && PREVENTING.test(s));
  const stems = memo(b, STEMS_SLOT, (q) => new Set(q.words.map((w) => w.stem)));
  if (!stems.has(h.stem) && !(kinVerbs && [...kinVerbs].some((s) => stems.has(s))) && !(preventing && [...stems].some((s) => PREVENTING.test(s)))) return null;
  const hits: number[] = [];
  // Words of one family count as the same ("sooner" / "soon"), and so do synonyms ("competitors" / "rivals").
  const family = [...scope];
  const related = a.related ?? b.related;
  const inScope = (x: string) => scope.has(x) || family.some((y) => kin(x, y));
  // A synonym is weaker evidence than the word itself: a tie that leans on one needs a word more.
  const synonym = new Set<number>();
  for (let i = 0; i < b.words.length; i++) {
    const st = b.words[i]!.stem;
    // "us" in lower case is the pronoun, no claim word: not "the US" nor "use", which the stemmer cuts to the same stem.
    if (b.words[i]!.text === 'us') continue;
    if (inScope(st) || isHead(st)) hits.push(i);
    else if (related && family.some((y) => related(y, st))) hits.push(i), synonym.add(i);
  }
  // The claim's words follow its head on a's side; before the head on b's they play another part ("the company's case
  // rests on speed" is no assertion that decisions "rest with any single lab, company"), unless a's claim is passive:
  // its agent then comes first in the active ("should not be set by governments" / "governments should set").
  const passive = byAgent(a, m, h);
  // What a passive claim gives something to ("not be left to any one lab") is given to it on b's side too, not the
  // object of the same verb ("left the labs to police themselves").
  const to = recipient(a, m, h);
  const given = (i: number) => b.words.slice(Math.max(0, i - GIVEN_SPAN), i).some((w) => w.lower === 'to');
  for (let k = 0; k + need - 1 < hits.length; k++) {
    const n = hits.slice(k, k + need).some((i) => synonym.has(i)) ? need + 1 : need;
    if (k + n - 1 >= hits.length) continue;
    // A passive claim's agent, or a means' ("for one lab to verify"), may come before the head on b's side.
    const led = isHead(b.words[hits[k]!]!.stem) || ((passive || !!m.agent) && isHead(b.words[hits[k + n - 1]!]!.stem));
    if (to && hits.slice(k, k + n).some((i) => b.words[i]!.stem === to && !given(i))) continue;
    // The head's family twice ("verification … to ensure") is one word of the claim, not two.
    const beyondHead = hits.slice(k, k + n).some((i) => !isHead(b.words[i]!.stem));
    // Asked for one word, the head alone ties, unless it names a party ("isn't the companies' call"): parties are everywhere.
    const alone = n === 1 && !NOT_PERSON.test(b.words[hits[k]!]!.lower);
    // Given to its recipient in the active ("leaving decisions about the pace to a single lab"), the claim's subject stands
    // between the verb and "to" as its object: the recipient may stand that much further off.
    const last = hits[k + n - 1]!;
    const reach = to && b.words[last]!.stem === to && given(last) && objectIsSubject(a, m, b, hits[k]!, last) ? within + OBJECT_SPAN : within;
    if (led && (beyondHead || alone) && last - hits[k]! <= reach) return { from: hits[k]!, to: last };
  }
  return null;
}

/** "be" between a marker and the word it governs: a passive claim ("not be left", "not be set"). */
const passiveAt = (p: Passage, m: Marker, at: number) => p.words.slice(m.index + 1, at).some((w) => w.lower === 'be' || w.lower === 'been' || w.lower === 'being');

/** A passive claim's recipient, after "to" right after its head ("not be left to any one lab"): its first content stem. */
function recipient(p: Passage, m: Marker, h: Word): string | null {
  const at = p.words.indexOf(h);
  if (!passiveAt(p, m, at) || p.words[at + 1]?.lower !== 'to') return null;
  return p.words.slice(at + 2, at + 6).find((w) => !STOPWORDS.has(w.lower) && w.lower.length > 2)?.stem ?? null;
}

/** Whether words of a passive claim's subject ("decisions about the pace … should not be left to") stand between b's verb and its recipient, as its object. */
function objectIsSubject(a: Passage, m: Marker, b: Passage, verb: number, recipient: number): boolean {
  // The subject back to its clause's start ("that decisions about the pace of AI innovation should not"), a long one too.
  let from = m.index;
  while (from > 0 && m.index - from < PASSIVE_SUBJECT_WORDS && a.words[from - 1]!.lower !== 'that' && !/[,;:—–(]/.test(a.text.slice(a.words[from - 1]!.end, a.words[from]!.start))) from--;
  const subject = content(a.words, from, m.index - 1);
  return b.words.slice(verb + 1, recipient).some((w) => subject.has(w.stem));
}
/** Words back from a passive claim's negation its subject may reach. */
const PASSIVE_SUBJECT_WORDS = 10;

/** A passive claim with its agent: "be" between the marker and its head, "by" just after the head ("not be set by governments"). */
function byAgent(p: Passage, m: Marker, h: Word): boolean {
  const at = p.words.indexOf(h);
  return passiveAt(p, m, at) && p.words.slice(at + 1, at + 3).some((w) => w.lower === 'by');
}

/** Modals a negation may follow ("could not"), and the one "cannot" holds. */
const MODALS = new Set(['could', 'would', 'will', 'can', 'should', 'may', 'might', 'must']);

/**
 * Where a negated modal's claim stands asserted with the same modal, though its verb differs ("AI tools could not be
 * used to create a worm" / "AI tools could be weaponized to create a worm"): a subject word in common before both
 * modals and two claim words after them.
 */
export function modalTieIn(a: Passage, m: Marker, b: Passage): { from: number; to: number } | null {
  const modal = m.word.lower === 'cannot' ? 'can' : a.words[m.index - 1]?.lower;
  if (!modal || !MODALS.has(modal)) return null;
  const scope = (m.scope ??= m.agent ? new Set([...m.agent, ...content(a.words, claimAfter(m) + 1, claimAfter(m) + SCOPE)]) : content(a.words, claimAfter(m) + 1, claimAfter(m) + SCOPE));
  const subject = subjectOf(a, m.word.lower === 'cannot' ? m : { ...m, index: m.index - 1 });
  for (let j = 0; j < b.words.length; j++) {
    if (b.words[j]!.lower !== modal) continue;
    const claim = content(b.words, j + 1, j + SCOPE);
    const shared = kinShared(scope, claim);
    const about = kinShared(subject, subjectOf(b, { word: b.words[j]!, index: j }));
    if (shared < 2 || about < 1) continue;
    let to = j;
    for (let k = j + 1; k <= Math.min(b.words.length - 1, j + SCOPE); k++) if ([...scope].some((s) => kin(s, b.words[k]!.stem))) to = k;
    return { from: j, to };
  }
  return null;
}

/** Verbs that only hold the claim's means ("does not include any way to check"), and the means nouns after them. */
const LIGHT = new Set(['includ', 'involv', 'contain', 'have', 'has', 'had', 'offer', 'provid']);
/** A verb's -ing form ('checking'), of a stem of three letters or more. */
const GERUND = /^[a-z]{3,}ing$/;
const MEANS = new Set(['wai', 'mean', 'mechan', 'method', 'provis', 'system', 'tool']);
/** Words from the light verb to its means noun, and from that noun to the verb of the means. */
const MEANS_REACH = 3;
const VERB_REACH = 4;

/**
 * A negation whose head only holds the means of its claim ("does not include any way for labs to check that…",
 * "has no means of checking…"): a marker on the verb of the means ("check"), read as the claim denied. Null otherwise.
 */
export function throughMeans(a: Passage, m: Marker): Marker | null {
  const ws = a.words;
  // "no means by which a lab could…": the clause after the means noun says what is denied.
  if (MEANS.has(ws[m.index + 1]?.stem ?? '')) {
    const relative = byWhich(ws, m.index + 1);
    if (relative) return { word: m.word, ...relative };
  }
  const h = governed(a, m);
  if (!h) return null;
  const at = ws.indexOf(h);
  // "no means of checking": the marker itself stands before the means noun.
  const light = LIGHT.has(h.stem) ? at : MEANS.has(h.stem) ? at - 1 : -1;
  if (light < 0) return null;
  const noun = ws.slice(light + 1, light + 1 + MEANS_REACH).findIndex((w) => MEANS.has(w.stem));
  // "would not involve labs checking whether…": the light verb's object does what is denied.
  const acting = MEANS.has(h.stem) ? -1 : ws.slice(light + 1, light + 1 + MEANS_REACH).findIndex((w) => GERUND.test(w.lower) && !STOPWORDS.has(w.lower));
  if (noun < 0 && acting > 0) return { word: m.word, index: light + acting };
  const n = MEANS.has(h.stem) ? at : noun < 0 ? -1 : light + 1 + noun;
  if (n < 0) return null;
  const relative = byWhich(ws, n);
  if (relative) return { word: m.word, ...relative };
  for (let k = n + 1; k <= Math.min(ws.length - 1, n + VERB_REACH); k++) {
    const w = ws[k]!;
    if ((w.lower === 'to' || w.lower === 'of') && ws[k + 1] && !STOPWORDS.has(ws[k + 1]!.lower)) {
      // "no mechanism for one lab to verify…": the lab is who would verify, as the other side may say ("labs verify").
      const agent = ws[n + 1]?.lower === 'for' && k > n + 2 ? content(ws, n + 2, k - 1) : undefined;
      return agent?.size ? { word: m.word, index: k, agent } : { word: m.word, index: k };
    }
  }
  return null;
}

/** Prepositions a means noun's relative clause opens with ("no means by which…", "no provision under which…"). */
const BY = /^(?:by|through|under|with|for)$/;
const MODAL = /^(?:could|would|can|might|may|should|will)$/;
/** Words the relative clause's subject may hold ("participating laboratories", "one lab"). */
const AGENT_WORDS = 4;

/**
 * "no means by which a lab could confirm…", "no provision under which labs could check…", "nothing whereby…": the
 * clause's modal stands where "to" stands in "no means for a lab to confirm", its subject the one who would do it.
 */
function byWhich(ws: Word[], n: number): { index: number; agent?: Set<string> } | null {
  const at = BY.test(ws[n + 1]?.lower ?? '') && ws[n + 2]?.lower === 'which' ? n + 3 : ws[n + 1]?.lower === 'whereby' ? n + 2 : -1;
  if (at < 0) return null;
  for (let k = at; k < Math.min(ws.length - 1, at + AGENT_WORDS + 1); k++) {
    if (!MODAL.test(ws[k]!.lower)) continue;
    if (STOPWORDS.has(ws[k + 1]!.lower)) return null;
    const agent = content(ws, at, k - 1);
    return agent.size ? { index: k, agent } : { index: k };
  }
  return null;
}

/** Determiners that open the noun a relative clause hangs on ("a push that…"), as a complement's "said that" has none. */
const DETERMINER = /^(?:a|an|the|this|that|its|their|his|her|our|one)$/;
/** Words back from the marker within which the relative "that"/"which" stands, past its subject ("that Elon Musk, now…, declined"). */
const RELATIVE_REACH = 12;

/**
 * A negation ending its relative clause ("a push that Musk pointedly declined to back."): the clause's noun is what the
 * claim is about, as the other side may say ("Musk backed a push"). A marker with that noun as its agent; null otherwise.
 */
export function relativeObject(a: Passage, m: Marker): Marker | null {
  const h = governed(a, m);
  if (!h) return null;
  const ws = a.words;
  const at = ws.indexOf(h);
  const next = ws[at + 1];
  // The head closes its clause: nothing of the claim follows it.
  if (next && !/[.,;:!?)\u2014]/.test(a.text.slice(h.end, next.start))) return null;
  for (let t = m.index - 1; t >= Math.max(1, m.index - RELATIVE_REACH); t--) {
    const w = ws[t]!.lower;
    if (w !== 'that' && w !== 'which') continue;
    const noun = ws[t - 1]!;
    const det = [ws[t - 2], ws[t - 3]].findIndex((d) => d && DETERMINER.test(d.lower));
    if (det < 0 || STOPWORDS.has(noun.lower) || noun.lower.length < 3) return null;
    const agent = content(ws, t - 1 - det, t - 1);
    return agent.size ? { word: m.word, index: m.index, frame: m.frame, agent } : null;
  }
  return null;
}

