import type { Rule } from "../definitions/schema";
import { foldText, normalizeText } from "./normalizeText";
import { parseFigureText } from "./parseFigure";
import { MONEY_UNIT, PERCENT_UNIT, readUnit } from "./units";

export { compareFigure } from "./compareFigure";
export type { Comparison, ComparisonOutcome } from "./compareFigure";

/**
 * Reads a threshold as officials write it into a Rule, or null when it is not one.
 *
 * Convention (one for figures and rules): values are normalised like figures: percent in percent
 * units with unit "%", money in đồng with unit "đồng" ("≥ 39 triệu đồng/người/năm" →
 * atLeast 39 000 000 "đồng"), other units in canonical spelling ("ha", "km"), a bare number with
 * unit "". Rules written in other units (the overlay JSON's {"atLeast": 39, "unit": "triệu đồng/người/năm"})
 * go through `normalizeRuleUnit` before comparing; compareFigure does that itself.
 *
 * - "≥", ">=", "từ … (trở lên)", "đạt từ", "tối thiểu", "ít nhất", "trên", "… trở lên" → atLeast.
 * - "≤", "<=", "tối đa", "không quá", "không vượt quá", "dưới", "… trở xuống" → atMost.
 * - ">" / "trên" and "<" / "dưới" are strict in words but Rule has no strict form: they are read as
 *   atLeast / atMost (the boundary value itself is then accepted; noted here, not guessed further).
 * - A value alone ("95%", "100%", "đạt 95%") is read as atLeast: criteria tables write the target
 *   this way for "higher is better" indicators. For "lower is better" indicators (poverty rate,
 *   stunting) a bare value is ambiguous; such thresholds come with "≤"/"tối đa"/"dưới" in the
 *   decision and the catalogue should not rely on a bare value.
 * - "Đạt", "Đạt chuẩn", "Có" → yes; "Không", "Không có" → none. An estimate ("khoảng 90", "gần 90%",
 *   "≈ 90") → null. Anything else → null.
 */
export function parseThreshold(text: string): Rule | null {
  const normal = normalizeText(text);
  if (normal === "") return null;
  const folded = foldText(normal);
  const word = folded.replace(/[.()]/g, "").trim();
  if (YES.has(word)) return { kind: "yes" };
  if (NONE.has(word)) return { kind: "none" };
  // "khoảng 90", "gần 90%", "≈ 90": an estimate is no threshold (the figure reader drops these words).
  if (APPROXIMATE.test(folded)) return null;

  // Folding keeps one character per character of NFC Vietnamese, so indices carry over.
  const aligned = folded.length === normal.length ? normal : folded;
  let rest = folded;
  let restOriginal = aligned;
  let kind: "atLeast" | "atMost" | null = null;

  const prefix = matchPrefix(rest);
  if (prefix) {
    kind = prefix.kind;
    rest = rest.slice(prefix.length).trim();
    restOriginal = restOriginal.slice(prefix.length).trim();
  }
  const suffix = /\s*(tro len|tro xuong)\s*\.?$/.exec(rest);
  if (suffix) {
    const suffixKind = suffix[1] === "tro len" ? "atLeast" : "atMost";
    if (kind && kind !== suffixKind) return null;
    kind = suffixKind;
    restOriginal = restOriginal.slice(0, restOriginal.length - (rest.length - suffix.index)).trim();
    rest = rest.slice(0, suffix.index).trim();
  }
  if (rest === "") return null;
  const figure = parseFigureText(restOriginal);
  let value: number;
  let unit: string;
  switch (figure.kind) {
    case "percent":
      if (figure.numerator !== undefined) return null;
      value = figure.value;
      unit = PERCENT_UNIT;
      break;
    case "amount":
      value = figure.value;
      unit = figure.unit;
      break;
    case "number":
      value = figure.value;
      unit = "";
      break;
    default:
      return null;
  }
  return { kind: kind ?? "atLeast", value, unit };
}

const YES = new Set(["dat", "dat chuan", "co"]);
const NONE = new Set(["khong", "khong co"]);
const APPROXIMATE = /\b(?:khoang|gan|xap xi)\b|[≈~]/;

// Folded prefixes, longest first.
const PREFIXES: Array<[string, "atLeast" | "atMost"]> = ([
  ["lon hon hoac bang", "atLeast"],
  ["nho hon hoac bang", "atMost"],
  ["khong vuot qua", "atMost"],
  ["dat toi thieu", "atLeast"],
  ["dat toi da", "atMost"],
  ["khong qua", "atMost"],
  ["toi thieu", "atLeast"],
  ["it nhat", "atLeast"],
  ["toi da", "atMost"],
  ["dat tu", "atLeast"],
  ["dat tren", "atLeast"],
  ["dat duoi", "atMost"],
  ["lon hon", "atLeast"],
  ["nho hon", "atMost"],
  ["tren", "atLeast"],
  ["duoi", "atMost"],
  ["dat", "atLeast"],
  ["tu", "atLeast"],
  [">=", "atLeast"],
  ["=>", "atLeast"],
  ["<=", "atMost"],
  ["=<", "atMost"],
  ["≥", "atLeast"],
  ["≤", "atMost"],
  [">", "atLeast"],
  ["<", "atMost"],
] as Array<[string, "atLeast" | "atMost"]>).sort((a, b) => b[0].length - a[0].length);

function matchPrefix(folded: string): { kind: "atLeast" | "atMost"; length: number } | null {
  for (const [p, kind] of PREFIXES) {
    if (!folded.startsWith(p)) continue;
    const after = folded.charAt(p.length);
    // Word prefixes must end at a word boundary ("tu" must not match "tuyen").
    if (/[a-z]$/.test(p) && after !== "" && /[\p{L}]/u.test(after)) continue;
    return { kind, length: p.length };
  }
  return null;
}

/**
 * A rule with its value in the canonical unit: money in đồng, percent "%", other units in
 * canonical spelling. {atLeast 39, "triệu đồng/người/năm"} → {atLeast 39 000 000, "đồng"}.
 * yes/none rules are returned unchanged.
 */
export function normalizeRuleUnit(rule: Rule): Rule {
  if (rule.kind === "yes" || rule.kind === "none") return rule;
  const u = readUnit(rule.unit);
  const value = u.scale === 1 ? rule.value : Number((rule.value * u.scale).toPrecision(15));
  return { kind: rule.kind, value, unit: u.money ? MONEY_UNIT : u.unit };
}
