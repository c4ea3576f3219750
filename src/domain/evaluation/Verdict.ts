import type { Figure } from "../figures/Figure";
import type { Rule } from "../definitions/schema";
import type { CellRef } from "../grid/Grid";

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
  unknownNote?: string;
}

/** Reason codes: messages/vi.ts and en.ts word them. */
export type ReasonCode =
  | "meets" // figure meets the threshold
  | "fails" // figure does not meet it
  | "no-figure" // indicator row found, figure cell empty
  | "not-found" // indicator not found in the workbook
  | "unreadable" // figure could not be read
  | "legacy-encoding" // text in TCVN3/VNI
  | "unknown-threshold" // no threshold known
  | "kind-mismatch" // figure of a kind the threshold cannot judge (text for a percent)
  | "unit-mismatch" // amount in a unit that cannot be compared
  | "marked-not-assessed" // the sheet says "Chưa đánh giá"
  | "stated" // the sheet's own verdict word ("Đạt", "Chưa đạt"), no figure to compare
  | "nothing-to-count"; // "Không có …", "Không phát sinh" where the indicator counts what the commune does not have

export interface Reason {
  code: ReasonCode;
  /** Threshold as displayed, "≥ 95%". */
  threshold?: string;
  /** Figure as read, "99,8%". */
  figure?: string;
}

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
  /** computed: a figure compared with a threshold; stated: the sheet's own verdict; null: not judged. */
  basis?: "computed" | "stated" | null;
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

/** A finding: bad input or a disagreement, with where it is. */
export interface Finding {
  code:
    | "self-assessment-mismatch"
    | "threshold-disagrees"
    | "unreadable-figure"
    | "legacy-encoding"
    | "duplicate-indicator"
    | "unknown-code"
    | "no-table"
    | "protected-sheet"
    | "region-unknown";
  cellRef: CellRef | null;
  /** Parameters for the message: words are in messages/. */
  params: Record<string, string | number>;
}

export interface CommuneResult {
  setId: string;
  region: string | null;
  province: string | null;
  commune: string | null;
  criteriaAchieved: number;
  criteriaTotal: number;
  criteria: CriterionResult[];
  findings: Finding[];
}
