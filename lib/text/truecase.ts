/**
 * Text set in capitals throughout (TV captions, wire alerts, shouted headlines) says nothing by its capitals, and the
 * name readers take every word for a name; text in lower case throughout (raw speech-recognition transcripts, chat)
 * says nothing by them either, and the name readers find no name in it. Such a paragraph is read in the cases an ordinary text would use: each
 * word as its corpus writes it mid-sentence ("PAPERNOT" as "Papernot", "OPENAI" as "OpenAI"), else in lower case,
 * a sentence's first letter a capital. Same length, so every offset into it holds for the original.
 */

/** A word: letters, with inner apostrophes and hyphens. */
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Letters needed before a paragraph's case is read at all. */
const MIN_LETTERS = 20;
/** Share of its letters in capitals that makes a paragraph set in capitals. */
const SHOUTING = 0.85;

/** Whether a paragraph is set in capitals throughout. */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  // Runs on every paragraph of every page: letters by code, and ordinary text is done within its first sentence.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      if (++lower > 2 * MIN_LETTERS && lower > upper) return false;
    } else if (c >= 65 && c <= 90) upper++;
    else if (c > 127) {
      const ch = text[i]!;
      if (ch !== ch.toUpperCase()) lower++;
      else if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return upper + lower >= MIN_LETTERS && upper >= SHOUTING * (upper + lower);
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;

/** Whether a paragraph is set in lower case throughout (the pronoun "I" aside), as a speech recogniser or a hurried chat writes. */
export function isCaseless(text: string): boolean {
  let letters = 0;
  // Ordinary text opens with a capital: done at its first letter.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c === 73 && !isLetter(text.charCodeAt(i - 1)) && !isLetter(text.charCodeAt(i + 1))) letters++;
    else if ((c >= 65 && c <= 90) || (c > 127 && text[i] !== text[i]!.toLowerCase())) return false;
    else if (c > 127 && text[i] !== text[i]!.toUpperCase()) letters++;
  }
  return letters >= 2 * MIN_LETTERS;
}

/** Whether a paragraph's capitals say nothing (all capitals or none), so it is best read in ordinary cases. */
export const needsCasing = (text: string): boolean => isShouting(text) || isCaseless(text);

/** How a set of texts writes its words mid-sentence when it capitalises them more often than not, by lower-case form. */
export function caseForms(texts: Iterable<string>): Map<string, string> {
  const capital = new Map<string, Map<string, number>>();
  const lower = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      // A sentence's first word is capitalised whatever it is.
      if (/(?:^|[.!?:]["'”’)]*)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const word = m[0];
      const key = word.toLowerCase();
      if (word === key) lower.set(key, (lower.get(key) ?? 0) + 1);
      else {
        const forms = capital.get(key) ?? capital.set(key, new Map()).get(key)!;
        forms.set(word, (forms.get(word) ?? 0) + 1);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [key, forms] of capital) {
    const [form] = [...forms].sort((x, y) => y[1] - x[1])[0]!;
    let total = 0;
    for (const c of forms.values()) total += c;
    if (total >= (lower.get(key) ?? 0) && form.length === key.length) out.set(key, form);
  }
  return out;
}

/** A paragraph set in capitals or in lower case, in ordinary cases (same length as the original). */
export function truecase(text: string, forms: ReadonlyMap<string, string>): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const key = m[0].toLowerCase();
    const gap = text.slice(at, m.index);
    // A letter whose lower case has another length would move every offset after it: such a word stays as written.
    // The corpus's forms have their key's length (caseForms keeps no other).
    const opens = () => /(?:^|[.!?:>]["'”’)]*)\s*$/.test(out.slice(-4) + gap);
    const word = key.length !== m[0].length ? m[0] : (forms.get(key) ?? (opens() ? key[0]!.toUpperCase() + key.slice(1) : key));
    out += gap + word;
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}
