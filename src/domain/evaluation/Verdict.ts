/** The three verdicts, spelled as in the JSON report. */
export type Verdict = "achieved" | "not_achieved" | "not_assessed";
