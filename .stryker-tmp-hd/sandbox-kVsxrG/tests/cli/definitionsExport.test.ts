// @ts-nocheck
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const EXAMPLE = "examples/minh-hoa-2026.xlsx";

type Doc = { set: string; criteriaAchieved: number; criteria: { no: number; verdict: string; indicators: { code: string; verdict: string; thresholdOrigin: string }[] }[] };
const verdicts = (d: Doc) => d.criteria.flatMap((c) => c.indicators.map((i) => `${i.code}:${i.verdict}`));

describe("ntm definitions export, then --criteria elsewhere", () => {
  it("the 2026–2030 example: export → a form without thresholds checked with the file gives the same verdicts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ntm-defs-"));
    const defs = path.join(dir, "defs.json");
    const exported = await run(["definitions", "export", EXAMPLE, "--out", defs]);
    expect(exported.code).toBe(0);
    const file = JSON.parse(readFileSync(defs, "utf8"));
    expect(file).toMatchObject({ extends: "xa-ntm-2026-2030", thresholds: { "3.1": { byRegion: { "nhom-1": { atLeast: 75000000 }, "nhom-2": { atLeast: 65000000 }, "nhom-3": { atLeast: 55000000 } } } } });
    expect(file.indicators["2.1"]).toEqual({ name: "Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa", kind: "percent" });
    expect(file.thresholds["2.1"].source).toBe("minh-hoa-2026.xlsx, 'Tự đánh giá 2026'!C13, 'Tự đánh giá 2026'!D13, 'Tự đánh giá 2026'!E13");

    // Another commune's copy of the form, its threshold columns left empty.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const ws = wb.getWorksheet("Tự đánh giá 2026")!;
    for (let r = 9; r <= ws.rowCount; r++) for (const c of [3, 4, 5]) ws.getRow(r).getCell(c).value = null;
    const blank = path.join(dir, "blank.xlsx");
    await wb.xlsx.writeFile(blank);

    const original = JSON.parse((await run(["check", EXAMPLE, "--json"])).out) as Doc;
    const without = JSON.parse((await run(["check", blank, "--json"])).out) as Doc;
    const withFile = JSON.parse((await run(["check", blank, "--json", "--criteria", defs])).out) as Doc;
    expect(without.criteriaAchieved).toBeLessThan(original.criteriaAchieved);
    expect(verdicts(withFile)).toEqual(verdicts(original));
    expect(withFile.criteriaAchieved).toBe(original.criteriaAchieved);
    expect(withFile.criteria[2].indicators[0].thresholdOrigin).toBe("definitions");
    // Group 1 from the same file: the province hands one file to all its communes.
    const group1 = JSON.parse((await run(["check", blank, "--json", "--criteria", defs, "--group", "1"])).out) as Doc;
    expect(verdicts(group1)).toEqual(verdicts(JSON.parse((await run(["check", EXAMPLE, "--json", "--group", "1"])).out) as Doc));
  });

  it("never overwrites a file, and needs --out", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ntm-defs-"));
    const defs = path.join(dir, "defs.json");
    writeFileSync(defs, "keep me");
    const r = await run(["definitions", "export", EXAMPLE, "--out", defs]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("không ghi đè");
    expect(readFileSync(defs, "utf8")).toBe("keep me");
    const noOut = await run(["definitions", "export", EXAMPLE]);
    expect(noOut.code).toBe(2);
    expect(existsSync(path.join(dir, "x.json"))).toBe(false);
  });

  it("a definitions file with a bad group entry is refused naming the JSON path", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ntm-defs-"));
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "x", extends: "xa-ntm-2026-2030", name: "x", source: "x", thresholds: { "2.1": { byRegion: { "nhom-4": { atLeast: 90, unit: "%" } } } } }));
    const r = await run(["check", EXAMPLE, "--criteria", bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('thresholds["2.1"].byRegion["nhom-4"]');
    expect(r.err).toContain("không có vùng hay nhóm xã");
  });
});

describe("a set the sheet defines, carried whole by a definitions file", () => {
  it("a village checklist's criteria and thresholds go into the file; a blank copy checked with it gets the same 15/15 verdicts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ntm-defs-"));
    const names = ["Giao thông", "Điện", "Nhà văn hóa và khu thể thao thôn", "Thông tin và truyền thông", "Nhà ở dân cư", "Thu nhập", "Hộ nghèo", "Lao động có việc làm", "Tổ chức sản xuất", "Giáo dục", "Y tế", "Văn hóa", "Môi trường", "Hệ thống chính trị", "An ninh trật tự"];
    const write = async (file: string, withThresholds: boolean, title: string | null) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Thôn Nà Pàn");
      if (title) ws.addRow([title]);
      ws.addRow(["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"]);
      names.forEach((n, k) => {
        ws.addRow([String(k + 1), n, null, null]);
        ws.addRow([`${k + 1}.1`, `Chỉ tiêu của tiêu chí ${n.toLowerCase()}`, withThresholds ? "≥ 80%" : null, k === 14 ? "70%" : "90%"]);
      });
      await wb.xlsx.writeFile(file);
    };
    const form = path.join(dir, "thon-na-pan.xlsx");
    const blank = path.join(dir, "thon-khac.xlsx");
    await write(form, true, "BẢNG TỰ ĐÁNH GIÁ THÔN ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2024");
    await write(blank, false, null);
    const defs = path.join(dir, "thon.json");
    expect((await run(["definitions", "export", form, "--out", defs])).code).toBe(0);
    const file = JSON.parse(readFileSync(defs, "utf8"));
    expect(file.extends).toBe("sheet-defined");
    expect(file.criteria).toHaveLength(15);
    expect(file.criteria[2]).toEqual({ no: 3, name: "Nhà văn hóa và khu thể thao thôn" });
    const original = JSON.parse((await run(["check", form, "--json"])).out) as Doc & { criteriaTotal: number };
    const elsewhere = JSON.parse((await run(["check", blank, "--json", "--criteria", defs])).out) as Doc & { criteriaTotal: number; setChoice: { by: string } };
    expect(original).toMatchObject({ set: "sheet-defined", criteriaTotal: 15, criteriaAchieved: 14 });
    expect(elsewhere).toMatchObject({ set: "sheet-defined", criteriaTotal: 15, criteriaAchieved: 14, setChoice: { by: "definitions" } });
    expect(verdicts(elsewhere)).toEqual(verdicts(original));
  });
});
