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

describe("setFromTitles: more of what titles say", () => {
  it.each([
    ["Báo cáo kết quả năm 2025", "xa-ntm-2021-2025"],
    ["Bản đạt chuẩn nông thôn mới", "sheet: Bản đạt chuẩn nông thôn mới"],
    ["Khóm nông thôn mới kiểu mẫu", "sheet: Khóm nông thôn mới kiểu mẫu"],
    ["Biểu đánh giá tổ dân phố đạt chuẩn", "sheet: Biểu đánh giá tổ dân phố đạt chuẩn"],
    ["Danh sách thôn NTM", "sheet: Danh sách thôn NTM"],
    ["KẾT QUẢ XÂY DỰNG NTM NÂNG CAO NĂM 2024", "xa-ntm-nang-cao-2021-2025"],
    ["GIAI ĐOẠN 2021 -2025", "xa-ntm-2021-2025"],
    ["giai đoạn 2026–  2030", "xa-ntm-2026-2030"],
  ])("%j → %s", (text, want) => {
    expect(idOf(setFromTitles([line(text)], SETS))).toBe(want);
  });

  it.each([
    "Báo cáo kết quả năm 2020",
    "Giai đoạn 20212025",
    "Mã số 120262030",
    "năm 20245",
    "Xã nông thôn mới giai đoạn 2021",
    "Thôn Bản Sen", // a village's name, no standard
  ])("%j names no set", (text) => {
    expect(setFromTitles([line(text)], SETS)).toBeNull();
  });

  it("every date in a line is set aside, not only the first", () => {
    expect(setFromTitles([line("Từ ngày 1/1/2026 đến 30/6/2026")], SETS)).toBeNull();
    expect(setFromTitles([line("ngày 1 tháng 1 năm 2026 và ngày 2 tháng 2 năm 2026")], SETS)).toBeNull();
    expect(idOf(setFromTitles([line("Báo cáo năm 2024, ngày 26/6/2026")], SETS))).toBe("xa-ntm-2021-2025");
    // A two-digit month: still a date, not a report year.
    expect(setFromTitles([line("Lạng Sơn, ngày 26 tháng 12 năm 2026")], SETS)).toBeNull();
    expect(setFromTitles([line("Lạng Sơn, ngày 5 tháng 1 năm 2026")], SETS)).toBeNull();
  });

  it("a report year is the reason only when no period or standard is said", () => {
    expect(setFromTitles([line("Báo cáo năm 2027", 2)], SETS)).toEqual({
      set: byId("xa-ntm-2026-2030"),
      reason: { by: "year", year: 2027, text: "Báo cáo năm 2027", cell: { sheet: "Biểu", row: 2, col: 0 } },
    });
    // A line with the period and a year: the period's line is the title reason.
    expect(setFromTitles([line("Giai đoạn 2021 - 2025, năm 2024", 1)], SETS)).toEqual({
      set: byId("xa-ntm-2021-2025"),
      reason: { by: "title", text: "Giai đoạn 2021 - 2025, năm 2024", cell: { sheet: "Biểu", row: 1, col: 0 } },
    });
    // The first line that says a period is the one cited.
    expect(setFromTitles([line("Giai đoạn 2021 - 2025", 1), line("Bộ tiêu chí 2021 - 2025", 2)], SETS)).toMatchObject({ reason: { by: "title", cell: { row: 1 } } });
    expect(setFromTitles([line("năm 2024", 1), line("năm 2027", 2)], SETS)).toMatchObject({ set: { id: "xa-ntm-2021-2025" }, reason: { by: "year", year: 2024 } });
    // A year no set covers is passed over for the next one.
    expect(setFromTitles([line("Kế hoạch giai đoạn năm 2019", 1), line("Báo cáo năm 2024", 2)], SETS)).toMatchObject({ set: { id: "xa-ntm-2021-2025" }, reason: { by: "year", year: 2024, cell: { row: 2 } } });
  });

  it("a period no listed set has falls back on the year; a standard without a period is no set of its own", () => {
    expect(idOf(setFromTitles([line("giai đoạn 2016 - 2020"), line("năm 2027", 1)], SETS))).toBe("xa-ntm-2026-2030");
    // Only the 2021–2025 sets listed: a 2027 report matches none of them.
    const older = SETS.filter((s) => s.period === "2021-2025");
    expect(setFromTitles([line("Báo cáo năm 2027")], older)).toBeNull();
    expect(idOf(setFromTitles([line("XÃ NÔNG THÔN MỚI NÂNG CAO")], older))).toBe("xa-ntm-nang-cao-2021-2025");
    // Nâng cao and 2026–2030: no such set listed, the sheet defines it.
    expect(idOf(setFromTitles([line("NÔNG THÔN MỚI NÂNG CAO năm 2027")], SETS))).toBe("sheet: NÔNG THÔN MỚI NÂNG CAO năm 2027");
  });
});

describe("criteria names, and the sheet's own set", () => {
  it("a criterion label may say its number and more than the set's name", () => {
    const set = byId("xa-ntm-2021-2025");
    expect(criteriaMatched([{ no: 2, label: "Giao thông nông thôn" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 2, label: "TIÊU CHÍ SỐ 2. GIAO THÔNG" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 2, label: "Tiêu chí 2 - Giao thông" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 2, label: "Tiêu chí số 2:Giao thông" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 2, label: "Tiêu chí 2 Giao thông" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 10, label: "Tiêu chí số 10: Thu nhập" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 2, label: "- Giao thông" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 3, label: "Thủy lợi và phòng,chống thiên tai" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 3, label: "Thủy lợi và phòng, chống thiên tai" }], set)).toBe(1);
    expect(criteriaMatched([{ no: 3, label: "Thủy lợi - phòng chống thiên tai" }], set)).toBe(0);
    expect(criteriaMatched([{ no: 2, label: "Điện" }], set)).toBe(0);
    expect(criteriaMatched([{ no: 2, label: "…" }], set)).toBe(0);
    // A criterion counted once, by its first row.
    expect(criteriaMatched([{ no: 2, label: "Khác" }, { no: 2, label: "Giao thông" }], set)).toBe(0);
  });

  it("a set the sheet defines is never chosen by its names", () => {
    const rows = [{ no: 1, label: "Quy hoạch" }, { no: 2, label: "Giao thông" }];
    const own = sheetDefinedSet(rows, line("THÔN KIỂU MẪU"), { name: "n", nameEn: "n" });
    expect(setFromCriteria(rows, [own])).toBeNull();
    expect(setFromCriteria(rows, [own, byId("xa-ntm-2021-2025")])?.set.id).toBe("xa-ntm-2021-2025");
    // Ties go to the first listed.
    expect(setFromCriteria(rows, [byId("xa-ntm-nang-cao-2021-2025"), byId("xa-ntm-2021-2025")])?.set.id).toBe("xa-ntm-nang-cao-2021-2025");
    // Rows that repeat a criterion count it once: 2 of 2, not 2 of 3.
    expect(setFromCriteria([...rows, { no: 2, label: "Giao thông nội đồng" }], SETS)).toMatchObject({ matched: 2, of: 2 });
  });

  it("the title names the sheet's set, cut at 160 characters in both places", () => {
    const long = "BIỂU ĐÁNH GIÁ THÔN NÔNG THÔN MỚI KIỂU MẪU ".repeat(6);
    const set = sheetDefinedSet([{ no: 1, label: "Quy hoạch" }], line(long), { name: "n", nameEn: "n" });
    expect([set.name, set.decision]).toEqual([long.slice(0, 160), long.slice(0, 160)]);
    expect(sheetDefinedSet([{ no: 10, label: "x" }, { no: 9, label: "y" }], null, { name: "n", nameEn: "n" }).criteria.map((c) => c.no)).toEqual([9, 10]);
  });
});
