/**
 * A pure text function with its results kept, for the labels, headers and words that recur in
 * every sheet and every commune's workbook: up to `size` strings, then the store starts over
 * (bounded memory on a province's thousands of workbooks).
 */
export function memoText(fn: (s: string) => string, size: number): (s: string) => string {
  const kept = new Map<string, string>();
  return (s) => {
    let out = kept.get(s);
    if (out === undefined) {
      out = fn(s);
      if (kept.size >= size) kept.clear();
      kept.set(s, out);
    }
    return out;
  };
}
