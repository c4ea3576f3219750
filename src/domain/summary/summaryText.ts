import type { CriterionResult, IndicatorResult } from "../evaluation/CommuneResult";
import type { Verdict } from "../evaluation/Verdict";
import { formatRule } from "../messages/formatRule";
import { unknownThresholdText, verdictLabel } from "../messages";
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
  return lang === "vi" ? `Tiêu chí số ${c.no} - ${c.name}` : `Criterion ${c.no} - ${c.name}`;
}

/** "Tiêu chí số 4 về Điện" as commune reports word it in prose. */
export function criterionPhrase(c: CriterionResult, lang: Lang): string {
  return lang === "vi" ? `Tiêu chí số ${c.no} về ${c.name}` : `Criterion ${c.no} on ${c.name}`;
}

/** The "Chỉ tiêu đạt chuẩn" cell. */
export function thresholdText(ind: IndicatorResult, lang: Lang): string {
  if (ind.threshold.rule) return formatRule(ind.threshold.rule, lang);
  return lang === "vi" ? "Chưa có chỉ tiêu" : "No threshold yet";
}

function quoted(s: string, lang: Lang): string {
  return lang === "vi" ? `“${s}”` : `"${s}"`;
}

/** Why an indicator is not achieved or not assessed, in the words of the Ghi chú column. */
function reasonNote(ind: IndicatorResult, lang: Lang): string | null {
  const r = ind.reason;
  const fig = ("figure" in r ? r.figure : null) ?? ind.figureRaw ?? "";
  const rule = "rule" in r ? r.rule : ind.threshold.rule;
  const thr = rule ? formatRule(rule, lang) : "";
  const vi = lang === "vi";
  switch (r.code) {
    case "meets":
      return null;
    case "fails": {
      const kind = ind.threshold.rule?.kind;
      if (kind === "yes") return vi ? "Kết quả chưa đáp ứng yêu cầu của chỉ tiêu" : "The figure does not meet the requirement";
      if (kind === "none") return vi ? "Chỉ tiêu yêu cầu “Không có”" : `The threshold is "none"`;
      return vi ? `Kết quả ${fig} chưa đạt chỉ tiêu ${thr}` : `Figure ${fig} does not meet ${thr}`;
    }
    case "no-figure":
      return vi ? "Chưa có số liệu (ô kết quả để trống)" : "No figure (the cell is empty)";
    case "not-found":
      return vi ? "Không tìm thấy chỉ tiêu này trong bảng tính" : "Indicator not found in the workbook";
    case "unreadable":
      return vi ? `Không đọc được số liệu ${quoted(fig, lang)}` : `Figure ${quoted(fig, lang)} could not be read`;
    case "legacy-encoding":
      return vi
        ? "Chữ mã TCVN3/VNI: cần chuyển sang Unicode để kiểm tra"
        : "Text in TCVN3/VNI encoding: convert to Unicode to check";
    case "unknown-threshold":
      return null; // worded by the threshold note below
    case "kind-mismatch":
      return vi
        ? `Kết quả ${quoted(fig, lang)} không so được với chỉ tiêu ${thr}`
        : `Figure ${quoted(fig, lang)} cannot be compared with ${thr}`;
    case "unit-mismatch":
      return vi
        ? `Đơn vị của kết quả ${quoted(fig, lang)} khác đơn vị của chỉ tiêu ${thr}`
        : `Unit of ${quoted(fig, lang)} differs from the threshold's (${thr})`;
    case "marked-not-assessed":
      return vi ? "Bảng tính ghi “Chưa đánh giá”" : `The sheet says "not assessed"`;
    case "out-of-range":
      return vi ? `Số liệu ${quoted(fig, lang)} nằm ngoài giới hạn của chỉ tiêu: cần kiểm tra lại` : `Figure ${quoted(fig, lang)} is outside what the indicator allows: check it`;
    case "stated":
    case "nothing-to-count":
      return vi ? `Theo kết quả ghi trong biểu (${quoted(fig, lang)}), không có số liệu để đối chiếu` : `As stated in the sheet (${quoted(fig, lang)}), no figure to compare`;
  }
}

/** The Ghi chú cell of an indicator: reason, unknown threshold, self-assessment disagreement; "" when none. */
export function indicatorNote(ind: IndicatorResult, lang: Lang): string {
  const vi = lang === "vi";
  const notes: string[] = [];
  if (ind.verdict !== "achieved") {
    const n = reasonNote(ind, lang);
    if (n) notes.push(n);
  }
  if (!ind.threshold.rule) {
    const base = vi ? "Chỉ tiêu đạt chuẩn chưa có trong dữ liệu" : "The threshold is not in the data yet";
    const why = ind.threshold.unknown ? unknownThresholdText(ind.threshold.unknown, lang) : null;
    notes.push(why ? `${base} (${why})` : base);
  }
  const self = selfNote(ind.selfVerdict, ind.selfAssessment, ind.verdict, lang);
  if (self) notes.push(self);
  return notes.join("; ");
}

/** "Xã tự đánh giá “Đạt”, kết quả kiểm tra: Chưa đánh giá" when the commune's verdict differs from the check's. */
export function selfNote(selfVerdict: Verdict | null, selfRaw: string | null, verdict: Verdict, lang: Lang): string | null {
  if (selfVerdict == null || selfVerdict === verdict) return null;
  // Nothing to contest when the commune says "Chưa đạt" and the check cannot judge.
  if (verdict === "not_assessed" && selfVerdict === "not_achieved") return null;
  const said = quoted((selfRaw ?? verdictLabel(selfVerdict, lang)).trim(), lang);
  return lang === "vi"
    ? `Xã tự đánh giá ${said}, kết quả kiểm tra: ${verdictLabel(verdict, lang)}`
    : `The commune says ${said}; the check finds: ${verdictLabel(verdict, lang)}`;
}
