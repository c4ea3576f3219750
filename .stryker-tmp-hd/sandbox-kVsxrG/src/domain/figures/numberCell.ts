// @ts-nocheck
import type { Figure } from "./Figure";
import { formatNumberVi } from "./formatNumber";
import { normalizeText } from "./normalizeText";
import { UNIT_WORDS, readUnit } from "./units";

/** Reads a number stored as a number: a "%" format makes a percent, a unit in the format an amount. */
export function parseNumberCell(value: number, numberFormat: string | undefined, text: string | undefined): Figure {
  if (!Number.isFinite(value)) return { kind: "unreadable", raw: text ?? String(value), reason: "unparsed" };
  const fmt = numberFormat ?? "";
  if (isPercentFormat(fmt)) {
    const pct = clean(value * 100);
    return { kind: "percent", value: pct, raw: text ?? `${formatNumberVi(pct)}%` };
  }
  const literal = formatLiteral(fmt);
  if (literal) {
    const u = readUnit(literal);
    if (u.money || [...UNIT_WORDS.values()].includes(u.unit)) {
      const amount = clean(value * u.scale);
      return { kind: "amount", value: amount, unit: u.unit, raw: text ?? `${formatNumberVi(value)} ${literal}` };
    }
  }
  return { kind: "number", value, raw: text ?? formatNumberVi(value) };
}

/** Strips quoted text, escaped characters and [..] blocks from a number format. */
function formatCode(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
}

function isPercentFormat(fmt: string): boolean {
  return formatCode(fmt.split(";")[0] ?? "").includes("%");
}

/** The unit text a number format prints after the number: quoted text or a [$₫-42A] currency. */
function formatLiteral(fmt: string): string {
  const section = fmt.split(";")[0] ?? "";
  const quoted = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  const currency = [...section.matchAll(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g)].map((m) => (m[1] === "₫" ? "đồng" : m[1]));
  return normalizeText([...quoted, ...currency].join(" "));
}

/** Removes binary noise (0.998 × 100 = 99.80000000000001) without touching real digits. */
export function clean(n: number): number {
  return Number(n.toPrecision(15));
}

