/**
 * Office adapter benchmark, through the Excel API fake: syncs (round trips to Excel) of a whole
 * check and of a re-check after one edit, each against its floor (the fewest syncs possible: a
 * read needs one sync to learn the sheets and one to read them, a mark one; an edit's re-check one
 * to read the edit, one to re-mark), and time for readGrid + applyMarks on 19-criterion workbooks
 * and a 50,000-row sheet. Times are the adapter's and the fake's own work; in Excel each sync adds
 * a round trip (tens of ms on the web). Run alone: npx tsx bench/office.bench.ts
 */
// @ts-nocheck

import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { OfficeWorkbookPort } from "../src/adapters/office/OfficeWorkbookPort";
import { readWorkbookGrid } from "../src/adapters/xlsx/readGrid";
import { CheckSession } from "../src/app/CheckSession";
import { recheckOnEdits } from "../src/taskpane/recheckOnEdits";
import type { Mark } from "../src/app/WorkbookPort";
import type { Verdict } from "../src/domain/evaluation/Verdict";
import { FakeExcel, type SeedWorkbook } from "../tests/fakes/excel";
import { bigSheetWorkbook, nineteenSheetWorkbook, oneSheetWorkbook, seedFromGrid } from "../tests/fakes/excel/workbooks";

const OPTIONS = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null };

function line(label: string, syncs: number, floor: number, goal: number): string {
  return `  ${label.padEnd(34)} ${String(syncs).padStart(3)} syncs  floor ${floor}  ×${(syncs / floor).toFixed(2)} the floor  (goal ≤ ${goal})`;
}

/** The pane's session on the example workbook: a whole check, then one edit re-checked. */
async function session(listSeparator: "," | ";", guess: "," | ";"): Promise<void> {
  const grid = readWorkbookGrid(readFileSync(path.join(__dirname, "../examples/lien-son-2024.xlsx")));
  const excel = new FakeExcel(seedFromGrid(grid), { behaviour: { listSeparator } });
  const port = new OfficeWorkbookPort(excel.run, { listSeparatorGuess: guess });
  const s = new CheckSession(port);
  const watch = recheckOnEdits({ port, session: s, fullCheck: () => s.check(OPTIONS), onOutcome: () => undefined, onProblem: () => undefined, debounceMs: 1 });
  await watch.ready;
  let before = excel.syncCount;
  await s.check(OPTIONS);
  const check = excel.syncCount - before;
  before = excel.syncCount;
  await s.check(OPTIONS);
  const again = excel.syncCount - before;
  before = excel.syncCount;
  excel.userEdit("TC 10-19", "D8", [["41,5 triệu đồng/người/năm"]]);
  await excel.flushEvents();
  await watch.idle();
  const recheck = excel.syncCount - before;
  await watch.stop();
  console.log(
    `office: session on examples/lien-son-2024.xlsx, list separator "${listSeparator}", first guess "${guess}"\n` +
      `${line("whole check (first in session)", check, 3, 3)}\n${line("whole check again", again, 3, 3)}\n${line("re-check after one edit", recheck, 2, 2)}`,
  );
}

const VERDICTS: Verdict[] = ["achieved", "not_achieved", "not_assessed"];

async function measure(label: string, seed: SeedWorkbook, marksOf: (names: string[]) => Mark[]): Promise<void> {
  const excel = new FakeExcel(seed);
  const port = new OfficeWorkbookPort(excel.run);

  let syncs = excel.syncCount;
  let t = performance.now();
  const grid = await port.readGrid();
  const readMs = performance.now() - t;
  const readSyncs = excel.syncCount - syncs;
  const cells = grid.sheets.reduce((n, s) => n + s.rows.length * (s.rows[0]?.length ?? 0), 0);

  const marks = marksOf(grid.sheets.map((s) => s.name));
  syncs = excel.syncCount;
  t = performance.now();
  const report = await port.applyMarks(marks);
  const markMs = performance.now() - t;
  const markSyncs = excel.syncCount - syncs;

  syncs = excel.syncCount;
  t = performance.now();
  await port.applyMarks(marks);
  const againMs = performance.now() - t;
  const againSyncs = excel.syncCount - syncs;

  console.log(
    `office: ${label}: ${grid.sheets.length} sheet(s), ${cells.toLocaleString("en")} cells\n` +
      `  readGrid   ${readSyncs} syncs, ${readMs.toFixed(1)} ms, largest response ${(excel.maxResponseBytes / 1e6).toFixed(2)} MB\n` +
      `  applyMarks ${markSyncs} syncs, ${markMs.toFixed(1)} ms for ${report.applied} marks; again (replaces) ${againSyncs} syncs, ${againMs.toFixed(1)} ms`,
  );
}

/** Self-assessment column (D) of each indicator row, verdicts in turn. */
function indicatorMarks(names: string[], rowsPerSheet: number, firstRow: number): Mark[] {
  return names.flatMap((sheet) =>
    Array.from({ length: rowsPerSheet }, (_, k) => ({ ref: { sheet, row: firstRow + k, col: 3 }, verdict: VERDICTS[k % 3] })),
  );
}

export async function run(): Promise<void> {
  await session(",", ","); // Excel on the web, or desktop with "." decimals
  await session(";", ";"); // Windows desktop, Vietnamese regional settings (the host guesses ";" from the locale)
  await session(";", ","); // a wrong first guess costs one sync, once per session
  await measure("19 criteria, one sheet each", nineteenSheetWorkbook(), (names) => indicatorMarks(names, 4, 2));
  await measure("19 criteria, one sheet of ~85 indicator rows", oneSheetWorkbook(), (names) => indicatorMarks(names, 85, 1));
  await measure("50,000 rows × 10 columns", bigSheetWorkbook(50_000), (names) =>
    Array.from({ length: 5000 }, (_, k) => ({ ref: { sheet: names[0], row: k * 10, col: 4 }, verdict: VERDICTS[k % 3] })),
  );
}

if (require.main === module) void run();
