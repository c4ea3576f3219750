/** One benchmark figure printed with its floor (what it cannot beat) and the ratio to it. */
// @ts-nocheck

export function figureLine(label: string, value: number, unit: string, floor?: { label: string; value: number }): string {
  const v = `${value.toFixed(value < 10 ? 2 : 0)} ${unit}`;
  if (!floor) return `  ${label.padEnd(44)} ${v.padStart(12)}`;
  const f = `${floor.value.toFixed(floor.value < 10 ? 2 : 0)} ${unit}`;
  return `  ${label.padEnd(44)} ${v.padStart(12)}   floor ${f.padStart(12)} (${floor.label})   ×${(value / floor.value).toFixed(2)}`;
}

/** Wall time of `fn`, best of `runs` after one warm-up run. */
export async function bestOf(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
