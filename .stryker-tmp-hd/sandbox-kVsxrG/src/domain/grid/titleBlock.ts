// @ts-nocheck
import { foldText, normalizeText } from "../figures/normalizeText";
import type { GridCell } from "./Grid";

/** Names a title block gives: "UBND XÃ LIÊN SƠN", "huyện Chi Lăng, tỉnh Lạng Sơn". */
export interface TitleBlock {
  commune: string | null;
  province: string | null;
  district: string | null;
}

const COMMUNE_RE = /(?:^|\b)(?:ubnd|uy ban nhan dan|dang uy|ban chi dao|bql|ban quan ly)?[^]*?\bxa\b\s*:?\s*([^,;.\-–()]+?)(?=$|,|;|\.|\s[-–]|\(|\s+huyen\b|\s+tinh\b|\s+nam\b|\s+giai doan\b)/;

/** "UBND XÃ LIÊN SƠN" → "Liên Sơn": the words after "xã", in title case. */
export function communeFromText(text: string): string | null {
  const nfc = normalizeText(text);
  const folded = foldText(nfc);
  // Work on folded text to find the span, then cut the same span out of the original (same length in NFC
  // for Vietnamese letters: one code point each).
  const m = COMMUNE_RE.exec(folded);
  if (!m) return null;
  const start = folded.indexOf(m[1], m.index + m[0].length - m[1].length);
  const name = nfc.slice(start, start + m[1].length).trim();
  if (!name || name.length > 40 || /\d/.test(name)) return null;
  const f = foldText(name);
  if (/^(hoi|nong thon moi|ntm|dat chuan|dat|chua dat|co|khong|tu danh gia|thuc hien)\b/.test(f)) return null;
  return titleCase(name);
}

function titleCase(s: string): string {
  return s
    .toLocaleLowerCase("vi")
    .split(/\s+/)
    .map((w) => (w ? w[0].toLocaleUpperCase("vi") + w.slice(1) : w))
    .join(" ");
}

/** "huyện Chi Lăng, tỉnh Lạng Sơn" with "tinh" → "Lạng Sơn". */
export function placeAfter(text: string, word: "tinh" | "huyen"): string | null {
  const nfc = normalizeText(text);
  const folded = foldText(nfc);
  const m = new RegExp(`\\b${word}\\s*:?\\s*([a-z ]+?)(?=$|,|;|\\.|\\s[-–]|\\(|\\)|\\s+tinh\\b|\\s+huyen\\b|\\s+xa\\b)`).exec(folded);
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  const name = nfc.slice(start, start + m[1].length).trim();
  // A place name is capitalised ("tỉnh Lạng Sơn", "TỈNH LẠNG SƠN"); "do tỉnh hướng dẫn" is not one.
  const first = name.charAt(0);
  if (!first || first === first.toLocaleLowerCase("vi")) return null;
  return name.length <= 30 ? titleCase(name) : null;
}

/** Adds what one title-block row names to `into` (first found wins). */
export function readTitleRow(cells: GridCell[], into: TitleBlock): void {
  for (const c of cells) {
    if (!c || typeof c.value !== "string") continue;
    if (into.commune === null && /\bxa\b/.test(foldText(c.value))) into.commune = communeFromText(c.value);
    if (into.province === null) into.province = placeAfter(c.value, "tinh");
    if (into.district === null) into.district = placeAfter(c.value, "huyen");
  }
}
