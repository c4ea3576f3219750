import { foldUnitText } from "./units";

/** What a word or phrase in a figure cell means. */
export type Meaning =
  | { type: "verdict"; value: "achieved" | "not_achieved" | "not_assessed" }
  | { type: "yesNo"; value: boolean }
  | { type: "connector" };

const CONNECTOR: Meaning = { type: "connector" };

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
  // Words read past before a figure ("trên 95%", "tỷ lệ 95%", "ước đạt 95%").
  ...["trên", "hơn", "khoảng", "gần", "xấp xỉ", "ước", "ước đạt", "tỷ lệ", "tỉ lệ", "chiếm", "bằng", "là", "được"].map((w): [string, Meaning] => [w, CONNECTOR]),
];
// "Đ" / "CĐ": the self-assessment column's abbreviations. Only as written: "d" or "cd" typed bare mean nothing.
const ABBREVIATIONS: Array<[string, Meaning]> = [
  ["đ", { type: "verdict", value: "achieved" }],
  ["cđ", { type: "verdict", value: "not_achieved" }],
];
const PROPER = new Map([...PHRASES, ...ABBREVIATIONS]);
const FOLDED = new Map(PHRASES.map(([k, m]) => [foldUnitText(k), m] as [string, Meaning]));
export const MAX_PHRASE_WORDS = 4;

const NON_ASCII = /[\u0080-\uFFFF]/;

/** The meaning of a phrase as typed: with full diacritics, or with none ("chua dat"). */
export function phraseLookup(lower: string): Meaning | undefined {
  return PROPER.get(lower) ?? (NON_ASCII.test(lower) ? undefined : FOLDED.get(lower));
}

