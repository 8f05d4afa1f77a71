/**
 * Order markers of a passage: "first reported by X", "follows", "ahead of", "alongside", a bare "before"/"after" or
 * a clause's "once", each with its class and, for before/after, the event it orders against (content stems after it).
 */

import type { Piece } from '../text/segment';
import { memo, memoAt, type Passage, type Word, slot } from './passage';
import { STOPWORDS } from '../text/stopwords';

// Memo slots of this file's extractors.
const EVENT_SLOT = slot();
const SEQUENCE_SLOT = slot();

const MARKERS: Array<[RegExp, string]> = [
  [/\bfirst reported by (?:the )?([A-Z][\w.&' -]{1,40}?)(?=[.,;]|$)/g, 'first'],
  // The reporter before the verb: "Reuters first reported the details", "The Associated Press was first to report".
  [/\b((?:[A-Z][\w.&'-]*\s){0,3}[A-Z][\w.&'-]*) (?:first reported|(?:was|were) (?:the )?first to report)\b/g, 'first'],
  // "Within hours of the post" is how news places a reply soon after what it answers.
  // The passive turns the order round: "The discussion was followed by the research" puts the research after the discussion.
  [/\b(?:followed|succeeded) by\b/gi, 'before'],
  [/\bpreceded by\b/gi, 'after'],
  [/\b(?:follows|followed(?! by)|following|postdates|postdated|in the wake of|on the heels of|comes after|came after|subsequent to|within (?:minutes|hours|a day|days) of)\b/gi, 'after'],
  // Holding back until an event places what is then done after it: "OpenAI held back until Anthropic's post was out".
  [/\b(?:waited|waits|held back|holds back|held off|holds off|hung back) until\b/gi, 'after'],
  [/\b(?:precedes|preceded(?! by)|predates|predated|ahead of|prior to|comes before|came before)\b/gi, 'before'],
  // A cause comes before what it brings about: "a decision that prompted backlash and placed it on a blacklist".
  [/\b(?:prompted|prompting|triggered|triggering|sparked|sparking|resulted in|resulting in|led to|leading to)\b/gi, 'before'],
  [/\b(?:comes alongside|alongside|coincides with|at the same time as|comes as|arrives as|came as|arrived as)\b/gi, 'same'],
];

/** What "follows" needs after it to order against a thing: a determiner, a possessive or a name ("follows the report", "followed Anthropic's post"). */
const FOLLOWED_BY_THING = /^\s+(?:the|a|an|its|their|his|her|this|that|these|those|separate|new|\p{Lu})/u;

/** "(just|shortly|a day|hours|…) before/after": the event it is placed against follows the marker. */
const RELATIVE = /\b(?:(?:just|shortly|soon|right|immediately|hours|days|weeks|months|a day|a week|a month|one day|two days|the day)\s+)?(before|after)\b/gi;

/** "Once" opening a clause ("once the findings had been made public", "once Anthropic's post was public") places what it governs after that event. */
const ONCE = /\bonce(?=\s+(?:(?:the|its|their|his|her|it|they|he|she|we|this|that|these|those)\b|(?:a|an)\s+(?!(?:day|week|month|year|decade|while|time|lifetime)\b)|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s))/giu;

/** Auxiliaries and the adverbs between them, which say when an event happened, not what it was. */
const AUXILIARY = /^(?:have|has|had|been|being|be|is|are|was|were|already|just)$/;
/** "the study was (already) out", "his paper is out": a piece of work that is out has been published ("the lights were out" has not). */
const IS_OUT = /^\s+(?:(?:the|its|their|his|her|this|that|these|those)\s+)?(?:[\p{L}'’-]+\s+)?(?:study|studies|paper|papers|report|findings|research|results|work|preprint|article|post|model|models|product|products)\s+(?:is|are|was|were|(?:has|have|had) been)\s+(?:already\s+)?out\b/iu;

/** "making the findings public", "made public", "go public": publishing, however worded ("releasing", "publishing"). */
const MADE_PUBLIC = /^(?:make|makes|made|making|go|goes|went|gone|going)$/;
export const PUBLISH = 'publish';
/** Nouns for what a party puts out: after a possessive name ("Anthropic's post"), the party publishing. */
const PUBLICATION = /^(?:post|blog|announcement|statement|report|paper|proposal|letter|release|call|essay|study)$/;

/** The party of a publication the words open with ("Delta Institute's post"): its name in lower case, or null. */
function publisher(ws: Word[]): string | null {
  for (let i = 0; i < Math.min(3, ws.length); i++) {
    const w = ws[i]!;
    if (w.text[0] === w.lower[0]) return null;
    if (/['’]s$/.test(w.text)) return PUBLICATION.test(ws[i + 1]?.lower ?? '') ? ws.slice(0, i + 1).map((x) => x.lower.replace(/['’]s$/, '')).join(' ') : null;
  }
  return null;
}

/** Content stems of the few words after a marker: the event it orders against. */
function eventAfter(p: Passage, end: number): Set<string> {
  return memoAt(p, EVENT_SLOT, end, () => {
    const out = new Set<string>();
    // A clause's auxiliaries say when, not what: "once those models have already been released" reads as "once those models released".
    const after = p.words.filter((w) => w.start >= end && !AUXILIARY.test(w.lower));
    // Names are who acted, not what happened: "after Anthropic refused" and "resulted in Anthropic being placed…" name two events.
    for (const w of after.slice(0, 4)) if (w.lower.length > 2 && !STOPWORDS.has(w.lower) && w.text[0] === w.lower[0]) out.add(w.stem);
    // "once the study was already out": a thing that is out has been published.
    if (IS_OUT.test(p.norm.slice(end, end + 60))) out.add(PUBLISH);
    // A party's publication is one event however it is called: "Anthropic's post" is "Anthropic's announcement".
    const owner = publisher(after);
    if (owner) out.add(`${owner} ${PUBLISH}`);
    // The idiom spreads over its object ("making the findings public"), so it is looked for a little further.
    const near = after.slice(0, 7);
    const made = near.findIndex((w) => MADE_PUBLIC.test(w.lower));
    if (made >= 0 && near.slice(made + 1, made + 5).some((w) => w.lower === 'public')) out.add(PUBLISH);
    return out;
  });
}

/** An order word found in a passage: its class ('first', 'before', 'after' or 'same') and what it orders against. */
export interface Marker extends Piece {
  cls: string;
  who?: string;
  /** For before/after markers: the event it orders against. */
  event?: Set<string>;
  /** Where the order word ends (a shown marker runs on over its event). */
  word?: number;
}

/** A passage's order markers, found once per passage. */
export function markers(p: Passage): Marker[] {
  return memo(p, SEQUENCE_SLOT, findMarkers);
}

function findMarkers(p: Passage): Marker[] {
  const out: Marker[] = [];
  for (const [re, cls] of MARKERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.norm))) {
      const end = m.index + m[0].length;
      // "the backlash that followed earned it…": nothing named after it, so it orders nothing against anything.
      if (cls === 'after' && /^follow/i.test(m[0]) && !FOLLOWED_BY_THING.test(p.norm.slice(end))) continue;
      const event = cls === 'before' || cls === 'after' ? eventAfter(p, end) : undefined;
      out.push({ text: p.text.slice(m.index, end), start: m.index, end, cls, who: m[1], event });
    }
  }
  relative(p, RELATIVE, null, 3, out);
  // A clause: its event is further on ("once the findings had been made public").
  relative(p, ONCE, 'after', 6, out);
  return out;
}

/**
 * Markers of `re` not inside one found already, shown with up to `shownWords` words of the event; `cls` null
 * takes the class from the match ("before"/"after").
 */
function relative(p: Passage, re: RegExp, cls: string | null, shownWords: number, out: Marker[]): void {
  re.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = re.exec(p.norm))) {
    const start = r.index;
    const end = r.index + r[0].length;
    if (out.some((o) => o.start <= start && o.end >= end)) continue;
    // Shown with the event it orders against, so the reader sees what came first.
    const shown = p.words.filter((w) => w.start >= end && w.start - end < 40).slice(0, shownWords);
    const last = shown.findIndex((w, i) => i > 0 && /[,;:.!?"]/.test(p.norm.slice(shown[i - 1]!.end, w.start)));
    const stop = (last > 0 ? shown[last - 1] : shown[shown.length - 1])?.end ?? end;
    out.push({ text: p.text.slice(start, stop), start, end: stop, cls: cls ?? r[1]!.toLowerCase(), event: eventAfter(p, end), word: end });
  }
}
