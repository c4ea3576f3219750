import { listSets } from "../../../src/domain/definitions/builtIn";
import { criteriaMatched, groupFromTitles, setFromCriteria, setFromTitles, sheetDefinedSet } from "../../../src/domain/definitions/chooseSet";
import type { TitleLine } from "../../../src/domain/grid/survey";

const SETS = listSets();
const byId = (id: string) => SETS.find((s) => s.id === id)!;
const line = (text: string, row = 0): TitleLine => ({ text, ref: { sheet: "Biểu", row, col: 0 } });
const idOf = (r: ReturnType<typeof setFromTitles>) => (r && "set" in r ? r.set.id : r && "sheet" in r ? `sheet: ${r.sheet.text}` : null);

describe("setFromTitles: the set a title names", () => {
  it.each([
    ["BIỂU TỰ ĐÁNH GIÁ GIAI ĐOẠN 2026 - 2030", "xa-ntm-2026-2030"],
    ["Bộ tiêu chí giai đoạn 2021–2025", "xa-ntm-2021-2025"],
    ["Bộ tiêu chí giai đoạn 2021—2025", "xa-ntm-2021-2025"],
    ["XÃ NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN 2021 - 2025", "xa-ntm-nang-cao-2021-2025"],
    ["xã NTM nâng cao", "xa-ntm-nang-cao-2021-2025"],
    ["Báo cáo kết quả năm 2027", "xa-ntm-2026-2030"],
    ["Báo cáo kết quả năm 2026", "xa-ntm-2026-2030"],
    ["Báo cáo kết quả năm 2030", "xa-ntm-2026-2030"],
    ["Báo cáo kết quả năm 2024", "xa-ntm-2021-2025"],
    ["Báo cáo kết quả năm 2021", "xa-ntm-2021-2025"],
    ["Xã nông thôn mới kiểu mẫu", "sheet: Xã nông thôn mới kiểu mẫu"],
    ["Thôn đạt chuẩn nông thôn mới", "sheet: Thôn đạt chuẩn nông thôn mới"],
    ["Khu dân cư ấp nông thôn mới", "sheet: Khu dân cư ấp nông thôn mới"],
  ])("%j → %s", (text, want) => {
    expect(idOf(setFromTitles([line(text)], SETS))).toBe(want);
  });

  it.each([
    "Báo cáo kết quả năm 2019",
    "Báo cáo kết quả năm 2031",
    "Giai đoạn 2016 - 2020",
    "Xã nông thôn mới",
    "UBND XÃ LIÊN SƠN",
    "Lạng Sơn, ngày 26 tháng 6 năm 2024",
    "Ngày 26/6/2024",
    "Trung thôn đạt chuẩn", // "trung thôn" is not a village standard
  ])("%j names no set", (text) => {
    expect(setFromTitles([line(text)], SETS)).toBeNull();
  });

  it("a date is not a report year; a period wins over a year, and is the reason", () => {
    expect(setFromTitles([line("Liên Sơn, ngày 26 tháng 6 năm 2026"), line("Biểu năm 2024", 1)], SETS)).toEqual({
      set: byId("xa-ntm-2021-2025"),
      reason: { by: "year", year: 2024, text: "Biểu năm 2024", cell: { sheet: "Biểu", row: 1, col: 0 } },
    });
    expect(setFromTitles([line("Báo cáo năm 2024"), line("Giai đoạn 2026-2030", 3)], SETS)).toEqual({
      set: byId("xa-ntm-2026-2030"),
      reason: { by: "title", text: "Giai đoạn 2026-2030", cell: { sheet: "Biểu", row: 3, col: 0 } },
    });
  });

  it("a standard and a period from different lines; the standard's line is the reason when no period is said", () => {
    expect(setFromTitles([line("BIỂU TỰ ĐÁNH GIÁ XÃ NÔNG THÔN MỚI NÂNG CAO"), line("năm 2024", 1)], SETS)).toEqual({
      set: byId("xa-ntm-nang-cao-2021-2025"),
      reason: { by: "title", text: "BIỂU TỰ ĐÁNH GIÁ XÃ NÔNG THÔN MỚI NÂNG CAO", cell: { sheet: "Biểu", row: 0, col: 0 } },
    });
    // Nâng cao for 2026–2030 is not shipped: the sheet defines its criteria.
    expect(idOf(setFromTitles([line("XÃ NÔNG THÔN MỚI NÂNG CAO"), line("giai đoạn 2026 - 2030", 1)], SETS))).toBe("sheet: XÃ NÔNG THÔN MỚI NÂNG CAO");
    // A period no set has is no signal.
    expect(setFromTitles([line("giai đoạn 2031 - 2035")], SETS)).toBeNull();
    expect(setFromTitles([], SETS)).toBeNull();
  });
});

describe("criteriaMatched and setFromCriteria: the set whose criterion names the rows carry", () => {
  const rows2021 = [
    { no: 1, label: "QUY HOẠCH" },
    { no: 2, label: "Giao thông" },
    { no: 3, label: "Tiêu chí số 3: Thủy lợi và phòng chống thiên tai" },
    { no: 4, label: "Điện" },
    { no: 4, label: "Hạ tầng" },
    { no: 5, label: "Trường học" },
  ];
  it("names match folded, without punctuation, by prefix either way; a criterion counts once", () => {
    expect(criteriaMatched(rows2021, byId("xa-ntm-2021-2025"))).toBe(5);
    expect(criteriaMatched(rows2021, byId("xa-ntm-nang-cao-2021-2025"))).toBe(4);
    expect(criteriaMatched(rows2021, byId("xa-ntm-2026-2030"))).toBe(1);
    expect(criteriaMatched([{ no: 3, label: "Thủy lợi" }], byId("xa-ntm-2021-2025"))).toBe(1);
    expect(criteriaMatched([{ no: 3, label: "" }], byId("xa-ntm-2021-2025"))).toBe(0);
    expect(criteriaMatched([{ no: 30, label: "Điện" }], byId("xa-ntm-2021-2025"))).toBe(0);
  });

  it("the best set with at least two rows and half of them; ties to the first listed", () => {
    expect(setFromCriteria(rows2021, SETS)).toEqual({ set: byId("xa-ntm-2021-2025"), matched: 5, of: 5 });
    expect(setFromCriteria([{ no: 1, label: "Quy hoạch" }, { no: 2, label: "Giao thông" }], SETS)).toEqual({ set: byId("xa-ntm-2021-2025"), matched: 2, of: 2 });
    expect(setFromCriteria([{ no: 1, label: "Quy hoạch" }], SETS)).toBeNull();
    expect(setFromCriteria([{ no: 1, label: "Quy hoạch" }, { no: 2, label: "Giao thông" }, { no: 3, label: "x" }, { no: 4, label: "y" }, { no: 5, label: "z" }], SETS)).toBeNull();
    expect(setFromCriteria([{ no: 1, label: "Quy hoạch" }, { no: 2, label: "Giao thông" }, { no: 3, label: "x" }, { no: 4, label: "y" }], SETS)).toEqual({ set: byId("xa-ntm-2021-2025"), matched: 2, of: 4 });
    expect(setFromCriteria([{ no: 2, label: "Hạ tầng kinh tế - xã hội" }, { no: 3, label: "Phát triển kinh tế nông thôn" }], SETS)).toEqual({ set: byId("xa-ntm-2026-2030"), matched: 2, of: 2 });
    expect(setFromCriteria([], SETS)).toBeNull();
  });
});

describe("sheetDefinedSet and groupFromTitles", () => {
  it("a set of the sheet's own criteria, named after its title", () => {
    const set = sheetDefinedSet([{ no: 2, label: " Giao thông " }, { no: 1, label: "" }, { no: 2, label: "again" }], line("XÃ NÔNG THÔN MỚI KIỂU MẪU"), { name: "Bộ tiêu chí trong biểu", nameEn: "The sheet's criteria" });
    expect(set).toEqual({
      id: "sheet-defined",
      name: "XÃ NÔNG THÔN MỚI KIỂU MẪU",
      nameEn: "The sheet's criteria",
      decision: "XÃ NÔNG THÔN MỚI KIỂU MẪU",
      period: "",
      level: "sheet",
      indicatorsFrom: "sheet",
      regions: [{ id: "chung", name: "Chung", nameEn: "All" }],
      criteria: [
        { no: 1, name: "1", indicators: [] },
        { no: 2, name: "Giao thông", indicators: [] },
      ],
    });
    const untitled = sheetDefinedSet([], null, { name: "Bộ tiêu chí trong biểu", nameEn: "x" });
    expect([untitled.name, untitled.decision]).toEqual(["Bộ tiêu chí trong biểu", "Bộ tiêu chí trong biểu"]);
    expect(sheetDefinedSet([], line("T".repeat(200)), { name: "n", nameEn: "x" }).name).toHaveLength(160);
  });

  it("the first title naming a commune group", () => {
    expect(groupFromTitles([line("UBND XÃ LIÊN SƠN"), line("BIỂU TỰ ĐÁNH GIÁ (xã nhóm 2)", 1), line("nhóm 3", 2)])).toEqual({ group: "nhom-2", line: line("BIỂU TỰ ĐÁNH GIÁ (xã nhóm 2)", 1) });
    expect(groupFromTitles([line("UBND XÃ LIÊN SƠN")])).toBeNull();
  });
});
