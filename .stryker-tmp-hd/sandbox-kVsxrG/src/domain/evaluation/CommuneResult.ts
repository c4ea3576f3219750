// @ts-nocheck
import type { Figure } from "../figures/Figure";
import type { CellRef } from "../grid/Grid";
import type { Problem } from "../problems/Problem";
import type { AppliedThreshold } from "./AppliedThreshold";
import type { Reason } from "./Reason";
import type { Verdict } from "./Verdict";
import type { SetReason } from "../definitions/chooseSet";

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
  /** "sheet": the set does not list this indicator; its code, wording and threshold are the sheet's. */
  definedBy?: "sheet";
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
  /** The set's name ("Bộ tiêu chí quốc gia … 2026 - 2030", or the sheet's own title for a set it defines). */
  setName?: string;
  /** Why this set (the workbook's title, year, criteria, or the user's choice). */
  setReason?: SetReason;
  /** Another reading of the workbook that points to another set. */
  setConflict?: { setId: string; reason: SetReason } | null;
  /** "region" or "group": what `region` is (a region of the country, or a commune group of the 2026–2030 set). */
  grouping?: "region" | "group";
  region: string | null;
  province: string | null;
  commune: string | null;
  criteriaAchieved: number;
  criteriaTotal: number;
  criteria: CriterionResult[];
  /** Bad input and disagreements, with where they are. */
  findings: Problem[];
}
