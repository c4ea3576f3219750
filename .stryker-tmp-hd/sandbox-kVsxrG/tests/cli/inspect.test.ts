// @ts-nocheck
import * as XLSX from "@e965/xlsx";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

function workbook(sheets: Record<string, unknown[][]>): string {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ntm-inspect-")), "xa.xlsx");
  writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
  return file;
}

const BINH_TRUNG = workbook({
  "TC 1-6": [
    ["ỦY BAN NHÂN DÂN XÃ BÌNH TRUNG - HUYỆN CAO LỘC - TỈNH LẠNG SƠN"],
    [],
    ["STT", "Chỉ tiêu", "Nội dung", "Hiện trạng", "Đánh giá"],
    ["Tiêu chí số 4 - Điện"],
    [1, "Chỉ tiêu 4.1", "Hệ thống điện đạt chuẩn", "Đạt", "Đạt"],
    [2, "Chỉ tiêu 4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "721/722", "Đạt"],
    ["Ghi chú: số liệu đến 30/6/2023"],
  ],
});

describe("ntm inspect", () => {
  it("prints the reading map: columns taken, rows taken and skipped with why", async () => {
    const { code, out } = await run(["inspect", BINH_TRUNG]);
    expect(code).toBe(0);
    expect(out).toContain("Khối tiêu đề: xã Bình Trung, huyện Cao Lộc, tỉnh Lạng Sơn");
    expect(out).toContain("mã: B (“Chỉ tiêu”, theo nội dung); STT: A (“STT”)");
    expect(out).toContain("số liệu: D (“Hiện trạng”); tự đánh giá: E (“Đánh giá”)");
    expect(out).toContain("Dòng 4: tiêu chí 4 — Điện");
    expect(out).toContain("Dòng 6: chỉ tiêu 4.2 — số liệu D6, mức chuẩn —, tự đánh giá E6");
    expect(out).toContain("Dòng 7: bỏ qua — không có mã chỉ tiêu hay số tiêu chí: Ghi chú: số liệu đến 30/6/2023");
    expect(out).toContain("Tổng: 2 dòng chỉ tiêu, 1 dòng tiêu chí, 1 dòng bỏ qua.");
  });

  it("--json: one document, columns as letters, cells as addresses", async () => {
    const { code, out } = await run(["inspect", BINH_TRUNG, "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    const t = doc.sheets[0].tables[0];
    expect(t.columns.code).toEqual({ col: "B", header: "Chỉ tiêu", by: "content" });
    expect(t.columns.figure.col).toBe("D");
    expect(t.rows.filter((r: { as: string }) => r.as === "indicator").map((r: { code: string; figure: string }) => [r.code, r.figure])).toEqual([
      ["4.1", "D5"],
      ["4.2", "D6"],
    ]);
    expect(doc.commune).toBe("Bình Trung");
  });

  it("English with --lang en", async () => {
    const { out } = await run(["inspect", BINH_TRUNG, "--lang", "en"]);
    expect(out).toContain("Row 6: indicator 4.2 — figure D6, threshold —, self E6");
  });
});

describe("a workbook without an indicator table", () => {
  const file = workbook({ "Danh sách": [["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]] });

  it("check exits 2 naming the file and what it looked for, not 'Đạt 0/19'", async () => {
    const { code, out, err } = await run(["check", file, "--province", "lang-son"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`“${file}”: không tìm thấy bảng chỉ tiêu`);
    expect(err).toContain("Kết quả thực hiện");
    expect(err).toContain("--columns code=B,figure=D");
  });

  it("inspect says the sheet has none", async () => {
    const { code, out } = await run(["inspect", file]);
    expect(code).toBe(0);
    expect(out).toContain("Trang “Danh sách”: không có bảng chỉ tiêu");
  });
});

describe("--columns", () => {
  const file = workbook({
    S: [
      ["", "Mục", "Mức", "Số", "Nhận xét"],
      ["", "4.2", "≥ 95%", "99,8%", "Đạt"],
      ["", "12.2", "≥ 20%", "15%", "Chưa đạt"],
    ],
  });

  it("check reads the columns the user names", async () => {
    const { code, out } = await run(["check", file, "--province", "lang-son", "--columns", "code=B,figure=D,threshold=C,self=E", "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    const inds = doc.criteria.flatMap((c: { indicators: unknown[] }) => c.indicators).filter((i: { cell: string | null }) => i.cell);
    expect(inds.map((i: { code: string; verdict: string; cell: string }) => [i.code, i.verdict, i.cell])).toEqual([
      ["4.2", "achieved", "'S'!D2"],
      ["12.2", "not_achieved", "'S'!D3"],
    ]);
  });

  it("a mapping for another sheet leaves this one unread", async () => {
    const { code } = await run(["check", file, "--columns", "code=B,figure=D,sheet=Khác"]);
    expect(code).toBe(2);
  });

  it.each([["figure"], ["code=1"], ["colour=B"], ["self=E"]])("a malformed mapping %s is a usage error", async (value) => {
    const { code, err } = await run(["inspect", file, "--columns", value]);
    expect(code).toBe(2);
    expect(err).toContain("--columns");
  });
});
