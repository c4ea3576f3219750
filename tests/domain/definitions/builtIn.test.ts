import { checkSet } from "../../../src/domain/definitions/checkSet";
import { getOverlay, getSet, listOverlays, listProvinces, listSets } from "../../../src/domain/definitions/builtIn";
import { findIndicator } from "../../../src/domain/definitions/resolveThreshold";
import type { CriteriaSet, Threshold } from "../../../src/domain/definitions/schema";

const EXPECTED_CODES = [
  "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2", "5", "6.1", "6.2", "6.3", "7",
  "8.1", "8.2", "8.3", "8.4", "9.1", "9.2", "10", "11", "12.1", "12.2",
  "13.1", "13.2", "13.3", "13.4", "13.5", "14.1", "14.2", "15.1", "15.2", "15.3", "15.4", "16",
  ...Array.from({ length: 12 }, (_, i) => `17.${i + 1}`),
  "18.1", "18.2", "18.3", "18.4", "18.5", "18.6", "19.1", "19.2",
];
const REGIONS = [
  "tdmn-phia-bac", "dong-bang-song-hong", "bac-trung-bo", "duyen-hai-nam-trung-bo",
  "tay-nguyen", "dong-nam-bo", "dong-bang-song-cuu-long",
];

function set(): CriteriaSet {
  const s = getSet("xa-ntm-2021-2025");
  if (!s) throw new Error("set missing");
  return s;
}

/** Every threshold in the set with where it sits. */
function allThresholds(s: CriteriaSet): { code: string; region: string | null; t: Threshold }[] {
  return s.criteria.flatMap((c) =>
    c.indicators.flatMap((i) => [
      ...(i.thresholds.all ? [{ code: i.code, region: null, t: i.thresholds.all }] : []),
      ...Object.entries(i.thresholds.byRegion ?? {}).map(([region, t]) => ({ code: i.code, region, t })),
    ]),
  );
}

describe("xa-ntm-2021-2025 criteria set", () => {
  test("is listed and found by id; unknown ids give null", () => {
    expect(listSets().map((s) => s.id)).toContain("xa-ntm-2021-2025");
    expect(getSet("no-such-set")).toBeNull();
    expect(set().decision).toContain("318/QĐ-TTg");
  });

  test("has the seven regions in order and northern mountains for disadvantaged communes", () => {
    expect(set().regions.map((r) => r.id)).toEqual(REGIONS);
    expect(set().regions[0].name).toBe("Trung du và miền núi phía Bắc");
    expect(set().disadvantagedRegion).toBe("tdmn-phia-bac");
  });

  test("has criteria 1–19 with exactly the indicator codes of Decision 318", () => {
    expect(set().criteria.map((c) => c.no)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(set().criteria.flatMap((c) => c.indicators.map((i) => i.code))).toEqual(EXPECTED_CODES);
    expect(checkSet(set())).toEqual([]);
  });

  test("names criteria as reports word them and gives English names", () => {
    const names = Object.fromEntries(set().criteria.map((c) => [c.no, c.name]));
    expect(names[3]).toBe("Thủy lợi và phòng, chống thiên tai");
    expect(names[13]).toBe("Tổ chức sản xuất và phát triển kinh tế nông thôn");
    expect(names[19]).toBe("Quốc phòng và an ninh");
    for (const c of set().criteria) {
      expect(c.nameEn).toBeTruthy();
      for (const i of c.indicators) expect(i.nameEn).toBeTruthy();
    }
  });

  test("indicator names match the wording of the Liên Sơn report", () => {
    // Phrases as written in shared/domain/003_c2d3b4fb3b47e58a.txt.
    expect(findIndicator(set(), "4.2")?.indicator.name).toBe(
      "Tỷ lệ hộ có đăng ký trực tiếp và sử dụng điện thường xuyên, an toàn từ các nguồn",
    );
    expect(findIndicator(set(), "17.11")?.indicator.name).toBe("Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn tại nguồn");
    expect(findIndicator(set(), "8.3")?.indicator.name).toBe("Xã có đài truyền thanh và hệ thống loa đến các thôn");
    expect(findIndicator(set(), "15.3")?.criterion.no).toBe(15);
  });

  test("value kinds: yes/no, percent, amount for income, none for temporary houses", () => {
    const kind = (code: string) => findIndicator(set(), code)?.indicator.kind;
    expect(kind("1.1")).toBe("yesNo");
    expect(kind("8.4")).toBe("yesNo");
    expect(kind("4.2")).toBe("percent");
    expect(kind("11")).toBe("percent");
    expect(kind("9.1")).toBe("none");
    expect(kind("10")).toBe("amount");
    expect(findIndicator(set(), "10")?.indicator.unit).toBe("triệu đồng/người/năm");
    // Every "Xã có…" indicator is judged yes/no and every "Tỷ lệ…" one is a percentage.
    for (const c of set().criteria)
      for (const i of c.indicators) {
        if (i.name.startsWith("Xã có")) expect([i.code, i.kind]).toEqual([i.code, "yesNo"]);
        if (i.name.startsWith("Tỷ lệ")) expect([i.code, i.kind]).toEqual([i.code, "percent"]);
      }
  });

  test("yes/no indicators require Đạt everywhere, citing Decision 318; 9.1 allows none", () => {
    for (const c of set().criteria)
      for (const i of c.indicators.filter((x) => x.kind === "yesNo")) {
        expect(i.thresholds.all?.rule).toEqual({ kind: "yes" });
        expect(i.thresholds.all?.source.document).toContain("318/QĐ-TTg");
      }
    expect(findIndicator(set(), "9.1")?.indicator.thresholds.all?.rule).toEqual({ kind: "none" });
  });

  test("15.3 stunting: at most the Decision 318 figure of each region", () => {
    const byRegion = findIndicator(set(), "15.3")?.indicator.thresholds.byRegion ?? {};
    const values = REGIONS.map((r) => byRegion[r]?.rule);
    expect(values).toEqual([24, 16.5, 25, 22, 26.5, 14.5, 19].map((value) => ({ kind: "atMost", value, unit: "%" })));
  });

  test("15.4 electronic health records: known for two regions only, others carry a note", () => {
    const t = findIndicator(set(), "15.4")?.indicator.thresholds;
    expect(t?.byRegion?.["tdmn-phia-bac"]?.rule).toEqual({ kind: "atLeast", value: 50, unit: "%" });
    expect(t?.byRegion?.["dong-bang-song-hong"]?.rule).toEqual({ kind: "atLeast", value: 70, unit: "%" });
    expect(Object.keys(t?.byRegion ?? {})).toHaveLength(2);
    expect(t?.unknownNote).toMatch(/overlay/);
  });

  test("11 poverty rate: unknown figure, the note says it is a maximum", () => {
    const t = findIndicator(set(), "11")?.indicator.thresholds;
    expect(t?.all).toBeUndefined();
    expect(t?.byRegion).toBeUndefined();
    expect(t?.unknownNote).toContain("tối đa");
  });

  test("every rule has a source document", () => {
    const thresholds = allThresholds(set());
    expect(thresholds.length).toBe(39); // 28 yes/no, 9.1, 3.1, 7 × 15.3, 2 × 15.4
    for (const { t } of thresholds) expect(t.source.document.trim().length).toBeGreaterThan(10);
  });

  test("numeric thresholds are exactly the sourced ones (no invented figure slips in)", () => {
    const numeric = allThresholds(set())
      .filter(({ t }) => t.rule.kind === "atLeast" || t.rule.kind === "atMost")
      .map(({ code, region, t }) => `${code} ${region ?? "all"} ${t.rule.kind} ${"value" in t.rule ? t.rule.value : ""} ← ${t.source.document.split(" ")[2]}`);
    expect(numeric).toEqual([
      "3.1 all atLeast 80 ← 1680/QĐ-BNN-VPĐP",
      ...REGIONS.map((r, i) => `15.3 ${r} atMost ${[24, 16.5, 25, 22, 26.5, 14.5, 19][i]} ← 318/QĐ-TTg`),
      "15.4 tdmn-phia-bac atLeast 50 ← 318/QĐ-TTg",
      "15.4 dong-bang-song-hong atLeast 70 ← 318/QĐ-TTg",
    ]);
  });

  test("every numeric indicator not covered in all regions explains why", () => {
    for (const c of set().criteria)
      for (const i of c.indicators) {
        const covered = i.thresholds.all || REGIONS.every((r) => i.thresholds.byRegion?.[r]);
        if (!covered) expect([i.code, i.thresholds.unknownNote ?? ""]).toEqual([i.code, expect.stringContaining("Chưa có con số")]);
      }
  });

  test("checkSet reports a duplicate code and a threshold for an unknown region", () => {
    const s = structuredClone(set());
    s.criteria[1].indicators.push({ ...s.criteria[1].indicators[0] });
    s.criteria[14].indicators[2].thresholds.byRegion = { "mien-tay": { rule: { kind: "yes" }, source: { document: "x" } } };
    expect(checkSet(s)).toEqual([
      "xa-ntm-2021-2025: duplicate indicator code 2.1",
      'xa-ntm-2021-2025: indicator 15.3 has a threshold for unknown region "mien-tay"',
      "xa-ntm-2021-2025: indicator 15.3 lacks a threshold for some regions and has no unknownNote",
    ]);
  });

  test("the loaded data is frozen, to the last threshold, province and overlay entry", () => {
    expect(() => {
      (set().criteria as unknown as unknown[]).push(1);
    }).toThrow();
    const rule = findIndicator(set(), "15.3")!.indicator.thresholds.byRegion!["tay-nguyen"].rule as { value: number };
    expect(() => (rule.value = 50)).toThrow(TypeError);
    expect(rule.value).toBe(26.5);
    expect(Object.isFrozen(getSet("xa-ntm-2026-2030")!.regions[0])).toBe(true);
    expect(Object.isFrozen(listProvinces()[0])).toBe(true);
    expect(Object.isFrozen(listProvinces()[0].aliases)).toBe(true);
    expect(Object.isFrozen(getOverlay("lang-son")!.thresholds["4.2"])).toBe(true);
    expect(Object.isFrozen(listOverlays())).toBe(true);
  });

  test("a shipped file made inconsistent stops the load, naming every mistake", () => {
    const setJson = structuredClone(jest.requireActual("../../../src/definitions/sets/xa-ntm-2021-2025.json")) as CriteriaSet;
    setJson.criteria[1].no = 1;
    const provincesJson = structuredClone(jest.requireActual("../../../src/definitions/provinces.json")) as { id: string }[];
    provincesJson.push({ ...provincesJson[0] });
    jest.isolateModules(() => {
      jest.doMock("../../../src/definitions/sets/xa-ntm-2021-2025.json", () => setJson);
      jest.doMock("../../../src/definitions/provinces.json", () => provincesJson);
      expect(() => jest.requireActual("../../../src/domain/definitions/builtIn")).toThrow(
        new Error(
          "Inconsistent built-in definitions: xa-ntm-2021-2025: duplicate criterion 1; xa-ntm-2021-2025: indicator 2.1 listed under criterion 1; " +
            "xa-ntm-2021-2025: indicator 2.2 listed under criterion 1; xa-ntm-2021-2025: indicator 2.3 listed under criterion 1; " +
            `xa-ntm-2021-2025: indicator 2.4 listed under criterion 1; provinces: duplicate id ${provincesJson[0].id}`,
        ),
      );
    });
    jest.dontMock("../../../src/definitions/sets/xa-ntm-2021-2025.json");
    jest.dontMock("../../../src/definitions/provinces.json");
  });

  test("sets and overlays by id; an unknown id gives null", () => {
    expect(listSets().map((s) => s.id)).toEqual(["xa-ntm-2021-2025", "xa-ntm-2026-2030", "xa-ntm-nang-cao-2021-2025"]);
    expect(getSet("xa-ntm-2026-2030")?.decision).toBe("Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025");
    expect(listOverlays().map((o) => o.id)).toEqual(["lang-son"]);
    expect(getOverlay("lang-son")?.extends).toBe("xa-ntm-2021-2025");
    expect(getOverlay("cao-bang")).toBeNull();
    expect(listProvinces()).toHaveLength(86);
  });
});
