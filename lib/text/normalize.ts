/**
 * Length-preserving text normalisation: every output character stands where its input character stood,
 * so offsets found on the normalised text are valid highlight spans on the original.
 */

const MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u2007': ' ', '\u3000': ' ',
  '\u2026': '.',
};

const RE = /[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u00A0\u2009\u200A\u202F\u2007\u3000\u2026]/g;

/** Straightens curly quotes, unifies dashes and odd spaces, keeping the string's length. */
export function normalizeChars(text: string): string {
  return text.replace(RE, (c) => MAP[c] ?? c);
}

/** Normalised, lower-cased, whitespace-collapsed text: a key for exact-duplicate checks. */
export function canonicalKey(text: string): string {
  return keyOfNormalized(normalizeChars(text));
}

/** canonicalKey of text normalizeChars has already been through (it changes nothing the second time). */
export function keyOfNormalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
