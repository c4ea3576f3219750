// @ts-nocheck
import type { Rule } from "../definitions/schema";
import type { UnknownThreshold } from "./AppliedThreshold";

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
  | { code: "unknown-threshold"; figure: string | null; unknown: UnknownThreshold | null }
  /**
   * Judged as the sheet states it: its own verdict word where a figure was expected ("stated"), or
   * "Không có …" / "Không phát sinh" where the indicator counts what the commune does not have
   * ("nothing-to-count"). `rule` is the threshold there was no figure to compare with, if any.
   */
  | { code: "stated" | "nothing-to-count"; figure: string; rule?: Rule };

/** Reason codes, as the JSON report's `reasonCode`. */
export type ReasonCode = Reason["code"];
