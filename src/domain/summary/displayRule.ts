import type { Rule } from "../definitions/schema";

export type Lang = "vi" | "en";

/**
 * A number as Vietnamese documents write it: "," decimal, "." thousands ("26,7", "23.500.000").
 * English uses "." decimal and "," thousands. At most 2 decimals, trailing zeros dropped.
 */
export function formatNumber(value: number, lang: Lang): string {
  const [dec, group] = lang === "vi" ? [",", "."] : [".", ","];
  const rounded = Math.round(value * 100) / 100;
  const negative = rounded < 0;
  const [intPart, fracPart] = Math.abs(rounded).toFixed(2).replace(/0+$/, "").replace(/\.$/, "").split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (negative ? "-" : "") + grouped + (fracPart ? dec + fracPart : "");
}

/**
 * A rule as the "Chỉ tiêu đạt chuẩn" column shows it: "≥ 95%", "≤ 26,7%", "Đạt", "Không có",
 * "≥ 39 triệu đồng/người/năm". Local to the summary until the catalogue exports its own formatter.
 */
export function displayRule(rule: Rule, lang: Lang): string {
  switch (rule.kind) {
    case "yes":
      return lang === "vi" ? "Đạt" : "Achieved";
    case "none":
      return lang === "vi" ? "Không có" : "None";
    case "atLeast":
    case "atMost": {
      const sign = rule.kind === "atLeast" ? "≥" : "≤";
      const n = formatNumber(rule.value, lang);
      const unit = rule.unit.trim();
      if (unit === "%" || unit === "") return `${sign} ${n}${unit}`;
      return `${sign} ${n} ${unit}`;
    }
  }
}
