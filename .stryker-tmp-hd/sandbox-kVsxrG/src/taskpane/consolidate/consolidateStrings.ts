/** Words of the "Tổng hợp nhiều xã" panel, Vietnamese first. `{name}` marks a parameter. */
// @ts-nocheck

import type { Lang } from "../../domain/messages/Lang";

const vi = {
  title: "Tổng hợp nhiều xã",
  intro: "Chọn hoặc kéo thả các sổ Excel của các xã (.xlsx, .xls). Các tệp được đọc và kiểm tra ngay trên máy này, không tải lên đâu cả.",
  choose: "Chọn tệp…",
  drop: "Kéo thả các tệp vào đây",
  dropActive: "Thả để tổng hợp",
  noWorkbooks: "Không có tệp .xlsx hoặc .xls nào trong các tệp đã chọn.",
  loading: "Đang tải bộ đọc bảng tính…",
  progress: "Đã kiểm tra {done}/{total} tệp",
  progressLabel: "Tiến độ tổng hợp",
  stop: "Dừng",
  again: "Tổng hợp lại",
  waiting: "Đang chờ",
  reading: "Đang đọc…",
  fileResult: "Xã {commune}: đạt {achieved}/{total} tiêu chí",
  fileNamedFromFile: "(tên xã lấy từ tên tệp)",
  filesTitle: "Các tệp ({count})",
  summaryTitle: "Kết quả tổng hợp",
  summaryCounts: "{communes} xã được tổng hợp · {excluded} tệp không tổng hợp",
  paragraphLabel: "Đoạn văn để dán vào báo cáo",
  copy: "Sao chép",
  copied: "Đã sao chép.",
  copyFailed: "Không sao chép được: hãy chọn đoạn văn rồi nhấn Ctrl+C.",
  insertSheet: "Chèn trang tổng hợp các xã",
  sheetInserted: "Đã chèn trang “{name}”.",
  none: "Chưa tổng hợp được xã nào.",
  optionsProblem: "Chưa tổng hợp được với thiết lập này:",
  failed: "Không tổng hợp được: {detail}",
  settingsTitle: "Thiết lập tổng hợp",
  unitLabel: "Đơn vị tổng hợp",
  unitHint: "Ghi trên tiêu đề trang tổng hợp và trong đoạn văn; để trống nếu không cần.",
  unitPlaceholder: "ví dụ: tỉnh Lạng Sơn",
  bandsLabel: "Nhóm theo số tiêu chí đạt",
  bandsHint: "Để trống: theo bộ tiêu chí ({example}).",
  nearlyLabel: "Xã gần đạt chuẩn: còn thiếu không quá (tiêu chí)",
  nearlyError: "Cần một số nguyên từ 1 trở lên.",
  settingsInvalid: "Sửa thiết lập tổng hợp trước khi sao chép hoặc chèn trang.",
};

export type ConsolidateStringKey = keyof typeof vi;

const en: Record<ConsolidateStringKey, string> = {
  title: "Consolidate many communes",
  intro: "Pick or drop the communes' Excel workbooks (.xlsx, .xls). They are read and checked on this computer; nothing is uploaded.",
  choose: "Choose files…",
  drop: "Drop files here",
  dropActive: "Drop to consolidate",
  noWorkbooks: "None of the chosen files is an .xlsx or .xls workbook.",
  loading: "Loading the spreadsheet reader…",
  progress: "Checked {done} of {total} files",
  progressLabel: "Consolidation progress",
  stop: "Stop",
  again: "Consolidate again",
  waiting: "Waiting",
  reading: "Reading…",
  fileResult: "{commune}: {achieved}/{total} criteria achieved",
  fileNamedFromFile: "(name taken from the file name)",
  filesTitle: "Files ({count})",
  summaryTitle: "Consolidated figures",
  summaryCounts: "{communes} communes consolidated · {excluded} files left out",
  paragraphLabel: "Text to paste into the report",
  copy: "Copy",
  copied: "Copied.",
  copyFailed: "Could not copy: select the text and press Ctrl+C.",
  insertSheet: "Insert the communes summary sheet",
  sheetInserted: "Sheet “{name}” inserted.",
  none: "No commune could be consolidated.",
  optionsProblem: "Cannot consolidate with these settings:",
  failed: "Consolidation failed: {detail}",
  settingsTitle: "Consolidation settings",
  unitLabel: "Consolidating body",
  unitHint: "Named in the summary sheet's title and in the text; leave empty if not needed.",
  unitPlaceholder: "e.g. tỉnh Lạng Sơn",
  bandsLabel: "Bands of criteria achieved",
  bandsHint: "Empty: as the criteria set gives them ({example}).",
  nearlyLabel: "Close to the standard: at most this many criteria missing",
  nearlyError: "Enter a whole number of 1 or more.",
  settingsInvalid: "Correct the consolidation settings before copying or inserting the sheet.",
};

export function consolidateText(lang: Lang): (key: ConsolidateStringKey, params?: Record<string, string | number>) => string {
  const table = lang === "vi" ? vi : en;
  return (key, params = {}) => table[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
