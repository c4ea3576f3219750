// @ts-nocheck
import { openWorkbookBytes } from "../../../src/adapters/xlsx/openWorkbook";
import { readFileSync } from "node:fs";
import { readWorkbookGrid, WorkbookReadError } from "../../../src/adapters/xlsx/readGrid";
import { consolidateSources } from "../../../src/app/consolidate/consolidateSources";
import * as H from "../../fixtures/hostile/make";

jest.setTimeout(60_000);

const OPTIONS = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null, overlays: [] };

describe("the reader every host shares refuses a bomb before SheetJS parses it", () => {
  it("readWorkbookGrid (command line, pane, preview, workers): WorkbookReadError too-large with the limit", () => {
    let caught: unknown;
    try {
      readWorkbookGrid(H.zipBomb(450e6));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(WorkbookReadError);
    expect(caught).toMatchObject({ reason: "too-large", limit: { kind: "part", part: "xl/worksheets/sheet3.xml", limit: 200e6 } });
  });

  it("the pane's consolidation (files picked in the browser): the bomb is listed, the commune consolidated", async () => {
    const source = (name: string, bytes: Uint8Array) => ({ name, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });
    const outcome = await consolidateSources([source("bom.xlsx", H.zipBomb(1.1e9)), source("lien-son.xlsx", new Uint8Array(readFileSync(H.EXAMPLE)))], OPTIONS, openWorkbookBytes);
    if (!outcome.ok) throw new Error("options");
    expect(outcome.figures.communes.map((c) => c.commune)).toEqual(["Liên Sơn"]);
    expect(outcome.figures.excluded).toEqual([expect.objectContaining({ file: "bom.xlsx", reason: "too-large", limit: expect.objectContaining({ kind: "part", actual: expect.any(Number) }) })]);
  });
});
