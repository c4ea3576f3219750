/** The words of the commune summary sheet ("Tổng hợp NTM"), Vietnamese first, English complete. */
// @ts-nocheck

import type { Lang } from "./Lang";
import { provinceWithLevel } from "../summary/summaryText";

function upper(s: string): string {
  return s.normalize("NFC").toLocaleUpperCase("vi");
}

/** The summary sheet's words (the standard report layout), by language. */
export interface SummaryWords {
  orgParent: (district: string) => string;
  org: (commune: string | null) => string;
  nation: string;
  motto: string;
  placeDate: (place: string | null, date: Date | undefined) => string;
  title: string;
  place: (commune: string | null, district: string | null, province: string | null) => string | null;
  subtitle: (period: string | undefined, setName: string, region: string | null) => string;
  header: string[];
  planTitle: string;
  /** "Tiêu chí số 4 - Điện (chưa đạt, 1/2 chỉ tiêu đạt):" */
  planCriterion: (label: string, verdict: string, achieved: number, total: number) => string;
  /** "4.2. Tỷ lệ hộ …: 78,91%, cần ≥ 95%: còn thiếu …" */
  planItem: (indicator: string, figure: string | null, threshold: string | null, gap: string) => string;
  /** "chưa đánh giá được 2.1, 2.2 (chưa có mức chuẩn); 2.4 (chưa có số liệu)." */
  planMissing: (groups: { what: string; codes: string[] }[]) => string;
  totalAchieved: (a: number, t: number) => string;
  sign1: string;
  sign2: string;
  signNote: string;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const VI: SummaryWords = {
  orgParent: (d) => `UBND HUYỆN ${upper(d)}`,
  org: (c) => (c ? `UBND XÃ ${upper(c)}` : "UBND XÃ ……………"),
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  // Decree 30/2020/NĐ-CP: days below 10 and months 1–2 are written with a leading zero.
  placeDate: (p, d) =>
    `${p ?? "……………"}, ` +
    (d
      ? `ngày ${pad2(d.getDate())} tháng ${d.getMonth() < 2 ? pad2(d.getMonth() + 1) : d.getMonth() + 1} năm ${d.getFullYear()}`
      : "ngày …… tháng …… năm ……"),
  title: "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI",
  place: (c, d, p) => {
    const parts = [c && `Xã ${c}`, d && `huyện ${d}`, p && provinceWithLevel(p, "vi")].filter(Boolean) as string[];
    if (parts.length === 0) return null;
    const s = parts.join(", ");
    return s.charAt(0).toUpperCase() + s.slice(1);
  },
  subtitle: (period, set, region) =>
    "(" +
    [period, `theo ${set}`, region && (/^vùng /i.test(region) ? region : /^nhóm /i.test(region) ? `xã ${region.toLocaleLowerCase("vi")}` : `vùng ${region}`)]
      .filter(Boolean)
      .join("; ") +
    ")",
  header: ["TT", "Tên tiêu chí", "Đánh giá tiêu chí", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Đánh giá chỉ tiêu", "Còn thiếu", "Xã tự đánh giá", "Ghi chú"],
  planTitle: "Các tiêu chí chưa đạt và nội dung cần thực hiện",
  planCriterion: (label, v, a, t) => `${label} (${v.toLocaleLowerCase("vi")}, ${a}/${t} chỉ tiêu đạt):`,
  planItem: (ind, fig, thr, gap) => `- ${ind}: ${[fig && `kết quả “${fig}”`, thr && `yêu cầu ${thr}`, gap].filter(Boolean).join(", ")}.`,
  planMissing: (groups) => `chưa đánh giá được ${groups.map((g) => `${g.codes.join(", ")} (${g.what})`).join("; ")}.`,
  totalAchieved: (a, t) => `Tổng số tiêu chí đạt: ${a}/${t}`,
  sign1: "TM. ỦY BAN NHÂN DÂN",
  sign2: "CHỦ TỊCH",
  signNote: "(Ký, ghi rõ họ tên, đóng dấu)",
};

const EN: SummaryWords = {
  orgParent: (d) => `PEOPLE'S COMMITTEE OF ${upper(d)} DISTRICT`,
  org: (c) => (c ? `PEOPLE'S COMMITTEE OF ${upper(c)} COMMUNE` : "COMMUNE PEOPLE'S COMMITTEE"),
  nation: "SOCIALIST REPUBLIC OF VIETNAM",
  motto: "Independence - Freedom - Happiness",
  placeDate: (p, d) =>
    `${p ?? "……………"}, ` + (d ? `${d.getDate()} ${EN_MONTHS[d.getMonth()]} ${d.getFullYear()}` : "…… / …… / ……"),
  title: "SUMMARY OF RESULTS AGAINST THE NATIONAL CRITERIA FOR NEW RURAL COMMUNES",
  place: (c, d, p) => {
    const parts = [c && `${c} commune`, d && `${d} district`, p && provinceWithLevel(p, "en")].filter(Boolean) as string[];
    return parts.length ? parts.join(", ") : null;
  },
  subtitle: (period, set, region) =>
    "(" + [period, `under ${set}`, region && (/^(nhóm|group) /i.test(region) ? `commune group ${region.replace(/^\D+/, "")}` : `region: ${region}`)].filter(Boolean).join("; ") + ")",
  header: ["No.", "Criterion", "Criterion verdict", "Indicator", "Threshold", "Current figure", "Indicator verdict", "Shortfall", "Commune's own verdict", "Notes"],
  planTitle: "Criteria not achieved and what remains to be done",
  planCriterion: (label, v, a, t) => `${label} (${v.toLowerCase()}, ${a}/${t} indicators achieved):`,
  planItem: (ind, fig, thr, gap) => `- ${ind}: ${[fig && `figure "${fig}"`, thr && `required ${thr}`, gap].filter(Boolean).join(", ")}.`,
  planMissing: (groups) => `not assessed: ${groups.map((g) => `${g.codes.join(", ")} (${g.what})`).join("; ")}.`,
  totalAchieved: (a, t) => `Criteria achieved: ${a}/${t}`,
  sign1: "ON BEHALF OF THE PEOPLE'S COMMITTEE",
  sign2: "CHAIRPERSON",
  signNote: "(Signature, full name, seal)",
};


export const SUMMARY_WORDS: Record<Lang, SummaryWords> = { vi: VI, en: EN };
