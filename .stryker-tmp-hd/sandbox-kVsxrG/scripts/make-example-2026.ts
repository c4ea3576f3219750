/**
 * Builds examples/minh-hoa-2026.xlsx: a 2026–2030 self-assessment form (Decision 51/2025/QĐ-TTg,
 * 10 criteria) as a province hands it out, filled in by a commune of group 2. The decision's
 * indicator wordings and thresholds are not available to us: the indicators and the "Nhóm 1 |
 * Nhóm 2 | Nhóm 3" thresholds below are the form's own, written for illustration, and the
 * workbook says so in its notes. The tool judges them as the form gives them.
 * Run: npx tsx scripts/make-example-2026.ts
 */
// @ts-nocheck

import ExcelJS from "exceljs";
import path from "node:path";

type Row = [code: string, name: string, g1: string, g2: string, g3: string, figure: string | number | null, self: string, note?: string];

const ROWS: Row[] = [
  ["1", "Quy hoạch", "", "", "", null, "Đạt"],
  ["1.1", "Có quy hoạch chung xã được phê duyệt và công bố công khai", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
  ["1.2", "Ban hành quy định quản lý quy hoạch và tổ chức thực hiện theo quy hoạch", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
  ["2", "Hạ tầng kinh tế - xã hội", "", "", "", null, "Chưa đạt"],
  ["2.1", "Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa", "100%", "100%", "≥ 90%", "96,5%", "Chưa đạt", "Còn 1,2 km chưa cứng hóa"],
  ["2.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 99%", "≥ 98%", "≥ 95%", "99,2%", "Đạt"],
  ["2.3", "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động", "≥ 90%", "≥ 80%", "≥ 70%", "84%", "Đạt"],
  ["3", "Phát triển kinh tế nông thôn", "", "", "", null, "Chưa đạt"],
  ["3.1", "Thu nhập bình quân đầu người (triệu đồng/người/năm)", "≥ 75 triệu đồng", "≥ 65 triệu đồng", "≥ 55 triệu đồng", "62 triệu", "Chưa đạt"],
  ["3.2", "Xã có hợp tác xã hoạt động hiệu quả", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
  ["4", "Đào tạo nguồn nhân lực nông thôn", "", "", "", null, "Đạt"],
  ["4.1", "Tỷ lệ lao động qua đào tạo", "≥ 80%", "≥ 75%", "≥ 65%", "76%", "Đạt"],
  ["5", "Văn hóa, giáo dục, y tế", "", "", "", null, "Đạt"],
  ["5.1", "Tỷ lệ người dân tham gia bảo hiểm y tế", "≥ 95%", "≥ 95%", "≥ 90%", "95,3%", "Đạt"],
  ["5.2", "Tỷ lệ thôn đạt tiêu chuẩn văn hóa", "100%", "≥ 90%", "≥ 80%", "8/8 thôn", "Đạt"],
  ["6", "Giảm nghèo và an sinh xã hội", "", "", "", null, "Đạt"],
  ["6.1", "Tỷ lệ hộ nghèo đa chiều", "≤ 1%", "≤ 2%", "≤ 4%", "1,6%", "Đạt"],
  ["7", "Khoa học công nghệ và chuyển đổi số", "", "", "", null, "Chưa đánh giá"],
  ["7.1", "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử được kích hoạt", "≥ 90%", "≥ 85%", "≥ 75%", null, "Chưa đánh giá", "Chờ số liệu công an xã"],
  ["8", "Môi trường và cảnh quan nông thôn", "", "", "", null, "Chưa đạt"],
  ["8.1", "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn", "≥ 70%", "≥ 60%", "≥ 40%", "54%", "Chưa đạt"],
  ["8.2", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định", "≥ 95%", "≥ 90%", "≥ 80%", "91%", "Đạt"],
  ["9", "Xây dựng hệ thống chính trị và hành chính công", "", "", "", null, "Đạt"],
  ["9.1", "Cán bộ, công chức xã đạt chuẩn", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
  ["10", "Tiếp cận pháp luật và an ninh, quốc phòng", "", "", "", null, "Đạt"],
  ["10.1", "Xã đạt chuẩn tiếp cận pháp luật", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
  ["10.2", "Xã đạt chuẩn an toàn về an ninh, trật tự", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
];

const thin = { style: "thin" as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = { name: "Times New Roman", size: 12 };

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "UBND xã Minh Hòa";
  wb.created = new Date("2026-06-20T08:00:00Z");
  wb.modified = wb.created;
  const ws = wb.addWorksheet("Tự đánh giá 2026");
  ws.mergeCells("A1:C1");
  ws.getCell("A1").value = "UBND XÃ MINH HÒA";
  ws.mergeCells("E1:I1");
  ws.getCell("E1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.mergeCells("E2:I2");
  ws.getCell("E2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells("A4:I4");
  ws.getCell("A4").value = "BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030 (xã nhóm 2)";
  ws.mergeCells("A5:I5");
  ws.getCell("A5").value = "(Kèm theo Báo cáo số …/BC-UBND ngày 20/6/2026 của UBND xã Minh Hòa)";
  for (const a of ["A1", "E1", "E2", "A4", "A5"]) {
    ws.getCell(a).font = { ...font, bold: a !== "A5", italic: a === "A5", size: a === "A4" ? 13 : 12 };
    ws.getCell(a).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  ws.getRow(4).height = 36;

  // Two header rows: "Chỉ tiêu theo nhóm xã" merged over "Nhóm 1 | Nhóm 2 | Nhóm 3".
  const h1 = 7;
  const top = ["TT", "Tên tiêu chí, nội dung chỉ tiêu", "Chỉ tiêu theo nhóm xã", "", "", "Kết quả thực hiện", "Tự đánh giá", "Ghi chú"];
  top.forEach((t, i) => (ws.getRow(h1).getCell(i + 1).value = t || null));
  ["Nhóm 1", "Nhóm 2", "Nhóm 3"].forEach((t, i) => (ws.getRow(h1 + 1).getCell(3 + i).value = t));
  ws.mergeCells(h1, 3, h1, 5);
  for (const c of [1, 2, 6, 7, 8]) ws.mergeCells(h1, c, h1 + 1, c);
  for (const r of [h1, h1 + 1])
    for (let c = 1; c <= 8; c++) {
      const cell = ws.getRow(r).getCell(c);
      cell.font = { ...font, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = border;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    }
  let r = h1 + 2;
  for (const [code, name, g1, g2, g3, figure, self, note] of ROWS) {
    const isCriterion = !code.includes(".");
    const row = ws.getRow(r);
    row.getCell(1).value = code;
    row.getCell(2).value = name;
    row.getCell(3).value = g1 || null;
    row.getCell(4).value = g2 || null;
    row.getCell(5).value = g3 || null;
    row.getCell(6).value = figure;
    row.getCell(7).value = self || null;
    row.getCell(8).value = note ?? null;
    for (let c = 1; c <= 8; c++) {
      const cell = row.getCell(c);
      cell.font = { ...font, bold: isCriterion };
      cell.border = border;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: c === 2 || c === 8 ? "left" : "center" };
      if (isCriterion) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    }
    r++;
  }
  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 58;
  for (const c of [3, 4, 5]) ws.getColumn(c).width = 14;
  ws.getColumn(6).width = 16;
  ws.getColumn(7).width = 13;
  ws.getColumn(8).width = 28;
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

  const notes = wb.addWorksheet("Ghi chú");
  notes.getCell("A1").value =
    "Ví dụ minh họa: tên và mức chuẩn các chỉ tiêu trong biểu này do người lập biểu ghi để minh họa cách dùng, không trích từ Quyết định số 51/2025/QĐ-TTg. Khi dùng thật, hãy dùng biểu và mức chuẩn do tỉnh hướng dẫn.";
  notes.getCell("A2").value = "Xã Minh Hòa là xã giả định.";
  const out = path.join(__dirname, "..", "examples", "minh-hoa-2026.xlsx");
  await wb.xlsx.writeFile(out);
  process.stdout.write(`wrote ${out}\n`);
}

void main();
