/**
 * Vietnamese number rendering: "." groups thousands, "," is the decimal separator.
 * formatNumberVi(99.8) → "99,8"; formatNumberVi(1234.56) → "1.234,56"; formatNumberVi(14.2857, 2) → "14,29".
 * `maxDecimals` (default 10, which also hides float noise such as 0.998 × 100 = 99.80000000000001)
 * is a maximum: trailing zeros are dropped. Non-finite numbers render as "—".
 */
// @ts-nocheck

export function formatNumberVi(n: number, maxDecimals = 10): string {
  if (!Number.isFinite(n)) return "—";
  const d = Math.max(0, Math.min(20, Math.floor(maxDecimals)));
  const rounded = roundTo(n, d);
  const negative = rounded < 0;
  const fixed = Math.abs(rounded).toFixed(d);
  const [intPart, fracPart = ""] = fixed.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const frac = fracPart.replace(/0+$/, "");
  return (negative ? "-" : "") + grouped + (frac ? "," + frac : "");
}

/** Rounds half away from zero at `decimals`, avoiding binary artefacts (1.005 → 1.01). */
export function roundTo(n: number, decimals: number): number {
  if (!Number.isFinite(n)) return n;
  const sign = n < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(n)}e${decimals}`);
  if (!Number.isFinite(shifted)) return n;
  const r = sign * Number(`${Math.round(shifted)}e-${decimals}`);
  return Object.is(r, -0) ? 0 : r;
}
