/**
 * Behaviours of real Excel the adapter must survive (issue 11), each reproduced by the fake:
 * list separators, conditional-format renumbering, worksheet ids that change on reopen, latency,
 * structural edits, recalculation, undo grouping, failing sheets, lost settings, hidden sheets,
 * payload in bytes and the older GeneralException, Range.text.
 */
// @ts-nocheck

import { readFileSync } from "node:fs";
import path from "node:path";
import { OfficeWorkbookPort } from "../../../src/adapters/office/OfficeWorkbookPort";
import { isOurMarkFormula } from "../../../src/adapters/office/marks";
import { readWorkbookGrid } from "../../../src/adapters/xlsx/readGrid";
import { CheckSession } from "../../../src/app/CheckSession";
import type { WorkbookSettings } from "../../../src/app/WorkbookPort";
import type { Verdict } from "../../../src/domain/evaluation/Verdict";
import { recheckOnEdits } from "../../../src/taskpane/recheckOnEdits";
import { FakeExcel, type FakeBehaviour, type FakeRequestContext } from "../../fakes/excel";
import { areaA1 } from "../../fakes/excel/state";
import { bigSheetWorkbook, seedFromGrid } from "../../fakes/excel/workbooks";

const OPTIONS = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null };
const EXAMPLE = readWorkbookGrid(readFileSync(path.join(__dirname, "../../../examples/lien-son-2024.xlsx")));
const TC10 = "TC 10-19";

function example(behaviour: Partial<FakeBehaviour> = {}, edit?: (seed: ReturnType<typeof seedFromGrid>) => void): FakeExcel {
  const seed = seedFromGrid(EXAMPLE);
  edit?.(seed);
  return new FakeExcel(seed, { behaviour });
}

/** The add-in as the pane wires it: one port, one session, re-checks on edits. */
function addin(excel: FakeExcel) {
  const port = new OfficeWorkbookPort(excel.run, { undoGroup: excel.behaviour.undoGroupSupported });
  const session = new CheckSession(port);
  const problems: string[] = [];
  const watch = recheckOnEdits({
    port,
    session,
    fullCheck: () => session.check(OPTIONS),
    onOutcome: () => undefined,
    onProblem: (p) => problems.push(p.code + (p.params.detail ? `:${p.params.detail}` : "")),
    debounceMs: 5,
  });
  return { port, session, problems, watch };
}

/** Which verdict each cell of a sheet shows: the highest-priority mark of ours over it. */
function shownMarks(excel: FakeExcel, sheet: string): Record<string, Verdict> {
  const out: Record<string, Verdict> = {};
  for (const cf of excel.conditionalFormats(sheet)) {
    if (!isOurMarkFormula(cf.formula)) continue;
    const verdict = /ntm-checker:(\w+)/.exec(cf.formula ?? "")![1] as Verdict;
    for (const a of cf.areas) {
      for (let r = a.r1; r <= a.r2; r++) for (let c = a.c1; c <= a.c2; c++) out[areaA1({ r1: r, c1: c, r2: r, c2: c })] ??= verdict;
    }
  }
  return out;
}

async function syncsOf(excel: FakeExcel, fn: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await fn();
  return excel.syncCount - before;
}

describe.each([",", ";"] as const)("with the list separator %s (office-js#1167)", (listSeparator) => {
  test("a check marks every indicator and the summary sheet is drawn", async () => {
    const excel = example({ listSeparator });
    const { session } = addin(excel);
    const outcome = await session.check(OPTIONS);
    expect(outcome.markReport.problems).toEqual([]);
    expect(shownMarks(excel, TC10).D8).toBe("not_achieved");
    expect(Object.keys(shownMarks(excel, TC10)).length).toBeGreaterThan(20);
    const summary = await session.insertSummary();
    expect(summary.problems).toEqual([]);
    expect(excel.values(summary.name, "A1")[0][0]).not.toBe("");
  });
});

test("the other separator is refused by the fake, as by Windows Excel under Vietnamese settings", async () => {
  const excel = example({ listSeparator: ";" });
  await expect(
    excel.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem(TC10).getRanges("A1,B2").load("areaCount");
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("re-marking never deletes the user's own conditional formats, whatever their priority", async () => {
  const excel = example({}, (seed) => {
    seed.sheets[1].conditionalFormats = [
      { range: "D8:D20", type: "CellValue", fill: "#FF0000" },
      { range: "A1:E40", formula: '=$E8="Chưa đạt"', fill: "#DDDDDD" },
      { range: "B8:B9", formula: "=LEN(B8)>80", fill: "#00FF00" },
    ];
  });
  const user = excel.conditionalFormats(TC10);
  const port = new OfficeWorkbookPort(excel.run);
  const session = new CheckSession(port);
  await session.check(OPTIONS);
  await session.check(OPTIONS);
  await session.check(OPTIONS);
  expect(excel.conditionalFormats(TC10).filter((c) => !isOurMarkFormula(c.formula))).toEqual(user);
  await session.clearMarks();
  expect(excel.conditionalFormats(TC10)).toEqual(user);
});

describe("our sheets, across save and reopen (worksheet ids change: office-js#1390)", () => {
  test("reopening and inserting the summary again reuses our sheet, not a new “(2)”", async () => {
    const excel = example();
    let session = new CheckSession(new OfficeWorkbookPort(excel.run));
    await session.check(OPTIONS);
    expect((await session.insertSummary()).name).toBe("Tổng hợp NTM");
    excel.reopen();
    session = new CheckSession(new OfficeWorkbookPort(excel.run));
    await session.check(OPTIONS);
    expect((await session.insertSummary()).name).toBe("Tổng hợp NTM");
    expect(excel.sheetNames().filter((n) => n.startsWith("Tổng hợp"))).toEqual(["Tổng hợp NTM"]);
  });

  test("a user's sheet that now has an old id of ours is never cleared", async () => {
    // Saved by an earlier version: "ours" by id; after reopening, that id is the user's sheet at position 3.
    const excel = example({}, (seed) => {
      seed.sheets.push({ name: "Tổng hợp NTM", values: [["Bảng của tôi"]] });
      seed.settings = { "ntm-checker.ownedSheets": JSON.stringify(["{00000000-0001-0000-0003-000000000000}"]) };
    });
    excel.reopen();
    const session = new CheckSession(new OfficeWorkbookPort(excel.run));
    await session.check(OPTIONS);
    expect((await session.insertSummary()).name).toBe("Tổng hợp NTM (2)");
    expect(excel.values("Tổng hợp NTM", "A1")).toEqual([["Bảng của tôi"]]);
  });

  test("our summary sheet is never read as input on the next check", async () => {
    const excel = example();
    const session = new CheckSession(new OfficeWorkbookPort(excel.run));
    const first = await session.check(OPTIONS);
    const { name } = await session.insertSummary();
    // The user drags the summary's tab to the front, saves, and opens the workbook again.
    excel.state.sheets.unshift(...excel.state.sheets.splice(excel.state.sheets.findIndex((s) => s.name === name), 1));
    excel.reopen();
    const again = await new CheckSession(new OfficeWorkbookPort(excel.run)).check(OPTIONS);
    expect(shownMarks(excel, name)).toEqual({});
    expect(again.result.criteria.flatMap((c) => c.indicators).filter((i) => i.cellRef).length).toBe(
      first.result.criteria.flatMap((c) => c.indicators).filter((i) => i.cellRef).length,
    );
  });
});

describe("edits as Excel delivers them", () => {
  test("a burst of edits with real round-trip latency leaves one correct set of marks and no error", async () => {
    const excel = example({ latencyMs: 3 });
    const { session, problems, watch } = addin(excel);
    await session.check(OPTIONS);
    await watch.ready;
    excel.userEdit(TC10, "D8", [["30 triệu/người/năm"]]);
    excel.userEdit(TC10, "D11", [[0.5]]);
    excel.userEdit(TC10, "D8", [["41,5 triệu đồng/người/năm"]]);
    await excel.flushEvents();
    await watch.idle();
    expect(problems).toEqual([]);
    const after = shownMarks(excel, TC10);
    expect(after.D8).toBe("achieved");
    expect(after.D11).toBe("not_achieved");
    expect(excel.conditionalFormats(TC10).filter((c) => isOurMarkFormula(c.formula)).length).toBeLessThanOrEqual(3);
    await new CheckSession(new OfficeWorkbookPort(excel.run)).check(OPTIONS);
    expect(shownMarks(excel, TC10)).toEqual(after);
  });

  test("rows inserted above the table: later marks still land on the right cells", async () => {
    const excel = example();
    const { session, problems, watch } = addin(excel);
    await session.check(OPTIONS);
    await watch.ready;
    excel.insertRows(TC10, 2, 2);
    await excel.flushEvents();
    await watch.idle();
    excel.userEdit(TC10, "D10", [["41,5 triệu đồng/người/năm"]]); // indicator 10, two rows lower now
    await excel.flushEvents();
    await watch.idle();
    expect(problems).toEqual([]);
    const after = shownMarks(excel, TC10);
    expect(after.D10).toBe("achieved");
    await new CheckSession(new OfficeWorkbookPort(excel.run)).check(OPTIONS);
    expect(shownMarks(excel, TC10)).toEqual(after);
  });

  test("whole rows cleared at the bottom of the table: their figures are not kept", async () => {
    const excel = example();
    const { session, watch } = addin(excel);
    await session.check(OPTIONS);
    await watch.ready;
    excel.userEdit(TC10, "A11:E12", [[null, null, null, null, null], [null, null, null, null, null]]);
    await excel.flushEvents();
    await watch.idle();
    const codes = session.lastResult!.criteria.flatMap((c) => c.indicators).filter((i) => i.cellRef).map((i) => i.code);
    expect(codes).not.toContain("12.1");
    expect(shownMarks(excel, TC10).D11).toBeUndefined();
  });

  test("a figure computed by a formula is re-judged when Excel recalculates it", async () => {
    const excel = example({}, (seed) => {
      seed.sheets[1].formulas = { D11: "=F11/G11" };
    });
    const { session, watch } = addin(excel);
    await session.check(OPTIONS);
    await watch.ready;
    expect(shownMarks(excel, TC10).D11).toBe("achieved");
    excel.recalculate(TC10, { D11: 0.55 });
    await excel.flushEvents();
    await watch.idle();
    expect(shownMarks(excel, TC10).D11).toBe("not_achieved");
  });

  test("where ExcelApi 1.20 is there, each automatic re-mark is one undo step (mergeUndoGroup)", async () => {
    const excel = example({ undoGroupSupported: true });
    const { session, watch } = addin(excel);
    await session.check(OPTIONS);
    await watch.ready;
    const before = excel.state.undoStack.length;
    excel.userEdit(TC10, "D8", [["41,5 triệu đồng/người/năm"]]);
    await excel.flushEvents();
    await watch.idle();
    expect(excel.state.undoStack.length - before).toBe(1);
    expect(excel.runOptions.filter((o) => o.mergeUndoGroup === true).length).toBeGreaterThan(0);
  });
});

describe("one problem does not undo the rest", () => {
  test("a sheet that refuses conditional formats is reported; the other sheet is still marked", async () => {
    const excel = example();
    excel.sheet("TC 1-9 Hạ tầng").refuseConditionalFormats = true;
    const outcome = await new CheckSession(new OfficeWorkbookPort(excel.run)).check(OPTIONS);
    expect(outcome.markReport.problems).toEqual([expect.objectContaining({ at: { sheet: "TC 1-9 Hạ tầng" } })]);
    expect(shownMarks(excel, TC10).D8).toBe("not_achieved");
    expect(outcome.markReport.applied).toBeGreaterThan(10);
  });

  test("settings that do not stick are reported and the check's result is kept", async () => {
    const excel = example({ settingsPersist: false });
    const outcome = await new CheckSession(new OfficeWorkbookPort(excel.run)).check(OPTIONS);
    expect(outcome.result.criteriaTotal).toBeGreaterThan(0);
    expect(shownMarks(excel, TC10).D8).toBe("not_achieved");
    expect(outcome.problems.map((p) => p.code)).toContain("host/settings-not-saved");
  });
});

describe("selecting an indicator's cell", () => {
  test("activates its sheet and selects the cell", async () => {
    const excel = example();
    const port = new OfficeWorkbookPort(excel.run);
    expect(await port.selectCell({ sheet: TC10, row: 7, col: 3 })).toEqual({ wasHidden: false });
    expect(excel.state.activeSheetId).toBe(excel.sheet(TC10).id);
    expect(excel.sheet(TC10).selected).toBe("D8");
  });

  test("on a hidden sheet: shows it, selects the cell and says it was hidden", async () => {
    const excel = example();
    excel.sheet(TC10).visibility = "Hidden";
    const port = new OfficeWorkbookPort(excel.run);
    expect(await port.selectCell({ sheet: TC10, row: 7, col: 3 })).toEqual({ wasHidden: true });
    expect(excel.sheet(TC10).visibility).toBe("Visible");
    expect(excel.sheet(TC10).selected).toBe("D8");
  });
});

describe("payload", () => {
  const vietnamese = () => {
    const seed = bigSheetWorkbook(20_000);
    for (const row of seed.sheets[0].values!) {
      for (const c of [0, 4, 6, 8]) row[c] = `Thôn Bản Đông Nghệ – hộ đạt chuẩn nông thôn mới, kiểu mẫu ${row[1]}`;
    }
    return seed;
  };

  test("Vietnamese text is counted in UTF-8 bytes: no read is refused for size", async () => {
    const excel = new FakeExcel(vietnamese());
    const grid = await new OfficeWorkbookPort(excel.run).readGrid();
    expect(grid.sheets[0].rows).toHaveLength(20_000);
    expect(excel.refusedSyncs).toBe(0);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  }, 60_000);

  test("an older Excel answering GeneralException to a too-large read: retried in smaller blocks", async () => {
    const excel = new FakeExcel(vietnamese(), { limits: { responseBytes: 1_000_000 }, behaviour: { payloadErrorCode: "GeneralException" } });
    const grid = await new OfficeWorkbookPort(excel.run).readGrid();
    expect(grid.sheets[0].rows).toHaveLength(20_000);
    expect(grid.sheets[0].rows[19_999][1]).toEqual({ value: 20_000, text: "20000" });
  }, 60_000);
});

test("Range.text is read beside values: 17.10 typed as a number reads as the user sees it", async () => {
  const excel = new FakeExcel({
    sheets: [{ name: "TC17", values: [["TT", "Kết quả thực hiện"], [17.1, 0.998]], numberFormats: [[null, null], ["0.00", "0.0%"]] }],
  });
  const grid = await new OfficeWorkbookPort(excel.run).readGrid();
  expect(grid.sheets[0].rows[1]).toEqual([
    { value: 17.1, numberFormat: "0.00", text: "17.10" },
    { value: 0.998, numberFormat: "0.0%", text: "99.8%" },
  ]);
});

describe("round trips (issue 13)", () => {
  test("a whole check takes at most 3 syncs, a re-check after one edit at most 2", async () => {
    const excel = example();
    const { session, watch } = addin(excel);
    await watch.ready;
    expect(await syncsOf(excel, () => session.check(OPTIONS))).toBeLessThanOrEqual(3);
    const recheck = await syncsOf(excel, async () => {
      excel.userEdit(TC10, "D8", [["41,5 triệu đồng/người/năm"]]);
      await excel.flushEvents();
      await watch.idle();
    });
    expect(shownMarks(excel, TC10).D8).toBe("achieved");
    expect(recheck).toBeLessThanOrEqual(2);
  });

  test("settings saved by the check read back in a new pane", async () => {
    const excel = example();
    await new CheckSession(new OfficeWorkbookPort(excel.run)).check(OPTIONS);
    const saved: WorkbookSettings | null = await new OfficeWorkbookPort(excel.run).readSettings();
    expect(saved).toEqual(OPTIONS);
  });
});


test("a host that takes neither separator: one area per range, every mark still drawn", async () => {
  const excel = example();
  // Neither "A1,B2" nor "A1;B2": refuse any multi-area address.
  excel.behaviour.listSeparator = ",";
  const probeRefused = (address: string) => address.includes(",") || address.includes(";");
  const original = excel.run;
  const session = new CheckSession(
    new OfficeWorkbookPort(((opts: unknown, batch: (ctx: FakeRequestContext) => Promise<unknown>) =>
      original(opts, async (ctx: FakeRequestContext) => {
        const sheets = ctx.workbook.worksheets;
        const getFirst = sheets.getFirst.bind(sheets);
        sheets.getFirst = () => {
          const ws = getFirst();
          const getRanges = ws.getRanges.bind(ws);
          ws.getRanges = (a: string) => getRanges(probeRefused(a) ? "A1:XFD1048576!" : a);
          return ws;
        };
        return batch(ctx);
      })) as never),
  );
  const outcome = await session.check(OPTIONS);
  expect(outcome.markReport.problems).toEqual([]);
  expect(shownMarks(excel, TC10).D8).toBe("not_achieved");
  expect(excel.conditionalFormats(TC10).filter((c) => isOurMarkFormula(c.formula)).every((c) => c.areas.length === 1)).toBe(true);
});
