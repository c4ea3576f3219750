// @ts-nocheck
import type { Rule, ValueKind } from "../definitions/schema";
import type { Figure } from "./Figure";
import { PERCENT_UNIT, readUnit } from "./units";

export type ComparisonOutcome =
  | "meets"
  | "fails"
  | "kind-mismatch"
  | "unit-mismatch"
  | "no-figure"
  | "unreadable"
  | "marked-not-assessed";

/** Whether a figure meets a rule, and the value compared (percent units, đồng, or the unit's own). */
export interface Comparison {
  outcome: ComparisonOutcome;
  value: number | boolean | null;
}

export interface CompareOptions {
  /**
   * The unit a bare number in the cell is written in (the indicator's `unit`, e.g.
   * "triệu đồng/người/năm"). Default: the rule's own unit as given. Not used for percent rules.
   */
  numberUnit?: string;
}

/**
 * The single place that decides whether a figure meets a rule.
 *
 * - empty → "no-figure"; unreadable → "unreadable"; verdict "Chưa đánh giá" → "marked-not-assessed".
 * - yes: verdict Đạt / yes ("Có", "x", TRUE) meets; Chưa đạt / Không fails; a number of any kind
 *   ("100%") → "kind-mismatch": it is not guessed into a yes.
 * - none: "Không", "không có", 0, 0 % meet; a positive count, "Có" fails; a verdict word →
 *   "kind-mismatch" (the sheet wrote a verdict, not what exists).
 * - atLeast / atMost: compared in the rule's normalised unit (normalizeRuleUnit: money in đồng).
 *   A percent rule takes percent figures (a ratio by its percent) and plain numbers read in
 *   percent units (99.8 → 99,8 %). Amounts must have the rule's unit, else "unit-mismatch".
 *   A plain number for a non-percent rule is in `options.numberUnit` (default the rule's unit).
 *   Verdict and yes/no figures → "kind-mismatch". Boundaries meet (≥ 95 with 95); a relative
 *   epsilon of 1e-9 absorbs float noise (0.998 × 100).
 */
export function compareFigure(figure: Figure, rule: Rule, kind: ValueKind, options: CompareOptions = {}): Comparison {
  if (figure.kind === "empty") return { outcome: "no-figure", value: null };
  if (figure.kind === "unreadable") return { outcome: "unreadable", value: null };
  if (figure.kind === "verdict" && figure.value === "not_assessed") return { outcome: "marked-not-assessed", value: null };

  switch (rule.kind) {
    case "yes":
      if (figure.kind === "verdict") {
        const achieved = figure.value === "achieved";
        return { outcome: achieved ? "meets" : "fails", value: achieved };
      }
      if (figure.kind === "yesNo") return { outcome: figure.value ? "meets" : "fails", value: figure.value };
      return { outcome: "kind-mismatch", value: figure.value };
    case "none":
      if (figure.kind === "verdict") return { outcome: "kind-mismatch", value: null };
      if (figure.kind === "yesNo") return { outcome: figure.value ? "fails" : "meets", value: figure.value };
      return { outcome: Math.abs(figure.value) <= EPSILON ? "meets" : "fails", value: figure.value };
    case "atLeast":
    case "atMost":
      return compareNumeric(figure, rule, kind, options);
  }
}

const EPSILON = 1e-9;
const MILLION = 1_000_000;

function compareNumeric(
  figure: Exclude<Figure, { kind: "empty" } | { kind: "unreadable" }>,
  rule: Extract<Rule, { kind: "atLeast" | "atMost" }>,
  kind: ValueKind,
  options: CompareOptions,
): Comparison {
  if (figure.kind === "verdict") return { outcome: "kind-mismatch", value: null };
  if (figure.kind === "yesNo") return { outcome: "kind-mismatch", value: figure.value };

  const target = readUnit(rule.unit);
  const threshold = target.scale === 1 ? rule.value : Number((rule.value * target.scale).toPrecision(15));
  const targetUnit = target.unit === "" && kind === "percent" ? PERCENT_UNIT : target.unit;

  let actual: number;
  if (figure.kind === "percent") {
    if (targetUnit !== PERCENT_UNIT) return { outcome: "unit-mismatch", value: figure.value };
    actual = figure.value;
  } else if (figure.kind === "number") {
    if (targetUnit === PERCENT_UNIT) {
      actual = figure.value;
    } else {
      const written = readUnit(options.numberUnit ?? rule.unit);
      if (written.unit !== target.unit) return { outcome: "unit-mismatch", value: figure.value };
      // 23 500 000 typed as a number where the indicator counts in millions: it is already in đồng.
      const inDong = written.money && written.scale > 1 && Math.abs(figure.value) >= MILLION / 10;
      actual = written.scale === 1 || inDong ? figure.value : Number((figure.value * written.scale).toPrecision(15));
    }
  } else {
    const countWithoutUnit = target.unit === "" && kind === "count" && !readUnit(figure.unit).money;
    if (figure.unit !== target.unit && !countWithoutUnit) return { outcome: "unit-mismatch", value: figure.value };
    actual = figure.value;
  }
  const eps = EPSILON * Math.max(1, Math.abs(threshold));
  const meets = rule.kind === "atLeast" ? actual >= threshold - eps : actual <= threshold + eps;
  return { outcome: meets ? "meets" : "fails", value: actual };
}
