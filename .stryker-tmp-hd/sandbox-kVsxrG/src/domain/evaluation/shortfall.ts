// @ts-nocheck
import type { Rule } from "../definitions/schema";
import type { Figure } from "../figures/Figure";
import { foldText } from "../figures/normalizeText";
import { PERCENT_UNIT, UNIT_WORDS, readUnit } from "../figures/units";
import type { IndicatorResult } from "./CommuneResult";

/** Unit of a percent shortfall: the gap between two percentages. */
export const PERCENT_POINTS = "điểm phần trăm";

/**
 * How far a figure judged not achieved is from its threshold, in the figure's own units.
 * `direction` says whether the figure must rise (≥ thresholds) or come down (≤ thresholds,
 * "none allowed"). `count` is the whole number of counted units (households, villages…) that
 * must change, rounded up; present only where the figure gives numerator and denominator.
 */
export interface Shortfall {
  value: number;
  /** "điểm phần trăm" for percent thresholds; otherwise the threshold's own unit ("triệu đồng/người/năm"). */
  unit: string;
  direction: "increase" | "decrease";
  count?: number;
  /** What `count` counts, as the sheet writes it ("hộ", "thôn"); absent when the sheet does not say. */
  countUnit?: string;
}

const EPS = 1e-9;

/**
 * The shortfall of a not-achieved figure against its rule, or null when it cannot be said
 * (no numeric comparison, or the figure meets the rule). `actual` is the value compared by
 * compareFigure (percent units, or the rule's normalised unit: money in đồng).
 */
export function computeShortfall(figure: Figure | null, rule: Rule | null, actual: number | boolean | null): Shortfall | null {
  if (!figure || !rule || typeof actual !== "number" || !Number.isFinite(actual)) return null;
  if (rule.kind === "none") {
    if (actual <= EPS) return null;
    const unit = figure.kind === "amount" ? figure.unit : countUnitOf(figure.raw) ?? "";
    return { value: tidy(actual), unit, direction: "decrease" };
  }
  if (rule.kind === "yes") return null;

  const target = readUnit(rule.unit);
  const isPercent = target.unit === PERCENT_UNIT || (target.unit === "" && figure.kind === "percent");
  const threshold = rule.value * target.scale;
  const gap = rule.kind === "atLeast" ? threshold - actual : actual - threshold;
  if (gap <= EPS * Math.max(1, Math.abs(threshold))) return null;

  const shortfall: Shortfall = {
    value: tidy(gap / target.scale),
    unit: isPercent ? PERCENT_POINTS : rule.unit,
    direction: rule.kind === "atLeast" ? "increase" : "decrease",
  };
  if (isPercent && figure.kind === "percent" && figure.numerator !== undefined && figure.denominator !== undefined && figure.denominator > 0) {
    const count = countToChange(figure.numerator, figure.denominator, rule.value, rule.kind);
    if (count > 0) {
      shortfall.count = count;
      const unit = countUnitOf(figure.raw);
      if (unit) shortfall.countUnit = unit;
    }
  }
  return shortfall;
}

/**
 * Whole units to add (≥) or remove (≤) so that numerator/denominator reaches `percent`.
 * 146/185 with ≥ 80 % → 2 (148/185 = 80 %); 17/724 with ≤ 2 % → 3 (14/724 = 1,93 %).
 */
export function countToChange(numerator: number, denominator: number, percent: number, kind: "atLeast" | "atMost"): number {
  const limit = (percent * denominator) / 100;
  // The epsilon keeps an exact boundary (80 % of 185 = 148) from rounding one unit too far.
  if (kind === "atLeast") return Math.max(0, Math.ceil(limit - numerator - EPS * Math.max(1, limit)));
  return Math.max(0, numerator - Math.floor(limit + EPS * Math.max(1, limit)));
}

/** The counted noun after a ratio as officials write it: "146/185 hộ (78,91%)" → "hộ". */
export function countUnitOf(raw: string): string | undefined {
  const m = /\d[\d.,]*\s*(?:\/|trên)\s*\d[\d.,]*\s*([\p{L}][\p{L}\s]*)/u.exec(raw.normalize("NFC"));
  const lead = /^\s*\d[\d.,]*\s+([\p{L}][\p{L}\s]*)/u.exec(raw.normalize("NFC"));
  for (const words of [m?.[1], lead?.[1]]) {
    if (!words) continue;
    const folded = foldText(words).split(/\s+/).filter(Boolean);
    for (let n = Math.min(3, folded.length); n >= 1; n--) {
      const unit = UNIT_WORDS.get(folded.slice(0, n).join(" "));
      if (unit) return unit;
    }
  }
  return undefined;
}

/** Float noise off (80 − 78,91 = 1,0900000000000034 → 1,09). */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** The shortfall of an indicator judged not achieved on a figure compared with its threshold; null otherwise. */
export function indicatorShortfall(ind: Pick<IndicatorResult, "verdict" | "reason" | "figure" | "threshold" | "value">): Shortfall | null {
  if (ind.verdict !== "not_achieved" || ind.reason.code !== "fails") return null;
  return computeShortfall(ind.figure, ind.threshold.rule, ind.value);
}
