/** The page side: paragraphs split into sentences, tokens and corpus term ids, built once per analyze(). */

import { normalizeChars } from '../text/normalize';
import { sentences, words, type Piece } from '../text/segment';
import { tokenize, type Token, type WordForms } from '../text/tokens';
import type { CorpusIndex } from './corpus-index';
import type { SentenceTerms } from './similarity';

/** One sentence of the page. */
export interface PageSentence extends SentenceTerms {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** The text through normalizeChars (same offsets). */
  norm: string;
  tokens: Token[];
  /** All words, stop words included (the divergence checks read them). */
  words: Piece[];
  /** Each word's comparable forms, made while tokenising (the divergence passages read them). */
  forms: WordForms[];
  mass: number;
}

/** Segments and maps every page paragraph onto the corpus vocabulary. */
export function pageSentences(paragraphs: string[], ix: CorpusIndex): PageSentence[] {
  const out: PageSentence[] = [];
  const unknown = ix.unknownWeight;
  paragraphs.forEach((para, p) => {
    // Normalising keeps offsets, so the paragraph's normal form serves each of its sentences.
    const norm = normalizeChars(para);
    for (const s of sentences(para, norm)) {
      const ws = words(s.text);
      const forms: WordForms[] = new Array(ws.length);
      const tokens = tokenize(s.text, ws, forms);
      const { ids: sorted, extraMass, extraSyn, mass: m } = termsOf(tokens, ix, unknown);
      out.push({
        index: out.length,
        paragraph: p,
        start: s.start,
        end: s.end,
        text: s.text,
        norm: norm.slice(s.start, s.end),
        tokens,
        words: ws,
        forms,
        ids: sorted,
        extraMass,
        extraSyn,
        mass: m,
      });
    }
  });
  return out;
}

/** A text's tokens as corpus term ids, with the mass of the words the corpus lacks. */
export function termsOf(tokens: Token[], ix: CorpusIndex, unknown = ix.unknownWeight): SentenceTerms & { ids: number[]; extraSyn: number[]; mass: number } {
  // Kept sorted and distinct as they come (a sentence has a few dozen): no set to spread and sort.
  const sorted: number[] = [];
  let extraSyn: Set<number> | null = null;
  let extraMass = 0;
  let seenUnknown: Set<string> | null = null;
  for (const t of tokens) {
    const id = ix.termId(t.term) ?? ix.variantOf(t.term);
    if (id !== undefined) insertSorted(sorted, id);
    else if (!seenUnknown?.has(t.term)) {
      (seenUnknown ??= new Set()).add(t.term);
      extraMass += unknown;
      for (const x of ix.extraSynonyms(t.term)) (extraSyn ??= new Set()).add(x);
    }
  }
  let mass = extraMass;
  for (const id of sorted) mass += ix.weight(id);
  return { ids: sorted, extraMass, extraSyn: extraSyn ? [...extraSyn] : [], mass };
}

/** Inserts x into an ascending list of distinct numbers, unless it is there already. */
export function insertSorted(xs: number[], x: number): void {
  let i = xs.length;
  while (i > 0 && xs[i - 1]! > x) i--;
  if (i > 0 && xs[i - 1] === x) return;
  if (i === xs.length) xs.push(x);
  else xs.splice(i, 0, x);
}
