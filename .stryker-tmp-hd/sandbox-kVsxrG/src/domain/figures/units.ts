// @ts-nocheck
import { foldText, normalizeText } from "./normalizeText";

/**
 * Units as officials write them, and the one normalisation figures and rules share:
 * money is counted in đồng ("23,5 triệu" → 23 500 000 đồng; "/người/năm" is dropped, it is the
 * indicator's wording, not a different unit), percent is "%", other units keep a canonical
 * spelling ("Ha" → "ha", "m2" → "m²").
 */

export const MONEY_UNIT = "đồng";
export const PERCENT_UNIT = "%";

/** Scale words before or instead of the currency, by folded spelling. */
export const MONEY_SCALES: ReadonlyMap<string, number> = new Map([
  ["trieu", 1e6],
  ["tr", 1e6],
  ["trd", 1e6], // "trđ": triệu đồng
  ["nghin", 1e3],
  ["ngan", 1e3],
  ["ty", 1e9],
  ["ti", 1e9],
]);

/** Currency words, folded ("đồng", "đ", "VNĐ", "VND"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(["dong", "d", "vnd"]);

/** What may follow money after "/": per person, household, year… (folded, one or two words). */
export const PER_WORDS: ReadonlySet<string> = new Set([
  "nguoi", "ho", "nam", "thang", "ngay", "khau", "nhan khau", "lao dong", "ha",
]);

/** Measurement units and counted nouns, folded spelling → canonical spelling. */
export const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ["ha", "ha"],
  ["km", "km"],
  ["m", "m"],
  ["m²", "m²"],
  ["m³", "m³"],
  ["tan", "tấn"],
  ["kg", "kg"],
  ["lit", "lít"],
  ["ho", "hộ"],
  ["ho gia dinh", "hộ"],
  ["nguoi", "người"],
  ["thon", "thôn"],
  ["ban", "bản"],
  ["ap", "ấp"],
  ["khu dan cu", "khu dân cư"],
  ["co so", "cơ sở"],
  ["diem", "điểm"],
  ["nha", "nhà"],
  ["xa", "xã"],
  ["em", "em"],
  ["hoc sinh", "học sinh"],
  ["lao dong", "lao động"],
  ["can bo", "cán bộ"],
  ["truong", "trường"],
  ["thua", "thửa"],
  ["cong trinh", "công trình"],
  ["san pham", "sản phẩm"],
  ["htx", "HTX"],
  ["hop tac xa", "hợp tác xã"],
  ["tieu chi", "tiêu chí"],
  ["dong chi", "đồng chí"],
]);

export interface UnitReading {
  /** Canonical unit: "đồng", "%", "ha", … */
  unit: string;
  /** Multiply a value written in this unit by `scale` to get the canonical unit (triệu → 1e6). */
  scale: number;
  money: boolean;
}

/** Folds and writes "m2"/"m3" as "m²"/"m³" so both spellings match. */
export function foldUnitText(s: string): string {
  return foldText(s).replace(/(^|[^\p{L}])m([23])(?![\p{L}\d])/gu, (_m, pre: string, d: string) => `${pre}m${d === "2" ? "²" : "³"}`);
}

/**
 * Reads a unit as written. "triệu đồng/người/năm" → { unit: "đồng", scale: 1e6, money: true };
 * "%" → { unit: "%", scale: 1 }; "Ha" → { unit: "ha", scale: 1 }; "" → { unit: "", scale: 1 }.
 * A unit we do not know keeps its normalised spelling with scale 1.
 */
export function readUnit(written: string): UnitReading {
  const text = normalizeText(written);
  if (text === "") return { unit: "", scale: 1, money: false };
  if (text === "%") return { unit: PERCENT_UNIT, scale: 1, money: false };
  const folded = foldUnitText(text);
  const [head, ...per] = folded.split("/").map((p) => p.trim());
  const perOk = per.every((p) => PER_WORDS.has(p));
  const words = head.split(" ").filter(Boolean);
  let scale = 1;
  let i = 0;
  let money = false;
  if (i < words.length && MONEY_SCALES.has(words[i])) {
    scale = MONEY_SCALES.get(words[i]) ?? 1;
    money = true;
    i++;
  }
  if (i < words.length && CURRENCY_WORDS.has(words[i])) {
    money = true;
    i++;
  }
  if (money && i === words.length && perOk) return { unit: MONEY_UNIT, scale, money: true };
  const known = per.length === 0 ? UNIT_WORDS.get(head) : undefined;
  if (known) return { unit: known, scale: 1, money: false };
  return { unit: text.toLowerCase(), scale: 1, money: false };
}
