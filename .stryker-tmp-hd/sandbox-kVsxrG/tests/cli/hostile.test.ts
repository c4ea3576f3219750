// @ts-nocheck
import * as XLSX from "@e965/xlsx";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { inflateEntry, readZipDirectory } from "../../src/adapters/xlsx/zip";
import * as H from "../fixtures/hostile/make";

// Real files through the whole reader and writer, on a shared machine.
jest.setTimeout(60_000);

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), "ntm-hostile-"));
const put = (name: string, bytes: Uint8Array): string => {
  const f = path.join(dir, name);
  writeFileSync(f, bytes);
  return f;
};
const parts = (file: string): Map<string, Uint8Array> => {
  const b = new Uint8Array(readFileSync(file));
  return new Map(readZipDirectory(b).map((e) => [e.name, inflateEntry(b, e)]));
};
const same = (a?: Uint8Array, b?: Uint8Array) => !!a && !!b && Buffer.from(a).equals(Buffer.from(b));
/** Every cell's type, value and formula, per sheet. */
const cells = (file: string | Uint8Array, skip: string[] = []): Record<string, Record<string, unknown>> => {
  const wb = typeof file === "string" ? XLSX.readFile(file, { cellFormula: true }) : XLSX.read(file, { type: "array", cellFormula: true });
  const out: Record<string, Record<string, unknown>> = {};
  for (const n of wb.SheetNames) {
    if (skip.includes(n)) continue;
    const ws = wb.Sheets[n];
    out[n] = {};
    for (const [k, c] of Object.entries(ws)) if (!k.startsWith("!")) out[n][k] = { t: (c as XLSX.CellObject).t, v: (c as XLSX.CellObject).v, f: (c as XLSX.CellObject).f };
  }
  return out;
};
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);
const noLeftovers = (d: string) => expect(readdirSync(d).filter((f) => f.includes("ntm-tmp"))).toEqual([]);

describe("zip bombs are refused from the zip directory, before anything is inflated", () => {
  const bomb = put("bom-450.xlsx", H.zipBomb(450e6));
  const huge = put("bom-1g.xlsx", H.zipBomb(1.1e9));

  it.each([
    ["check", bomb, []],
    ["check --out", bomb, ["--out", path.join(dir, "bomb-out.xlsx")]],
    ["check > 1 GB", huge, []],
    ["check --out > 1 GB", huge, ["--out", path.join(dir, "huge-out.xlsx")]],
  ])("%s: exit 2, the file and the limit named, no copy, no stack trace", async (_l, file, extra) => {
    const before = process.memoryUsage().rss;
    const { code, out, err } = await run(["check", file as string, "--province", "lang-son", ...(extra as string[])]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("Tệp quá lớn hoặc bất thường");
    expect(err).toContain(path.basename(file as string));
    expect(err).toMatch(/xl\/worksheets\/sheet3\.xml.*quá giới hạn 200 MB/);
    expect(err).toContain("--max-size");
    noStack(err);
    // Nothing was inflated: the process did not grow by the sheet's size.
    expect(process.memoryUsage().rss - before).toBeLessThan(150e6);
    if ((extra as string[]).length) expect(existsSync((extra as string[])[1])).toBe(false);
  });

  it("a directory that lies about a part's size is caught by a bounded inflate", async () => {
    const liar = put("noi-doi.xlsx", H.lyingBomb(450e6));
    const { code, err } = await run(["check", liar]);
    expect(code).toBe(2);
    expect(err).toMatch(/noi-doi\.xlsx.*sheet3\.xml.*nhiều hơn kích thước ghi trong tệp/);
  });

  it("--max-size sets the limits (here lower, so the example itself is refused); English too", async () => {
    const { code, err } = await run(["check", H.EXAMPLE, "--max-size", "0.02", "--lang", "en"]);
    expect(code).toBe(2);
    expect(err).toMatch(/File too large or abnormal “.*lien-son-2024\.xlsx”: .*over the 0\.02 MB limit/);
    expect((await run(["check", H.EXAMPLE, "--max-size", "abc"])).err).toContain("--max-size");
  });

  it("consolidate: the bombs are listed as errors, the other communes are consolidated", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "ntm-hostile-folder-"));
    writeFileSync(path.join(folder, "bom.xlsx"), H.zipBomb(450e6));
    writeFileSync(path.join(folder, "hong.xlsx"), H.garbageSheet());
    writeFileSync(path.join(folder, "cut.xlsx"), H.truncated());
    writeFileSync(path.join(folder, "lien-son.xlsx"), readFileSync(H.EXAMPLE));
    const { code, out } = await run(["consolidate", folder, "--province", "lang-son", "--json"]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.communes.map((c: { commune: string }) => c.commune)).toEqual(["Liên Sơn"]);
    const errors = Object.fromEntries(doc.errors.map((e: { file: string; message: string }) => [path.basename(e.file), e.message]));
    expect(errors["bom.xlsx"]).toMatch(/^Tệp quá lớn hoặc bất thường: phần “xl\/worksheets\/sheet3\.xml” giải nén ra 450 MB/);
    expect(errors["hong.xlsx"]).toMatch(/hỏng/);
    expect(errors["cut.xlsx"]).toMatch(/hỏng/);
  });
});

describe("every failure to read is exit 2 naming the file, no stack trace (--debug shows it)", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ["thuc-the.xlsx", H.entityLaden(), /thuc-the\.xlsx.*sheet2\.xml.*DOCTYPE/],
    ["rac.xlsx", H.garbageSheet(), /rac\.xlsx.*hỏng.*sheet2\.xml/],
    ["vo.xlsx", H.brokenXmlSheet(), /vo\.xlsx.*hỏng.*TC 10-19/],
    ["cut.xlsx", H.truncated(), /cut\.xlsx.*hỏng hoặc không đầy đủ/],
  ];
  it.each(cases)("%s: check and check --out", async (name, bytes, message) => {
    const file = put(name, bytes);
    for (const extra of [[], ["--out", path.join(dir, `copy-${name}`)]]) {
      const { code, out, err } = await run(["check", file, "--province", "lang-son", ...extra]);
      expect([code, out]).toEqual([2, ""]);
      expect(err).toMatch(message);
      noStack(err);
      expect(err).not.toContain("Cách dùng");
      if (extra.length) expect(existsSync(extra[1])).toBe(false);
    }
    noLeftovers(dir);
  });

  it("--debug adds the technical detail", async () => {
    const file = put("rac2.xlsx", H.garbageSheet());
    const { code, err } = await run(["check", file, "--debug"]);
    expect(code).toBe(2);
    expect(err).toMatch(/ZipFormatError[\s\S]*\n\s+at /);
  });
});

describe("the copy keeps what a plain writer loses", () => {
  it("a sheet nested 100,000 levels deep: the copy keeps every cell and the nesting", async () => {
    const input = put("sau.xlsx", H.deepNesting(100_000));
    const out = path.join(dir, "sau-out.xlsx");
    expect((await run(["check", input, "--province", "lang-son", "--out", out])).code).toBe(0);
    const before = cells(input);
    expect(Object.keys(before["TC 10-19"]).length).toBeGreaterThan(200);
    expect(cells(out, ["Tổng hợp NTM"])).toEqual(before);
    expect(new TextDecoder().decode(parts(out).get(H.TABLE_SHEET))).toContain("<x>".repeat(100_000));
  });

  it(".xlsm: written as .xlsm with the macro project byte for byte; an .xlsx name is refused, nothing written", async () => {
    const { bytes, vba } = H.xlsmWithMacros();
    const input = put("macro.xlsm", bytes);
    const bad = path.join(dir, "macro-out.xlsx");
    const refused = await run(["check", input, "--out", bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/macro.*\.xlsm/);
    expect(existsSync(bad)).toBe(false);
    const out = path.join(dir, "macro-out.xlsm");
    expect((await run(["check", input, "--province", "lang-son", "--out", out])).code).toBe(0);
    const p = parts(out);
    expect(same(p.get("xl/vbaProject.bin"), vba)).toBe(true);
    expect(new TextDecoder().decode(p.get("[Content_Types].xml"))).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(new TextDecoder().decode(p.get("xl/_rels/workbook.xml.rels"))).toContain('Target="vbaProject.bin"');
  });

  it("external links: the link parts and the [1] formula are kept", async () => {
    const input = put("lien-ket.xlsx", H.externalLinks());
    const out = path.join(dir, "lien-ket-out.xlsx");
    expect((await run(["check", input, "--province", "lang-son", "--out", out])).code).toBe(0);
    const a = parts(input);
    const b = parts(out);
    for (const name of ["xl/externalLinks/externalLink1.xml", "xl/externalLinks/_rels/externalLink1.xml.rels", "xl/worksheets/sheet3.xml"]) expect([name, same(a.get(name), b.get(name))]).toEqual([name, true]);
    expect(new TextDecoder().decode(b.get("xl/workbook.xml"))).toContain('<externalReferences><externalReference r:id="rIdExt1"/></externalReferences>');
    expect((cells(out)["Ghi chú"].A3 as { f: string }).f).toBe("[1]Sheet1!A1");
  });

  it("a protected sheet: a finding names it (without --out too), no marks go in, the copy keeps it byte for byte", async () => {
    const input = put("bao-ve.xlsx", H.protectedSheet());
    const json = JSON.parse((await run(["check", input, "--province", "lang-son", "--json"])).out);
    expect(json.issues).toContainEqual(expect.objectContaining({ code: "host/protected-sheet", message: expect.stringContaining("TC 10-19") }));
    const out = path.join(dir, "bao-ve-out.xlsx");
    const r = await run(["check", input, "--province", "lang-son", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Trang “TC 10-19” đang được bảo vệ");
    const a = parts(input);
    const b = parts(out);
    expect(same(a.get(H.TABLE_SHEET), b.get(H.TABLE_SHEET))).toBe(true);
    expect(new TextDecoder().decode(b.get(H.TABLE_SHEET))).toContain(H.PROTECTION);
    // The unprotected sheet got its highlights.
    expect(new TextDecoder().decode(b.get("xl/worksheets/sheet1.xml"))).toContain("ntm-checker:achieved");
  });

  it("a filtered table on a protected sheet: table, filter, hidden rows and protection kept exactly", async () => {
    const { bytes, hiddenRows } = H.filteredTableOnProtectedSheet();
    expect(hiddenRows.length).toBeGreaterThanOrEqual(2);
    const input = put("bang-loc.xlsx", bytes);
    const out = path.join(dir, "bang-loc-out.xlsx");
    const r = await run(["check", input, "--province", "lang-son", "--out", out]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const a = parts(input);
    const b = parts(out);
    for (const name of ["xl/tables/table1.xml", "xl/worksheets/_rels/sheet2.xml.rels", H.TABLE_SHEET]) expect([name, same(a.get(name), b.get(name))]).toEqual([name, true]);
    const hidden = (f: string) => (XLSX.readFile(f, { cellStyles: true }).Sheets["TC 10-19"]["!rows"] ?? []).map((x, i) => (x?.hidden ? i + 1 : 0)).filter(Boolean);
    expect(hidden(out)).toEqual(hidden(input));
    expect(hidden(out)).toEqual(expect.arrayContaining(hiddenRows));
    expect(new TextDecoder().decode(b.get("[Content_Types].xml"))).toContain("/xl/tables/table1.xml");
  });

  it(".xls: converted to .xlsx, every cell's value and formula re-read from the copy equals the input's", async () => {
    const xls = XLSX.write(XLSX.read(readFileSync(H.EXAMPLE)), { type: "buffer", bookType: "biff8" }) as Buffer;
    const input = put("lien-son.xls", new Uint8Array(xls));
    const out = path.join(dir, "lien-son-from-xls.xlsx");
    const r = await run(["check", input, "--province", "lang-son", "--out", out]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain("Tệp .xls đã được lưu thành .xlsx");
    expect(cells(out, ["Tổng hợp NTM"])).toEqual(cells(input));
  });

  it("a commune named like a formula is not the commune and is never written as a formula", async () => {
    const input = put("cong-thuc.xlsx", H.formulaCommune());
    const json = JSON.parse((await run(["check", input, "--province", "lang-son", "--json"])).out);
    expect(json.commune).toBeNull();
    const out = path.join(dir, "cong-thuc-out.xlsx");
    const r = await run(["check", input, "--province", "lang-son", "--out", out]);
    expect(r.out).toContain("trông như một công thức");
    const summary = XLSX.readFile(out, { cellFormula: true }).Sheets["Tổng hợp NTM"];
    const written = Object.entries(summary).filter(([k]) => !k.startsWith("!"));
    expect(written.length).toBeGreaterThan(50);
    for (const [, c] of written) {
      expect((c as XLSX.CellObject).f).toBeUndefined();
      expect(String((c as XLSX.CellObject).v)).not.toContain("cmd|");
    }
  });
});
