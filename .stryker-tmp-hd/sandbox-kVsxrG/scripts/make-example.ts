/**
 * Builds examples/lien-son-2024.xlsx: a commune workbook as a commune officer keeps it, with the
 * figures and self-assessments of the Liên Sơn report for the first half of 2024
 * (shared/domain/003_c2d3b4fb3b47e58a.txt). Thresholds in the sheet's own column are only those
 * the report itself words into the indicator ("đạt từ 70%", "từ 20% trở lên", "đạt 95%", "26,7%"),
 * plus "Đạt" for yes/no indicators. Run: npx tsx scripts/make-example.ts
 */
// @ts-nocheck

import ExcelJS from "exceljs";
import path from "node:path";

type Row = [code: string, name: string, threshold: string, figure: string | number | null, self: string, note?: string, numFmt?: string];

// Criterion rows have a bare number code; indicators x.y. Figures as officials type them.
const SHEET1: Row[] = [
  ["1", "Quy hoạch", "", null, "Đạt"],
  ["1.1", "Có quy hoạch chung xây dựng xã được phê duyệt phù hợp với định hướng phát triển KT-XH giai đoạn 2021-2030 và được công bố công khai", "Đạt", "Đạt", "Đạt"],
  ["1.2", "Ban hành quy định quản lý quy hoạch chung xây dựng xã và tổ chức thực hiện theo quy hoạch", "Đạt", "Đạt", "Đạt"],
  ["2", "Giao thông", "", null, "Chưa đạt"],
  ["2.1", "Đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa", "", null, "Chưa đạt", "6 tháng làm được 200m đường các loại"],
  ["2.2", "Đường thôn, bản và đường liên thôn, bản ít nhất được cứng hóa", "", null, "Chưa đạt"],
  ["2.3", "Đường ngõ, xóm sạch và đảm bảo đi lại thuận tiện quanh năm", "", null, "Chưa đạt"],
  ["2.4", "Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm", "", "Chưa đạt", "Chưa đạt", "12 km, chưa được đầu tư nâng cấp"],
  ["3", "Thủy lợi và phòng, chống thiên tai", "", null, "Đạt"],
  ["3.1", "Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động", "≥ 85%", "92%", "Đạt", "Tổng diện tích 124,75 ha"],
  ["3.2", "Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ", "Đạt", "Đạt", "Đạt"],
  ["4", "Điện", "", null, "Chưa đạt"],
  ["4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Chưa đạt", "Chưa đạt", "Một số hộ xa trạm hạ thế, cột tạm"],
  ["4.2", "Tỷ lệ hộ có đăng ký trực tiếp và sử dụng điện thường xuyên, an toàn từ các nguồn", "≥ 95%", 1, "Đạt", "", "0%"],
  ["5", "Trường học: Tỷ lệ trường học các cấp đạt tiêu chuẩn cơ sở vật chất theo quy định", "", "0/2 trường", "Chưa đạt", "Trường TH và THCS thiếu diện tích, cơ sở vật chất"],
  ["6", "Cơ sở vật chất văn hóa", "", null, "Chưa đạt"],
  ["6.1", "Xã có nhà văn hóa hoặc hội trường đa năng và sân thể thao phục vụ sinh hoạt văn hóa, thể thao của toàn xã", "Đạt", "Chưa đạt", "Chưa đạt", "Thiếu công năng diện tích"],
  ["6.2", "Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định", "Đạt", "Không", "Chưa đạt"],
  ["6.3", "Tỷ lệ thôn, bản, ấp có nhà văn hóa hoặc nơi sinh hoạt văn hóa, thể thao phục vụ cộng đồng", "", "3/3 thôn", "Chưa đạt", "Quy mô còn thiếu diện tích"],
  ["7", "Cơ sở hạ tầng thương mại nông thôn", "Đạt", "Không", "Đạt", "Xã không có các loại hình dịch vụ theo HD 1512/SCT-QLNL"],
  ["8", "Thông tin và truyền thông", "", null, "Đạt"],
  ["8.1", "Xã có điểm phục vụ bưu chính", "Đạt", "Có", "Đạt"],
  ["8.2", "Xã có dịch vụ viễn thông, internet", "Đạt", "Có", "Đạt"],
  ["8.3", "Xã có đài truyền thanh và hệ thống loa đến các thôn", "Đạt", "Có", "Đạt", "7 cụm loa và truyền thanh IP"],
  ["8.4", "Xã có ứng dụng công nghệ thông tin trong công tác quản lý, điều hành", "Đạt", "Có", "Đạt"],
  ["9", "Nhà ở dân cư", "", null, "Đạt"],
  ["9.1", "Nhà tạm, dột nát", "Không", "Không có", "Đạt"],
  ["9.2", "Tỷ lệ hộ có nhà ở kiên cố hoặc bán kiên cố", "", "146/185 hộ đạt 78,91%", "Đạt"],
];

const SHEET2: Row[] = [
  ["10", "Thu nhập bình quân đầu người (triệu đồng/người/năm)", "", "28 triệu/người/năm", "Chưa đạt", "Bằng 71,79% mức chuẩn theo QĐ 1494/QĐ-UBND"],
  ["11", "Nghèo đa chiều: Tỷ lệ hộ nghèo đa chiều giai đoạn 2021-2025", "", "Chưa đánh giá", "Chưa đánh giá"],
  ["12", "Lao động", "", null, "Đạt"],
  ["12.1", "Tỷ lệ lao động qua đào tạo (áp dụng cho cả nam và nữ)", "đạt từ 70%", 0.7, "Đạt", "", "0%"],
  ["12.2", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "từ 20% trở lên", "40%", "Đạt"],
  ["13", "Tổ chức sản xuất và phát triển kinh tế nông thôn", "", null, "Chưa đạt"],
  ["13.1", "Xã có hợp tác xã hoạt động hiệu quả và đúng quy định của Luật Hợp tác xã", "Đạt", "Đạt", "Đạt"],
  ["13.2", "Xã có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực đảm bảo bền vững", "Đạt", "Chưa đạt", "Chưa đạt"],
  ["13.3", "Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương", "Đạt", "Chưa đạt", "Chưa đạt"],
  ["13.4", "Có kế hoạch và triển khai kế hoạch bảo tồn, phát triển làng nghề, làng nghề truyền thống (nếu có)", "Đạt", "Đạt", "Đạt", "Xã không có làng nghề"],
  ["13.5", "Có tổ khuyến nông cộng đồng hoạt động hiệu quả", "Đạt", null, ""],
  ["14", "Giáo dục và Đào tạo", "", null, "Đạt"],
  ["14.1", "Phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học, phổ cập giáo dục THCS, xóa mù chữ", "Đạt", "Đạt", "Đạt"],
  ["14.2", "Tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học (phổ thông, giáo dục thường xuyên, trung cấp)", "", "95%", "Đạt"],
  ["15", "Y tế", "", null, "Đạt"],
  ["15.1", "Tỷ lệ người dân tham gia bảo hiểm y tế", "", "100%", "Đạt"],
  ["15.2", "Xã đạt tiêu chí quốc gia về y tế", "Đạt", "Chưa đạt", "Đạt", "CSVC, trang thiết bị chưa được đầu tư"],
  ["15.3", "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)", "≤ 26,7%", "17,72%", "Đạt"],
  ["15.4", "Tỷ lệ dân số có sổ khám chữa bệnh điện tử", "", null, "Đạt"],
  ["16", "Văn hóa: Tỷ lệ thôn, bản đạt tiêu chuẩn văn hóa theo quy định, có kế hoạch và thực hiện kế hoạch xây dựng NTM", "", "3/3 khu dân cư (100%)", "Đạt"],
  ["17", "Môi trường và an toàn thực phẩm", "", null, "Chưa đạt"],
  ["17.1", "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn", "", "0%", "Chưa đạt"],
  ["17.2", "Tỷ lệ cơ sở sản xuất - kinh doanh, nuôi trồng thủy sản, làng nghề đảm bảo quy định về bảo vệ môi trường", "", "Không có cơ sở", "Đạt"],
  ["17.3", "Cảnh quan, không gian xanh - sạch - đẹp, an toàn; không để xảy ra tồn đọng nước thải sinh hoạt tại các khu dân cư tập trung", "Đạt", "Chưa đạt", "Chưa đạt"],
  ["17.4", "Đất cây xanh sử dụng công cộng tại điểm dân cư nông thôn", "Đạt", "Đạt", "Đạt"],
  ["17.5", "Mai táng phù hợp với quy định và theo quy hoạch", "Đạt", "Đạt", "Đạt"],
  ["17.6", "Tỷ lệ chất thải rắn sinh hoạt và chất thải rắn không nguy hại trên địa bàn được thu gom, xử lý theo quy định", "", "69,7%", "Chưa đạt"],
  ["17.7", "Tỷ lệ bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý đáp ứng yêu cầu về bảo vệ môi trường", "", "75%", "Chưa đạt"],
  ["17.8", "Tỷ lệ hộ có nhà tiêu, nhà tắm, thiết bị chứa nước sinh hoạt hợp vệ sinh và đảm bảo 3 sạch", "", "50,8%", "Chưa đạt"],
  ["17.9", "Tỷ lệ cơ sở chăn nuôi đảm bảo các quy định về vệ sinh thú y, chăn nuôi và bảo vệ môi trường", "", "Không có cơ sở chăn nuôi", "Đạt"],
  ["17.10", "Tỷ lệ hộ gia đình và cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về đảm bảo an toàn thực phẩm", "", "Chưa đạt", "Chưa đạt", "02 điểm giết mổ chưa đảm bảo ATTP"],
  ["17.11", "Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn", "", "27%", "Chưa đạt"],
  ["17.12", "Tỷ lệ chất thải nhựa phát sinh trên địa bàn được thu gom, tái sử dụng, tái chế, xử lý theo quy định", "", "32,43%", "Đạt"],
  ["18", "Hệ thống chính trị và tiếp cận pháp luật", "", null, "Đạt"],
  ["18.1", "Cán bộ, công chức xã đạt chuẩn", "Đạt", "16/16 đạt 100%", "Đạt"],
  ["18.2", "Đảng bộ, chính quyền xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên", "Đạt", "Đạt", "Đạt"],
  ["18.3", "Tổ chức chính trị - xã hội của xã được xếp loại chất lượng hoàn thành tốt nhiệm vụ trở lên", "Đạt", "Đạt", "Đạt"],
  ["18.4", "Xã đạt chuẩn tiếp cận pháp luật theo quy định", "Đạt", "Đạt", "Đạt"],
  ["18.5", "Đảm bảo bình đẳng giới và phòng chống bạo lực gia đình; bảo vệ và hỗ trợ những người dễ bị tổn thương", "Đạt", "Đạt", "Đạt"],
  ["18.6", "Có kế hoạch và triển khai kế hoạch bồi dưỡng kiến thức xây dựng nông thôn mới cho người dân", "Đạt", "Đạt", "Đạt"],
  ["19", "Quốc phòng và An ninh", "", null, "Đạt"],
  ["19.1", "Xây dựng lực lượng dân quân “vững mạnh, rộng khắp” và hoàn thành các chỉ tiêu quân sự, quốc phòng", "Đạt", "Đạt", "Đạt"],
  ["19.2", "Xã đạt chuẩn an toàn về an ninh, trật tự xã hội và đảm bảo bình yên", "Đạt", "Đạt", "Đạt"],
];

const thin = { style: "thin" as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = { name: "Times New Roman", size: 12 };

function titleBlock(ws: ExcelJS.Worksheet, subtitle: string): void {
  ws.mergeCells("A1:C1");
  ws.getCell("A1").value = "UBND HUYỆN CHI LĂNG";
  ws.mergeCells("A2:C2");
  ws.getCell("A2").value = "UBND XÃ LIÊN SƠN";
  ws.mergeCells("E1:G1");
  ws.getCell("E1").value = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  ws.mergeCells("E2:G2");
  ws.getCell("E2").value = "Độc lập - Tự do - Hạnh phúc";
  ws.mergeCells("A4:G4");
  ws.getCell("A4").value = "BIỂU ĐÁNH GIÁ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI 6 THÁNG ĐẦU NĂM 2024";
  ws.mergeCells("A5:G5");
  ws.getCell("A5").value = subtitle;
  for (const a of ["A1", "A2", "E1", "E2", "A4", "A5"]) {
    ws.getCell(a).font = { ...font, bold: a !== "A5", italic: a === "A5", size: a === "A4" ? 13 : 12 };
    ws.getCell(a).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  }
  ws.getRow(4).height = 36;
}

function table(ws: ExcelJS.Worksheet, rows: Row[], startRow: number, hiddenOld?: Row): void {
  const header = ["TT", "Nội dung tiêu chí, chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá", "Ghi chú"];
  // Column A stays narrow; the table starts in column A with the code.
  const hr = ws.getRow(startRow);
  header.forEach((h, i) => {
    const c = hr.getCell(i + 1);
    c.value = h;
    c.font = { ...font, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = border;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });
  hr.height = 32;
  let r = startRow + 1;
  for (const [code, name, threshold, figure, self, note, numFmt] of rows) {
    const isCriterion = !code.includes(".");
    const row = ws.getRow(r);
    row.getCell(1).value = code;
    row.getCell(2).value = isCriterion && figure === null ? `Tiêu chí số ${code}: ${name}` : name;
    row.getCell(3).value = threshold || null;
    row.getCell(4).value = figure;
    row.getCell(5).value = self || null;
    row.getCell(6).value = note ?? null;
    if (numFmt) row.getCell(4).numFmt = numFmt;
    for (let c = 1; c <= 6; c++) {
      const cell = row.getCell(c);
      cell.font = { ...font, bold: isCriterion };
      cell.border = border;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: c === 2 || c === 6 ? "left" : "center" };
    }
    if (isCriterion) for (let c = 1; c <= 6; c++) row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    r++;
    if (hiddenOld && code === hiddenOld[0]) {
      // Last year's figure, kept by the officer in a hidden row: the visible row must win.
      const old = ws.getRow(r);
      old.getCell(1).value = hiddenOld[0];
      old.getCell(2).value = hiddenOld[1];
      old.getCell(4).value = hiddenOld[3];
      old.getCell(5).value = hiddenOld[4];
      old.hidden = true;
      r++;
    }
  }
  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 60;
  ws.getColumn(3).width = 16;
  ws.getColumn(4).width = 24;
  ws.getColumn(5).width = 13;
  ws.getColumn(6).width = 32;
  ws.getColumn(7).width = 4;
}

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "UBND xã Liên Sơn";
  wb.created = new Date("2024-06-26T08:00:00Z");
  wb.modified = wb.created;
  const ws1 = wb.addWorksheet("TC 1-9 Hạ tầng");
  titleBlock(ws1, "(Nhóm hạ tầng kinh tế - xã hội: tiêu chí 1 đến 9)");
  table(ws1, SHEET1, 7);
  ws1.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const ws2 = wb.addWorksheet("TC 10-19");
  titleBlock(ws2, "(Nhóm kinh tế, văn hóa - xã hội, môi trường, hệ thống chính trị: tiêu chí 10 đến 19)");
  table(ws2, SHEET2, 7, ["17.6", "Tỷ lệ chất thải rắn được thu gom (số liệu năm 2023)", "", "60%", "Chưa đạt"]);
  ws2.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const ws3 = wb.addWorksheet("Ghi chú");
  ws3.getCell("A1").value = "Số liệu theo Báo cáo kết quả thực hiện Chương trình MTQG xây dựng NTM 6 tháng đầu năm 2024 của xã Liên Sơn (ngày 26/6/2024).";
  ws3.getCell("A2").value = "Người lập biểu: Ban quản lý xây dựng NTM xã.";
  const out = path.join(__dirname, "..", "examples", "lien-son-2024.xlsx");
  await wb.xlsx.writeFile(out);
  process.stdout.write(`wrote ${out}\n`);
}

void main();
