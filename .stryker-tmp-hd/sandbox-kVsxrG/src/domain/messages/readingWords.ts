/**
 * Words of the reading map (what was read from each sheet, and why rows were skipped): shared by
 * `ntm inspect` and the pane's "Bảng đã đọc" view, and the words for a workbook with no table.
 */
// @ts-nocheck

import { a1 } from "../grid/address";
import type { CellRef } from "../grid/Grid";
import type { ColumnChoice, RowReading, SkipReason, TableReading } from "../grid/ReadingMap";
import { regionAbbreviation } from "../grid/regions";
import type { Lang } from "./Lang";

const SKIP: Record<SkipReason, Record<Lang, string>> = {
  numbering: { vi: "dòng đánh số cột", en: "column numbering row" },
  "no-code": { vi: "không có mã chỉ tiêu hay số tiêu chí", en: "no indicator code or criterion number" },
  "unknown-code": { vi: "mã không có trong bộ tiêu chí", en: "code not in the criteria set" },
  duplicate: { vi: "mã đã có ở dòng trước (dùng dòng đầu)", en: "code already read above (the first is used)" },
  "hidden-copy": { vi: "dòng ẩn (hoặc trang ẩn) trùng mã với dòng đang hiện", en: "hidden row (or sheet) with the code of a visible row" },
};

/** Why a row was not taken. */
export function skipReasonText(why: SkipReason, lang: Lang): string {
  return SKIP[why][lang];
}

/** How a column was chosen, or null when by its header (the header text says it). */
export function columnHowText(by: ColumnChoice["by"], lang: Lang): string | null {
  if (by === "user") return lang === "vi" ? "người dùng chọn" : "chosen by you";
  if (by === "content") return lang === "vi" ? "theo nội dung" : "from its content";
  return null;
}

/** The columns a table's reading names, in the order they are shown. */
export type ColumnRole = "code" | "ordinal" | "criterion" | "name" | "threshold" | "generalThreshold" | "figure" | "self" | "count" | "total";

const ROLE: Record<ColumnRole, Record<Lang, string>> = {
  code: { vi: "mã", en: "code" },
  ordinal: { vi: "STT", en: "STT" },
  criterion: { vi: "số tiêu chí", en: "criterion no." },
  name: { vi: "tên", en: "name" },
  threshold: { vi: "mức chuẩn", en: "threshold" },
  generalThreshold: { vi: "mức chuẩn chung", en: "general threshold" },
  figure: { vi: "số liệu", en: "figure" },
  self: { vi: "tự đánh giá", en: "self-assessment" },
  count: { vi: "số đạt", en: "count" },
  total: { vi: "tổng số", en: "total" },
};

export const COLUMN_ROLES: readonly ColumnRole[] = ["code", "ordinal", "criterion", "name", "threshold", "generalThreshold", "figure", "self", "count", "total"];

/** A column's role, lower case ("số liệu", "figure"). */
export function columnRoleText(role: ColumnRole, lang: Lang): string {
  return ROLE[role][lang];
}

/** "No indicator table found", as a clause (lower case, no full stop). */
export function noTableFound(lang: Lang): string {
  return lang === "vi" ? "không tìm thấy bảng chỉ tiêu" : "no indicator table found";
}

/** What the reader looks for, one sentence. */
export function noTableLookedFor(lang: Lang): string {
  return lang === "vi"
    ? "Cần một dòng tiêu đề có cột số liệu (“Kết quả thực hiện”, “Hiện trạng”, “Kết quả”, “Số liệu”) và các dòng có mã chỉ tiêu (4.2, 1.4.2, “Chỉ tiêu 4.2”, 17.10)."
    : "It needs a header row with a figure column (“Kết quả thực hiện”, “Hiện trạng”, “Kết quả”, “Số liệu”) and rows with indicator codes (4.2, 1.4.2, “Chỉ tiêu 4.2”, 17.10).";
}

/** How a column was chosen, always worded (the pane shows it beside the header text). */
export function columnByText(by: ColumnChoice["by"], lang: Lang): string {
  return columnHowText(by, lang) ?? (lang === "vi" ? "theo tiêu đề" : "from its header");
}

/** The period judged when a table has several side by side, or null. */
export function periodText(t: TableReading, lang: Lang): string | null {
  const vi = lang === "vi";
  return t.period ? `${vi ? "kỳ được đánh giá" : "period judged"}: ${t.period} (${vi ? "trong" : "of"} ${t.periods.join(" / ")})` : null;
}

/** Codes written with a section number ("1.4.2" for 4.2), or null. */
export function codePrefixText(t: TableReading, lang: Lang): string | null {
  if (!t.codePrefix) return null;
  return lang === "vi" ? `mã viết kèm số mục ${t.codePrefix}. (${t.codePrefix}.4.2 là chỉ tiêu 4.2)` : `codes carry section ${t.codePrefix}. (${t.codePrefix}.4.2 is indicator 4.2)`;
}

/** A cell as "D9", or "—". */
export function cellA1(ref: CellRef | null): string {
  return ref ? a1(ref.row, ref.col) : "—";
}

/** One row of a table as read: "Dòng 9: chỉ tiêu 1.1 — số liệu D9, …" or "Dòng 12: bỏ qua — …". */
export function rowReadingText(r: RowReading, lang: Lang): string {
  const vi = lang === "vi";
  const at = `${vi ? "Dòng" : "Row"} ${r.row + 1}`;
  if (r.as === "criterion") return `${at}: ${vi ? "tiêu chí" : "criterion"} ${r.no}${r.label ? ` — ${r.label}` : ""}`;
  if (r.as === "indicator") {
    const hidden = r.hidden ? (vi ? " (ẩn)" : " (hidden)") : "";
    const region = r.thresholdRegion ? ` ${regionAbbreviation(r.thresholdRegion)}` : "";
    return `${at}${hidden}: ${vi ? "chỉ tiêu" : "indicator"} ${r.code} — ${vi ? "số liệu" : "figure"} ${cellA1(r.figure)}, ${vi ? "mức chuẩn" : "threshold"} ${cellA1(r.threshold)}${region}, ${vi ? "tự đánh giá" : "self"} ${cellA1(r.self)}${r.label ? ` · ${r.label.slice(0, 60)}` : ""}`;
  }
  return `${at}: ${vi ? "bỏ qua" : "skipped"} — ${skipReasonText(r.why, lang)}${r.code ? ` (${r.code})` : ""}: ${r.text}`;
}
