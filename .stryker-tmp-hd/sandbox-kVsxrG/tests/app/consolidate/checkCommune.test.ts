/**
 * Consolidation checks each commune through the WorkbookPort with the same check as `ntm check`:
 * any port will do (here the in-memory one the preview uses), and a port that cannot read is an
 * excluded file with the reason its error carries.
 */
// @ts-nocheck

import { readFileSync } from "node:fs";
import path from "node:path";
import { checkCommune, prepareConsolidation, type ConsolidationSetup } from "../../../src/app/consolidate/checkCommune";
import { CheckSession } from "../../../src/app/CheckSession";
import { MemoryWorkbook } from "../../../src/adapters/memory/MemoryWorkbook";
import { readWorkbookGrid } from "../../../src/adapters/xlsx/readGrid";
import { checkWorkbookBytes } from "../../../src/adapters/xlsx/openWorkbook";
import { FIXTURE_DIR, FIXTURE_OPTIONS, PLAN } from "../../fixtures/district/make";

let setup: ConsolidationSetup;
beforeAll(() => {
  const prepared = prepareConsolidation(FIXTURE_OPTIONS);
  if (!prepared.ok) throw new Error("options rejected");
  setup = prepared.setup;
});

const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(FIXTURE_DIR, file)));

test("a commune read through the in-memory port gives the entry the file gives, and the verdicts ntm check gives", async () => {
  const plan = PLAN[10]; // Nhất Hòa: 7 criteria not achieved
  const grid = readWorkbookGrid(bytesOf(plan.file));
  const viaMemory = await checkCommune(plan.file, new MemoryWorkbook(grid), setup);
  const viaFile = await checkWorkbookBytes(plan.file, bytesOf(plan.file), setup);
  expect(viaMemory).toEqual(viaFile);
  if (!viaMemory.ok) throw new Error("excluded");
  expect(viaMemory.entry).toMatchObject({ commune: "Nhất Hòa", communeFrom: "workbook", criteriaAchieved: 12, criteriaTotal: 19 });
  const failed = Object.entries(viaMemory.entry.criteria).filter(([, v]) => v === "not_achieved").map(([no]) => Number(no));
  expect(failed).toEqual([...plan.fail].sort((a, b) => a - b));

  const session = new CheckSession(new MemoryWorkbook(grid));
  const { result } = await session.check(FIXTURE_OPTIONS);
  expect(Object.fromEntries(result.criteria.map((c) => [String(c.no), c.verdict]))).toEqual(viaMemory.entry.criteria);
});

test("a port that cannot read: the reason its error carries, else a damaged file", async () => {
  const refusing = (e: unknown) => ({ readGrid: () => Promise.reject(e) });
  const encrypted = Object.assign(new Error("password-protected"), { reason: "encrypted" });
  expect(await checkCommune("a.xlsx", refusing(encrypted), setup)).toEqual({ ok: false, excluded: { file: "a.xlsx", reason: "encrypted", detail: "password-protected" } });
  expect(await checkCommune("b.xlsx", refusing(new Error("bad zip")), setup)).toEqual({ ok: false, excluded: { file: "b.xlsx", reason: "corrupt", detail: "bad zip" } });
});

test("a workbook without an indicator table is left out as no-table; sniffed non-workbooks never reach the reader", async () => {
  const list = new MemoryWorkbook({ sheets: [{ name: "Danh sách", originRow: 0, originCol: 0, rows: [[{ value: "STT" }, { value: "Họ và tên" }], [{ value: 1 }, { value: "Hoàng Văn Minh" }]] }] });
  expect(await checkCommune("ds.xlsx", list, setup)).toEqual({ ok: false, excluded: { file: "ds.xlsx", reason: "no-table" } });
  expect(await checkWorkbookBytes("note.xlsx", new TextEncoder().encode("not a workbook"), setup)).toEqual({ ok: false, excluded: { file: "note.xlsx", reason: "not-a-workbook" } });
  expect(await checkWorkbookBytes("empty.xlsx", new Uint8Array(0), setup)).toEqual({ ok: false, excluded: { file: "empty.xlsx", reason: "corrupt" } });
});
