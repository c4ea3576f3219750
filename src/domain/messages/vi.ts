import { excelErrorText } from "./excelErrors";
import { limitText } from "./fileLimits";
import type { FoundValue } from "../problems/Problem";
import type { Messages } from "./Messages";

const TYPE: Record<string, string> = {
  string: "chuỗi văn bản",
  number: "số",
  object: "đối tượng {…}",
  array: "danh sách […]",
  boolean: "true/false",
};

const got = (v: FoundValue): string => v ?? "không có (thiếu trường này)";

const short = (s: string): string => (s.length > 90 ? s.slice(0, 90) + "…" : s);

/** Vietnamese wording: the default. */
export const vi: Messages = {
  verdict: { achieved: "Đạt", not_achieved: "Chưa đạt", not_assessed: "Chưa đánh giá" },
  reason: {
    meets: (p) => `Kết quả “${p.figure}”, yêu cầu ${p.threshold}: đạt.${p.source ? ` Nguồn: ${p.source}.` : ""}${p.region ? ` ${p.regionIsGroup ? "Nhóm xã" : "Vùng"}: ${p.region}.` : ""}`,
    fails: (p) => `Kết quả “${p.figure}”, yêu cầu ${p.threshold}: chưa đạt.${p.source ? ` Nguồn: ${p.source}.` : ""}${p.region ? ` ${p.regionIsGroup ? "Nhóm xã" : "Vùng"}: ${p.region}.` : ""}`,
    "no-figure": (p) => `Chưa có số liệu trong ô ${p.cell}.`,
    "not-found": () => "Không tìm thấy chỉ tiêu này trong bảng tính.",
    unreadable: (p) =>
      p.error
        ? `Ô ${p.cell} có lỗi công thức ${p.error}: không có số liệu để đánh giá. Hãy sửa công thức hoặc số liệu nguồn.`
        : `Không đọc được số liệu “${p.figure}” ở ô ${p.cell}.`,
    "legacy-encoding": (p) => `Ô ${p.cell} dùng bảng mã cũ (TCVN3/VNI): “${p.figure}”. Hãy chuyển sang Unicode.`,
    "out-of-range": (p) => `Số liệu “${p.figure}” ở ô ${p.cell} nằm ngoài giới hạn của chỉ tiêu (tỷ lệ từ 0 đến 100%, số lượng không âm): không đánh giá. Hãy kiểm tra lại số liệu.`,
    // One short sentence on every row; why the threshold is unknown is said once, by `ntm thresholds`.
    "unknown-threshold": (p) =>
      p.unknownWhy === "group-unknown"
        ? "Mức chuẩn ghi theo nhóm xã, chưa biết xã thuộc nhóm nào (chọn nhóm 1, 2 hoặc 3): chưa đánh giá."
        : p.unknownWhy === "not-in-sheet"
          ? "Biểu không ghi mức chuẩn cho chỉ tiêu này: chưa đánh giá."
          : `Chưa có mức chuẩn${p.region ? ` cho vùng ${p.region}` : ""} để so sánh: chưa đánh giá.`,
    "kind-mismatch": (p) => `Số liệu “${p.figure}” không so được với yêu cầu ${p.threshold}.`,
    "unit-mismatch": (p) => `Đơn vị của “${p.figure}” khác đơn vị của yêu cầu ${p.threshold}.`,
    "marked-not-assessed": () => "Bảng tính ghi “Chưa đánh giá”.",
    stated: (p) => `Theo kết quả ghi trong biểu: “${p.figure}” (không có số liệu để đối chiếu${p.threshold ? ` với yêu cầu ${p.threshold}` : ""}).`,
    "nothing-to-count": (p) => `Biểu ghi “${p.figure}”: trên địa bàn không có đối tượng của chỉ tiêu này, tính là đạt theo kết quả ghi trong biểu.`,
  },
  problem: {
    "table/not-found": () =>
      "Không tìm thấy bảng chỉ tiêu nào: cần một dòng tiêu đề có cột “Kết quả thực hiện” (hoặc “Hiện trạng”, “Kết quả”, “Số liệu”) và các dòng có mã chỉ tiêu (4.2, 17.10…).",
    "table/period-not-found": (p) =>
      p.periods.length > 0
        ? `Bảng không có kỳ “${p.period}”; các kỳ có: ${p.periods.map((x) => `“${x}”`).join(", ")}. Đánh giá kỳ sau cùng.`
        : `Bảng chỉ có số liệu của một kỳ, không chọn được kỳ “${p.period}”.`,
    "indicator/duplicate": (p, w) => `Chỉ tiêu ${p.indicator} xuất hiện nhiều lần; dùng dòng đầu tiên (trang “${p.firstSheet}”, dòng ${p.firstRow}).${w.where}`,
    "indicator/unknown-code": (p, w) => `Mã chỉ tiêu “${p.indicator}” không có trong bộ tiêu chí.${w.where}`,
    "indicator/sheet-defined": (p, w) => `Chỉ tiêu ${p.indicator} không có trong bộ tiêu chí: đánh giá theo tên và mức chuẩn ghi trong biểu (chỉ tiêu do biểu xác định).${w.where}`,
    "figure/unreadable": (p, w) => `Chỉ tiêu ${p.indicator}: không đọc được số liệu “${p.raw}”.${w.where}`,
    "figure/error-value": (p, w) => `Chỉ tiêu ${p.indicator}: ô số liệu có lỗi công thức ${excelErrorText(p.error, "vi")}.${w.where}`,
    "figure/legacy-encoding": (p, w) => `Chỉ tiêu ${p.indicator}: ô dùng bảng mã cũ (TCVN3/VNI) “${p.raw}”.${w.where}`,
    "figure/out-of-range": (p, w) =>
      `Chỉ tiêu ${p.indicator}: số liệu “${p.raw}” không thể có (${p.max !== null ? `tỷ lệ phải từ ${p.min} đến ${p.max}%` : "không được âm"}), nên không được đánh giá.${w.where}`,
    "threshold/looser-than-national": (p, w) =>
      `Chỉ tiêu ${p.indicator}: ${p.provinceDocument} đặt yêu cầu ${w.rule(p.province)}, thấp hơn yêu cầu ${w.rule(p.national)} của ${p.nationalDocument}; tỉnh chỉ được nâng mức chuẩn, nên áp dụng ${w.rule(p.national)}.${w.where}`,
    "threshold/disagrees": (p, w) => `Chỉ tiêu ${p.indicator}: mức chuẩn ghi trong bảng “${p.sheetThreshold}” khác mức đang áp dụng ${w.rule(p.applied)}.${w.where}`,
    "self-assessment/mismatch": (p, w) =>
      `${p.level === "criterion" ? "Tiêu chí" : "Chỉ tiêu"} ${p.code}: xã tự đánh giá “${p.self}” nhưng kết quả kiểm tra là “${w.verdict(p.computed)}”.${w.where}`,
    "set/unknown": (p) => `Không có bộ tiêu chí “${p.setId}”. Xem danh sách bằng lệnh: ntm sets`,
    "province/unknown": (p) => `Không nhận ra tỉnh “${p.province}”. Xem danh sách bằng lệnh: ntm sets`,
    "region/unknown": (p) => `Không có vùng “${p.region}”. Xem danh sách bằng lệnh: ntm sets`,
    "group/unknown": (p) => `Không có nhóm xã “${p.group}”: chọn nhóm 1, 2 hoặc 3 (--group 1|2|3).`,
    "region/ambiguous": (p) =>
      `Tỉnh ${p.province} trải trên nhiều vùng (${p.spans.join(", ")}): hãy chọn vùng (--region). Các chỉ tiêu có mức chuẩn theo vùng sẽ không được đánh giá.`,
    "definitions/invalid": (p, w) => "Tệp định nghĩa không hợp lệ: " + p.errors.map((e) => w.definitionsError(e)).join("; "),
    "definitions/sheet-entry": (p, w) => `Bảng định nghĩa, chỉ tiêu ${p.indicator}: “${p.text}” không phải mức chuẩn (ví dụ “≥ 90%”, “≤ 2%”, “Đạt”); dùng mức chuẩn gốc.${w.where}`,
    "definitions/other-set": (p) => `Tệp “${p.overlay}” dành cho bộ tiêu chí “${p.extends}”, không phải “${p.setId}”.`,
    "host/protected-sheet": (_, w) =>
      `${w.at.sheet ? `Trang “${w.at.sheet}”` : "Trang tính hoặc bảng tính"} đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`,
    "host/cell-edit-mode": () => "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc rồi thử lại.",
    "host/too-large": (_, w) => `Bảng tính quá lớn để xử lý một lần${w.at.sheet ? ` (trang “${w.at.sheet}”)` : ""}.`,
    "host/not-found": (_, w) => `Không tìm thấy ${w.at.sheet ? `trang “${w.at.sheet}”` : "vùng dữ liệu"}${w.cellA1 ? `, ô ${w.cellA1}` : ""}.`,
    "host/unsupported": () => "Phiên bản Excel này chưa hỗ trợ chức năng này.",
    "host/settings-not-saved": () =>
      "Đã kiểm tra xong, nhưng không lưu được thiết lập (tỉnh, bộ tiêu chí) vào sổ tính, có thể do tệp đang mở chỉ đọc. Lần sau hãy chọn lại tỉnh.",
    "host/other": (_, w) => `Có lỗi khi làm việc với Excel${w.at.sheet ? ` (trang “${w.at.sheet}”${w.cellA1 ? `, ô ${w.cellA1}` : ""})` : ""}. Hãy thử lại.`,
    "file/encrypted": () => "Tệp được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.",
    "file/corrupt": () => "Tệp bị hỏng hoặc không đầy đủ: không đọc được.",
    "file/not-a-workbook": () => "Không phải tệp Excel (.xlsx hoặc .xls).",
    "file/no-table": () => "Không tìm thấy bảng chỉ tiêu nông thôn mới trong tệp (cần cột mã chỉ tiêu và cột kết quả thực hiện).",
    "file/unreadable": (p) => (p.detail === "ENOENT" ? "Không tìm thấy tệp hoặc thư mục này." : `Không mở được tệp${p.detail ? ` (${p.detail})` : ""}.`),
    "file/duplicate": (p) => `Trùng xã ${p.commune} với tệp “${p.keptFile}”: chỉ tính một lần (theo tệp kia).`,
    "file/check-failed": (p) =>
      `Lỗi của chương trình khi kiểm tra tệp này${p.detail ? ` (${p.detail})` : ""}; các tệp khác vẫn được tổng hợp. Xin báo lỗi kèm tệp.`,
    "file/xls-converted": (p) => `Tệp .xls đã được lưu thành .xlsx ở “${p.out}”; định dạng cũ có thể không giữ đủ.`,
    "file/too-large": (p) => limitText(p, "vi"),
    "title/formula-like": (p) => `Tên xã trong tiêu đề (“${p.text.length > 40 ? p.text.slice(0, 40) + "…" : p.text}”) trông như một công thức nên không được dùng làm tên xã.`,
  },
  definitionsError: {
    "json-syntax": (e) => `Tệp không phải JSON hợp lệ: ${e.detail}`,
    "expected-type": (e, where) => `${where}: cần ${TYPE[e.expected] ?? e.expected}, nhận được ${got(e.got)}`,
    "bad-id": (e, where) => `${where}: ${got(e.got)} không đúng dạng (chỉ chữ thường a-z, chữ số và dấu gạch ngang, ví dụ "lang-son")`,
    "bad-format": (e, where) => `${where}: ${got(e.got)} không đúng dạng`,
    "bad-code": (e, where) => `${where}: mã chỉ tiêu ${JSON.stringify(e.key)} không đúng dạng (ví dụ "4.2" hoặc "10")`,
    "one-of": (e, where) => `${where}: chỉ nhận ${e.values.map((v) => JSON.stringify(v)).join(", ")}, nhận được ${got(e.got)}`,
    empty: (_, where) => `${where}: không được để trống`,
    "too-small": (_, where) => `${where}: quá nhỏ hoặc quá ít phần tử`,
    "one-rule": (_, where) => `${where}: cần đúng một trong các trường atLeast, atMost, yes, none (hoặc byRegion: một trường như vậy cho từng vùng hay nhóm xã)`,
    "unknown-key": (e, where) => `${where}: khóa "${e.key}" không được nhận (các khóa hợp lệ: ${e.allowed.join(", ")})`,
    "unknown-set": (e, where) => `${where}: không có bộ tiêu chí "${e.setId}" (hiện có: ${e.known.join(", ")})`,
    "unknown-indicator": (e, where) => `${where}: bộ tiêu chí ${e.setId} không có chỉ tiêu ${e.indicator}`,
    "unknown-region": (e, where) => `${where}: bộ tiêu chí ${e.setId} không có vùng hay nhóm xã "${e.region}" (hiện có: ${e.known.join(", ")})`,
    "yes-no-indicator": (e, where) => `${where}: chỉ tiêu ${e.indicator} được đánh giá Đạt/Không đạt, không so với con số; dùng "yes": true`,
    "percent-range": (e, where) => `${where}: tỷ lệ phần trăm phải từ 0 đến 100, nhận được ${e.value}`,
    "percent-unit": (e, where) => `${where}: chỉ tiêu ${e.indicator} tính bằng "%", nhận được "${e.unit}"`,
    "unknown-province": (e, where) => `${where}: không có tỉnh mã "${e.province}"`,
    other: (e, where) => `${where}: ${e.detail}`,
  },
  unknownThreshold: {
    "not-in-set": (u) => `Bộ tiêu chí ${u.setId} không có chỉ tiêu ${u.indicator}.`,
    "region-unknown": (u) => `Chưa biết vùng của xã: ngưỡng của chỉ tiêu này khác nhau theo vùng. ${u.note ?? ""}`.trim(),
    "group-unknown": (u) => `Chưa biết xã thuộc nhóm nào (nhóm 1, 2, 3): mức chuẩn của chỉ tiêu này ghi theo nhóm xã. ${u.note ?? ""}`.trim(),
    "not-in-sheet": (u) => `Chỉ tiêu ${u.indicator} do biểu xác định nhưng biểu không ghi mức chuẩn.`,
    "no-data": (u) => u.note ?? "Chưa có ngưỡng của chỉ tiêu này trong dữ liệu.",
  },
  rule: { yes: "Đạt", none: "Không có", unknown: "Chưa có ngưỡng" },
  units: {},
  number: { group: ".", decimal: "," },
  jsonRoot: "(gốc tệp)",
  criteriaCount: (a, t) => `Đạt ${a}/${t} tiêu chí`,
  setReason: (r) => {
    const at = (cell: string | null) => (cell ? ` (ô ${cell})` : "");
    switch (r.by) {
      case "explicit":
        return `Đánh giá theo ${r.set}: do người dùng chọn.`;
      case "definitions":
        return `Đánh giá theo ${r.set}: tệp định nghĩa “${r.file}” dành cho bộ này.`;
      case "title":
        return `Đánh giá theo ${r.set}: tiêu đề ghi “${short(r.text)}”${at(r.cell)}.`;
      case "year":
        return `Đánh giá theo ${r.set}: tiêu đề ghi năm ${r.year} (“${short(r.text)}”${at(r.cell)}).`;
      case "criteria":
        return `Đánh giá theo ${r.set}: tên ${r.matched}/${r.of} tiêu chí trong bảng trùng với bộ này.`;
      case "sheet":
        return `Bảng không theo bộ tiêu chí nào có sẵn: đánh giá theo ${r.criteria} tiêu chí và mức chuẩn ghi trong chính bảng${r.text ? ` (“${short(r.text)}”)` : ""}.`;
      case "default":
        return `Đánh giá theo ${r.set}: bảng tính không ghi giai đoạn, năm hay tên tiêu chí để nhận ra bộ tiêu chí. Nếu không đúng, hãy chọn bộ tiêu chí (mục “Bộ tiêu chí” trong Thiết lập, hoặc --set ở dòng lệnh).`;
    }
  },
  setConflict: (r) => `Lưu ý: bảng tính cũng có dấu hiệu của ${r.other}. Nếu không đúng, hãy chọn bộ tiêu chí (mục “Bộ tiêu chí” trong Thiết lập, hoặc --set ở dòng lệnh).`,
  sheetSetName: { name: "Bộ tiêu chí theo bảng tính", nameEn: "Criteria as the sheet lists them" },
  shortfall: (s) =>
    s.direction === "increase"
      ? `còn thiếu ${s.count ? `${s.count} (${s.amount})` : s.amount}`
      : `phải giảm ${s.count ? `${s.count} (${s.amount})` : s.amount}`,
};
