import type { Figure } from "../figures/Figure";
import type { CellRef } from "../grid/Grid";
import type { Problem } from "../problems/Problem";
import type { AppliedThreshold } from "./AppliedThreshold";
import type { Reason } from "./Reason";
import type { Verdict } from "./Verdict";

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

/** A commune workbook judged: every criterion of the set, and what the user should be told. */
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
