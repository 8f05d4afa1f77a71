/**
 * Bulleted lists hung on a lead-in sentence ("OpenAI takes a different stance, arguing that:" then "- No single company
 * or lab should control rules or pacing decisions"): each line states what the lead-in's party argues, warns or proposes.
 */

/** A bulleted line's mark ("- ", "• ", "* ", "– "); numbered lines are as often headings, so they are not read as items. */
export const LIST_MARK = /^\s*[-•*–]\s+/;

/** Whether a paragraph is a bulleted list line. */
export const isListItem = (paragraph: string): boolean => LIST_MARK.test(paragraph);

/**
 * The sentence a list line hangs on: walking back from sentence `at` (in a list line) over the list's other lines, the
 * last sentence before them, when it ends with a colon. Sentences are numbered in reading order; `paragraphOf` gives a
 * sentence's paragraph text (undefined past the article's start) and `textOf` its own text.
 */
export function leadInBefore(at: number, paragraphOf: (i: number) => string | undefined, textOf: (i: number) => string): number | undefined {
  const own = paragraphOf(at);
  if (own === undefined || !isListItem(own)) return undefined;
  let i = at - 1;
  for (let para = paragraphOf(i); para !== undefined && isListItem(para); para = paragraphOf(--i));
  return paragraphOf(i) !== undefined && /:\s*$/.test(textOf(i)) ? i : undefined;
}
