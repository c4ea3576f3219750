import type { CriteriaSet, Indicator, Overlay, Rule } from "../definitions/schema";
import { formatRule, resolveThreshold } from "../definitions/catalogue";
import type { Figure } from "../figures/Figure";
import { parseFigure } from "../figures/parseFigure";
import { compareFigure, normalizeRuleUnit, parseThreshold } from "../figures/parseThreshold";
import type { Detection, IndicatorRow } from "../grid/findIndicators";
import type { GridCell } from "../grid/Grid";
import type {
  AppliedThreshold,
  CommuneResult,
  CriterionResult,
  Finding,
  IndicatorResult,
  Reason,
  ReasonCode,
  Verdict,
} from "./Verdict";

/** Everything that decides thresholds for one commune. */
export interface EvaluationContext {
  set: CriteriaSet;
  /** Region id of the set, or null when unknown (then only region-independent thresholds apply). */
  region: string | null;
  province: string | null;
  /** Extremely disadvantaged commune: uses the set's disadvantagedRegion thresholds. */
  disadvantaged: boolean;
  /** In precedence order, lowest first: the province overlay, then a user definitions file. */
  overlays: { overlay: Overlay; origin: "overlay" | "definitions" }[];
}

/** Judges every indicator of the set against what was detected in the workbook. */
export function evaluate(detection: Detection, ctx: EvaluationContext): CommuneResult {
  const findings: Finding[] = detection.issues.map((i) => ({
    code: i.code,
    cellRef: i.ref,
    params: i.params,
  }));
  const rowsByCode = new Map(detection.indicators.map((r) => [r.code, r]));
  const criterionRows = new Map(detection.criteria.map((c) => [c.no, c]));

  const criteria: CriterionResult[] = ctx.set.criteria.map((criterion) => {
    const indicators = criterion.indicators.map((ind) => {
      const result = evaluateIndicator(ind, criterion.no, rowsByCode.get(ind.code) ?? null, ctx, findings);
      return result;
    });
    const verdict = combine(indicators.map((i) => i.verdict));
    const row = criterionRows.get(criterion.no);
    const { raw: selfRaw, verdict: selfVerdict } = readSelf(row ? row.self : null);
    if (row && selfVerdict && selfVerdict !== "not_assessed" && verdict !== "not_assessed" && selfVerdict !== verdict) {
      findings.push({
        code: "self-assessment-mismatch",
        cellRef: row.selfRef,
        params: { code: String(criterion.no), self: selfRaw ?? "", computed: verdict, level: "criterion" },
      });
    }
    return { no: criterion.no, name: criterion.name, verdict, indicators, selfAssessment: selfRaw, selfVerdict };
  });

  return {
    setId: ctx.set.id,
    region: ctx.region,
    province: ctx.province,
    commune: detection.commune,
    criteriaAchieved: criteria.filter((c) => c.verdict === "achieved").length,
    criteriaTotal: criteria.length,
    criteria,
    findings,
  };
}

/** A criterion is achieved only when all its indicators are; not achieved when any is not. */
export function combine(verdicts: Verdict[]): Verdict {
  if (verdicts.some((v) => v === "not_achieved")) return "not_achieved";
  if (verdicts.length > 0 && verdicts.every((v) => v === "achieved")) return "achieved";
  return "not_assessed";
}

function evaluateIndicator(
  ind: Indicator,
  criterionNo: number,
  row: IndicatorRow | null,
  ctx: EvaluationContext,
  findings: Finding[],
): IndicatorResult {
  const applied = resolveThreshold(ctx.set, ind.code, {
    region: ctx.region,
    disadvantaged: ctx.disadvantaged,
    overlays: ctx.overlays,
  });
  const threshold = withSheetThreshold(applied, ind, row, findings);
  const base = {
    code: ind.code,
    name: ind.name,
    criterionNo,
    threshold,
  };
  if (!row) {
    return {
      ...base,
      verdict: "not_assessed",
      cellRef: null,
      figureRaw: null,
      figure: null,
      value: null,
      selfAssessment: null,
      selfVerdict: null,
      reason: reason("not-found", threshold),
    };
  }

  const figure = parseFigure(row.figure ?? { value: null });
  const { raw: selfRaw, verdict: selfVerdict } = readSelf(row.self);
  const cellRef = row.figureRef ?? row.codeRef;

  if (figure.kind === "unreadable") {
    findings.push({
      code: figure.reason === "legacy-encoding" ? "legacy-encoding" : "unreadable-figure",
      cellRef,
      params: { code: ind.code, raw: figure.raw },
    });
  }

  let verdict: Verdict;
  let code: ReasonCode;
  let value: number | boolean | null = null;
  if (figure.kind === "empty") {
    verdict = "not_assessed";
    code = "no-figure";
  } else if (figure.kind === "unreadable") {
    verdict = "not_assessed";
    code = figure.reason === "legacy-encoding" ? "legacy-encoding" : "unreadable";
  } else if (figure.kind === "verdict" && figure.value !== "not_assessed" && threshold.rule?.kind !== "yes") {
    // "Đạt" / "Chưa đạt" where a figure was expected: judged as the sheet states it.
    verdict = figure.value;
    code = "stated";
  } else if (figure.kind === "yesNo" && figure.nothing && ind.kind !== "none" && (ind.kind !== "yesNo" || IF_ANY.test(`${ind.name} ${row.label}`))) {
    // Nothing to count ("Không có cơ sở chăn nuôi"), or an "(nếu có)" indicator with nothing there.
    verdict = "achieved";
    code = "nothing-to-count";
  } else if (!threshold.rule) {
    verdict = "not_assessed";
    code = figure.kind === "verdict" && figure.value === "not_assessed" ? "marked-not-assessed" : "unknown-threshold";
    value = valueOf(figure);
  } else {
    const outcome = compareFigure(figure, threshold.rule, ind.kind);
    value = outcome.value;
    if (outcome.outcome === "meets") {
      verdict = "achieved";
      code = "meets";
    } else if (outcome.outcome === "fails") {
      verdict = "not_achieved";
      code = "fails";
    } else {
      verdict = "not_assessed";
      code = outcome.outcome === "no-figure" ? "no-figure" : outcome.outcome;
    }
  }

  if (selfVerdict && selfVerdict !== "not_assessed" && verdict !== "not_assessed" && selfVerdict !== verdict) {
    findings.push({
      code: "self-assessment-mismatch",
      cellRef: row.selfRef,
      params: { code: ind.code, self: selfRaw ?? "", computed: verdict, level: "indicator" },
    });
  }

  return {
    ...base,
    verdict,
    basis: code === "stated" || code === "nothing-to-count" ? "stated" : code === "meets" || code === "fails" ? "computed" : null,
    cellRef,
    figureRaw: figure.kind === "empty" ? null : figure.raw,
    figure: figure.kind === "empty" ? null : figure,
    value,
    selfAssessment: selfRaw,
    selfVerdict,
    reason: reason(code, threshold, figure),
  };
}

/** "(nếu có)": the indicator applies only where the thing exists. */
const IF_ANY = /\(\s*nếu có\s*\)|\(\s*neu co\s*\)/i;

/**
 * Precedence: definitions file, then overlay, then catalogue for the region; the sheet's own threshold only
 * where none of those has one. A sheet threshold that disagrees with the one applied is reported.
 */
function withSheetThreshold(applied: AppliedThreshold, ind: Indicator, row: IndicatorRow | null, findings: Finding[]): AppliedThreshold {
  const text = row ? rawText(row.threshold) : null;
  const sheetRule = text ? parseThreshold(text) : null;
  if (!sheetRule || !row) return applied;
  if (!applied.rule) {
    return {
      rule: sheetRule,
      origin: "sheet",
      source: `${row.sheet}!${row.thresholdRef ? row.thresholdRef.row + 1 : row.row + 1}: “${text}”`,
      region: null,
    };
  }
  if (!sameRule(normalizeRuleUnit(sheetRule), normalizeRuleUnit(applied.rule))) {
    findings.push({
      code: "threshold-disagrees",
      cellRef: row.thresholdRef,
      params: { code: ind.code, sheet: text ?? "", applied: formatRule(applied.rule, "vi") },
    });
  }
  return applied;
}

function sameRule(a: Rule, b: Rule): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "atLeast" || a.kind === "atMost") {
    const bb = b as typeof a;
    return Math.abs(a.value - bb.value) < 1e-9 && unitKey(a.unit) === unitKey(bb.unit);
  }
  return true;
}

function unitKey(u: string): string {
  return u.trim().toLowerCase();
}

function reason(code: ReasonCode, threshold: AppliedThreshold, figure?: Figure): Reason {
  const r: Reason = { code };
  if (threshold.rule) r.threshold = formatRule(threshold.rule, "vi");
  if (figure && figure.kind !== "empty") r.figure = figure.raw;
  return r;
}

function valueOf(figure: Figure): number | boolean | null {
  switch (figure.kind) {
    case "percent":
    case "amount":
    case "number":
      return figure.value;
    case "yesNo":
      return figure.value;
    default:
      return null;
  }
}

function rawText(cell: GridCell): string | null {
  if (!cell || cell.value === null || cell.value === "") return null;
  const f = parseFigure(cell);
  return f.kind === "empty" ? null : f.raw;
}

/** A self-assessment cell: its raw text, and the verdict it states ("Đạt", "Chưa đạt", "Chưa đánh giá") or null. */
function readSelf(cell: GridCell): { raw: string | null; verdict: Verdict | null } {
  if (!cell || cell.value === null || cell.value === "") return { raw: null, verdict: null };
  const f = parseFigure(cell);
  if (f.kind === "empty") return { raw: null, verdict: null };
  const verdict = f.kind === "verdict" ? f.value : f.kind === "yesNo" ? (f.value ? "achieved" : "not_achieved") : null;
  return { raw: f.raw, verdict };
}
