import type { Verdict } from "../domain/evaluation/Verdict";

/**
 * Highlight colours in the spreadsheet view: the same as the file adapter's MARK_COLOURS (Excel's
 * good / bad / neutral styles; a test pins them equal). Kept here so the page does not load exceljs
 * until a user downloads.
 */
export const VIEW_MARK_COLOURS: Record<Verdict, { fill: string; font: string }> = {
  achieved: { fill: "C6EFCE", font: "006100" },
  not_achieved: { fill: "FFC7CE", font: "9C0006" },
  not_assessed: { fill: "FFEB9C", font: "9C5700" },
};
