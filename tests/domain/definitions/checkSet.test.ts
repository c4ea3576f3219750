/**
 * checkSet and checkProvinces: the consistency checks the built-in definitions pass at load (a
 * maintainer's mistake in a set or the province list stops the tool with the mistake named).
 */
import { checkProvinces, checkSet } from "../../../src/domain/definitions/checkSet";
import { getSet, listProvinces, listSets } from "../../../src/domain/definitions/builtIn";
import type { CriteriaSet, Province } from "../../../src/domain/definitions/schema";

const copy = (id: string): CriteriaSet => structuredClone(getSet(id)!);
const REGION_IDS = new Set(listSets().flatMap((s) => s.regions.map((r) => r.id)));

describe("checkSet", () => {
  test("the shipped sets are sound", () => {
    for (const s of listSets()) expect([s.id, checkSet(s)]).toEqual([s.id, []]);
  });

  test("a duplicate region id, and a disadvantaged region the set lacks", () => {
    const s = copy("xa-ntm-2021-2025");
    s.regions.push({ ...s.regions[0] });
    expect(checkSet(s)).toEqual(["xa-ntm-2021-2025: duplicate region ids"]);
    const t = copy("xa-ntm-2021-2025");
    t.disadvantagedRegion = "mien-nui";
    expect(checkSet(t)).toEqual(['xa-ntm-2021-2025: disadvantagedRegion "mien-nui" is not a region of the set']);
    delete t.disadvantagedRegion;
    expect(checkSet(t)).toEqual([]);
  });

  test("a duplicate criterion number", () => {
    const s = copy("xa-ntm-2026-2030");
    s.criteria[1].no = 1;
    expect(checkSet(s)).toEqual(["xa-ntm-2026-2030: duplicate criterion 1"]);
  });

  test("a criterion without indicators: only in a set whose indicators come from the sheet", () => {
    const s = copy("xa-ntm-2021-2025");
    s.criteria[4].indicators = [];
    expect(checkSet(s)).toEqual(["xa-ntm-2021-2025: criterion 5 has no indicators (only a set whose indicators come from the sheet may)"]);
    s.indicatorsFrom = "catalogue";
    expect(checkSet(s)).toHaveLength(1);
    s.indicatorsFrom = "sheet";
    expect(checkSet(s)).toEqual([]);
  });

  test("an indicator listed under another criterion; 10.1 is not under 1", () => {
    const s = copy("xa-ntm-2021-2025");
    s.criteria[0].indicators[1].code = "10.1";
    s.criteria[3].indicators[1].code = "14.2";
    expect(checkSet(s)).toEqual([
      "xa-ntm-2021-2025: indicator 10.1 listed under criterion 1",
      "xa-ntm-2021-2025: indicator 14.2 listed under criterion 4",
      "xa-ntm-2021-2025: duplicate indicator code 14.2",
    ]);
  });

  test("thresholds must cover every region, or say why not", () => {
    const s = copy("xa-ntm-2021-2025");
    const i153 = s.criteria[14].indicators[2];
    expect(i153.code).toBe("15.3");
    // All seven regions listed: covered without a note.
    expect(i153.thresholds.unknownNote).toBeUndefined();
    delete i153.thresholds.byRegion!["tay-nguyen"];
    expect(checkSet(s)).toEqual(["xa-ntm-2021-2025: indicator 15.3 lacks a threshold for some regions and has no unknownNote"]);
    i153.thresholds.unknownNote = "Chưa có con số ngưỡng của vùng Tây Nguyên.";
    expect(checkSet(s)).toEqual([]);
    // A figure for all covers every region.
    const t = copy("xa-ntm-2021-2025");
    const i11 = t.criteria[10].indicators[0];
    delete i11.thresholds.unknownNote;
    expect(checkSet(t)).toEqual(["xa-ntm-2021-2025: indicator 11 lacks a threshold for some regions and has no unknownNote"]);
    i11.thresholds.all = { rule: { kind: "atMost", value: 13, unit: "%" }, source: { document: "Quyết định 1494/QĐ-UBND" } };
    expect(checkSet(t)).toEqual([]);
  });
});

describe("checkProvinces", () => {
  const province = (p: Partial<Province> & { id: string }): Province => ({ name: p.id, era: "before-2025", ...p });

  test("the shipped list is sound", () => {
    expect(checkProvinces([...listProvinces()], REGION_IDS)).toEqual([]);
  });

  test("a duplicate id", () => {
    expect(checkProvinces([province({ id: "lang-son", region: "tdmn-phia-bac" }), province({ id: "lang-son", region: "tdmn-phia-bac" })], REGION_IDS)).toEqual([
      "provinces: duplicate id lang-son",
    ]);
  });

  test("exactly one of region and spans", () => {
    expect(checkProvinces([province({ id: "a" })], REGION_IDS)).toEqual(["provinces: a needs exactly one of region, spans"]);
    expect(checkProvinces([province({ id: "a", region: "tay-nguyen", spans: ["tay-nguyen", "dong-nam-bo"] })], REGION_IDS)).toEqual(["provinces: a needs exactly one of region, spans"]);
    expect(checkProvinces([province({ id: "a", spans: ["tay-nguyen", "dong-nam-bo"] })], REGION_IDS)).toEqual([]);
  });

  test("regions and spans must be known regions", () => {
    expect(checkProvinces([province({ id: "a", region: "mien-tay" })], REGION_IDS)).toEqual(['provinces: a has unknown region "mien-tay"']);
    expect(checkProvinces([province({ id: "a", spans: ["tay-nguyen", "mien-tay"] })], REGION_IDS)).toEqual(['provinces: a has unknown region "mien-tay"']);
  });

  test("merged from provinces that existed before 2025", () => {
    const old = province({ id: "tay-ninh", region: "dong-nam-bo" });
    const merged = (from: string[]) => province({ id: "tay-ninh-2025", era: "after-2025", spans: ["dong-nam-bo", "dong-bang-song-cuu-long"], mergedFrom: from });
    expect(checkProvinces([old, merged(["tay-ninh"])], REGION_IDS)).toEqual([]);
    expect(checkProvinces([old, merged(["tay-ninh", "long-an"])], REGION_IDS)).toEqual(["provinces: tay-ninh-2025 merged from unknown province long-an"]);
    const later = province({ id: "x-2025", era: "after-2025", region: "dong-nam-bo" });
    expect(checkProvinces([old, later, merged(["x-2025"])], REGION_IDS)).toEqual(["provinces: tay-ninh-2025 merged from unknown province x-2025"]);
    const both = province({ id: "ha-noi", era: "both", region: "dong-bang-song-hong" });
    expect(checkProvinces([both, merged(["ha-noi"])], REGION_IDS)).toEqual([]);
  });
});
