import {
  COLUMN_ROLES, cellA1, codePrefixText, columnByText, columnHowText, columnRoleText, noTableFound, noTableLookedFor, periodText, rowReadingText, skipReasonText,
} from "../../../src/domain/messages/readingWords";
import type { SkipReason, TableReading } from "../../../src/domain/grid/ReadingMap";

const table = (over: Partial<TableReading>): TableReading => ({ period: null, periods: [], codePrefix: null, ...over }) as TableReading;

describe("readingWords: the reading map in the user's words", () => {
  it("every skip reason in both languages", () => {
    const reasons: SkipReason[] = ["numbering", "no-code", "unknown-code", "duplicate", "hidden-copy"];
    expect(reasons.map((r) => skipReasonText(r, "vi"))).toEqual([
      "dòng đánh số cột",
      "không có mã chỉ tiêu hay số tiêu chí",
      "mã không có trong bộ tiêu chí",
      "mã đã có ở dòng trước (dùng dòng đầu)",
      "dòng ẩn (hoặc trang ẩn) trùng mã với dòng đang hiện",
    ]);
    expect(reasons.map((r) => skipReasonText(r, "en"))).toEqual([
      "column numbering row",
      "no indicator code or criterion number",
      "code not in the criteria set",
      "code already read above (the first is used)",
      "hidden row (or sheet) with the code of a visible row",
    ]);
  });

  it("every column role in both languages", () => {
    expect(COLUMN_ROLES.map((r) => columnRoleText(r, "vi"))).toEqual(["mã", "STT", "số tiêu chí", "tên", "mức chuẩn", "mức chuẩn chung", "số liệu", "tự đánh giá", "số đạt", "tổng số"]);
    expect(COLUMN_ROLES.map((r) => columnRoleText(r, "en"))).toEqual(["code", "STT", "criterion no.", "name", "threshold", "general threshold", "figure", "self-assessment", "count", "total"]);
  });

  it("how a column was chosen", () => {
    expect(columnHowText("user", "vi")).toBe("người dùng chọn");
    expect(columnHowText("user", "en")).toBe("chosen by you");
    expect(columnHowText("content", "vi")).toBe("theo nội dung");
    expect(columnHowText("content", "en")).toBe("from its content");
    expect(columnHowText("header", "vi")).toBeNull();
    expect(columnByText("header", "vi")).toBe("theo tiêu đề");
    expect(columnByText("header", "en")).toBe("from its header");
    expect(columnByText("user", "en")).toBe("chosen by you");
  });

  it("no table: the clause and what is looked for", () => {
    expect(noTableFound("vi")).toBe("không tìm thấy bảng chỉ tiêu");
    expect(noTableFound("en")).toBe("no indicator table found");
    expect(noTableLookedFor("vi")).toMatch(/^Cần một dòng tiêu đề có cột số liệu \(“Kết quả thực hiện”.*17\.10\)\.$/);
    expect(noTableLookedFor("en")).toMatch(/^It needs a header row with a figure column \(“Kết quả thực hiện”.*17\.10\)\.$/);
  });

  it("the period judged and the code prefix", () => {
    const t = table({ period: "Cả năm 2024", periodBy: "latest", periods: ["6 tháng đầu năm 2024", "Cả năm 2024"], codePrefix: "1" });
    expect(periodText(t, "vi")).toBe("kỳ được đánh giá: Cả năm 2024 (trong 6 tháng đầu năm 2024 / Cả năm 2024, kỳ sau cùng)");
    expect(periodText(t, "en")).toBe("period judged: Cả năm 2024 (of 6 tháng đầu năm 2024 / Cả năm 2024, the latest)");
    const chosen = table({ period: "6 tháng đầu năm 2024", periodBy: "user", periods: ["6 tháng đầu năm 2024", "Cả năm 2024"] });
    expect(periodText(chosen, "vi")).toBe("kỳ được đánh giá: 6 tháng đầu năm 2024 (trong 6 tháng đầu năm 2024 / Cả năm 2024, do người dùng chọn)");
    expect(periodText(chosen, "en")).toBe("period judged: 6 tháng đầu năm 2024 (of 6 tháng đầu năm 2024 / Cả năm 2024, chosen by the user)");
    expect(periodText(table({}), "vi")).toBeNull();
    expect(codePrefixText(t, "vi")).toBe("mã viết kèm số mục 1. (1.4.2 là chỉ tiêu 4.2)");
    expect(codePrefixText(t, "en")).toBe("codes carry section 1. (1.4.2 is indicator 4.2)");
    expect(codePrefixText(table({}), "en")).toBeNull();
  });

  it("rows as read", () => {
    expect(cellA1({ sheet: "S", row: 8, col: 3 })).toBe("D9");
    expect(cellA1(null)).toBe("—");
    expect(rowReadingText({ row: 7, as: "criterion", no: 4, label: "Điện" }, "vi")).toBe("Dòng 8: tiêu chí 4 — Điện");
    expect(rowReadingText({ row: 7, as: "criterion", no: 4, label: "" }, "en")).toBe("Row 8: criterion 4");
    const ind = { row: 8, as: "indicator" as const, code: "4.1", label: "Hệ thống điện đạt chuẩn", hidden: false, figure: { sheet: "S", row: 8, col: 4 }, threshold: { sheet: "S", row: 8, col: 3 }, self: null, thresholdRegion: null };
    expect(rowReadingText(ind, "vi")).toBe("Dòng 9: chỉ tiêu 4.1 — số liệu E9, mức chuẩn D9, tự đánh giá — · Hệ thống điện đạt chuẩn");
    expect(rowReadingText({ ...ind, hidden: true, label: "", thresholdRegion: "tdmn-phia-bac", self: { sheet: "S", row: 8, col: 5 } }, "en")).toBe(
      "Row 9 (hidden): indicator 4.1 — figure E9, threshold D9 TDMNPB, self F9",
    );
    expect(rowReadingText({ ...ind, hidden: true, label: "x".repeat(70) }, "vi")).toBe(`Dòng 9 (ẩn): chỉ tiêu 4.1 — số liệu E9, mức chuẩn D9, tự đánh giá — · ${"x".repeat(60)}`);
    expect(rowReadingText({ row: 11, as: "skipped", why: "duplicate", text: "4.1 Điện", code: "4.1" }, "vi")).toBe("Dòng 12: bỏ qua — mã đã có ở dòng trước (dùng dòng đầu) (4.1): 4.1 Điện");
    expect(rowReadingText({ row: 11, as: "skipped", why: "no-code", text: "Ghi chú" }, "en")).toBe("Row 12: skipped — no indicator code or criterion number: Ghi chú");
  });
});
