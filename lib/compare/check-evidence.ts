/**
 * Certainty of evidence: the same finding presented as shown on one side ("researchers demonstrated how AI tools
 * could create worms") and as a conjecture on the other ("researchers have suggested that AI tools could be turned
 * into a worm"). Tied by the content words of the finding around both verbs.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, type Passage } from './passage';
import { content, isNegator, kinShared, span } from './modality';

const EVIDENCE_SLOT = slot();

/** Verbs that present a finding as shown, and verbs that present it as a conjecture. */
const SHOWN = /^(?:demonstrat(?:e|es|ed|ing)|show|shows|showed|shown|showing|prove|proves|proved|proven|proving|confirm|confirms|confirmed|confirming)$/;
const CONJECTURED = /^(?:suggest|suggests|suggested|suggesting|speculate|speculates|speculated|speculating|theori[sz](?:e|es|ed|ing)|hypothesi[sz](?:e|es|ed|ing))$/;
/** Nouns that present what their "that" introduces as a conjecture, and adverbs that do so for their clause. */
const CONJECTURE_NOUN = /^(?:possibility|theory|hypothesis|conjecture|speculation)$/;
const HYPOTHETICALLY = /^(?:hypothetically|theoretically)$/;
/** A warning that a thing might happen one day is a conjecture ("have warned that AI tools might one day be used to build …"). */
const WARN = /^(?:warn|warns|warned|warning)$/;
const SOMEDAY = /^(?:someday|eventually)$/;
/** Words after a verb of warning within which its "that" clause must hedge a future. */
const FORETOLD_WITHIN = 8;

/** Whether the warning at index is one that its thing might come one day: "that", a hedging modal, and "one day" or "eventually". */
function foretold(p: Passage, index: number): boolean {
  if (p.words[index + 1]?.lower !== 'that') return false;
  const ws = p.words.slice(index + 2, index + 2 + FORETOLD_WITHIN).map((w) => w.lower);
  const modal = ws.findIndex((w) => w === 'might' || w === 'may' || w === 'could');
  return modal >= 0 && ws.slice(modal + 1).some((w, k, rest) => SOMEDAY.test(w) || (w === 'one' && rest[k + 1] === 'day'));
}

/** Words before a verb read as who found it (within its clause), and words after it read as what was found. */
const SUBJECT = 5;
const FINDING = 14;

interface Evidence {
  index: number;
  shown: boolean;
  /** Content stems of the subject before the verb, and of the finding after it. */
  subject: Set<string>;
  finding: Set<string>;
}

/** Words back from a verb of showing within which "not" or "rather than" denies it. */
const DENIED_WITHIN = 5;

/** Whether the verb of showing at index is denied ("has not shown", "rather than one they have demonstrated"). */
function denied(p: Passage, index: number): boolean {
  for (let k = Math.max(0, index - DENIED_WITHIN); k < index; k++) {
    const w = p.words[k]!.lower;
    if (isNegator(w) || (w === 'than' && p.words[k - 1]?.lower === 'rather')) return true;
  }
  return false;
}

/** A passage's verbs of evidence outside quotations, each with the words of its finding. */
function evidence(p: Passage): Evidence[] {
  return memo(p, EVIDENCE_SLOT, () => {
    const out: Evidence[] = [];
    p.words.forEach((w, index) => {
      const shown = SHOWN.test(w.lower);
      const prev = p.words[index - 1]?.lower ?? '';
      const next = p.words[index + 1]?.lower ?? '';
      // "raised the possibility that…", "put forward the theory that…", "could in theory be used": a conjecture too.
      const noun = (CONJECTURE_NOUN.test(w.lower) && next === 'that') || (w.lower === 'theory' && prev === 'in') || HYPOTHETICALLY.test(w.lower) || (WARN.test(w.lower) && foretold(p, index));
      if (w.quoted || (!shown && !noun && !CONJECTURED.test(w.lower))) return;
      // "a show", "the proof shown": a noun; "suggested creating a system": a proposal, not a conjecture.
      if (!noun && (/^(?:a|an|the|this|that|its|their)$/.test(prev) || (!shown && next.endsWith('ing')))) return;
      // "a possibility they raise rather than one they have demonstrated", "has not shown": no showing is claimed.
      if (shown && denied(p, index)) return;
      let from = index;
      while (from > Math.max(0, index - SUBJECT) && !/[,;:]/.test(p.norm.slice(p.words[from - 1]!.end, p.words[from]!.start))) from--;
      out.push({ index, shown, subject: content(p.words, from, index - 1), finding: findingAfter(p, index) });
    });
    return out;
  });
}

/** Words an aside set off by commas right after "that" may run to ("proven that, if current trends hold, an AI system could…"). */
const ASIDE = 12;

/** Content stems of what a verb of evidence at index presents as found, past an aside set off by commas after its "that". */
function findingAfter(p: Passage, index: number): Set<string> {
  const ws = p.words;
  const comma = (k: number) => k < ws.length && /,/.test(p.norm.slice(ws[k - 1]!.end, ws[k]!.start));
  let from = index + 1;
  if (ws[from]?.lower === 'that' && comma(from + 1)) {
    for (let k = from + 2; k <= from + ASIDE && k < ws.length; k++) if (comma(k)) { from = k; break; }
  }
  return content(ws, from, from + FINDING - 1);
}

/**
 * The same finding shown on one side and conjectured on the other: `need` content words in common around the two
 * verbs, at least one of them in the finding itself. A side that both shows and conjectures it is left alone.
 */
export function checkEvidence(a: Passage, b: Passage, need: number): Finding | null {
  const eb = evidence(b);
  if (!eb.length) return null;
  const ea = evidence(a);
  const mixed = (es: Evidence[]) => es.some((o) => o.shown) && es.some((o) => !o.shown);
  if (mixed(ea) || mixed(eb)) return null;
  for (const x of ea) {
    for (const y of eb) {
      if (y.shown === x.shown) continue;
      const found = kinShared(x.finding, y.finding);
      if (found < 1 || found + kinShared(x.subject, y.subject) < need) continue;
      const pa = [span(a, x.index, Math.min(x.index + 2, a.words.length - 1))];
      const pb = [span(b, y.index, Math.min(y.index + 2, b.words.length - 1))];
      return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}
