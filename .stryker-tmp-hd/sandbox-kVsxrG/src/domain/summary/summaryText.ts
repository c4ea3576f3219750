// @ts-nocheck
import type { CriterionResult, IndicatorResult } from "../evaluation/CommuneResult";
import type { Verdict } from "../evaluation/Verdict";
import { formatRule } from "../messages/formatRule";
import { verdictLabel } from "../messages";
import { NOTE_WORDS } from "../messages/noteWords";
import type { Lang } from "../messages/Lang";

/** What the summary needs besides the result: names as the user or the definitions spell them. */
export interface SummaryMeta {
  /** Commune name without "xã" ("Liên Sơn"); null when unknown. */
  commune: string | null;
  /** District name without "huyện" ("Chi Lăng"); absent after the 2025 reform. */
  district?: string | null;
  /** Province display name ("Lạng Sơn"). */
  province: string | null;
  /** Criteria set name ("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025"). */
  setName: string;
  /** Reporting period ("6 tháng đầu năm 2024"). */
  period?: string;
  /** Date of the sheet; without it the date line is left for the official to fill in. */
  date?: Date;
  /** Region display name ("Trung du và miền núi phía Bắc"). */
  regionName: string | null;
  lang: Lang;
}

/** "Liên Sơn" from "xã Liên Sơn" / "Xã Liên Sơn"; null stays null; blank becomes null. */
export function bareName(name: string | null | undefined, prefixes: string[]): string | null {
  if (name == null) return null;
  let s = name.normalize("NFC").trim().replace(/\s+/g, " ");
  for (const p of prefixes) {
    if (s.toLowerCase().startsWith(p + " ")) {
      s = s.slice(p.length + 1).trim();
      break;
    }
  }
  return s === "" ? null : s;
}

export const COMMUNE_PREFIXES = ["xã", "phường", "thị trấn", "commune"];
export const DISTRICT_PREFIXES = ["huyện", "thị xã", "thành phố", "quận", "district"];

/** The five centrally governed cities are "thành phố", every other province "tỉnh". */
const CITIES = ["hà nội", "hải phòng", "đà nẵng", "cần thơ", "huế", "hồ chí minh", "tp. hồ chí minh", "tp hồ chí minh"];

/** "tỉnh Lạng Sơn", "thành phố Hà Nội"; names that already carry their level are kept. */
export function provinceWithLevel(province: string, lang: Lang): string {
  const s = province.normalize("NFC").trim();
  const lower = s.toLowerCase();
  if (lower.startsWith("tỉnh ") || lower.startsWith("thành phố ")) return lang === "vi" ? lower.charAt(0) + s.slice(1) : s;
  if (lang === "en") return `${s} province`;
  return CITIES.includes(lower) ? `thành phố ${s}` : `tỉnh ${s}`;
}

/** "Tiêu chí số 4 - Điện" as district notices list criteria. */
export function criterionLabel(c: CriterionResult, lang: Lang): string {
  return NOTE_WORDS[lang].criterionLabel(c.no, c.name);
}

/** "Tiêu chí số 4 về Điện" as commune reports word it in prose. */
export function criterionPhrase(c: CriterionResult, lang: Lang): string {
  return NOTE_WORDS[lang].criterionPhrase(c.no, c.name);
}

/** The "Chỉ tiêu đạt chuẩn" cell. */
export function thresholdText(ind: IndicatorResult, lang: Lang): string {
  if (ind.threshold.rule) return formatRule(ind.threshold.rule, lang);
  return NOTE_WORDS[lang].noThreshold;
}

/**
 * What keeps an indicator from being achieved, in a few words: the Ghi chú cell and the plan's
 * "what is missing". Null when the verdict says it all (achieved, or a figure that fails a
 * numeric threshold: the Còn thiếu column says by how much).
 */
export function shortReason(ind: IndicatorResult, lang: Lang): string | null {
  const w = NOTE_WORDS[lang];
  const r = ind.reason;
  if (r.code !== "fails") return w.reason[r.code];
  const kind = ind.threshold.rule?.kind;
  return kind === "yes" ? w.failsYes : kind === "none" ? w.failsNone : null;
}

/**
 * The Ghi chú cell of an indicator: a short reason; "" when none. The commune's own verdict has
 * its column beside the check's, so a disagreement shows without a note.
 */
export function indicatorNote(ind: IndicatorResult, lang: Lang): string {
  return ind.verdict === "achieved" ? "" : (shortReason(ind, lang) ?? "");
}

/** "Xã tự đánh giá “Đạt”" when the commune's verdict differs from the check's (the Đánh giá column gives the check's). */
export function selfNote(selfVerdict: Verdict | null, selfRaw: string | null, verdict: Verdict, lang: Lang): string | null {
  if (selfVerdict == null || selfVerdict === verdict) return null;
  // Nothing to contest when the commune says "Chưa đạt" and the check cannot judge.
  if (verdict === "not_assessed" && selfVerdict === "not_achieved") return null;
  const w = NOTE_WORDS[lang];
  return w.selfSays(w.quoted((selfRaw ?? verdictLabel(selfVerdict, lang)).trim()));
}
