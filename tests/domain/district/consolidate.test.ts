import {
  bandOf,
  bandRanges,
  communeEntry,
  communeFromFileName,
  consolidate,
  type CommuneEntry,
} from "../../../src/domain/district/consolidate";
import { buildDistrictParagraph, formatAverage } from "../../../src/domain/district/districtText";
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
