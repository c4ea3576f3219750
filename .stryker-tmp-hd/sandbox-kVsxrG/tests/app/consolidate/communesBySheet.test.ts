// @ts-nocheck
import { readFileSync } from "node:fs";
import { checkCommune, entriesOf, prepareConsolidation } from "../../../src/app/consolidate/checkCommune";
import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { readWorkbookGrid } from "../../../src/adapters/xlsx/readGrid";
import type { SheetGrid } from "../../../src/domain/grid/Grid";

const form = () => readWorkbookGrid(new Uint8Array(readFileSync("examples/minh-hoa-2026.xlsx"))).sheets[0];

/** The 2026 example's sheet for another commune: its title block renamed, one figure changed. */
function communeSheet(name: string, commune: string, income: string): SheetGrid {
  const s = form();
  const rows = s.rows.map((r) => r.map((c) => (c ? { ...c } : c)));
  rows[0][0] = { value: `UBND XÃ ${commune.toLocaleUpperCase("vi")}` };
  for (const r of rows) if (r[0]?.value === "3.1") r[5] = { value: income };
  return { ...s, name, rows };
}

describe("a province workbook with one commune per sheet", () => {
  const setup = () => {
    const p = prepareConsolidation({ setId: null, province: "lang-son", region: null, disadvantaged: false, overlayJson: null });
    if (!p.ok) throw new Error("setup");
    return p.setup;
  };

  it("counts one commune per sheet, named by each title block", async () => {
    const grid = { sheets: [communeSheet("Tân Lập", "Tân Lập", "70 triệu"), communeSheet("Hồng Phong", "Hồng Phong", "50 triệu"), communeSheet("Nà Pàn", "Nà Pàn", "66 triệu")] };
    const checked = await checkCommune("tinh.xlsx", new MemoryWorkbook(grid), setup());
    if (!checked.ok) throw new Error("excluded");
    const entries = entriesOf(checked);
    expect(entries.map((e) => e.commune)).toEqual(["Tân Lập", "Hồng Phong", "Nà Pàn"]);
    expect(entries.map((e) => e.file)).toEqual(["tinh.xlsx › Tân Lập", "tinh.xlsx › Hồng Phong", "tinh.xlsx › Nà Pàn"]);
    // Income against group 2's "≥ 65 triệu đồng": criterion 3 follows each sheet's own figure.
    expect(entries.map((e) => e.criteria["3"])).toEqual(["achieved", "not_achieved", "achieved"]);
    expect(entries.map((e) => e.setId)).toEqual(["xa-ntm-2026-2030", "xa-ntm-2026-2030", "xa-ntm-2026-2030"]);
  });

  it("a commune's own workbook split over two sheets stays one commune", async () => {
    const first = communeSheet("TC 1-5", "Tân Lập", "70 triệu");
    const second = { ...communeSheet("TC 6-10", "Tân Lập", "70 triệu") };
    second.rows = second.rows.map((r, i) => (i < 6 ? r.map(() => null) : r));
    const checked = await checkCommune("tan-lap.xlsx", new MemoryWorkbook({ sheets: [first, second] }), setup());
    if (!checked.ok) throw new Error("excluded");
    expect(entriesOf(checked)).toHaveLength(1);
    expect(checked.entry.commune).toBe("Tân Lập");
  });
});
