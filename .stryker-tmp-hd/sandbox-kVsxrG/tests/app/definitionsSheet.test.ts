// @ts-nocheck
import { readFileSync } from "node:fs";
import { CheckSession } from "../../src/app/CheckSession";
import { judgeGrid } from "../../src/app/judgeWorkbook";
import { MemoryWorkbook } from "../../src/adapters/memory/MemoryWorkbook";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { DEFINITIONS_SHEET_NAME } from "../../src/domain/definitions/definitionsSheet";
import { definitionsFromForm } from "../../src/domain/definitions/exportDefinitions";
import { parseOverlay } from "../../src/domain/definitions/parseOverlay";
import type { CheckOptions } from "../../src/domain/evaluation/context";
import type { CommuneResult } from "../../src/domain/evaluation/CommuneResult";
import { problemText } from "../../src/domain/messages";

const OPTIONS: CheckOptions = { setId: null, province: "lang-son", region: null, disadvantaged: false, overlayJson: null };
const load = () => readWorkbookGrid(new Uint8Array(readFileSync("examples/minh-hoa-2026.xlsx")));
const ind = (r: CommuneResult, code: string) => r.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)!;

/** The row of an indicator code in the definitions sheet, and its "applied" column (F). */
function rowOf(wb: MemoryWorkbook, code: string): number {
  const sheet = wb.sheets.find((s) => s.name === DEFINITIONS_SHEET_NAME)!;
  const k = sheet.rows.findIndex((r) => r[0]?.value === code);
  if (k < 0) throw new Error(`no row ${code}`);
  return sheet.originRow + k;
}

describe("the definitions sheet: insert, edit, check, export, import elsewhere", () => {
  it("round trip on the 2026–2030 form", async () => {
    const wb = new MemoryWorkbook(load());
    const session = new CheckSession(wb, "vi");
    expect((await session.check(OPTIONS)).result.criteriaAchieved).toBe(6);

    const { name } = await session.insertDefinitions();
    expect(name).toBe(DEFINITIONS_SHEET_NAME);
    const sheet = wb.sheets.find((s) => s.name === name)!;
    const r81 = rowOf(wb, "8.1");
    const cells = sheet.rows[r81 - sheet.originRow].map((c) => c?.value ?? null);
    expect(cells).toEqual(["8.1", "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn", "Tỷ lệ (%)", "≥ 60%", "Tự đánh giá 2026!29: “≥ 60%”", "≥ 60%", "Chỉ tiêu do biểu xác định"]);

    // Unedited, the sheet changes nothing.
    expect((await session.check(OPTIONS)).result.criteriaAchieved).toBe(6);

    // The user lowers 8.1 to 50% and writes nonsense for 2.2.
    wb.setCell({ sheet: name, row: r81, col: 5 }, { value: "≥ 50%" });
    wb.setCell({ sheet: name, row: rowOf(wb, "2.2"), col: 5 }, { value: "chưa rõ" });
    const after = (await session.check(OPTIONS)).result;
    expect(after.criteriaAchieved).toBe(7);
    expect(ind(after, "8.1")).toMatchObject({ verdict: "achieved", threshold: { origin: "definitions", source: `Bảng định nghĩa, ô '${name}'!F${r81 + 1}: “≥ 50%”` } });
    const bad = after.findings.find((f) => f.code === "definitions/sheet-entry")!;
    expect(problemText(bad, "vi")).toBe(`Bảng định nghĩa, chỉ tiêu 2.2: “chưa rõ” không phải mức chuẩn (ví dụ “≥ 90%”, “≤ 2%”, “Đạt”); dùng mức chuẩn gốc. ['${name}'!F${rowOf(wb, "2.2") + 1}]`);
    expect(ind(after, "2.2")).toMatchObject({ verdict: "achieved", threshold: { origin: "sheet" } });

    // Inserted again: the edit stays, with its original beside it.
    await session.insertDefinitions();
    const again = wb.sheets.find((s) => s.name === name)!;
    const row = again.rows[rowOf(wb, "8.1") - again.originRow].map((c) => c?.value ?? null);
    expect(row.slice(3, 6)).toEqual(["≥ 60%", "Tự đánh giá 2026!29: “≥ 60%”", "≥ 50%"]);
    expect((await session.check(OPTIONS)).result.criteriaAchieved).toBe(7);

    // Exported, and used for another commune's copy of the form: the same verdicts.
    const grid = { sheets: wb.sheets };
    const judged = judgeGrid(grid, OPTIONS);
    const defs = definitionsFromForm(grid, judged.detection, judged.result, { file: "minh-hoa-2026.xlsx", id: "minh-hoa" });
    const parsed = parseOverlay(JSON.parse(JSON.stringify(defs)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.overlay.thresholds["8.1"]).toMatchObject({ atLeast: 50, unit: "%" });
    const other = load();
    const sheetOther = other.sheets[0];
    for (const r of sheetOther.rows) for (const c of [2, 3, 4]) if (r[c] && sheetOther.rows.indexOf(r) > 8) r[c] = null;
    const elsewhere = judgeGrid(other, { ...OPTIONS, overlays: [parsed.overlay] }).result;
    const verdicts = (r: CommuneResult) => r.criteria.flatMap((c) => c.indicators.map((i) => `${i.code}:${i.verdict}`));
    expect(verdicts(elsewhere)).toEqual(verdicts(after));
    expect(elsewhere.criteriaAchieved).toBe(7);
  });
});
