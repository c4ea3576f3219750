/**
 * Reads one written number, Vietnamese style first.
 *
 * Ambiguity rules (the same everywhere, documented once here):
 * - "," is the decimal separator and "." groups thousands: "99,8" → 99.8, "1.234,56" → 1234.56,
 *   "23.500.000" → 23500000.
 * - A single "." followed by exactly three digits is grouping: "23.500" → 23500 (never 23.5).
 * - A single "." followed by one or two digits cannot be grouping, so it is an English decimal
 *   point: "99.8" → 99.8, "84.06" → 84.06.
 * - A single "," followed by three digits stays decimal (Vietnamese): "1,234" → 1.234.
 * - English grouping is accepted only when unambiguous: several "," groups of three ("1,234,567"),
 *   or "," groups then one "." ("1,234.56").
 * - Anything else (bad group sizes "1.23.4", a "." with four decimals) → null: not guessed.
 */
// @ts-nocheck

export function parseViNumber(written: string): number | null {
  const s = written.trim();
  const m = /^([+-]?)(\d+(?:[.,]\d+)*)$/.exec(s);
  if (!m) return null;
  const sign = m[1] === "-" ? -1 : 1;
  const body = m[2];
  const value = readUnsigned(body);
  return value === null ? null : sign * value;
}

function readUnsigned(body: string): number | null {
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (dots === 0 && commas === 0) return Number(body);
  if (dots === 0 && commas === 1) return Number(body.replace(",", "."));
  if (commas === 0 && dots === 1) {
    const [, frac] = body.split(".");
    if (frac.length === 3) return groupedInteger(body, ".");
    if (frac.length <= 2) return Number(body);
    return null;
  }
  if (commas === 0) return groupedInteger(body, ".");
  if (dots === 0) return groupedInteger(body, ",");
  // Both separators: the last one is the decimal mark; the other must group by three.
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  const [group, decimal] = lastComma > lastDot ? [".", ","] : [",", "."];
  if (count(body, decimal) !== 1) return null;
  const [intPart, frac] = body.split(decimal);
  const int = groupedInteger(intPart, group);
  return int === null ? null : Number(`${int}.${frac}`);
}

function groupedInteger(s: string, sep: string): number | null {
  const parts = s.split(sep);
  if (parts[0].length < 1 || parts[0].length > 3) return null;
  if (parts.slice(1).some((p) => p.length !== 3)) return null;
  return Number(parts.join(""));
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
