// @ts-nocheck
import type { ThresholdOrigin } from "../evaluation/AppliedThreshold";
import type { ValueKind } from "../definitions/schema";
import type { Lang } from "./Lang";

/** The words of the definitions sheet, Vietnamese first. */
export interface DefinitionsSheetWords {
  title: string;
  subtitle(setName: string, where: string | null): string;
  /** "vùng Trung du …" / "xã nhóm 2". */
  where(regionName: string, grouped: boolean): string;
  howTo: string;
  header: string[];
  kind: Record<ValueKind | "unknown", string>;
  origin: Record<ThresholdOrigin, string>;
  unknown: string;
  definedBySheet: string;
  /** How a threshold read from this sheet cites itself ("Bảng định nghĩa, ô 'Định nghĩa NTM'!F7"). */
  sourcePrefix: string;
}

export const DEFINITIONS_WORDS: Record<Lang, DefinitionsSheetWords> = {
  vi: {
    title: "BẢNG ĐỊNH NGHĨA TIÊU CHÍ, CHỈ TIÊU VÀ MỨC CHUẨN",
    subtitle: (set, where) => `(theo ${set}${where ? `; ${where}` : ""})`,
    where: (name, grouped) => (grouped ? `xã ${name.toLocaleLowerCase("vi")}` : `vùng ${name}`),
    howTo:
      "Sửa mức chuẩn ở cột “Mức chuẩn áp dụng” (ví dụ “≥ 90%”, “≤ 2%”, “≥ 65 triệu đồng”, “Đạt”), rồi bấm Kiểm tra lại: lần kiểm tra sau dùng mức chuẩn đã sửa và ghi rõ ô này là nguồn. Để nguyên thì dùng mức chuẩn gốc.",
    header: ["Mã", "Tên chỉ tiêu", "Loại", "Mức chuẩn gốc", "Nguồn của mức chuẩn gốc", "Mức chuẩn áp dụng (sửa ở đây)", "Ghi chú"],
    kind: { yesNo: "Đạt/Không", percent: "Tỷ lệ (%)", amount: "Giá trị", count: "Số lượng", none: "Không có", unknown: "Chưa rõ" },
    origin: { definitions: "Tệp định nghĩa", overlay: "Mức chuẩn của tỉnh", catalogue: "Quyết định", sheet: "Ghi trong biểu", none: "Chưa có mức chuẩn" },
    unknown: "Chưa có",
    definedBySheet: "Chỉ tiêu do biểu xác định",
    sourcePrefix: "Bảng định nghĩa, ô",
  },
  en: {
    title: "CRITERIA, INDICATORS AND THRESHOLDS",
    subtitle: (set, where) => `(under ${set}${where ? `; ${where}` : ""})`,
    where: (name, grouped) => (grouped ? `commune ${name.toLowerCase()}` : `region ${name}`),
    howTo:
      "Edit a threshold in the column “Threshold applied” (e.g. “≥ 90%”, “≤ 2%”, “≥ 65 triệu đồng”, “Đạt”), then re-check: later checks use it and cite this cell as its source. Left as it is, the original threshold applies.",
    header: ["Code", "Indicator", "Kind", "Original threshold", "Source of the original", "Threshold applied (edit here)", "Note"],
    kind: { yesNo: "Yes/no", percent: "Share (%)", amount: "Amount", count: "Count", none: "None allowed", unknown: "Not known" },
    origin: { definitions: "Definitions file", overlay: "Province threshold", catalogue: "The decision", sheet: "Written in the form", none: "No threshold" },
    unknown: "None",
    definedBySheet: "Defined by the form",
    sourcePrefix: "Bảng định nghĩa, ô",
  },
};
