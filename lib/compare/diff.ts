/** Word-level difference of two word sequences (longest common subsequence), for highlighting. */

/** Indexes of the words of a and b outside their longest common subsequence. */
export function wordDiff(a: string[], b: string[]): { onlyA: number[]; onlyB: number[]; pairs: Array<[number, number]> } {
  const n = a.length;
  const m = b.length;
  // dp[i * w + j]: LCS length of a[i..] and b[j..], in one flat table.
  const w = m + 1;
  const dp = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  const onlyA: number[] = [];
  const onlyB: number[] = [];
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) onlyA.push(i++);
    else onlyB.push(j++);
  }
  while (i < n) onlyA.push(i++);
  while (j < m) onlyB.push(j++);
  return { onlyA, onlyB, pairs };
}

/**
 * The same difference, with ties settled from the end: where a word repeats ("it's … that it's not just"), a
 * shorter excerpt's words meet the last occurrence instead of the first.
 */
export function wordDiffFromEnd(a: string[], b: string[]): { onlyA: number[]; onlyB: number[]; pairs: Array<[number, number]> } {
  const r = wordDiff([...a].reverse(), [...b].reverse());
  const back = (n: number) => (i: number) => n - 1 - i;
  return {
    onlyA: r.onlyA.map(back(a.length)).reverse(),
    onlyB: r.onlyB.map(back(b.length)).reverse(),
    pairs: r.pairs.map(([i, j]): [number, number] => [a.length - 1 - i, b.length - 1 - j]).reverse(),
  };
}
