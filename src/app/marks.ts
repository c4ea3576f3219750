import type { Verdict } from "../domain/evaluation/Verdict";

/**
 * How every host draws a mark, in one place. Highlights are conditional formats whose rule formula
 * is always TRUE (N of a text is 0) and carries this tag, so our own are found again and the user's
 * are never touched: N("ntm-checker:achieved")=0.
 */
export const MARK_TAG = "ntm-checker:";

/** Excel's built-in "Good", "Bad" and "Neutral" cell styles, as RRGGBB (no "#"). */
export const MARK_COLOURS: Record<Verdict, { fill: string; font: string }> = {
  achieved: { fill: "C6EFCE", font: "006100" },
  not_achieved: { fill: "FFC7CE", font: "9C0006" },
  not_assessed: { fill: "FFEB9C", font: "9C5700" },
};

/** The rule formula without the leading "=" (exceljs writes it so; Office.js wants "=" in front). */
export function markFormulaBody(verdict: Verdict): string {
  return `N("${MARK_TAG}${verdict}")=0`;
}
