/** Capital letters at the start of a word, told without a regex for ASCII (most words), as every name and heading test asks. */

/** An upper-case first letter past ASCII (a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call). */
const UPPER_START = /^\p{Lu}/u;

/** Whether a word starts with an upper-case letter (\p{Lu}); ASCII is answered without the regex. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(word);
}
