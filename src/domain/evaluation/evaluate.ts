import type { CriteriaSet, Indicator, Overlay, Rule } from "../definitions/schema";
import { resolveThreshold } from "../definitions/resolveThreshold";
import { ruleKind } from "../definitions/ruleKind";
import type { Figure } from "../figures/Figure";
import { excelErrorOf, parseFigure } from "../figures/parseFigure";
import { compareFigure } from "../figures/compareFigure";
import { normalizeRuleUnit, parseThreshold } from "../figures/parseThreshold";
import type { Detection, IndicatorRow } from "../grid/findIndicators";
import type { CellRef, GridCell } from "../grid/Grid";
import { problem, type Location, type Problem } from "../problems/Problem";
import type { AppliedThreshold } from "./AppliedThreshold";
import type { CommuneResult, CriterionResult, IndicatorResult } from "./CommuneResult";
import type { Reason } from "./Reason";
import type { Verdict } from "./Verdict";

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
  const findings: Problem[] = [...detection.issues];
  const rowsByCode = new Map(detection.indicators.map((r) => [r.code, r]));
  const criterionRows = new Map(detection.criteria.map((c) => [c.no, c]));

  const listed = new Set(ctx.set.criteria.flatMap((c) => c.indicators.map((i) => i.code)));
  const criteria: CriterionResult[] = ctx.set.criteria.map((criterion) => {
    const indicators = criterion.indicators.map((ind) => evaluateIndicator(ind, criterion.no, rowsByCode.get(ind.code) ?? null, ctx, findings));
    // Rows the set does not list (all of them, for a set whose indicators come from the sheet): judged as the sheet defines them.
    for (const row of sheetRows(detection.indicators, criterion.no, listed, criterion.indicators.length > 0)) {
      if (criterion.indicators.length > 0) findings.push(problem("indicator/sheet-defined", { indicator: row.code }, { cell: row.codeRef }));
      const result = evaluateIndicator(sheetIndicator(row, ctx.overlays), criterion.no, row, ctx, findings);
      indicators.push({ ...result, definedBy: "sheet" });
    }
    const verdict = combine(indicators.map((i) => i.verdict));
    const row = criterionRows.get(criterion.no);
    const { raw: selfRaw, verdict: selfVerdict } = readSelf(row ? row.self : null);
    if (row && selfVerdict && selfVerdict !== "not_assessed" && verdict !== "not_assessed" && selfVerdict !== verdict) {
      findings.push(
        problem("self-assessment/mismatch", { level: "criterion", code: String(criterion.no), self: selfRaw ?? "", computed: verdict }, atCell(row.selfRef)),
      );
    }
    return { no: criterion.no, name: criterion.name, verdict, indicators, selfAssessment: selfRaw, selfVerdict };
  });

  return {
    setId: ctx.set.id,
    setName: ctx.set.name,
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
  findings: Problem[],
): IndicatorResult {
  const applied = resolveThreshold(
    ctx.set,
    ind.code,
    {
      region: ctx.region,
      disadvantaged: ctx.disadvantaged,
      overlays: ctx.overlays,
    },
    ind,
  );
  if (applied.looser && applied.rule) {
    const l = applied.looser;
    findings.push(problem("threshold/looser-than-national", { indicator: ind.code, province: l.rule, provinceDocument: l.document, national: applied.rule, nationalDocument: l.nationalDocument }));
  }
  let threshold = withSheetThreshold(applied, ind, row, findings);
  if (!threshold.rule && row?.thresholdNeeds) threshold = { ...threshold, unknown: { why: row.thresholdNeeds === "group" ? "group-unknown" : "region-unknown", note: null } };
  // Results are written out field by field, not spread from a common part: V8 clones a spread
  // object on a slow path here, and evaluation took four times as long (bench/engine.bench.ts).
  if (!row) {
    return {
      code: ind.code,
      name: ind.name,
      criterionNo,
      threshold,
      verdict: "not_assessed",
      cellRef: null,
      figureRaw: null,
      figure: null,
      value: null,
      selfAssessment: null,
      selfVerdict: null,
      reason: { code: "not-found" },
    };
  }

  const figure = figureOf(row.figure);
  const { raw: selfRaw, verdict: selfVerdict } = readSelf(row.self);
  const cellRef = row.figureRef ?? row.codeRef;

  const error = figure.kind === "unreadable" && figure.reason === "error-value" ? excelErrorOf(figure.raw) : null;
  if (error) findings.push(problem("figure/error-value", { indicator: ind.code, raw: figure.raw, error }, atCell(cellRef)));
  else if (figure.kind === "unreadable") {
    const code = figure.reason === "legacy-encoding" ? "figure/legacy-encoding" : "figure/unreadable";
    findings.push(problem(code, { indicator: ind.code, raw: figure.raw }, atCell(cellRef)));
  }
  const range = outOfRange(figure, ind);
  if (range) findings.push(problem("figure/out-of-range", { indicator: ind.code, raw: figure.raw, ...range }, atCell(cellRef)));

  let verdict: Verdict;
  let why: Reason;
  let value: number | boolean | null = null;
  if (figure.kind === "empty") {
    verdict = "not_assessed";
    why = { code: "no-figure" };
  } else if (figure.kind === "unreadable") {
    verdict = "not_assessed";
    why = figure.reason === "legacy-encoding" ? { code: "legacy-encoding", figure: figure.raw } : { code: "unreadable", figure: figure.raw, ...(error ? { error } : {}) };
  } else if (range) {
    verdict = "not_assessed";
    why = { code: "out-of-range", figure: figure.raw, value: range.value };
  } else if (figure.kind === "verdict" && figure.value !== "not_assessed" && threshold.rule?.kind !== "yes") {
    // "Đạt" / "Chưa đạt" where a figure was expected: judged as the sheet states it.
    verdict = figure.value;
    why = { code: "stated", figure: figure.raw, ...(threshold.rule ? { rule: threshold.rule } : {}) };
  } else if (figure.kind === "yesNo" && figure.nothing && ind.kind !== "none" && (ind.kind !== "yesNo" || IF_ANY.test(`${ind.name} ${row.label}`))) {
    // Nothing to count ("Không có cơ sở chăn nuôi"), or an "(nếu có)" indicator with nothing there.
    verdict = "achieved";
    why = { code: "nothing-to-count", figure: figure.raw, ...(threshold.rule ? { rule: threshold.rule } : {}) };
  } else if (!threshold.rule) {
    verdict = "not_assessed";
    why =
      figure.kind === "verdict" && figure.value === "not_assessed"
        ? { code: "marked-not-assessed", figure: figure.raw }
        : { code: "unknown-threshold", figure: figure.raw, unknown: threshold.unknown ?? null };
    value = valueOf(figure);
  } else {
    const rule = threshold.rule;
    const outcome = compareFigure(figure, rule, ind.kind);
    value = outcome.value;
    switch (outcome.outcome) {
      case "meets":
      case "fails":
      case "kind-mismatch":
      case "unit-mismatch":
        verdict = outcome.outcome === "meets" ? "achieved" : outcome.outcome === "fails" ? "not_achieved" : "not_assessed";
        why = { code: outcome.outcome, figure: figure.raw, rule };
        break;
      case "no-figure":
        verdict = "not_assessed";
        why = { code: "no-figure" };
        break;
      case "unreadable":
      case "marked-not-assessed":
        verdict = "not_assessed";
        why = { code: outcome.outcome, figure: figure.raw };
        break;
    }
  }

  if (selfVerdict && selfVerdict !== "not_assessed" && verdict !== "not_assessed" && selfVerdict !== verdict) {
    findings.push(problem("self-assessment/mismatch", { level: "indicator", code: ind.code, self: selfRaw ?? "", computed: verdict }, atCell(row.selfRef)));
  }

  return {
    code: ind.code,
    name: ind.name,
    criterionNo,
    threshold,
    verdict,
    basis: why.code === "stated" || why.code === "nothing-to-count" ? "stated" : why.code === "meets" || why.code === "fails" ? "computed" : null,
    cellRef,
    figureRaw: figure.kind === "empty" ? null : figure.raw,
    figure: figure.kind === "empty" ? null : figure,
    value,
    selfAssessment: selfRaw,
    selfVerdict,
    reason: why,
  };
}

/**
 * The rows of criterion `no` the set does not list, in code order. Where the set lists indicators
 * for the criterion, a whole-number row ("5") is its heading, not an indicator of its own.
 */
function sheetRows(rows: readonly IndicatorRow[], no: number, listed: ReadonlySet<string>, hasListed: boolean): IndicatorRow[] {
  return rows
    .filter((r) => !listed.has(r.code) && majorOf(r.code) === no && (r.code.includes(".") || !hasListed))
    .sort((a, b) => compareCodes(a.code, b.code));
}

function majorOf(code: string): number {
  return Number(code.split(".")[0]);
}

function compareCodes(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
    const d = (pa[k] ?? -1) - (pb[k] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * An indicator the sheet defines: its code and wording as the sheet has them, its kind from the
 * sheet's threshold ("≥ 80%" a share, "≥ 62 triệu đồng" an amount, "Đạt" yes/no) or else from the figure.
 */
export function sheetIndicator(row: IndicatorRow, overlays: EvaluationContext["overlays"] = []): Indicator {
  // A definitions file that describes the indicator says its kind (the last file first).
  const described = [...overlays].reverse().map((o) => o.overlay.indicators?.[row.code]).find((d) => d?.kind);
  if (described?.kind) return { code: row.code, name: row.label || described.name, kind: described.kind, ...(described.unit ? { unit: described.unit } : {}), thresholds: {} };
  const text = rawText(row.threshold);
  const rule = text ? thresholdOf(text) : null;
  const figure = figureOf(row.figure);
  let kind: Indicator["kind"] = "count";
  let unit: string | undefined;
  if (rule) ({ kind, unit } = ruleKind(rule));
  else if (figure.kind === "percent") kind = "percent";
  else if (figure.kind === "verdict" || figure.kind === "yesNo") kind = "yesNo";
  else if (figure.kind === "amount") {
    kind = "amount";
    unit = figure.unit;
  }
  return { code: row.code, name: row.label || row.code, kind, ...(unit ? { unit } : {}), thresholds: {} };
}

/**
 * Figures and thresholds parsed once per cell: a re-check after an edit re-judges every indicator,
 * but only the edited cells (new cell objects) are parsed again. Parsing is pure, so caching is safe.
 */
const FIGURES = new WeakMap<object, Figure>();
const EMPTY: Figure = parseFigure({ value: null });
function figureOf(cell: GridCell): Figure {
  if (!cell) return EMPTY;
  let f = FIGURES.get(cell);
  if (!f) FIGURES.set(cell, (f = parseFigure(cell)));
  return f;
}

const THRESHOLDS = new Map<string, Rule | null>();
function thresholdOf(text: string): Rule | null {
  if (THRESHOLDS.has(text)) return THRESHOLDS.get(text)!;
  const rule = parseThreshold(text);
  if (THRESHOLDS.size > 5000) THRESHOLDS.clear();
  THRESHOLDS.set(text, rule);
  return rule;
}

/** "(nếu có)": the indicator applies only where the thing exists. */
const IF_ANY = /\(\s*nếu có\s*\)|\(\s*neu co\s*\)/i;

/**
 * Precedence: definitions file, then overlay, then catalogue for the region; the sheet's own threshold only
 * where none of those has one. A sheet threshold that disagrees with the one applied is reported.
 */
function withSheetThreshold(applied: AppliedThreshold, ind: Indicator, row: IndicatorRow | null, findings: Problem[]): AppliedThreshold {
  const text = row ? rawText(row.threshold) : null;
  const sheetRule = text ? thresholdOf(text) : null;
  if (!sheetRule || !row) return applied;
  if (!applied.rule) {
    return {
      rule: sheetRule,
      origin: "sheet",
      source: `${row.sheet}!${row.thresholdRef ? row.thresholdRef.row + 1 : row.row + 1}: “${text}”`,
      region: row.thresholdRegion ?? null,
    };
  }
  if (!sameRule(normalizeRuleUnit(sheetRule), normalizeRuleUnit(applied.rule))) {
    findings.push(problem("threshold/disagrees", { indicator: ind.code, sheetThreshold: text ?? "", applied: applied.rule }, atCell(row.thresholdRef)));
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

function atCell(ref: CellRef | null): Location {
  return ref ? { cell: ref } : {};
}

/**
 * A figure its indicator's kind cannot have: a share outside 0–100% (every percent indicator is
 * a share), a negative amount or count. Such a figure is reported, not judged.
 */
export function outOfRange(figure: Figure, ind: Pick<Indicator, "kind">): { value: number; kind: Indicator["kind"]; min: number | null; max: number | null } | null {
  if (figure.kind !== "percent" && figure.kind !== "number" && figure.kind !== "amount") return null;
  const v = figure.value;
  if (ind.kind === "percent") {
    if (figure.kind === "amount") return null; // a unit the rule judges (unit-mismatch), not a share
    return v < 0 || v > 100 ? { value: v, kind: ind.kind, min: 0, max: 100 } : null;
  }
  if (ind.kind === "yesNo") return null;
  return v < 0 ? { value: v, kind: ind.kind, min: 0, max: null } : null;
}

function valueOf(figure: Figure): number | boolean | null {
  switch (figure.kind) {
    case "percent":
    case "amount":
    case "number":
    case "yesNo":
      return figure.value;
    default:
      return null;
  }
}

/** A cell's text as read; null for no cell, an empty one or one of spaces. */
function rawText(cell: GridCell): string | null {
  const f = figureOf(cell);
  return f.kind === "empty" ? null : f.raw;
}

/** A self-assessment cell: its raw text, and the verdict it states ("Đạt", "Chưa đạt", "Chưa đánh giá") or null. */
function readSelf(cell: GridCell): { raw: string | null; verdict: Verdict | null } {
  const f = figureOf(cell);
  if (f.kind === "empty") return { raw: null, verdict: null };
  const verdict = f.kind === "verdict" ? f.value : f.kind === "yesNo" ? (f.value ? "achieved" : "not_achieved") : null;
  return { raw: f.raw, verdict };
}
