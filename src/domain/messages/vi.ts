import type { Messages } from "./Messages";

/** Vietnamese wording: the default. */
export const vi: Messages = {
  verdict: { achieved: "Đạt", not_achieved: "Chưa đạt", not_assessed: "Chưa đánh giá" },
  reason: {
    meets: (p) => `Kết quả “${p.figure}”, yêu cầu ${p.threshold}: đạt.${p.source ? ` Nguồn: ${p.source}.` : ""}${p.region ? ` Vùng: ${p.region}.` : ""}`,
    fails: (p) => `Kết quả “${p.figure}”, yêu cầu ${p.threshold}: chưa đạt.${p.source ? ` Nguồn: ${p.source}.` : ""}${p.region ? ` Vùng: ${p.region}.` : ""}`,
    "no-figure": (p) => `Chưa có số liệu trong ô ${p.cell}.`,
    "not-found": () => "Không tìm thấy chỉ tiêu này trong bảng tính.",
    unreadable: (p) => `Không đọc được số liệu “${p.figure}” ở ô ${p.cell}.`,
    "legacy-encoding": (p) => `Ô ${p.cell} dùng bảng mã cũ (TCVN3/VNI): “${p.figure}”. Hãy chuyển sang Unicode.`,
    "unknown-threshold": (p) =>
      `Chưa có mức chuẩn cho chỉ tiêu này${p.region ? ` (vùng ${p.region})` : ""}: không đánh giá.` +
      (p.note ? ` ${p.note}` : " Có thể nhập mức chuẩn vào cột “Chỉ tiêu đạt chuẩn” hoặc tệp định nghĩa."),
    "kind-mismatch": (p) => `Số liệu “${p.figure}” không so được với yêu cầu ${p.threshold}.`,
    "unit-mismatch": (p) => `Đơn vị của “${p.figure}” khác đơn vị của yêu cầu ${p.threshold}.`,
    "marked-not-assessed": () => "Bảng tính ghi “Chưa đánh giá”.",
    stated: (p) => `Theo kết quả ghi trong biểu: “${p.figure}” (không có số liệu để đối chiếu${p.threshold ? ` với yêu cầu ${p.threshold}` : ""}).`,
    "nothing-to-count": (p) => `Biểu ghi “${p.figure}”: trên địa bàn không có đối tượng của chỉ tiêu này, tính là đạt theo kết quả ghi trong biểu.`,
  },
  finding: {
    "self-assessment-mismatch": (p) =>
      `${p.level === "criterion" ? "Tiêu chí" : "Chỉ tiêu"} ${p.code}: xã tự đánh giá “${p.self}” nhưng kết quả kiểm tra là “${p.computedText}”.`,
    "threshold-disagrees": (p) => `Chỉ tiêu ${p.code}: mức chuẩn ghi trong bảng “${p.sheet}” khác mức đang áp dụng ${p.applied}.`,
    "unreadable-figure": (p) => `Chỉ tiêu ${p.code}: không đọc được số liệu “${p.raw}”.`,
    "legacy-encoding": (p) => `Chỉ tiêu ${p.code}: ô dùng bảng mã cũ (TCVN3/VNI) “${p.raw}”.`,
    "duplicate-indicator": (p) => `Chỉ tiêu ${p.code} xuất hiện nhiều lần; dùng dòng đầu tiên (${p.first}).`,
    "unknown-code": (p) => `Mã chỉ tiêu “${p.code}” không có trong bộ tiêu chí.`,
    "no-table": () => "Không tìm thấy bảng chỉ tiêu nào: cần một dòng tiêu đề có cột “Kết quả thực hiện” (hoặc “Hiện trạng”, “Kết quả”, “Số liệu”) và các dòng có mã chỉ tiêu (4.2, 17.10…).",
    "protected-sheet": (p) => `Trang “${p.sheet}” đang được bảo vệ: không tô màu được.`,
    "region-unknown": (p) => `Chưa xác định vùng${p.province ? ` cho tỉnh ${p.province}` : ""}: các chỉ tiêu có mức chuẩn theo vùng sẽ không được đánh giá. Hãy chọn vùng.`,
  },
  host: {
    "protected-sheet": (p) =>
      `${p.sheet ? `Trang “${p.sheet}”` : "Trang tính hoặc bảng tính"} đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`,
    "cell-edit-mode": () => "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.",
    "too-large": (p) => `Bảng tính quá lớn để xử lý một lần${p.sheet ? ` (trang “${p.sheet}”)` : ""}.`,
    "not-found": (p) => `Không tìm thấy ${p.sheet ? `trang “${p.sheet}”` : "vùng dữ liệu"}${p.cell ? `, ô ${p.cell}` : ""}.`,
    unsupported: () => "Phiên bản Excel này chưa hỗ trợ chức năng này.",
    other: (p) => `Có lỗi khi làm việc với Excel${p.sheet ? ` (trang “${p.sheet}”${p.cell ? `, ô ${p.cell}` : ""})` : ""}. Hãy thử lại.`,
  },
  criteriaCount: (a, t) => `Đạt ${a}/${t} tiêu chí`,
};
