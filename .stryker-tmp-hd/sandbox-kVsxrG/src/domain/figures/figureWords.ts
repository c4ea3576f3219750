// @ts-nocheck
import { foldUnitText } from "./units";

/** What a word or phrase in a figure cell means. */
export type Meaning =
  | { type: "verdict"; value: "achieved" | "not_achieved" | "not_assessed" }
  | { type: "yesNo"; value: boolean }
  | { type: "connector" };

// Keyed by the proper lower-case spelling; also matched when typed without diacritics.
const PHRASES: Array<[string, Meaning]> = [
  ["đạt", { type: "verdict", value: "achieved" }],
  ["đạt chuẩn", { type: "verdict", value: "achieved" }],
  ["đã đạt", { type: "verdict", value: "achieved" }],
  ["đạt yêu cầu", { type: "verdict", value: "achieved" }],
  ["chưa đạt", { type: "verdict", value: "not_achieved" }],
  ["không đạt", { type: "verdict", value: "not_achieved" }],
  ["chưa đạt chuẩn", { type: "verdict", value: "not_achieved" }],
  ["không đạt chuẩn", { type: "verdict", value: "not_achieved" }],
  ["chưa đạt yêu cầu", { type: "verdict", value: "not_achieved" }],
  ["chưa đánh giá", { type: "verdict", value: "not_assessed" }],
  ["chưa có đánh giá", { type: "verdict", value: "not_assessed" }],
  ["có", { type: "yesNo", value: true }],
  ["x", { type: "yesNo", value: true }],
  ["không", { type: "yesNo", value: false }],
  ["không có", { type: "yesNo", value: false }],
  ["trên", { type: "connector" }],
  ["hơn", { type: "connector" }],
  ["khoảng", { type: "connector" }],
  ["gần", { type: "connector" }],
  ["xấp xỉ", { type: "connector" }],
  ["ước", { type: "connector" }],
  ["ước đạt", { type: "connector" }],
  ["tỷ lệ", { type: "connector" }],
  ["tỉ lệ", { type: "connector" }],
  ["chiếm", { type: "connector" }],
  ["bằng", { type: "connector" }],
  ["là", { type: "connector" }],
  ["được", { type: "connector" }],
];
const PROPER = new Map(PHRASES);
const FOLDED = new Map(PHRASES.map(([k, m]) => [foldUnitText(k), m] as [string, Meaning]));
export const MAX_PHRASE_WORDS = 4;

const NON_ASCII = /[\u0080-\uFFFF]/;

/** The meaning of a phrase as typed: with full diacritics, or with none ("chua dat"). */
export function phraseLookup(lower: string): Meaning | undefined {
  return PROPER.get(lower) ?? (NON_ASCII.test(lower) ? undefined : FOLDED.get(lower));
}

