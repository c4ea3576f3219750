// @ts-nocheck
import type { Rule } from "../definitions/schema";
import type { Lang } from "./Lang";
import { en } from "./en";
import { vi } from "./vi";

const BY_LANG = { vi, en };

/**
 * A number as the reports write it: Vietnamese uses "," for decimals and "." to group thousands
 * ("26,7", "1.147,7"); English the reverse. Floating noise is rounded away (at most 4 decimals).
 */
export function formatNumber(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const { group, decimal } = BY_LANG[lang].number;
  const rounded = Math.round(value * 1e4) / 1e4;
  const [intPart, decPart] = Math.abs(rounded).toString().split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (rounded < 0 ? "-" : "") + grouped + (decPart ? decimal + decPart : "");
}

function formatUnit(unit: string, lang: Lang): string {
  if (unit === "") return "";
  if (unit === "%") return "%";
  return " " + (BY_LANG[lang].units[unit] ?? unit);
}

/**
 * A rule as shown to users: "≥ 95%", "≤ 26,7%", "≥ 39 triệu đồng/người/năm" (English: "≥ 39
 * million VND/person/year"), "Đạt", "Không có". `null` (no known threshold) reads "Chưa có ngưỡng".
 */
export function formatRule(rule: Rule | null, lang: Lang): string {
  const words = BY_LANG[lang].rule;
  if (rule === null) return words.unknown;
  switch (rule.kind) {
    case "yes":
      return words.yes;
    case "none":
      return words.none;
    case "atLeast":
      return `≥ ${formatNumber(rule.value, lang)}${formatUnit(rule.unit, lang)}`;
    case "atMost":
      return `≤ ${formatNumber(rule.value, lang)}${formatUnit(rule.unit, lang)}`;
  }
}
