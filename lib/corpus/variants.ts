/**
 * Stem variants: Porter leaves derivational pairs apart ("verifi"/"verif", "temporari"/"temporarili",
 * "secret"/"secretli"). Two stems are variants when the shorter (5+ letters) starts the longer and the
 * longer adds at most three letters.
 */

const MIN = 5;
const MAX_EXTRA = 3;

/** True when a and b are variants of one stem. */
export function isVariant(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s !== l && s.length >= MIN && l.length - s.length <= MAX_EXTRA && l.startsWith(s) && !/\d/.test(l);
}

/** Variant pairs [shorter id, longer id] among the vocabulary. */
export function variantPairs(terms: string[]): Array<[number, number]> {
  const order = terms.map((t, i) => i).sort((x, y) => (terms[x]! < terms[y]! ? -1 : terms[x]! > terms[y]! ? 1 : 0));
  const out: Array<[number, number]> = [];
  for (let k = 0; k < order.length; k++) {
    const s = terms[order[k]!]!;
    if (s.length < MIN) continue;
    for (let j = k + 1; j < order.length && terms[order[j]!]!.startsWith(s); j++) {
      if (isVariant(s, terms[order[j]!]!)) out.push([order[k]!, order[j]!]);
    }
  }
  return out;
}

/** The vocabulary term a stem unknown to the corpus is a variant of, by binary search over sorted terms. */
export function findVariant(stem: string, sorted: string[]): string | undefined {
  if (stem.length < MIN - MAX_EXTRA) return undefined;
  for (let cut = stem.length; cut >= Math.max(MIN, stem.length - MAX_EXTRA); cut--) {
    const prefix = stem.slice(0, cut);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      if (isVariant(stem, sorted[i]!)) return sorted[i];
    }
  }
  return undefined;
}
