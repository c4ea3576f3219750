/**
 * Property-based tests (fast-check) of the figure parser, the threshold parser and the table
 * finder: 11,100 generated inputs per run. For every input: no exception escapes, and the input
 * gets a reading (a figure kind, a rule or null), and every indicator found gets a verdict, with a
 * reason when it is not assessed. Inputs mix the way officials write figures with garbage.
 */
// @ts-nocheck

import fc from "fast-check";
import type { CellInput } from "../../src/domain/figures/Figure";
import { parseFigure, parseFigureText } from "../../src/domain/figures/parseFigure";
import { parseThreshold } from "../../src/domain/figures/parseThreshold";
import { findIndicators } from "../../src/domain/grid/findIndicators";
import type { GridCell, WorkbookGrid } from "../../src/domain/grid/Grid";
import { buildContext } from "../../src/domain/evaluation/context";
import { evaluate } from "../../src/domain/evaluation/evaluate";

jest.setTimeout(120_000);

export const RUNS = { figureCells: 4500, figureTexts: 3000, thresholds: 3000, tables: 600 };

/** Pieces of real figures (from the acceptance cases and the README) and of hostile text. */
const PIECES = [
  "99,8%", "100%", "-56%", "721/722 hộ", "(99,8%)", "1739/2133 = 84,06%", "23.500.000", "đồng/người", "28 triệu/người/năm",
  "1147,7 ha", "Đạt", "Chưa đạt", "Chưa đánh giá", "Có", "Không", "x", "≥", "≤", ">=", "<", "tối đa", "tối thiểu", "trên", "dưới",
  "km", "%", "/", "=", ",", ".", " ", "  ", "-", "+", "e", "E999", "1e308", "NaN", "Infinity", "#N/A", "#DIV/0!", "=cmd|' /c Calc'!a",
  "\u0000", "\uFEFF", "\u200B", "⁰", "٣", "½", "∞", "Ðạt", "Ð¹t", "§¹t", "Dat", "ĐẠT", "100 %", "0,0", "0.0.0", "1.000,5", "99,9999999999999999",
];
const figureText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 6 }).map((a) => a.join("")) },
  { weight: 2, arbitrary: fc.tuple(fc.double(), fc.constantFrom("", "%", " ha", " triệu", "/100", " hộ")).map(([n, u]) => `${n}`.replace(".", ",") + u) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
);
const numberFormat = fc.option(fc.constantFrom("General", "0%", "0.0%", "#,##0", "0.00", '0" hộ"', "@", "dd/mm/yyyy", "[Red]0;-0", "%%%"), { nil: undefined });
const cellInput: fc.Arbitrary<CellInput> = fc.record(
  {
    value: fc.oneof(figureText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
    numberFormat,
    text: fc.option(figureText, { nil: undefined }),
  },
  { requiredKeys: ["value"] },
);

const KINDS = new Set(["empty", "percent", "amount", "number", "verdict", "yesNo", "unreadable"]);

describe("figure parser", () => {
  it("reads every cell into one of the closed kinds, keeping the raw text; numbers are finite", () => {
    fc.assert(
      fc.property(cellInput, (cell) => {
        const f = parseFigure(cell);
        expect(KINDS.has(f.kind)).toBe(true);
        expect(typeof f.raw).toBe("string");
        if (f.kind === "percent" || f.kind === "amount" || f.kind === "number") expect(Number.isFinite(f.value)).toBe(true);
      }),
      { numRuns: RUNS.figureCells },
    );
  });

  it("reads every text, however written", () => {
    fc.assert(
      fc.property(figureText, (text) => {
        const f = parseFigureText(text);
        expect(KINDS.has(f.kind)).toBe(true);
        if (f.kind === "percent" || f.kind === "amount" || f.kind === "number") expect(Number.isFinite(f.value)).toBe(true);
      }),
      { numRuns: RUNS.figureTexts },
    );
  });
});

describe("threshold parser", () => {
  it("gives a rule or null for every text; a rule's value is finite", () => {
    fc.assert(
      fc.property(figureText, (text) => {
        const r = parseThreshold(text);
        if (r === null) return;
        expect(["atLeast", "atMost", "yes", "none"]).toContain(r.kind);
        if (r.kind === "atLeast" || r.kind === "atMost") expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: RUNS.thresholds },
    );
  });
});

describe("table finder", () => {
  const built = buildContext({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null, overlays: [] });
  if (!built.ok) throw new Error("context");
  const set = built.ctx.set;
  const codes = set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
  const detect = { indicatorCodes: new Set(codes), criterionNos: new Set(set.criteria.map((c) => c.no)) };

  const header = fc.constantFrom("TT", "STT", "Nội dung tiêu chí, chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Hiện trạng", "Tự đánh giá", "Ghi chú", "Yêu cầu", "Số liệu");
  const code = fc.oneof(fc.constantFrom(...codes), fc.constantFrom(...codes).map((c) => `${c}.`), fc.constantFrom(...codes).map((c) => `Chỉ tiêu ${c}`), fc.constantFrom(17.1, 4.2, 19, 1.4), fc.constantFrom("Tiêu chí số 4: Điện", "4 | Điện", "UBND XÃ LIÊN SƠN", "UBND HUYỆN CHI LĂNG", "tỉnh Lạng Sơn"));
  const cell: fc.Arbitrary<GridCell> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: cellInput },
    { weight: 2, arbitrary: header.map((value) => ({ value })) },
    { weight: 2, arbitrary: code.map((value) => ({ value })) },
  );
  const sheet = fc.record({
    name: fc.oneof(fc.constantFrom("TC 1-9", "TC 10-19", "Sheet1", "Tổng hợp NTM"), fc.string({ minLength: 1, maxLength: 31 })),
    originRow: fc.nat(5),
    originCol: fc.nat(3),
    rows: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 24 }),
    hiddenRows: fc.array(fc.nat(40), { maxLength: 5 }),
    merges: fc.array(fc.tuple(fc.nat(40), fc.nat(8), fc.nat(3), fc.nat(3)).map(([r, c, h, w]) => ({ r1: r, c1: c, r2: r + h, c2: c + w })), { maxLength: 4 }),
    protected: fc.boolean(),
    hidden: fc.boolean(),
  });
  const grid: fc.Arbitrary<WorkbookGrid> = fc.record({ sheets: fc.array(sheet, { minLength: 0, maxLength: 3 }) });

  it("finds a table or says there is none; every indicator found gets a verdict (with a reason when not assessed)", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const d = findIndicators(g, detect);
        for (const r of d.indicators) expect(detect.indicatorCodes.has(r.code)).toBe(true);
        if (d.indicators.length === 0) expect(d.issues.map((i) => i.code)).toContain("table/not-found");
        const result = evaluate(d, built.ctx);
        for (const c of result.criteria) {
          expect(["achieved", "not_achieved", "not_assessed"]).toContain(c.verdict);
          for (const i of c.indicators) {
            expect(["achieved", "not_achieved", "not_assessed"]).toContain(i.verdict);
            if (i.verdict === "not_assessed") expect(i.reason.code).toBeTruthy();
          }
        }
        expect(result.criteriaAchieved).toBeLessThanOrEqual(result.criteriaTotal);
      }),
      { numRuns: RUNS.tables },
    );
  });
});

it("runs at least 10,000 generated inputs", () => {
  expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
});
