import * as XLSX from "@e965/xlsx";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { findIndicators } from "../../src/domain/grid/findIndicators";
import type { WorkbookGrid } from "../../src/domain/grid/Grid";
import { DETECT } from "../fixtures/grid";
import { generate, type Generated, type Layout } from "./layoutGenerator";

const IN_MEMORY = Number(process.env.LAYOUTS ?? 600);
const AS_XLSX = Number(process.env.LAYOUTS_XLSX ?? 40);

/** What was not recovered exactly, or [] when every indicator written was read back right. */
function misses(g: Generated, grid: WorkbookGrid): string[] {
  const d = findIndicators(grid, { ...DETECT, region: g.region });
  const out: string[] = [];
  const byCode = new Map(d.indicators.map((i) => [i.code, i]));
  for (const e of g.expected) {
    const got = byCode.get(e.code);
    if (!got) {
      out.push(`${e.code}: not found`);
      continue;
    }
    const f = got.figureRef;
    if (!f || f.sheet !== e.figure.sheet || f.row !== e.figure.row || f.col !== e.figure.col) out.push(`${e.code}: figure ${JSON.stringify(f)} want ${JSON.stringify(e.figure)}`);
    const thr = got.threshold?.value ?? null;
    if (thr !== e.threshold) out.push(`${e.code}: threshold ${JSON.stringify(thr)} want ${JSON.stringify(e.threshold)}`);
    const self = got.self?.value ?? null;
    if (self !== e.self) out.push(`${e.code}: self ${JSON.stringify(self)} want ${JSON.stringify(e.self)}`);
  }
  const written = new Set(g.expected.map((e) => e.code));
  for (const i of d.indicators) if (!written.has(i.code)) out.push(`${i.code}: read but not written (${i.sheet}!${i.row + 1})`);
  return out;
}

function toXlsx(g: Generated): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of g.grid.sheets) {
    const ws: XLSX.WorkSheet = {};
    let maxC = 0;
    s.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        maxC = Math.max(maxC, c);
        const v = cell.value;
        const obj: XLSX.CellObject = typeof v === "number" ? { t: "n", v } : typeof v === "boolean" ? { t: "b", v } : { t: "s", v: String(v) };
        if (cell.numberFormat) obj.z = cell.numberFormat;
        const formula = g.formulas.get(`${s.name}!${r}!${c}`);
        if (formula) obj.f = formula;
        ws[XLSX.utils.encode_cell({ r, c })] = obj;
      }),
    );
    ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, s.rows.length - 1), c: maxC } });
    ws["!merges"] = (s.merges ?? []).map((m) => ({ s: { r: m.r1, c: m.c1 }, e: { r: m.r2, c: m.c2 } }));
    const rows: XLSX.RowInfo[] = [];
    for (const r of s.hiddenRows ?? []) rows[r] = { hidden: true };
    ws["!rows"] = rows;
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = { Sheets: g.grid.sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })) };
  return XLSX.write(wb, { type: "array", bookType: "xlsx" }) as Uint8Array;
}

function features(layouts: Layout[]): string {
  const keys = Object.keys(layouts[0]) as (keyof Layout)[];
  return keys.map((k) => `${k}: ${[...new Set(layouts.map((l) => String(l[k])))].sort().join("/")}`).join("; ");
}

describe("layout generator: every indicator written is read back exactly", () => {
  it("is reproducible from its seed", () => {
    expect(JSON.stringify(generate(42))).toBe(JSON.stringify(generate(42)));
    expect(JSON.stringify(generate(42).expected)).not.toBe(JSON.stringify(generate(43).expected));
  });

  it(`${IN_MEMORY} generated workbooks in memory`, () => {
    const failed: string[] = [];
    const layouts: Layout[] = [];
    let indicators = 0;
    for (let seed = 1; seed <= IN_MEMORY; seed++) {
      const g = generate(seed);
      layouts.push(g.layout);
      indicators += g.expected.length;
      const m = misses(g, g.grid);
      if (m.length) failed.push(`seed ${seed} ${JSON.stringify(g.layout)}: ${m.slice(0, 4).join("; ")}`);
    }
    const rate = ((IN_MEMORY - failed.length) / IN_MEMORY) * 100;
    console.log(`layout generator: ${IN_MEMORY - failed.length}/${IN_MEMORY} workbooks (${rate.toFixed(1)}%), ${indicators} indicators, recovered exactly\n${features(layouts)}`);
    expect(failed.slice(0, 5)).toEqual([]);
  });

  it(`${AS_XLSX} of them through real .xlsx files`, () => {
    const failed: string[] = [];
    for (let seed = 1001; seed < 1001 + AS_XLSX; seed++) {
      const g = generate(seed);
      const m = misses(g, readWorkbookGrid(toXlsx(g)));
      if (m.length) failed.push(`seed ${seed} ${JSON.stringify(g.layout)}: ${m.slice(0, 4).join("; ")}`);
    }
    console.log(`layout generator, .xlsx: ${AS_XLSX - failed.length}/${AS_XLSX} recovered exactly`);
    expect(failed.slice(0, 5)).toEqual([]);
  });
});
