// @ts-nocheck
import type { Verdict } from "./Verdict";

/**
 * The colours of the three verdicts everywhere they are drawn (highlights in Excel, in a file and
 * in the preview; the summary and district sheets): Excel's built-in "Good", "Bad" and "Neutral"
 * cell styles, as RRGGBB without "#".
 */
export const VERDICT_COLOURS: Readonly<Record<Verdict, { readonly fill: string; readonly font: string }>> = {
  achieved: { fill: "C6EFCE", font: "006100" },
  not_achieved: { fill: "FFC7CE", font: "9C0006" },
  not_assessed: { fill: "FFEB9C", font: "9C5700" },
};
