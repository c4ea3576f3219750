// @ts-nocheck
import {
  bandOf,
  bandRanges,
  bandsFor,
  checkBands,
  columnsFor,
  communeEntry,
  communeFromFileName,
  consolidate,
  setGroups,
  type BandsError,
  type CommuneEntry,
} from "../../../src/domain/district/consolidate";
import { bandsErrorText, buildDistrictParagraph, formatAverage, mixedSetsText } from "../../../src/domain/district/districtText";
import { buildDistrictLayout } from "../../../src/domain/district/buildDistrictLayout";
import type { CommuneResult } from "../../../src/domain/evaluation/CommuneResult";
import type { Verdict } from "../../../src/domain/evaluation/Verdict";

const NOS19 = Array.from({ length: 19 }, (_, i) => i + 1);

function entry(file: string, commune: string, achieved: number, total = 19, notAssessed: number[] = [], setId = total === 10 ? "xa-ntm-2026-2030" : "xa-ntm-2021-2025"): CommuneEntry {
  const criteria: Record<string, Verdict> = {};
  for (let no = 1; no <= total; no++) criteria[String(no)] = notAssessed.includes(no) ? "not_assessed" : no <= achieved ? "achieved" : "not_achieved";
  return { file, commune, communeFrom: "workbook", criteriaAchieved: achieved, criteriaTotal: total, criteria, findings: 0, setId };
}

describe("bands", () => {
  test("19 criteria: the notice's bands, all achieved first", () => {
    expect(bandRanges(19).map((b) => b.key)).toEqual(["19", "15-18", "10-14", "5-9", "0-4"]);
  });

  test("a 10-criterion set (2026-2030) is not banded as if it had 19", () => {
    expect(bandRanges(10).map((b) => b.key)).toEqual(["10", "5-9", "0-4"]);
    expect(bandOf(10, 10)).toBe("10");
    expect(bandOf(9, 10)).toBe("5-9");
  });

  test.each([
    [19, "19"],
    [18, "15-18"],
    [15, "15-18"],
    [14, "10-14"],
    [10, "10-14"],
    [9, "5-9"],
    [5, "5-9"],
    [4, "0-4"],
    [0, "0-4"],
  ])("%i of 19 criteria is band %s", (achieved, key) => {
    expect(bandOf(achieved, 19)).toBe(key);
  });
});

describe("commune names from file names", () => {
  test.each([
    ["17 Xã Trấn Yên.xlsx", "Trấn Yên"],
    ["/data/huyen/Xa Nhat Hoa.xls", "Nhat Hoa"],
    ["C:\\bao cao\\UBND xã Vũ Lễ.xlsx", "Vũ Lễ"],
    ["03_Chien_Thang.xlsx", "Chien Thang"],
  ])("%s → %s", (file, name) => {
    expect(communeFromFileName(file)).toBe(name);
  });

  test("a workbook without a commune name is named after its file", () => {
    const result: CommuneResult = { setId: "x", region: null, province: null, commune: null, criteriaAchieved: 0, criteriaTotal: 0, criteria: [], findings: [] };
    expect(communeEntry("in/Xã Trấn Yên.xlsx", result)).toMatchObject({ commune: "Trấn Yên", communeFrom: "file" });
    expect(communeEntry("in/a.xlsx", { ...result, commune: "Tân Tri" })).toMatchObject({ commune: "Tân Tri", communeFrom: "workbook" });
  });
});

describe("consolidate", () => {
  test("orders by file, counts a commune once, averages the communes counted", () => {
    const figures = consolidate(
      [entry("b/10-c.xlsx", "Vũ Sơn", 15), entry("b/2-a.xlsx", "Tân Hương", 19), entry("b/9-b.xlsx", "tân  hương", 3), entry("b/11-d.xlsx", "Trấn Yên", 7)],
      [],
      { criterionNos: NOS19 },
    );
    // Numeric order of file names: 2 < 9 < 10 < 11.
    expect(figures.communes.map((e) => e.commune)).toEqual(["Tân Hương", "Vũ Sơn", "Trấn Yên"]);
    expect(figures.excluded).toEqual([{ file: "b/9-b.xlsx", reason: "duplicate", commune: "Tân Hương", keptFile: "b/2-a.xlsx" }]);
    expect(figures.average).toBeCloseTo((19 + 15 + 7) / 3, 10);
    expect(Object.fromEntries(figures.bands.map((b) => [b.key, b.communes]))).toEqual({
      "19": ["Tân Hương"],
      "15-18": ["Vũ Sơn"],
      "10-14": [],
      "5-9": ["Trấn Yên"],
      "0-4": [],
    });
    // entry(): criteria 1..achieved are achieved.
    expect(figures.perCriterion["1"]).toBe(3);
    expect(figures.perCriterion["8"]).toBe(2);
    expect(figures.perCriterion["15"]).toBe(2);
    expect(figures.perCriterion["16"]).toBe(1);
    expect(figures.perCriterion["19"]).toBe(1);
  });

  test("communes differing only by a diacritic are different communes (Long Đống, Long Đông)", () => {
    const figures = consolidate([entry("1.xlsx", "Long Đống", 14), entry("2.xlsx", "Long Đông", 12)], [], { criterionNos: NOS19 });
    expect(figures.communes).toHaveLength(2);
    expect(figures.excluded).toEqual([]);
  });

  test("not assessed is not achieved for the counts", () => {
    const figures = consolidate([entry("1.xlsx", "A", 10, 19, [3])], [], { criterionNos: NOS19 });
    expect(figures.perCriterion["3"]).toBe(0);
    expect(figures.perCriterion["2"]).toBe(1);
  });

  test("no commune: no average, empty bands", () => {
    const figures = consolidate([], [{ file: "x.xlsx", reason: "corrupt" }], { criterionNos: NOS19 });
    expect(figures.average).toBeNull();
    expect(figures.bands.every((b) => b.communes.length === 0)).toBe(true);
    expect(figures.perCriterion["5"]).toBe(0);
  });
});

describe("average and paragraph", () => {
  test.each([
    [243 / 17, "vi", "14,29"],
    [243 / 17, "en", "14.29"],
    [14.3, "vi", "14,30"],
    [19, "vi", "19,00"],
    [12.345, "vi", "12,35"],
  ] as const)("%f → %s %s", (avg, lang, text) => {
    expect(formatAverage(avg, lang)).toBe(text);
  });

  test("the notice's lines, leaving out empty bands", () => {
    const figures = consolidate(
      [entry("1.xlsx", "Tân Hương", 19), entry("2.xlsx", "Bắc Quỳnh", 19), entry("3.xlsx", "Vũ Sơn", 15), entry("4.xlsx", "Trấn Yên", 3)],
      [],
      { criterionNos: NOS19 },
    );
    expect(buildDistrictParagraph(figures, "vi").split("\n").slice(0, 5)).toEqual([
      "- Tổng số xã được tổng hợp: 4 xã.",
      "- Số xã đạt 19 tiêu chí: 02 xã (Tân Hương, Bắc Quỳnh).",
      "- Số xã đạt 15-18 tiêu chí: 01 xã (Vũ Sơn).",
      "- Số xã đạt dưới 5 tiêu chí: 01 xã (Trấn Yên).",
      "- Bình quân đạt 14,00 tiêu chí/xã.",
    ]);
    // Without the set's names the criteria are named by number; no commune is within two criteria.
    const lines = buildDistrictParagraph(figures, "vi").split("\n");
    expect(lines[7]).toBe("- Xã Vũ Sơn: Đã đạt 15/19 tiêu chí: Tiêu chí số 1; Tiêu chí số 2; Tiêu chí số 3; Tiêu chí số 4; Tiêu chí số 5; Tiêu chí số 6; Tiêu chí số 7; Tiêu chí số 8; Tiêu chí số 9; Tiêu chí số 10; Tiêu chí số 11; Tiêu chí số 12; Tiêu chí số 13; Tiêu chí số 14; Tiêu chí số 15. Các tiêu chí chưa đạt 4/19 tiêu chí: Tiêu chí số 16; Tiêu chí số 17; Tiêu chí số 18; Tiêu chí số 19.");
    expect(lines.some((l) => l.includes("gần đạt chuẩn"))).toBe(false);
    expect(lines).toContain("- Tiêu chí số 16: 02 xã chưa đạt (Vũ Sơn, Trấn Yên).");
    expect(buildDistrictParagraph(figures, "en")).toContain("- Criterion 16: not achieved by 2 communes (Vũ Sơn, Trấn Yên).");
    expect(buildDistrictParagraph(figures, "en")).toContain("- Communes achieving fewer than 5 criteria: 1 commune (Trấn Yên).");
  });
});

describe("bands the user gives (--bands, the pane's setting)", () => {
  test.each([
    ["10,7-9,5-6,0-4", 10, ["10", "7-9", "5-6", "0-4"]],
    // Any order, spaces, semicolons, an en dash: bands come back highest first.
    [" 0-4; 5–6 ,10, 7 - 9 ", 10, ["10", "7-9", "5-6", "0-4"]],
    ["19,15-18,10-14,5-9,0-4", 19, ["19", "15-18", "10-14", "5-9", "0-4"]],
    // The top band need not be the total on its own.
    ["17-19,0-16", 19, ["17-19", "0-16"]],
    ["0-10", 10, ["0-10"]],
    ["10,5—9,0 – 4", 10, ["10", "5-9", "0-4"]],
  ])("%j over %i criteria → %j", (text, total, keys) => {
    const r = bandsFor(text, total);
    expect(r.ok && r.bands.map((b) => b.key)).toEqual(keys);
  });

  test.each<[string, number, BandsError]>([
    ["", 10, { kind: "empty" }],
    [" , ", 10, { kind: "empty" }],
    ["10,7-9,x", 10, { kind: "syntax", part: "x" }],
    ["10,7-9,5.5-6", 10, { kind: "syntax", part: "5.5-6" }],
    ["10,-1-4", 10, { kind: "syntax", part: "-1-4" }],
    ["10,5-9,0-4,10000", 10, { kind: "syntax", part: "10000" }],
    ["10 5-9 0-4", 10, { kind: "syntax", part: "10 5-9 0-4" }],
    ["10,9-7,0-6", 10, { kind: "reversed", part: "9-7" }],
    ["11,0-10", 10, { kind: "beyond", part: "11", total: 10 }],
    ["10,5-9,4-6,0-3", 10, { kind: "overlap", first: "5-9", second: "4-6" }],
    ["10,10,0-9", 10, { kind: "overlap", first: "10", second: "10" }],
    ["10,7-9,0-4", 10, { kind: "gap", from: 5, to: 6, total: 10 }],
    ["9,0-8", 10, { kind: "gap", from: 10, to: 10, total: 10 }],
    ["10,1-9", 10, { kind: "gap", from: 0, to: 0, total: 10 }],
    // Bands for 10 criteria do not fit a 19-criterion set.
    ["10,5-9,0-4", 19, { kind: "gap", from: 11, to: 19, total: 19 }],
  ])("%j over %i criteria is refused: %j", (text, total, error) => {
    expect(bandsFor(text, total)).toEqual({ ok: false, error });
  });

  test("no band at all covers nothing", () => {
    expect(checkBands([], 10)).toEqual({ kind: "empty" });
    expect(checkBands([{ key: "0-10", min: 0, max: 10 }], 10)).toBeNull();
  });

  test("the refusal says what is wrong and what is expected, in Vietnamese and English", () => {
    const gap = bandsFor("10,7-9,0-4", 10);
    if (gap.ok) throw new Error("accepted");
    expect(bandsErrorText(gap.error, 10, "vi")).toBe(
      "Các nhóm số tiêu chí chưa hợp lệ: không nhóm nào chứa 5-6 tiêu chí. Các nhóm phải phủ kín từ 0 đến 10 tiêu chí, không chồng nhau, ví dụ “10,5-9,0-4”.",
    );
    expect(bandsErrorText(gap.error, 10, "en")).toBe(
      "The criteria bands are not valid: no band holds 5-6 criteria. The bands must cover 0 to 10 criteria with no gap or overlap, e.g. “10,5-9,0-4”.",
    );
    expect(bandsErrorText({ kind: "syntax", part: "x" }, null, "vi")).toBe(
      "Các nhóm số tiêu chí chưa hợp lệ: “x” không phải một số hoặc một khoảng như “5-9”. Viết các nhóm cách nhau bằng dấu phẩy, ví dụ “19,15-18,10-14,5-9,0-4”.",
    );
    expect(bandsErrorText({ kind: "overlap", first: "5-9", second: "4-6" }, 19, "en")).toMatch(/^The criteria bands are not valid: bands “5-9” and “4-6” overlap\. .*“19,15-18,10-14,5-9,0-4”\.$/);
  });

  test("the given bands change the counts, the keys and the paragraph; the default is the set's", () => {
    const entries = [entry("1.xlsx", "A", 10, 10), entry("2.xlsx", "B", 8, 10), entry("3.xlsx", "C", 7, 10), entry("4.xlsx", "D", 6, 10), entry("5.xlsx", "E", 3, 10)];
    const nos = Array.from({ length: 10 }, (_, i) => i + 1);
    const byDefault = consolidate(entries, [], { criterionNos: nos });
    expect(byDefault.bands.map((b) => [b.key, b.communes])).toEqual([["10", ["A"]], ["5-9", ["B", "C", "D"]], ["0-4", ["E"]]]);
    const r = bandsFor("10,7-9,5-6,0-4", 10);
    if (!r.ok) throw new Error("refused");
    const given = consolidate(entries, [], { criterionNos: nos }, { bands: r.bands });
    expect(given.bands.map((b) => [b.key, b.communes])).toEqual([["10", ["A"]], ["7-9", ["B", "C"]], ["5-6", ["D"]], ["0-4", ["E"]]]);
    expect(buildDistrictParagraph(given, "vi").split("\n").slice(1, 5)).toEqual([
      "- Số xã đạt 10 tiêu chí: 01 xã (A).",
      "- Số xã đạt 7-9 tiêu chí: 02 xã (B, C).",
      "- Số xã đạt 5-6 tiêu chí: 01 xã (D).",
      "- Số xã đạt dưới 5 tiêu chí: 01 xã (E).",
    ]);
    // Bands that do not cover the set are a caller's bug, never a silently wrong table.
    expect(() => consolidate(entries, [], { criterionNos: nos }, { bands: [{ key: "10", min: 10, max: 10 }] })).toThrow(/do not cover 0..10/);
  });
});

describe("the nearly-there limit and the consolidating body", () => {
  const nos = NOS19;
  const entries = [entry("1.xlsx", "Tân Lập", 18), entry("2.xlsx", "Vũ Lăng", 16), entry("3.xlsx", "Vũ Sơn", 15)];

  test("default 2: Tân Lập alone; 3: Tân Lập and Vũ Lăng; 4: all three; on the sheet too", () => {
    expect(consolidate(entries, [], { criterionNos: nos }).nearlyThereMax).toBe(2);
    const para = (n: number) => buildDistrictParagraph(consolidate(entries, [], { criterionNos: nos }, { nearlyThereMax: n }), "vi").split("\n");
    expect(para(2).find((l) => l.includes("gần đạt chuẩn"))).toBe("- Xã gần đạt chuẩn (còn thiếu không quá 2 tiêu chí): 01 xã (Tân Lập: còn thiếu Tiêu chí số 19).");
    expect(para(3).find((l) => l.includes("gần đạt chuẩn"))).toBe(
      "- Xã gần đạt chuẩn (còn thiếu không quá 3 tiêu chí): 02 xã (Tân Lập: còn thiếu Tiêu chí số 19; Vũ Lăng: còn thiếu Tiêu chí số 17; Tiêu chí số 18; Tiêu chí số 19).",
    );
    expect(para(4).find((l) => l.includes("gần đạt chuẩn"))).toMatch(/^- Xã gần đạt chuẩn \(còn thiếu không quá 4 tiêu chí\): 03 xã \(Tân Lập: .*; Vũ Lăng: .*; Vũ Sơn: còn thiếu Tiêu chí số 16; Tiêu chí số 17; Tiêu chí số 18; Tiêu chí số 19\)\.$/);
    const layout = buildDistrictLayout(consolidate(entries, [], { criterionNos: nos }, { nearlyThereMax: 3 }), { setName: "Bộ", lang: "vi" });
    const values = layout.cells.map((c) => c.value);
    expect(values).toContain("XÃ GẦN ĐẠT CHUẨN (CÒN THIẾU KHÔNG QUÁ 3 TIÊU CHÍ)");
    expect(values.filter((v) => typeof v === "string" && /^(Tân Lập|Vũ Lăng|Vũ Sơn): còn thiếu /.test(v))).toHaveLength(2);
    expect(() => consolidate(entries, [], { criterionNos: nos }, { nearlyThereMax: 0 })).toThrow(/nearlyThereMax/);
  });

  test("--unit names the body in the sheet's title and figures and opens the paragraph; without it the wording is today's, naming no level", () => {
    const plain = consolidate(entries, [], { criterionNos: nos });
    const named = consolidate(entries, [], { criterionNos: nos }, { unit: "  tỉnh   Lạng Sơn " });
    expect(named.unit).toBe("tỉnh Lạng Sơn");
    expect(plain.unit).toBeNull();
    const cell = (f: typeof plain, lang: "vi" | "en", row: number) => buildDistrictLayout(f, { setName: "Bộ", lang }).cells.find((c) => c.row === row && c.col === 0)?.value;
    expect(cell(named, "vi", 0)).toBe("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CỦA CÁC XÃ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN");
    expect(cell(plain, "vi", 0)).toBe("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CỦA CÁC XÃ");
    expect(cell(named, "en", 0)).toBe("SUMMARY OF COMMUNES' RESULTS AGAINST THE NEW RURAL COMMUNE CRITERIA: TỈNH LẠNG SƠN");
    const texts = (f: typeof plain) => buildDistrictLayout(f, { setName: "Bộ", lang: "vi" }).cells.map((c) => String(c.value ?? ""));
    expect(texts(named)).toContain("SỐ LIỆU TỔNG HỢP CỦA TỈNH LẠNG SƠN");
    expect(texts(plain)).toContain("SỐ LIỆU TỔNG HỢP");
    expect(texts(plain).some((v) => /huyện/i.test(v))).toBe(false);
    expect(buildDistrictParagraph(named, "vi").split("\n").slice(0, 2)).toEqual(["Kết quả thực hiện các tiêu chí của các xã trên địa bàn tỉnh Lạng Sơn, cụ thể:", "- Tổng số xã được tổng hợp: 3 xã."]);
    expect(buildDistrictParagraph(named, "en").split("\n")[0]).toBe("Results of the communes of tỉnh Lạng Sơn against the criteria:");
    expect(buildDistrictParagraph(plain, "vi").split("\n")[0]).toBe("- Tổng số xã được tổng hợp: 3 xã.");
  });
});

describe("one criteria set per table", () => {
  test("each entry carries the set its workbook was judged with", () => {
    const result: CommuneResult = { setId: "xa-ntm-2026-2030", region: "nhom-2", province: null, commune: "Tân Tri", criteriaAchieved: 7, criteriaTotal: 10, criteria: [], findings: [] };
    expect(communeEntry("a.xlsx", result).setId).toBe("xa-ntm-2026-2030");
  });

  test("files are grouped by set, first file's set first, each group in file order", () => {
    const entries = [
      entry("d.xlsx", "D", 7, 10),
      entry("a.xlsx", "A", 15),
      entry("e.xlsx", "E", 8, 10),
      entry("c.xlsx", "C", 12),
      entry("b.xlsx", "B", 19),
    ];
    expect(setGroups(entries)).toEqual([
      { setId: "xa-ntm-2021-2025", files: ["a.xlsx", "b.xlsx", "c.xlsx"] },
      { setId: "xa-ntm-2026-2030", files: ["d.xlsx", "e.xlsx"] },
    ]);
    expect(setGroups(entries.filter((e) => e.setId === "xa-ntm-2021-2025"))).toHaveLength(1);
    expect(setGroups([])).toEqual([]);
  });

  test("the refusal names the files of each set, in Vietnamese and English, for the command line and the pane", () => {
    const groups = [
      { setName: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025", files: ["a.xlsx", "b.xlsx", "c.xlsx"] },
      { setName: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030", files: ["d.xlsx", "e.xlsx"] },
    ];
    expect(mixedSetsText(groups, "cli", "vi")).toBe(
      "Không gộp được: 3 tệp theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025 (a.xlsx, b.xlsx, c.xlsx) và 2 tệp theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030 (d.xlsx, e.xlsx). Gộp riêng từng bộ, hoặc chỉ rõ --set.",
    );
    expect(mixedSetsText(groups, "cli", "en")).toBe(
      "Cannot consolidate: 3 files judged with Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025 (a.xlsx, b.xlsx, c.xlsx) and 2 files judged with Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030 (d.xlsx, e.xlsx). Consolidate each set separately, or name the set with --set.",
    );
    expect(mixedSetsText(groups, "pane", "vi")).toMatch(/Gộp riêng từng bộ, hoặc chọn bộ tiêu chí trong phần thiết lập\.$/);
    expect(mixedSetsText(groups, "pane", "vi")).not.toContain("--set");
    // Thousands of files: every file of a small group, the first 20 of a large one.
    const many = [{ setName: "X", files: Array.from({ length: 25 }, (_, i) => `${i}.xlsx`) }, { setName: "Y", files: ["z.xlsx"] }];
    expect(mixedSetsText(many, "cli", "vi")).toContain("(0.xlsx, 1.xlsx, 2.xlsx, 3.xlsx, 4.xlsx, 5.xlsx, 6.xlsx, 7.xlsx, 8.xlsx, 9.xlsx, 10.xlsx, 11.xlsx, 12.xlsx, 13.xlsx, 14.xlsx, 15.xlsx, 16.xlsx, 17.xlsx, 18.xlsx, 19.xlsx và 5 tệp khác) và 1 tệp theo Y (z.xlsx)");
    expect(mixedSetsText(many, "cli", "en")).toContain("19.xlsx and 5 more) and 1 file judged with Y (z.xlsx)");
  });

  test("the columns are the set the workbooks were judged with", () => {
    const chosen = { setId: "xa-ntm-2021-2025", criterionNos: NOS19, criterionNames: { "1": "Quy hoạch" } };
    const ten = [entry("a.xlsx", "A", 7, 10)];
    expect(columnsFor([], chosen, () => null)).toBe(chosen);
    expect(columnsFor([entry("a.xlsx", "A", 7)], chosen, () => null)).toBe(chosen);
    // A set the catalogue knows gives its numbers and names; else the entries' own numbers.
    const known = { setId: "xa-ntm-2026-2030", criterionNos: Array.from({ length: 10 }, (_, i) => i + 1), criterionNames: { "1": "Quy hoạch" } };
    expect(columnsFor(ten, chosen, (id) => (id === "xa-ntm-2026-2030" ? known : null))).toBe(known);
    expect(columnsFor(ten, chosen, () => null)).toEqual({ setId: "xa-ntm-2026-2030", criterionNos: known.criterionNos, criterionNames: {} });
    const figures = consolidate(ten, [], columnsFor(ten, chosen, () => null));
    expect(figures.bands.map((b) => b.key)).toEqual(["10", "5-9", "0-4"]);
  });
});
