/**
 * Text normalisation for reading cells and matching words.
 * Pure functions; never throw on any string.
 */

import { memoText } from "./memoText";

// Both functions are pure, and the same texts recur in every workbook: their results are kept.
const CACHE_SIZE = 20_000;

// Any run of Unicode white space, including NBSP (U+00A0), narrow NBSP, ideographic space and
// zero-width characters Word and Excel leave behind.
const SPACE_RUN = /[\s\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** NFC, trimmed, every run of white space (incl. NBSP and zero-width space) collapsed to one space. */
export const normalizeText: (s: string) => string = memoText((s) => s.normalize("NFC").replace(SPACE_RUN, " ").trim(), CACHE_SIZE);

/**
 * For matching headers and keywords: normalised, lower case, without tone or vowel marks,
 * "đ"/"Đ" → "d". "Chưa đạt" → "chua dat", "Kết quả thực hiện" → "ket qua thuc hien".
 */
export const foldText: (s: string) => string = memoText(
  (s) =>
    normalizeText(s)
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .normalize("NFC"),
  CACHE_SIZE,
);
