// @ts-nocheck
import { readFileSync } from "node:fs";
import path from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { CheckOptionsError, CheckSession } from "../../src/app/CheckSession";
import { problemText } from "../../src/domain/messages";
import type { IndicatorResult } from "../../src/domain/evaluation/CommuneResult";
import { sheet } from "../fixtures/grid";

const OPTIONS = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null };
const example = (): MemoryWorkbook => new MemoryWorkbook(readWorkbookGrid(readFileSync(path.join(__dirname, "../../examples/lien-son-2024.xlsx"))));
const find = (s: CheckSession, code: string): IndicatorResult => s.lastResult!.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

describe("CheckSession on the example workbook", () => {
  it("checks, marks every found indicator, and saves the settings", async () => {
    const wb = example();
    const session = new CheckSession(wb);
    const outcome = await session.check(OPTIONS);
    expect(outcome.result.commune).toBe("Liên Sơn");
    const found = outcome.result.criteria.flatMap((c) => c.indicators).filter((i) => i.cellRef);
    expect(wb.marks.size).toBe(found.length);
    expect(wb.markAt({ sheet: "TC 10-19", row: 7, col: 3 })?.verdict).toBe("not_achieved"); // income 28 triệu
    expect(await wb.readSettings()).toEqual({ setId: "xa-ntm-2021-2025", group: null, province: "lang-son", region: null, disadvantaged: false, overlayJson: null });
    expect(outcome.result.findings).toContainEqual({
      code: "self-assessment/mismatch",
      at: { cell: { sheet: "TC 10-19", row: 23, col: 4 } },
      params: { level: "indicator", code: "15.2", self: "Đạt", computed: "not_achieved" },
    });
  });

  it("quick re-check: an edited figure changes its verdict and the count without re-reading the workbook", async () => {
    const wb = example();
    const session = new CheckSession(wb);
    const first = await session.check(OPTIONS);
    expect(wb.readCount).toBe(1);
    expect(find(session, "10").verdict).toBe("not_achieved");
    const before = first.result.criteriaAchieved;

    const edit = wb.setCell({ sheet: "TC 10-19", row: 7, col: 3 }, { value: "41,5 triệu đồng/người/năm" });
    const again = await session.recheckEdits([edit]);
    expect(again).not.toBeNull();
    expect(find(session, "10").verdict).toBe("achieved");
    expect(again!.result.criteriaAchieved).toBe(before + 1);
    expect(wb.markAt(edit.ref)?.verdict).toBe("achieved");
    expect(wb.readCount).toBe(1);

    // An edit elsewhere (a note column) changes nothing.
    expect(await session.recheckEdits([wb.setCell({ sheet: "TC 10-19", row: 7, col: 5 }, { value: "ghi chú" })])).toBeNull();
  });

  it("clear removes every mark; marks live apart from the cells, so values are untouched", async () => {
    const wb = example();
    const values = JSON.stringify(wb.sheets);
    const session = new CheckSession(wb);
    await session.check(OPTIONS);
    await session.check(OPTIONS);
    expect(JSON.stringify(wb.sheets)).toBe(values);
    await session.clearMarks();
    expect(wb.marks.size).toBe(0);
  });

  it("the summary sheet never replaces a user's sheet with the same name, and reuses its own", async () => {
    const grid = readWorkbookGrid(readFileSync(path.join(__dirname, "../../examples/lien-son-2024.xlsx")));
    grid.sheets.push(sheet("Tổng hợp NTM", [["Bảng của tôi"]]));
    const wb = new MemoryWorkbook(grid);
    const session = new CheckSession(wb);
    await session.check(OPTIONS);
    const first = await session.insertSummary();
    expect(first.name).toBe("Tổng hợp NTM (2)");
    expect(wb.sheets.find((s) => s.name === "Tổng hợp NTM")!.rows[0][0]).toEqual({ value: "Bảng của tôi" });
    const second = await session.insertSummary();
    expect(second.name).toBe("Tổng hợp NTM (2)");
    expect(wb.sheets.filter((s) => s.name.startsWith("Tổng hợp NTM"))).toHaveLength(2);
    // The generated sheet is not read back as input.
    const again = await session.check(OPTIONS);
    expect(again.result.findings.filter((f) => f.code === "indicator/duplicate")).toEqual([]);
  });

  it("the report paragraph uses the reports' words", async () => {
    const session = new CheckSession(example());
    await session.check(OPTIONS);
    const text = session.reportParagraph("vi")!;
    expect(text).toMatch(/^Qua rà soát, xã Liên Sơn tự đánh giá đạt \d+\/19 tiêu chí; qua kiểm tra, đạt \d+\/19 tiêu chí/);
    expect(text).toContain("Tiêu chí số 1 về Quy hoạch");
  });

  it("options that cannot be used throw a worded error", async () => {
    const session = new CheckSession(example());
    await expect(session.check({ ...OPTIONS, province: "Atlantis" })).rejects.toThrow(CheckOptionsError);
    const bad = await session.check({ ...OPTIONS, overlayJson: "{not json" }).catch((e: CheckOptionsError) => e);
    expect(bad).toBeInstanceOf(CheckOptionsError);
    expect((bad as CheckOptionsError).problems).toEqual([
      { code: "definitions/invalid", at: {}, params: { errors: [{ path: [], code: "json-syntax", detail: expect.any(String) }] } },
    ]);
    expect(problemText((bad as CheckOptionsError).problems[0], "vi")).toMatch(/^Tệp định nghĩa không hợp lệ: Tệp không phải JSON hợp lệ: /);
    expect(problemText((bad as CheckOptionsError).problems[0], "en")).toMatch(/^Invalid definitions file: Not valid JSON: /);
  });

  it("a protected sheet is reported and the other sheets are still marked", async () => {
    const wb = example();
    wb.sheets[0].protected = true;
    const outcome = await new CheckSession(wb).check(OPTIONS);
    expect(outcome.markReport.problems).toEqual([{ code: "host/protected-sheet", at: { sheet: "TC 1-9 Hạ tầng" }, params: {} }]);
    expect(outcome.problems).toEqual(outcome.markReport.problems);
    expect(problemText(outcome.problems[0], "vi")).toBe(
      "Trang “TC 1-9 Hạ tầng” đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.",
    );
    expect([...wb.marks.values()].every((m) => m.ref.sheet === "TC 10-19")).toBe(true);
    expect(wb.marks.size).toBeGreaterThan(30);
  });
});
