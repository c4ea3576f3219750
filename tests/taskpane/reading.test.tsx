/**
 * The "Bảng đã đọc" view, the column picker and the no-table notice: their logic, and their markup
 * server-rendered from real readings (the Liên Sơn example; a tracking sheet with unknown headers).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { CheckSession, type CheckOutcome } from "../../src/app/CheckSession";
import type { WorkbookGrid } from "../../src/domain/grid/Grid";
import type { Lang } from "../../src/domain/messages/Lang";
import { noTableFound } from "../../src/taskpane/model";
import { ReadingPanel } from "../../src/taskpane/reading/ReadingPanel";
import { ReadingView } from "../../src/taskpane/reading/ReadingView";
import { periodsOf } from "../../src/domain/grid/findIndicators";
import { columnsRead, defaultSheet, mappingApplies, mappingFromChoice, pickerDefaults, rowCounts } from "../../src/taskpane/reading/readingModel";
import { ColumnPicker } from "../../src/taskpane/reading/ColumnPicker";
import { readingText } from "../../src/taskpane/reading/readingStrings";
import { noTableWorkbook } from "../fixtures/noTableWorkbook";

const OPTIONS = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null };
const lienSon = (): WorkbookGrid => readWorkbookGrid(readFileSync(path.join(__dirname, "../../examples/lien-son-2024.xlsx")));
const check = (grid: WorkbookGrid, columns?: Parameters<CheckSession["check"]>[0]["columns"]): Promise<CheckOutcome> =>
  new CheckSession(new MemoryWorkbook(grid)).check({ ...OPTIONS, ...(columns ? { columns } : {}) });

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

const wrap = (node: React.ReactNode) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("the picker's logic", () => {
  test("defaults are the columns read on that sheet; the picker opens on the sheet with a table", async () => {
    const o = await check(lienSon());
    expect(defaultSheet(o.reading.map, o.reading.sheets, undefined)).toBe("TC 1-9 Hạ tầng");
    expect(defaultSheet(o.reading.map, o.reading.sheets, { sheet: "TC 10-19", figure: 3 })).toBe("TC 10-19");
    expect(pickerDefaults(o.reading.map, "TC 10-19")).toEqual({ code: 0, name: 1, threshold: 2, figure: 3, self: 4 });
    expect(pickerDefaults(o.reading.map, "Ghi chú")).toEqual({});
    expect(columnsRead(undefined)).toEqual({});
  });

  test("where a saved mapping still found no indicator, the picker starts from it (what was read)", async () => {
    const saved = { sheet: "Theo dõi", code: 1, figure: 2 };
    const o = await check(noTableWorkbook(), saved);
    expect(noTableFound(o.result)).toBe(true);
    expect(pickerDefaults(o.reading.map, "Theo dõi")).toEqual({ code: 1, figure: 2 });
  });

  test("the mapping saved: every role given a column, for one sheet or every sheet", () => {
    expect(mappingFromChoice({ code: 0, figure: 4 }, "TC 1-9 Hạ tầng")).toEqual({ ok: true, mapping: { code: 0, figure: 4, sheet: "TC 1-9 Hạ tầng" } });
    expect(mappingFromChoice({ figure: 3, self: 4 }, null)).toEqual({ ok: true, mapping: { figure: 3, self: 4 } });
  });

  test("no figure column, or one column for two roles, is refused with the reason", () => {
    expect(mappingFromChoice({ code: 0 }, "A")).toEqual({ ok: false, problem: { kind: "need-figure" } });
    expect(mappingFromChoice({ code: 0, threshold: 3, figure: 3 }, "A")).toEqual({ ok: false, problem: { kind: "same-column", col: 3, roles: ["figure", "threshold"] } });
  });

  test("a saved mapping applies to its sheet, or to all when it names none", () => {
    expect(mappingApplies({ sheet: "A", figure: 1 }, "A")).toBe(true);
    expect(mappingApplies({ sheet: "A", figure: 1 }, "B")).toBe(false);
    expect(mappingApplies({ figure: 1 }, "B")).toBe(true);
    expect(mappingApplies(undefined, "A")).toBe(false);
  });

  test("row counts, as ntm inspect totals them", async () => {
    const o = await check(lienSon());
    expect(rowCounts(o.reading.map.sheets[0].tables[0].rows)).toEqual({ indicators: 21, criteria: 9, skipped: 0 });
  });
});

describe("choosing the period judged", () => {
  /** A form with the half-year's and the year's figures side by side. */
  const twoPeriods = (): WorkbookGrid => ({
    sheets: [
      {
        name: "Biểu",
        originRow: 0,
        originCol: 0,
        merges: [{ r1: 0, c1: 3, r2: 0, c2: 4 }, { r1: 0, c1: 5, r2: 0, c2: 6 }],
        rows: [
          ["TT", "Nội dung tiêu chí", "Chỉ tiêu đạt chuẩn", "6 tháng đầu năm 2024", null, "Cả năm 2024", null],
          [null, null, null, "Kết quả", "Đánh giá", "Kết quả", "Đánh giá"],
          ["4", "Điện", null, null, null, null, null],
          ["4.2", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn", "≥ 95%", "93%", "Chưa đạt", "99,8%", "Đạt"],
        ].map((r) => r.map((v) => (v === null ? null : { value: v }))),
      },
    ],
  });
  const ind42 = (o: CheckOutcome) => o.result.criteria.flatMap((c) => c.indicators).find((i) => i.code === "4.2")!;

  test("the picker offers the table's periods; a period alone is a mapping, and the check then judges that period", async () => {
    const o = await check(twoPeriods());
    expect(ind42(o)).toMatchObject({ figureRaw: "99,8%", verdict: "achieved" });
    expect(periodsOf(o.reading.map, "Biểu")).toEqual(["6 tháng đầu năm 2024", "Cả năm 2024"]);
    expect(periodsOf((await check(lienSon())).reading.map, null)).toEqual([]);
    const built = mappingFromChoice({ code: 0 }, "Biểu", "6 tháng đầu năm 2024");
    expect(built).toEqual({ ok: true, mapping: { code: 0, period: "6 tháng đầu năm 2024", sheet: "Biểu" } });
    if (!built.ok) throw new Error("refused");
    const again = await check(twoPeriods(), built.mapping);
    expect(ind42(again)).toMatchObject({ figureRaw: "93%", verdict: "not_achieved", selfAssessment: "Chưa đạt" });
    const shown = text(wrap(<ColumnPicker tr={readingText("vi")} reading={again.reading} saved={built.mapping} disabled={false} onApply={() => undefined} />));
    expect(shown).toContain("Kỳ được đánh giá");
    expect(shown).toContain("Kỳ sau cùng (tự động)");
    expect(shown).toContain("Cả năm 2024");
    const en = text(wrap(<ColumnPicker tr={readingText("en")} reading={o.reading} saved={undefined} disabled={false} onApply={() => undefined} />));
    expect(en).toContain("Period judged");
    expect(en).toContain("The latest (automatic)");
  });
});

describe("“Bảng đã đọc” markup", () => {
  const render = (o: CheckOutcome, lang: Lang) =>
    text(wrap(<ReadingView lang={lang} tr={readingText(lang)} reading={o.reading} onSelectCell={() => undefined} onPickColumns={() => undefined} />));

  test("each sheet's table: header row, each column as letter, header text and how it was chosen, the counts", async () => {
    const shown = render(await check(lienSon()), "vi");
    expect(shown).toContain("Trang “TC 1-9 Hạ tầng” — xã Liên Sơn");
    expect(shown).toContain("Bảng: tiêu đề dòng 7");
    expect(shown).toContain("mã A · “TT” · theo nội dung");
    expect(shown).toContain("số liệu D · “Kết quả thực hiện” · theo tiêu đề");
    expect(shown).toContain("mức chuẩn C · “Chỉ tiêu đạt chuẩn” · theo tiêu đề");
    expect(shown).toContain("tự đánh giá E · “Tự đánh giá” · theo tiêu đề");
    expect(shown).toContain("21 dòng chỉ tiêu, 9 dòng tiêu chí, 0 dòng bỏ qua.");
    expect(shown).toContain("Trang “Ghi chú”");
    expect(shown).toContain("Không có bảng chỉ tiêu.");
    expect(shown).toContain("Chọn cột…");
  });

  test("English complete; the user's columns say so", async () => {
    const shown = render(await check(lienSon(), { sheet: "TC 1-9 Hạ tầng", figure: 4 }), "en");
    expect(shown).toContain("Sheet “TC 1-9 Hạ tầng” — commune Liên Sơn");
    expect(shown).toContain("Table: header row 7");
    expect(shown).toContain("figure E · “Tự đánh giá” · chosen by you");
    expect(shown).toContain("figure D · “Kết quả thực hiện” · from its header");
    expect(shown).toContain("No indicator table.");
    expect(shown).toContain("Rows skipped (1)");
    expect(shown).toContain("Row 35: skipped — hidden row (or sheet) with the code of a visible row (17.6)");
    expect(shown).not.toMatch(/Trang|Bảng:|dòng bỏ qua|theo tiêu đề/);
  });

  test("skipped rows are listed with the words of ntm inspect", async () => {
    const o = await check(noTableWorkbook(), { sheet: "Theo dõi", code: 0, figure: 3 });
    const shown = render(o, "vi");
    expect(shown).toContain("Bảng: theo cột người dùng chọn");
    // The user's columns have no recognised header: the picker's label (the sheet's header-like row) is shown.
    expect(shown).toContain("số liệu D · “Số báo cáo” · người dùng chọn");
    expect(shown).toContain("Dòng bỏ qua (2)");
    expect(shown).toContain("Dòng 2: bỏ qua — không có mã chỉ tiêu hay số tiêu chí: Mục | Việc cần làm | Mức quy định | Số báo cáo | Xã chấm");
  });
});

describe("no indicator table", () => {
  test("the check says so (no verdicts), the notice names what was looked for and offers the picker", async () => {
    const o = await check(noTableWorkbook());
    expect(noTableFound(o.result)).toBe(true);
    expect(noTableFound((await check(lienSon())).result)).toBe(false);
    const html = wrap(<ReadingPanel lang="vi" reading={o.reading} noTable saved={undefined} disabled={false} onSelectCell={() => undefined} onApplyColumns={() => undefined} />);
    const shown = text(html);
    expect(shown).toContain("Không tìm thấy bảng chỉ tiêu");
    expect(shown).toContain("Cần một dòng tiêu đề có cột số liệu (“Kết quả thực hiện”, “Hiện trạng”, “Kết quả”, “Số liệu”)");
    expect(shown).toContain("chưa chèn được trang tổng hợp");
    expect(shown).toContain("Cột số liệu (kết quả thực hiện)");
    expect(shown).toContain("Cột D · Số báo cáo");
    expect(shown).toContain("Dùng các cột này và kiểm tra lại");
    expect(shown).not.toMatch(/overlay|src\//i);
  });

  test("in English, with the saved mapping and its reset", async () => {
    const o = await check(noTableWorkbook());
    const shown = text(wrap(<ReadingPanel lang="en" reading={o.reading} noTable saved={{ sheet: "Theo dõi", figure: 1 }} disabled={false} onSelectCell={() => undefined} onApplyColumns={() => undefined} />));
    expect(shown).toContain("No indicator table found");
    expect(shown).toContain("It needs a header row with a figure column");
    expect(shown).toContain("Using the columns you chose for sheet “Theo dõi”.");
    expect(shown).toContain("Clear the column choice");
    expect(shown).toContain("Figure column (result)");
  });
});

describe("the options a check runs with", () => {
  test("carry the saved mapping; without one there is no columns key; consolidation's never do", async () => {
    const { checkOptionsForWorkbook, checkOptionsFrom, regionState } = await import("../../src/taskpane/model");
    const region = regionState(null, null, null, []);
    const base = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null };
    expect(checkOptionsForWorkbook({ ...base, columns: { sheet: "A", figure: 3 } }, region).columns).toEqual({ sheet: "A", figure: 3 });
    expect(checkOptionsForWorkbook(base, region)).not.toHaveProperty("columns");
    // What the pane hands the consolidation: another commune's workbook is read by its own headers.
    expect(checkOptionsFrom({ ...base, columns: { sheet: "A", figure: 3 } }, region)).not.toHaveProperty("columns");
  });
});
