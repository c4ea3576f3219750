// @ts-nocheck
import { readFileSync } from "node:fs";
import { FileWorkbook } from "../../../src/adapters/xlsx/FileWorkbook";
import { verifyCopy } from "../../../src/adapters/xlsx/verifyCopy";
import { inflateEntry, readZipDirectory, writeZip, type ZipPart } from "../../../src/adapters/xlsx/zip";
import { CheckSession } from "../../../src/app/CheckSession";
import * as H from "../../fixtures/hostile/make";

// Real files through the whole reader and writer, on a shared machine.
jest.setTimeout(60_000);

const dec = new TextDecoder();
const enc = new TextEncoder();

async function copyOf(bytes: Uint8Array) {
  const port = new FileWorkbook(bytes, "xlsx");
  const session = new CheckSession(port, "vi");
  await session.check({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null, overlays: [] });
  await session.insertSummary("vi");
  return port.saveCopy();
}

/** The copy with one part's text changed. */
function tamper(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const entries = readZipDirectory(bytes);
  const parts: ZipPart[] = entries.map((e) => (e.name === part ? { name: e.name, data: enc.encode(edit(dec.decode(inflateEntry(bytes, e)))) } : { name: e.name, copy: e, from: bytes }));
  return writeZip(parts);
}

describe("the copy is verified against the input before it is written", () => {
  const example = new Uint8Array(readFileSync(H.EXAMPLE));

  it("a sound copy passes: untouched parts byte for byte, marked sheets equal once our marks are out", async () => {
    const copy = await copyOf(example);
    expect(copy.markedParts).toEqual(new Set(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]));
    expect([...copy.added]).toEqual(["xl/worksheets/sheet4.xml"]);
    expect(copy.rewritten.has("xl/sharedStrings.xml")).toBe(false);
    expect(verifyCopy(copy.bytes, copy, copy)).toEqual([]);
  });

  it("a cell value changed in a marked sheet is caught", async () => {
    const copy = await copyOf(example);
    const bad = tamper(copy.bytes, "xl/worksheets/sheet2.xml", (x) => x.replace('<c r="A8" s="5" t="s"><v>', '<c r="A8" s="5" t="s"><v>1'));
    expect(verifyCopy(bad, copy, copy)).toEqual([expect.stringContaining("sheet part xl/worksheets/sheet2.xml")]);
  });

  it("a sheet emptied (what exceljs did to the 100,000-deep sheet) is caught", async () => {
    const copy = await copyOf(H.deepNesting(1000));
    const bad = tamper(copy.bytes, "xl/worksheets/sheet2.xml", (x) => x.replace(/<sheetData>[\s\S]*<\/sheetData>/, "<sheetData/>"));
    expect(verifyCopy(bad, copy, copy).join()).toContain("sheet2.xml");
  });

  it("an untouched part altered, a part dropped, a style changed: each is caught", async () => {
    const copy = await copyOf(example);
    expect(verifyCopy(tamper(copy.bytes, "xl/sharedStrings.xml", (x) => x.replace("LIÊN SƠN", "LIEN SON")), copy, copy)).toEqual(["part xl/sharedStrings.xml changed"]);
    const entries = readZipDirectory(copy.bytes).filter((e) => e.name !== "xl/theme/theme1.xml");
    expect(verifyCopy(writeZip(entries.map((e) => ({ name: e.name, copy: e, from: copy.bytes }))), copy, copy)).toEqual(["part xl/theme/theme1.xml is missing"]);
    expect(verifyCopy(tamper(copy.bytes, "xl/styles.xml", (x) => x.replace('<sz val="13"/>', '<sz val="9"/>')), copy, copy).join()).toContain("styles: the original fonts entries changed");
  });

  it("a written file that is not a zip is caught", async () => {
    const copy = await copyOf(example);
    expect(verifyCopy(copy.bytes.subarray(0, 1000), copy, copy)[0]).toMatch(/cannot be read back/);
  });
});
