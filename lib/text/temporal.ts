/** Time expressions: weekdays, months, years and relative phrases ("this week", "earlier in the week", "just before"). */

import type { Piece } from '../text/segment';

/** A time expression with a comparable value. */
export interface TimeExpr extends Piece {
  /** Canonical value: "thursday", "2023", "rel:this-week", "rel:before"… */
  value: string;
}

const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december)';

/** Cheap pre-test: most sentences hold no time expression at all. */
const MAYBE_TIME = /\d|day|week|month|year|before|after|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:,\\s*(\\d{4}))?\\b`, 'gi'), (m) => `${m[1]!.toLowerCase()} ${m[0].match(/\d{1,2}/)![0]}`],
  [new RegExp(`\\b(?:last|next|this|on)?\\s*${WEEKDAY}\\b`, 'gi'), (m) => m[1]!.toLowerCase()],
  [/\b(?:earlier|later)\s+(?:in\s+)?(?:this|the)\s+(week|month|year)\b/gi, (m) => `rel:${m[0].toLowerCase().startsWith('earlier') ? 'earlier' : 'later'}-${m[1]!.toLowerCase()}`],
  [/\b(this|last|next)\s+(week|month|year)\b/gi, (m) => `rel:${m[1]!.toLowerCase()}-${m[2]!.toLowerCase()}`],
  [/\b(yesterday|today|tomorrow)\b/gi, (m) => `rel:${m[1]!.toLowerCase()}`],
  [/\b(?:just|shortly|days?|hours?|weeks?)\s+(before|after)\b/gi, (m) => `rel:${m[1]!.toLowerCase()}`],
  [/\b((?:19|20)\d{2})\b/g, (m) => m[1]!],
];

/** All time expressions in a (normalised) sentence, longest first where they overlap. */
export function timeExprs(norm: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  if (!MAYBE_TIME.test(norm)) return out;
  for (const [re, value] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm))) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      out.push({ text: norm.slice(start, end), start, end, value: value(m) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
