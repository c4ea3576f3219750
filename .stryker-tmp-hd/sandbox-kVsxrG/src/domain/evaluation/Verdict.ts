/** The three verdicts, spelled as in the JSON report. */
// @ts-nocheck

export type Verdict = "achieved" | "not_achieved" | "not_assessed";
