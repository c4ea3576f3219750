// @ts-nocheck
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { MARK_TAG } from "../../src/adapters/xlsx/FileWorkbook";

const EXAMPLE = path.join(__dirname, "../../examples/lien-son-2024.xlsx");
const GOLDEN = path.join(__dirname, "../golden/lien-son-2024.check.json");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const tmp = (): string => mkdtempSync(path.join(tmpdir(), "ntm-cli-"));

describe("ntm check --json on the bundled example", () => {
  it("prints exactly one JSON document, equal to the golden file", async () => {
    const { code, out } = await run(["check", "examples/lien-son-2024.xlsx", "--province", "lang-son", "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, JSON.stringify(doc, null, 2) + "\n");
    expect(doc).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });

  it("has the contract's shape and spelling", async () => {
    const doc = JSON.parse((await run(["check", EXAMPLE, "--province", "lang-son", "--json"])).out);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["file", "set", "region", "province", "commune", "criteriaAchieved", "criteriaTotal", "criteria", "issues"]));
    expect(doc).toMatchObject({ set: "xa-ntm-2021-2025", region: "tdmn-phia-bac", province: "lang-son", commune: "Liên Sơn", criteriaTotal: 19 });
    const ind = doc.criteria[3].indicators[1];
    expect(Object.keys(ind)).toEqual(expect.arrayContaining(["code", "verdict", "cell", "figure", "value", "threshold", "thresholdSource", "selfAssessment", "reason"]));
    expect(ind).toMatchObject({ code: "4.2", verdict: "achieved", cell: "'TC 1-9 Hạ tầng'!D21", figure: "100%", value: 100, threshold: "≥ 95%" });
    const verdicts = new Set(doc.criteria.flatMap((c: { indicators: { verdict: string }[] }) => c.indicators.map((i) => i.verdict)));
    expect([...verdicts].sort()).toEqual(["achieved", "not_achieved", "not_assessed"]);
    for (const issue of doc.issues) {
      expect(Object.keys(issue)).toEqual(["code", "cell", "message", "params"]);
      expect(issue.code).toMatch(/^[a-z-]+\/[a-z-]+$/);
    }
  });
});

describe("ntm check --out", () => {
  it("writes a highlighted copy that keeps every original value and style, and never touches the input", async () => {
    const dir = tmp();
    const input = path.join(dir, "in.xlsx");
    copyFileSync(EXAMPLE, input);
    const before = readFileSync(input);
    const out = path.join(dir, "out", "checked.xlsx");
    const { code } = await run(["check", input, "--province", "lang-son", "--out", out]);
    expect(code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);

    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(input);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(out);
    for (const wsA of a.worksheets) {
      const wsB = b.getWorksheet(wsA.name)!;
      expect(wsB).toBeDefined();
      wsA.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const other = wsB.getRow(r).getCell(c);
          expect([wsA.name, cell.address, other.value]).toEqual([wsA.name, cell.address, cell.value]);
          expect(other.style).toEqual(cell.style);
          expect(other.numFmt).toEqual(cell.numFmt);
        });
      });
      expect(wsB.getRow(35).hidden).toBe(wsA.getRow(35).hidden);
    }
    // Highlights are conditional formats tagged as ours, one rule per verdict per sheet.
    const cfs = (b.getWorksheet("TC 10-19") as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    const ours = cfs.filter((cf) => cf.rules.some((r) => r.formulae?.some((f) => f.includes(MARK_TAG))));
    expect(ours).toHaveLength(3);
    expect(ours.map((cf) => cf.rules[0].formulae[0]).sort()).toEqual(['N("ntm-checker:achieved")=0', 'N("ntm-checker:not_achieved")=0', 'N("ntm-checker:not_assessed")=0']);
    expect(ours.find((cf) => cf.rules[0].formulae[0].includes(":not_achieved"))!.ref.split(" ")).toContain("D8");
    // The summary sheet is there.
    expect(b.getWorksheet("Tổng hợp NTM")).toBeDefined();
  });

  it("checking the highlighted copy again leaves one set of highlights and one summary sheet", async () => {
    const dir = tmp();
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect((await run(["check", EXAMPLE, "--province", "lang-son", "--out", first])).code).toBe(0);
    expect((await run(["check", first, "--province", "lang-son", "--out", second])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["TC 1-9 Hạ tầng", "TC 10-19", "Ghi chú", "Tổng hợp NTM"]);
    const cfs = (wb.getWorksheet("TC 10-19") as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cfs.filter((cf) => cf.rules.some((r) => r.formulae?.some((f) => f.includes(MARK_TAG))))).toHaveLength(3);
    // And the result is the same: the summary sheet is not read as input.
    const again = JSON.parse((await run(["check", second, "--province", "lang-son", "--json"])).out);
    const orig = JSON.parse((await run(["check", EXAMPLE, "--province", "lang-son", "--json"])).out);
    expect(again.criteriaAchieved).toBe(orig.criteriaAchieved);
    expect(again.criteria).toEqual(orig.criteria);
  });

  it("refuses to overwrite the input", async () => {
    const dir = tmp();
    const input = path.join(dir, "in.xlsx");
    copyFileSync(EXAMPLE, input);
    const before = readFileSync(input);
    const { code, err } = await run(["check", input, "--out", input]);
    expect(code).toBe(2);
    expect(err).toContain("in.xlsx");
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe("ntm check: bad usage and unreadable files exit 2 naming the file", () => {
  it.each([
    ["missing file", ["check", "nope/khong-co.xlsx"], "khong-co.xlsx"],
    ["no file", ["check"], "một tệp"],
    ["unknown province", ["check", EXAMPLE, "--province", "atlantis"], "atlantis"],
    ["unknown region", ["check", EXAMPLE, "--region", "mars"], "mars"],
    ["unknown set", ["check", EXAMPLE, "--set", "xa-ntm-1999"], "xa-ntm-1999"],
    ["unknown flag", ["check", EXAMPLE, "--frobnicate"], "frobnicate"],
    ["unknown command", ["frob"], "frob"],
  ])("%s", async (_label, args, mention) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(mention);
  });

  it("a text file renamed .xlsx, a truncated zip, an encrypted file", async () => {
    const dir = tmp();
    const text = path.join(dir, "notes.xlsx");
    writeFileSync(text, "hello");
    expect(await run(["check", text])).toMatchObject({ code: 2, err: expect.stringContaining("notes.xlsx") });
    const truncated = path.join(dir, "half.xlsx");
    writeFileSync(truncated, readFileSync(EXAMPLE).subarray(0, 4000));
    expect(await run(["check", truncated])).toMatchObject({ code: 2, err: expect.stringContaining("half.xlsx") });
    const encrypted = path.join(dir, "secret.xlsx");
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1024);
    writeFileSync(encrypted, ole);
    expect(await run(["check", encrypted])).toMatchObject({ code: 2, err: expect.stringMatching(/secret\.xlsx.*mật khẩu/) });
  });

  it("a bad --criteria file names the file and the JSON path", async () => {
    const dir = tmp();
    const bad = path.join(dir, "nguong.json");
    writeFileSync(bad, JSON.stringify({ id: "x", extends: "xa-ntm-2021-2025", name: "x", source: "x", thresholds: { "4.2": { atLeast: "95%" } } }));
    const { code, err } = await run(["check", EXAMPLE, "--criteria", bad]);
    expect(code).toBe(2);
    expect(err).toContain("nguong.json");
    expect(err).toContain("4.2");
  });
});

describe("ntm check on .xls", () => {
  it("reads a legacy .xls workbook with the same verdicts as the .xlsx", async () => {
    const dir = tmp();
    const xls = path.join(dir, "lien-son.xls");
    const wb = XLSX.read(readFileSync(EXAMPLE), { type: "buffer", cellNF: true, cellStyles: true });
    writeFileSync(xls, XLSX.write(wb, { type: "buffer", bookType: "biff8" }));
    const fromXls = JSON.parse((await run(["check", xls, "--province", "lang-son", "--json"])).out);
    const fromXlsx = JSON.parse((await run(["check", EXAMPLE, "--province", "lang-son", "--json"])).out);
    const verdicts = (d: { criteria: { indicators: { code: string; verdict: string }[] }[] }) => d.criteria.flatMap((c) => c.indicators.map((i) => `${i.code}:${i.verdict}`));
    expect(verdicts(fromXls)).toEqual(verdicts(fromXlsx));
    expect(fromXls.commune).toBe("Liên Sơn");
    const out = path.join(dir, "lien-son-checked.xlsx");
    expect((await run(["check", xls, "--province", "lang-son", "--out", out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe("ntm sets", () => {
  it("lists sets, regions and overlays", async () => {
    const { code, out } = await run(["sets"]);
    expect(code).toBe(0);
    expect(out).toContain("xa-ntm-2021-2025");
    expect(out).toContain("tdmn-phia-bac");
    expect(out).toContain("lang-son");
  });
});
