import type { Rule, Source } from "./schema";

export type Lang = "vi" | "en";

const UNIT_EN: Record<string, string> = {
  "triệu đồng/người/năm": "million VND/person/year",
  "m²/người": "m²/person",
};

/**
 * A number as the reports write it: Vietnamese uses "," for decimals and "." to group thousands
 * ("26,7", "1.147,7"); English the reverse. Floating noise is rounded away (at most 4 decimals).
 */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 1e4) / 1e4;
  const [intPart, decPart] = Math.abs(rounded).toString().split(".");
  const group = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (rounded < 0 ? "-" : "") + grouped + (decPart ? decimal + decPart : "");
}

function formatUnit(unit: string, lang: Lang): string {
  if (unit === "") return "";
  if (unit === "%") return "%";
  return " " + (lang === "en" ? (UNIT_EN[unit] ?? unit) : unit);
}

/**
 * A rule as shown to users: "≥ 95%", "≤ 26,7%", "≥ 39 triệu đồng/người/năm", "Đạt", "Không có".
 * `null` (no known threshold) reads "Chưa có ngưỡng" / "No threshold".
 */
export function formatRule(rule: Rule | null, lang: Lang): string {
  if (rule === null) return lang === "vi" ? "Chưa có ngưỡng" : "No threshold";
  switch (rule.kind) {
    case "yes":
      return lang === "vi" ? "Đạt" : "Achieved";
    case "none":
      return lang === "vi" ? "Không có" : "None";
    case "atLeast":
      return `≥ ${formatNumber(rule.value, lang)}${formatUnit(rule.unit, lang)}`;
    case "atMost":
      return `≤ ${formatNumber(rule.value, lang)}${formatUnit(rule.unit, lang)}`;
  }
}

/** A source in one line: `document: “quote” (file)`; quote and file only when present. */
export function formatSource(source: Source): string {
  let text = source.document;
  if (source.quote) text += `: “${source.quote}”`;
  if (source.file) text += ` (${source.file})`;
  return text;
}
