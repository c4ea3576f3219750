/**
 * `ntm consolidate --unit / --bands / --nearly` on the Bắc Sơn fixture district (tests/fixtures/district,
 * the 2023 inspection notice's figures), through `main` as a user runs it: exit codes, the JSON,
 * and the written sheet read back.
 */
// @ts-nocheck

import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { ConsolidateJson } from "../../src/cli/consolidateCommand";
import { FIXTURE_DIR, PLAN } from "../fixtures/district/make";

const rel = (f: string) => path.join(path.relative(process.cwd(), FIXTURE_DIR), f);

async function ntm(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["consolidate", ...args], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

/** The plan's criteria achieved per commune (19 minus the criteria failed or not assessed). */
const ACHIEVED = new Map(PLAN.map((p) => [p.commune, 19 - p.fail.length - (p.notAssessed?.length ?? 0)]));

describe("--bands", () => {
  test("the given bands count the communes; each commune's band follows them", async () => {
    const r = await ntm(rel(""), "--province", "lang-son", "--json", "--bands", "19,17-18,10-16,0-9");
    expect(r.code).toBe(0);
    const doc: ConsolidateJson = JSON.parse(r.out);
    // 19: 4 communes; 18, 17, 17; 16, 16, 15, 12, 11, 14; 9, 8, 7, 7.
    expect(doc.bands).toEqual({ "19": 4, "17-18": 3, "10-16": 6, "0-9": 4 });
    for (const c of doc.communes) {
      const k = ACHIEVED.get(c.commune)!;
      expect(c.band).toBe(k === 19 ? "19" : k >= 17 ? "17-18" : k >= 10 ? "10-16" : "0-9");
    }
    // The average and the per-criterion counts do not depend on the bands.
    expect(doc.average).toBe(14.29);
  }, 30_000);

  test("bands that leave a gap or overlap, or cannot be read, are a usage error (exit 2), in the chosen language", async () => {
    const gap = await ntm(rel(""), "--set", "xa-ntm-2021-2025", "--bands", "19,15-18,10-14,0-8");
    expect(gap.code).toBe(2);
    expect(gap.out).toBe("");
    expect(gap.err).toContain(
      "ntm: --bands: Các nhóm số tiêu chí chưa hợp lệ: không nhóm nào chứa 9 tiêu chí. Các nhóm phải phủ kín từ 0 đến 19 tiêu chí, không chồng nhau, ví dụ “19,15-18,10-14,5-9,0-4”.",
    );
    const overlap = await ntm(rel(""), "--bands", "19,14-18,10-14,5-9,0-4", "--lang", "en");
    expect(overlap.code).toBe(2);
    expect(overlap.err).toContain("ntm: --bands: The criteria bands are not valid: bands “14-18” and “10-14” overlap.");
    const beyond = await ntm(rel(""), "--bands", "20,0-19");
    expect(beyond.code).toBe(2);
    expect(beyond.err).toContain("“20” vượt quá 19 tiêu chí của bộ");
    const words = await ntm(rel(""), "--bands", "mười,0-9");
    expect(words.code).toBe(2);
    expect(words.err).toContain("“mười” không phải một số hoặc một khoảng như “5-9”");
    // Bands for a 10-criterion set do not fit the 2021–2025 set's 19.
    const ten = await ntm(rel(""), "--bands", "10,5-9,0-4", "--json");
    expect(ten.code).toBe(2);
    expect(ten.out).toBe("");
    expect(ten.err).toContain("không nhóm nào chứa 11-19 tiêu chí");
  }, 60_000);
});

describe("--nearly", () => {
  test("communes missing at most N criteria, in the JSON with the limit, and in the paragraph", async () => {
    const r = await ntm(rel(""), "--province", "lang-son", "--json", "--nearly", "3");
    expect(r.code).toBe(0);
    const doc: ConsolidateJson = JSON.parse(r.out);
    expect(doc.nearlyThereMax).toBe(3);
    // 18/19 first, then 17/19 twice, then 16/19 twice: fewest missing first, then file order.
    expect(doc.nearlyThere.map((n) => n.commune)).toEqual(["Tân Lập", "Hưng Vũ", "Vũ Lễ", "Vũ Lăng", "Đồng Ý"]);
    expect(doc.nearlyThere.find((n) => n.commune === "Vũ Lăng")!.missing).toEqual([2, 13, 17]);
    const text = await ntm(rel(""), "--province", "lang-son", "--nearly", "1");
    expect(text.out).toContain("- Xã gần đạt chuẩn (còn thiếu không quá 1 tiêu chí): 01 xã (Tân Lập: còn thiếu Tiêu chí số 17 - Môi trường và an toàn thực phẩm).");
  }, 30_000);

  test.each(["0", "-1", "1.5", "hai", ""])("--nearly %j is a usage error (exit 2)", async (n) => {
    const r = await ntm(rel(PLAN[0].file), `--nearly=${n}`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`ntm: --nearly phải là số nguyên từ 1 trở lên (số tiêu chí còn thiếu tối đa của xã gần đạt chuẩn), không phải “${n}”.`);
  });
});

describe("--unit", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ntm-unit-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("names the province in the written sheet's title, its figures, the paragraph and the JSON", async () => {
    const out = path.join(dir, "lang-son.xlsx");
    const r = await ntm(rel(""), "--province", "lang-son", "--unit", "tỉnh Lạng Sơn", "--nearly", "3", "--bands", "19,10-18,0-9", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("\nKết quả thực hiện các tiêu chí của các xã trên địa bàn tỉnh Lạng Sơn, cụ thể:\n- Tổng số xã được tổng hợp: 17 xã.\n");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CỦA CÁC XÃ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN");
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? ""))));
    expect(texts).toContain("SỐ LIỆU TỔNG HỢP CỦA TỈNH LẠNG SƠN");
    expect(texts).toContain("XÃ GẦN ĐẠT CHUẨN (CÒN THIẾU KHÔNG QUÁ 3 TIÊU CHÍ)");
    expect(texts).toContain("Số xã đạt 10-18 tiêu chí");
    expect(texts).not.toContain("Số xã đạt 15-18 tiêu chí");
    expect(texts.some((t) => t.startsWith("Kết quả thực hiện các tiêu chí của các xã trên địa bàn tỉnh Lạng Sơn, cụ thể:\n"))).toBe(true);

    const json = await ntm(rel(""), "--province", "lang-son", "--unit", "tỉnh Lạng Sơn", "--json");
    const doc: ConsolidateJson = JSON.parse(json.out);
    expect(doc.unit).toBe("tỉnh Lạng Sơn");
    expect(doc.nearlyThereMax).toBe(2);
    expect(doc.bands).toEqual({ "19": 4, "15-18": 6, "10-14": 3, "5-9": 4, "0-4": 0 });
  }, 60_000);

  test("without --unit the sheet names no level of government", async () => {
    const out = path.join(dir, "plain.xlsx");
    expect((await ntm(rel(""), "--province", "lang-son", "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A1").value).toBe("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CỦA CÁC XÃ");
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? ""))));
    expect(texts).toContain("SỐ LIỆU TỔNG HỢP");
    // The fixture files' own names and titles say "huyện Bắc Sơn"; the sheet's own words do not.
    expect(texts.filter((t) => /huyện/i.test(t))).toEqual([]);
  }, 30_000);
});
