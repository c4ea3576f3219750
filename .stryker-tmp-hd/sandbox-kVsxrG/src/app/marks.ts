// @ts-nocheck
import type { Verdict } from "../domain/evaluation/Verdict";

/**
 * How every host draws a mark, in one place. Highlights are conditional formats whose rule formula
 * is always TRUE (N of a text is 0) and carries this tag, so our own are found again and the user's
 * are never touched: N("ntm-checker:achieved")=0.
 */
export const MARK_TAG = "ntm-checker:";

/** Marks are drawn in the verdict colours of domain/evaluation/verdictColours.ts. */

/** The rule formula without the leading "=" (exceljs writes it so; Office.js wants "=" in front). */
export function markFormulaBody(verdict: Verdict): string {
  return `N("${MARK_TAG}${verdict}")=0`;
}
