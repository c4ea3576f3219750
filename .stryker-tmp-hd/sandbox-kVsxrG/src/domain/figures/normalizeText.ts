/**
 * Text normalisation for reading cells and matching words.
 * Pure functions; never throw on any string.
 */
// @ts-nocheck


// Any run of Unicode white space, including NBSP (U+00A0), narrow NBSP, ideographic space and
// zero-width characters Word and Excel leave behind.
const SPACE_RUN = /[\s\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** NFC, trimmed, every run of white space (incl. NBSP and zero-width space) collapsed to one space. */
export function normalizeText(s: string): string {
  let out = normalized.get(s);
  if (out === undefined) {
    out = s.normalize("NFC").replace(SPACE_RUN, " ").trim();
    remember(normalized, s, out);
  }
  return out;
}

// The same labels, headers and words recur in every sheet and every commune's workbook: both
// functions are pure, so their results are kept (up to CACHE_SIZE strings each, then started over).
const CACHE_SIZE = 20_000;
const normalized = new Map<string, string>();
const folded = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, value: string): void {
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, value);
}

/**
 * For matching headers and keywords: normalised, lower case, without tone or vowel marks,
 * "đ"/"Đ" → "d". "Chưa đạt" → "chua dat", "Kết quả thực hiện" → "ket qua thuc hien".
 */
export function foldText(s: string): string {
  let out = folded.get(s);
  if (out === undefined) {
    out = normalizeText(s)
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .normalize("NFC");
    remember(folded, s, out);
  }
  return out;
}
