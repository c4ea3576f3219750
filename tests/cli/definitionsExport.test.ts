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
