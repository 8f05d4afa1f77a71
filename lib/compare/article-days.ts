/** The weekdays an article gives the things it dates ("a blog post on Thursday": post → thursday), the first dating of each. */

import type { Passage } from './passage';
import { passageTimes } from './passage-times';
import { datedHead } from './dated-things';

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Head noun stem → weekday, over an article's sentences in order. */
export function articleDays(sentences: Passage[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of sentences) {
    for (const t of passageTimes(p)) {
      if (!WEEKDAY.test(t.value)) continue;
      const head = datedHead(p, t);
      if (head && !out.has(head)) out.set(head, t.value);
    }
  }
  return out;
}
