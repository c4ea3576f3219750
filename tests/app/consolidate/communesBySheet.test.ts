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

  /** A commune's sheet with no title block: only the table. */
  const untitled = (name: string, income: string): SheetGrid => {
    const s = communeSheet(name, "x", income);
    const header = s.rows.findIndex((r) => r.some((c) => typeof c?.value === "string" && /^stt$|^tt$/i.test(c.value.trim())));
    return { ...s, rows: s.rows.map((r, i) => (i < header ? r.map(() => null) : r)) };
  };

  it("untitled sheets each holding the whole table are communes named by their sheets", async () => {
    const grid = { sheets: [untitled("Xã Tân Lập", "70 triệu"), untitled("Hồng Phong", "50 triệu"), untitled("NÀ PÀN", "66 triệu"), { name: "Ghi chú", originRow: 0, originCol: 0, rows: [[{ value: "Số liệu 6 tháng đầu năm" }]] }] };
    // No title block says the commune group: the province office gives it.
    const p = prepareConsolidation({ setId: "xa-ntm-2026-2030", group: "2", province: "lang-son", region: null, disadvantaged: false, overlayJson: null });
    if (!p.ok) throw new Error("setup");
    const checked = await checkCommune("tinh.xlsx", new MemoryWorkbook(grid), p.setup);
    if (!checked.ok) throw new Error("excluded");
    const entries = entriesOf(checked);
    expect(entries.map((e) => e.commune)).toEqual(["Tân Lập", "Hồng Phong", "Nà Pàn"]);
    expect(entries.map((e) => e.file)).toEqual(["tinh.xlsx › Xã Tân Lập", "tinh.xlsx › Hồng Phong", "tinh.xlsx › NÀ PÀN"]);
    expect(entries.map((e) => e.criteria["3"])).toEqual(["achieved", "not_achieved", "achieved"]);
  });

  it("untitled copies named by period or by number are one commune's sheets, not communes", async () => {
    for (const names of [["6 tháng đầu năm", "Cả năm"], ["Sheet1", "Sheet2"], ["Biểu 01", "Biểu 02"], ["TC 1-10", "TC 1-10 (2)"]]) {
      const grid = { sheets: names.map((n) => untitled(n, "70 triệu")) };
      const checked = await checkCommune("tan-lap.xlsx", new MemoryWorkbook(grid), setup());
      if (!checked.ok) throw new Error("excluded");
      expect(entriesOf(checked)).toHaveLength(1);
    }
  });

  it("a sheet named like a place that carries on the table (other indicators) belongs to the commune before it", async () => {
    const whole = untitled("Tân Lập", "70 triệu");
    const header = whole.rows.findIndex((r) => r.some((c) => typeof c?.value === "string" && /^stt$|^tt$/i.test(c.value.trim())));
    const firstHalf = { ...whole, rows: whole.rows.slice(0, header + 12) };
    const rest = { ...whole, name: "Hồng Phong", rows: [whole.rows[header], ...whole.rows.slice(header + 12)] };
    const checked = await checkCommune("tan-lap.xlsx", new MemoryWorkbook({ sheets: [firstHalf, rest] }), setup());
    if (!checked.ok) throw new Error("excluded");
    expect(entriesOf(checked)).toHaveLength(1);
  });
});
