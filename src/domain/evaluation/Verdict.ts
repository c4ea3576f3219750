import type { Figure } from "../figures/Figure";
import type { Rule } from "../definitions/schema";
import type { CellRef } from "../grid/Grid";
import type { Problem } from "../problems/Problem";

/** The three verdicts, spelled as in the JSON report. */
export type Verdict = "achieved" | "not_achieved" | "not_assessed";

/** Where the threshold applied came from, in order of precedence. */
export type ThresholdOrigin = "definitions" | "overlay" | "catalogue" | "sheet" | "none";

/** The threshold applied to one indicator, or why there is none. */
export interface AppliedThreshold {
  rule: Rule | null;
  origin: ThresholdOrigin;
  /** Human-readable source: document and quoted phrase. */
  source: string | null;
  /** Region the catalogue figure is for (null when it applies everywhere or came from elsewhere). */
  region: string | null;
  /** Why the threshold is unknown, when rule is null. */
  unknown?: UnknownThreshold;
}

/**
 * Why no threshold is known, as data: the set lacks the indicator, the region is unknown and the
 * threshold depends on it, or the data has none. `note` is the data's own (Vietnamese) note.
 */
export type UnknownThreshold =
  | { why: "not-in-set"; setId: string; indicator: string }
  | { why: "region-unknown"; note: string | null }
  | { why: "no-data"; note: string | null };

/**
 * Why an indicator got its verdict, as data (messages/ words it). `figure` is the raw text as read,
 * `rule` the threshold applied.
 */
export type Reason =
  /** The figure meets / fails the rule; or it is of a kind (text for a percent) or unit the rule cannot judge. */
  | { code: "meets" | "fails" | "kind-mismatch" | "unit-mismatch"; figure: string; rule: Rule }
  /** The indicator row has no figure; the indicator is not in the workbook. */
  | { code: "no-figure" | "not-found" }
  /** The figure cannot be read; is in TCVN3/VNI; the sheet says "Chưa đánh giá". */
  | { code: "unreadable" | "legacy-encoding" | "marked-not-assessed"; figure: string }
  /** A figure its kind cannot have: a share below 0 or above 100%, a negative count or amount. */
  | { code: "out-of-range"; figure: string; value: number }
  /** No threshold is known (`unknown` says why, null when the sheet's threshold was unreadable). */
  | { code: "unknown-threshold"; figure: string | null; unknown: UnknownThreshold | null };

/** Reason codes, as the JSON report's `reasonCode`. */
export type ReasonCode = Reason["code"];

/** One indicator judged. */
export interface IndicatorResult {
  code: string;
  name: string;
  criterionNo: number;
  verdict: Verdict;
  /** Where the figure is (or the indicator row when its figure cell is empty); null when not found. */
  cellRef: CellRef | null;
  /** Raw text as the official wrote it. */
  figureRaw: string | null;
  figure: Figure | null;
  /** Numeric or boolean value compared. */
  value: number | boolean | null;
  threshold: AppliedThreshold;
  /** Self-assessment written in the sheet, raw. */
  selfAssessment: string | null;
  selfVerdict: Verdict | null;
  reason: Reason;
}

export interface CriterionResult {
  no: number;
  name: string;
  verdict: Verdict;
  indicators: IndicatorResult[];
  /** Criterion-level self-assessment, where the sheet has one on the criterion row. */
  selfAssessment: string | null;
  selfVerdict: Verdict | null;
}


export interface CommuneResult {
  setId: string;
  region: string | null;
  province: string | null;
  commune: string | null;
  criteriaAchieved: number;
  criteriaTotal: number;
  criteria: CriterionResult[];
  /** Bad input and disagreements, with where they are. */
  findings: Problem[];
}
