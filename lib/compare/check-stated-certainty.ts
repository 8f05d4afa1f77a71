/**
 * Certainty stated about a claim rather than carried by its modal: one outlet says the party presents the point as
 * settled ("presents this not as a possibility but as a certainty", "will happen, full stop", "leaves no room for
 * doubt") while the other reports the party hedging it ("could eventually design…", "might increase…"). The two
 * sentences must already report the same point; the phrase, not a modal, carries the change.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, quotedSpans, slot, type Passage, type Slot } from './passage';
import { HEDGE, modals, span } from './modality';
import type { Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { sharedCount } from './context';

const STATED_SLOT = slot();

/** Phrases that call a claim settled: said of how the party frames it, or of the claim itself. */
const SETTLED = new RegExp(
  [
    String.raw`\bas (?:a )?(?:certainty|certain|given|foregone conclusion|settled fact|done deal|inevitability|inevitable)\b`,
    String.raw`\b(?:is|as) a given\b`,
    String.raw`\bno room for (?:any )?doubt\b`,
    String.raw`\bbeyond (?:any )?doubt\b`,
    // Not "a full stop", "the full stop": a halt, not a claim made without a hedge.
    String.raw`(?<!\b(?:a|the|any) )\bfull stop\b`,
    String.raw`\b(?:not|rather than) (?:as )?a (?:mere )?possibility\b`,
    String.raw`\bnot (?:whether|if) but when\b`,
    String.raw`\b(?:(?:question|matter) of )?when(?:,? not (?:if|whether)| rather than whether)\b`,
    String.raw`\b(?:question|matter) of when\b`,
    String.raw`\b(?:does not|doesn't|did not|didn't|stopped|without) hedg(?:e|es|ed|ing)\b`,
    String.raw`\b(?:no|little|without any) hedging\b`,
    String.raw`\bset in stone\b`,
    String.raw`\b(?:treats?|treated|treating) (?:it|this|that|the \w+) as settled\b`,
  ].join('|'),
  'i',
);

/** The first match of `re` in a passage outside quotations, or null (once per passage and slot). */
export function unquotedPhrase(p: Passage, s: Slot, re: RegExp): Piece | null {
  return memo(p, s, () => {
    const m = re.exec(p.norm);
    if (!m) return null;
    const end = m.index + m[0].length;
    if (quotedSpans(p.norm).some((q) => q.start <= m.index && end <= q.end + 1)) return null;
    return { text: p.text.slice(m.index, end), start: m.index, end };
  });
}

/** The phrase in a passage that calls its claim settled, outside quotations, or null. */
const settled = (p: Passage): Piece | null => unquotedPhrase(p, STATED_SLOT, SETTLED);

/** The first hedge of a passage that is no month ("may"), outside quotations: how the other side words the claim. */
function hedge(p: Passage): Piece | null {
  const m = modals(p).find((x) => HEDGE.has(x.word.lower) && !x.word.quoted);
  return m ? span(p, m.index, Math.min(m.index + 2, p.words.length - 1)) : null;
}

/** Content stems of a passage, for tying a merely related pair. */
const stemsOf = (p: Passage) => new Set(p.words.filter((w) => w.lower.length > 2 && !STOPWORDS.has(w.lower)).map((w) => w.stem));

/**
 * One side calls the point settled, the other hedges it. Pairs on the same point need nothing more; a merely related
 * pair (`need` > 0) must share that many of the claim's words ("machines building their replacements" / "design … its successor" do not).
 */
export function checkStatedCertainty(a: Passage, b: Passage, need = 0): Finding | null {
  const tied = () => need === 0 || sharedCount(stemsOf(a), stemsOf(b), a.related ?? b.related) >= need;
  // The outlet's side first: corpus passages keep their hedges across pages, so the page's phrase is looked for only when needed.
  const hb = hedge(b);
  const sa = hb && settled(a);
  if (sa && hb && !settled(b) && tied()) return { kind: 'certainty', a: [sa], b: [hb], summary: summarise([sa], [hb]), confidence: 0.7 };
  const sb = settled(b);
  const ha = sb ? hedge(a) : null;
  if (sb && ha && !settled(a) && tied()) return { kind: 'certainty', a: [ha], b: [sb], summary: summarise([ha], [sb]), confidence: 0.7 };
  return null;
}
