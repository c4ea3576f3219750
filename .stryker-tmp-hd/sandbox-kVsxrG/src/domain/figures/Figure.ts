/**
 * A figure as read from a cell: a closed set of kinds, always with the raw text.
 * Percent values are in percent units (99.8 means 99,8 %). Amounts are normalised to the base
 * unit: money in đồng ("23,5 triệu" → 23 500 000, unit "đồng"); other units kept as written ("ha").
 */
// @ts-nocheck

export type Figure =
  | { kind: "empty"; raw: string }
  | { kind: "percent"; value: number; raw: string; numerator?: number; denominator?: number }
  | { kind: "amount"; value: number; unit: string; raw: string }
  | { kind: "number"; value: number; raw: string }
  | { kind: "verdict"; value: "achieved" | "not_achieved" | "not_assessed"; raw: string }
  /** `nothing`: "Không có …", "Không phát sinh": the commune has none of what the indicator counts. */
  | { kind: "yesNo"; value: boolean; raw: string; nothing?: true }
  | { kind: "unreadable"; raw: string; reason: "legacy-encoding" | "unparsed" | "error-value" };

export type FigureKind = Figure["kind"];

/** What a cell holds, host-neutral: Excel's value, its number format, and the text shown. */
export interface CellInput {
  value: string | number | boolean | null;
  numberFormat?: string;
  text?: string;
}
