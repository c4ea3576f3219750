import type { Lang } from "../domain/messages/Lang";
import { format } from "../taskpane/strings";

/** Words of the preview page around the pane (the pane has its own, in taskpane/strings.ts). */
const vi = {
  title: "Xem thử ngăn kiểm tra NTM (không cần Excel)",
  openFile: "Mở tệp .xlsx…",
  openFileHint: "Chọn một sổ tính .xlsx trên máy của bạn",
  download: "Tải về .xlsx",
  downloadHint: "Tải về sổ tính với các ô đã sửa, phần tô màu và các trang đã chèn",
  downloading: "Đang tạo tệp…",
  loading: "Đang mở sổ tính…",
  loaded: "Đang mở: {file}",
  edits: "{count} ô đã sửa",
  sheetArea: "Sổ tính {file}",
  sheetTabs: "Các trang tính",
  grid: "Trang {sheet}",
  editCell: "Sửa ô {cell}",
  gridHelp: "Phím mũi tên để di chuyển, Enter hoặc F2 để sửa ô, Enter để ghi, Esc để bỏ.",
  generatedReadOnly: "Trang do công cụ tạo: không sửa ở đây (bấm chèn lại để cập nhật).",
  emptySheet: "Trang này trống.",
  rowsCut: "Chỉ hiện {shown} trên {total} hàng.",
  readError: "Không mở được tệp “{file}”: {reason}",
  reasonEncrypted: "tệp có mật khẩu, hãy bỏ mật khẩu trong Excel rồi mở lại",
  reasonNotWorkbook: "đây không phải là sổ tính Excel",
  reasonCorrupt: "tệp bị hỏng hoặc không đọc được",
  downloadError: "Không tạo được tệp tải về: {detail}",
  exampleMissing: "Không tải được sổ tính mẫu ({detail}). Hãy mở một tệp .xlsx.",
  pane: "Ngăn kiểm tra",
};

const en: typeof vi = {
  title: "NTM checker pane preview (no Excel needed)",
  openFile: "Open .xlsx file…",
  openFileHint: "Choose an .xlsx workbook on your computer",
  download: "Download .xlsx",
  downloadHint: "Download the workbook with edited cells, highlights and inserted sheets",
  downloading: "Building the file…",
  loading: "Opening the workbook…",
  loaded: "Open: {file}",
  edits: "{count} cells edited",
  sheetArea: "Workbook {file}",
  sheetTabs: "Sheets",
  grid: "Sheet {sheet}",
  editCell: "Edit cell {cell}",
  gridHelp: "Arrow keys to move, Enter or F2 to edit a cell, Enter to save, Esc to cancel.",
  generatedReadOnly: "A sheet made by the tool: not editable here (insert it again to update it).",
  emptySheet: "This sheet is empty.",
  rowsCut: "Showing {shown} of {total} rows.",
  readError: "Could not open “{file}”: {reason}",
  reasonEncrypted: "the file is password-protected; remove the password in Excel and open it again",
  reasonNotWorkbook: "this is not an Excel workbook",
  reasonCorrupt: "the file is damaged or unreadable",
  downloadError: "Could not build the download: {detail}",
  exampleMissing: "Could not load the example workbook ({detail}). Open an .xlsx file.",
  pane: "Checker pane",
};

export type PreviewKey = keyof typeof vi;
export type PreviewT = (key: PreviewKey, params?: Record<string, string | number>) => string;

export function previewText(lang: Lang): PreviewT {
  const table = lang === "en" ? en : vi;
  return (key, params) => format(table[key], params);
}
