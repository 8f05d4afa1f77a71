/**
 * Compact string encodings for the compiled corpus. Strings parse far faster than deep JSON arrays,
 * so the background loads the corpus in one JSON.parse and decodes only the parts a page touches.
 */

/** Encodes non-negative integers as base-36 joined by `sep`. */
export function encInts(xs: ArrayLike<number>, sep = ','): string {
  let out = '';
  for (let i = 0; i < xs.length; i++) out += (i ? sep : '') + xs[i]!.toString(36);
  return out;
}

/** Inverse of encInts. */
export function decInts(s: string, sep = ','): number[] {
  if (!s) return [];
  // One pass over the characters; anything but lower-case base-36 digits takes the general path.
  const sepCode = sep.length === 1 ? sep.charCodeAt(0) : -1;
  const out: number[] = [];
  let v = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === sepCode) {
      out.push(digits ? v : NaN);
      v = 0;
      digits = 0;
    } else if (c >= 48 && c <= 57) {
      v = v * 36 + (c - 48);
      digits++;
    } else if (c >= 97 && c <= 122) {
      v = v * 36 + (c - 87);
      digits++;
    } else {
      return s.split(sep).map((x) => parseInt(x, 36));
    }
  }
  out.push(digits ? v : NaN);
  return out;
}

/**
 * Sorted ids as gaps in separator-free digits: each gap is its high part in base 26 ('A'–'Z'), then its
 * last digit in base 36 ('0'–'9', 'a'–'z'), which also ends it. Most gaps take one or two characters and
 * none needs a separator, so postings parse and decode faster than comma-joined base 36.
 */
export function encGaps(sorted: number[]): string {
  let prev = 0;
  let out = '';
  for (let i = 0; i < sorted.length; i++) {
    out += encGap(sorted[i]! - prev);
    prev = sorted[i]!;
  }
  return out;
}

function encGap(n: number): string {
  let s = (n % 36).toString(36);
  for (let high = Math.floor(n / 36); high > 0; high = Math.floor(high / 26)) s = String.fromCharCode(65 + (high % 26)) + s;
  return s;
}

/** Inverse of encGaps. */
export function decGaps(s: string): number[] {
  const out: number[] = [];
  let acc = 0;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 90 && c >= 65) v = v * 26 + (c - 65);
    else {
      acc += v * 36 + (c <= 57 ? c - 48 : c - 87);
      out.push(acc);
      v = 0;
    }
  }
  return out;
}

/** Lists of integer lists: inner lists joined by ' ', outer by ','. */
export function encLists(lists: number[][]): string {
  return lists.map((l) => encInts(l, ' ')).join(',');
}

/** Inverse of encLists. */
export function decLists(s: string): number[][] {
  if (!s) return [];
  return s.split(',').map((x) => decInts(x, ' '));
}

/** Lists of sorted integer lists, each as encGaps, joined by ','. */
export function encGapLists(lists: number[][]): string {
  return lists.map(encGaps).join(',');
}

/** Inverse of encGapLists. */
export function decGapLists(s: string): number[][] {
  if (!s) return [];
  return s.split(',').map(decGaps);
}

/** Joins per-item strings into one (JSON parses one long string far faster than many short ones). */
export function pack(items: string[], sep: string): string {
  return items.join(sep);
}

/**
 * Random access into a packed string; the string is read (a corpus file decodes it then) and the item
 * offsets found on first use, in one scan.
 */
export class Packed {
  private starts: Int32Array | null = null;
  private text: string | null = null;

  constructor(
    private readonly source: () => string,
    private readonly sep: string,
    private readonly count: number,
  ) {}

  /** Item i ('' when out of range). */
  get(i: number): string {
    if (!this.starts) {
      const s = (this.text = this.source());
      const starts = new Int32Array(this.count + 1);
      let pos = 0;
      for (let k = 0; k < this.count; k++) {
        starts[k] = pos;
        const next = s.indexOf(this.sep, pos);
        pos = next < 0 ? s.length + 1 : next + 1;
      }
      starts[this.count] = s.length + 1;
      this.starts = starts;
    }
    if (i < 0 || i >= this.count) return '';
    return this.text!.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }
}
