/**
 * Engine benchmark: indicators evaluated per second, and whole-workbook check time
 * (read .xlsx + find tables + evaluate; and with the highlighted copy written).
 * Run alone: npx tsx bench/engine.bench.ts
 */
// @ts-nocheck

import { readFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FileWorkbook } from "../src/adapters/xlsx/FileWorkbook";
import { readWorkbookGrid } from "../src/adapters/xlsx/readGrid";
import { CheckSession } from "../src/app/CheckSession";
import { getSet } from "../src/domain/definitions/builtIn";
import { buildContext } from "../src/domain/evaluation/context";
import { evaluate } from "../src/domain/evaluation/evaluate";
import { findIndicators } from "../src/domain/grid/findIndicators";
import type { SheetGrid } from "../src/domain/grid/Grid";
import { detectOptionsFor } from "../src/domain/definitions/detectOptions";
import { parseFigure } from "../src/domain/figures/parseFigure";
import { figureLine } from "./figure";

const EXAMPLE = path.join(__dirname, "../examples/lien-son-2024.xlsx");
const OPTIONS = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null };

function time<T>(fn: () => T, minMs = 500): { perRunMs: number; runs: number; last: T } {
  let runs = 0;
  let last!: T;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 3) {
    last = fn();
    runs++;
  }
  return { perRunMs: (performance.now() - start) / runs, runs, last };
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - start) / runs;
}

export async function run(): Promise<void> {
  const set = getSet("xa-ntm-2021-2025")!;
  const built = buildContext(OPTIONS);
  if (!built.ok) throw new Error("context");
  const bytes = new Uint8Array(readFileSync(EXAMPLE));
  const grid = readWorkbookGrid(bytes);
  const detectOpts = detectOptionsFor(set);
  const detection = findIndicators(grid, detectOpts);
  const n = detection.indicators.length;

  const ev = time(() => evaluate(detection, built.ctx));
  const perSecond = (n / ev.perRunMs) * 1000;
  // Floor of evaluation: reading each indicator's figure, which judging cannot skip.
  const figures = detection.indicators.map((r) => r.figure ?? { value: null });
  const parse = time(() => figures.map((f) => parseFigure(f)));
  console.log(`engine: ${n} indicators, ${Math.round(perSecond).toLocaleString("en")} indicators/s`);
  console.log(figureLine("evaluate one workbook", ev.perRunMs, "ms", { label: "parse its figures", value: parse.perRunMs }));

  const det = time(() => findIndicators(grid, detectOpts));
  console.log(figureLine(`find tables in the example (${grid.sheets.length} sheets)`, det.perRunMs, "ms"));
  const bare = time(() => XLSX.read(bytes, { type: "array" }));
  const read = time(() => readWorkbookGrid(bytes));
  console.log(figureLine("read the example .xlsx into a grid", read.perRunMs, "ms", { label: "bare SheetJS read", value: bare.perRunMs }));

  const check = await timeAsync(async () => {
    const s = new CheckSession(new FileWorkbook(bytes, "xlsx"));
    await s.check(OPTIONS);
  }, 20);
  console.log(figureLine("whole-workbook check (read, find, evaluate)", check, "ms", { label: "bare SheetJS read", value: bare.perRunMs }));

  const withCopy = await timeAsync(async () => {
    const port = new FileWorkbook(bytes, "xlsx");
    const s = new CheckSession(port);
    await s.check(OPTIONS);
    await s.insertSummary();
    await port.save();
  }, 10);
  console.log(figureLine("check + summary sheet + highlighted copy", withCopy, "ms", { label: "the check alone", value: check }));

  // A large sheet: 50,000 rows of which 57 are indicators, the rest filler a table may carry.
  const big: SheetGrid = { name: "Big", originRow: 0, originCol: 0, rows: [] };
  big.rows.push(["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"].map((v) => ({ value: v })));
  const codes = set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
  for (let r = 1; r < 50_000; r++) {
    const code = r % 800 === 0 ? codes[(r / 800) % codes.length] : null;
    big.rows.push([code ? { value: code } : { value: `ghi chú ${r}` }, { value: "nội dung" }, null, { value: `${r % 100},5%` }, { value: "Đạt" }]);
  }
  const bigDet = time(() => findIndicators({ sheets: [big] }, detectOpts), 1000);
  console.log(figureLine("find tables in a 50,000-row sheet", bigDet.perRunMs, "ms") + `  (${((50_000 / bigDet.perRunMs) * 1000).toFixed(0)} rows/s)`);
}

if (require.main === module) void run();
