import * as fs from "fs";
import * as path from "path";
import { getOverlay, getSet, listOverlays } from "../../../src/domain/definitions/builtIn";
import { overlayForProvince } from "../../../src/domain/definitions/provinces";
import { parseOverlay } from "../../../src/domain/definitions/parseOverlay";
import { resolveThreshold } from "../../../src/domain/definitions/resolveThreshold";
import { unknownThresholdText } from "../../../src/domain/messages";
import type { CriteriaSet, Overlay } from "../../../src/domain/definitions/schema";

const set = getSet("xa-ntm-2021-2025") as CriteriaSet;
const langSon = getOverlay("lang-son") as Overlay;
const DOMAIN = path.resolve(__dirname, "../../../../shared/domain");

describe("lang-son overlay", () => {
  test("is listed, extends the commune set and belongs to Lạng Sơn", () => {
    expect(listOverlays().map((o) => o.id)).toContain("lang-son");
    expect(langSon.extends).toBe("xa-ntm-2021-2025");
    expect(langSon.provinces).toEqual(["lang-son"]);
    expect(overlayForProvince("lang-son")).toBe(langSon);
    expect(overlayForProvince("Tỉnh Lạng Sơn")).toBe(langSon);
    expect(overlayForProvince("cao-bang")).toBeNull();
    expect(overlayForProvince("Atlantis")).toBeNull();
  });

  test("holds the figures the Lạng Sơn reports state", () => {
    const t = langSon.thresholds;
    expect([t["12.1"].atLeast, t["12.2"].atLeast, t["4.2"].atLeast, t["15.3"].atMost, t["10"].atLeast]).toEqual([70, 20, 95, 26.7, 39]);
    expect(t["10"].unit).toBe("triệu đồng/người/năm");
    // 28 million is 71.79 % of the provincial standard.
    expect(28 / 0.7179).toBeCloseTo(t["10"].atLeast as number, 0);
    for (const code of Object.keys(t)) {
      expect(t[code].source).toContain("Báo cáo số …/BC-BCĐ ngày 26/6/2024 của UBND xã Liên Sơn");
      expect(t[code].source).not.toMatch(/shared\/|\.txt/);
      expect(t[code].quote).toBeTruthy();
    }
  });

  const report = path.join(DOMAIN, "003_c2d3b4fb3b47e58a.txt");
  (fs.existsSync(report) ? test : test.skip)("every quote is verbatim in the Liên Sơn report", () => {
    const text = fs.readFileSync(report, "utf8");
    for (const [code, t] of Object.entries(langSon.thresholds)) expect([code, text.includes(t.quote as string)]).toEqual([code, true]);
  });
});

describe("resolveThreshold", () => {
  const province = { overlay: langSon, origin: "overlay" as const };

  test("catalogue figure by region, with its source", () => {
    const a = resolveThreshold(set, "15.3", { region: "dong-nam-bo", overlays: [] });
    expect(a).toEqual({ rule: { kind: "atMost", value: 14.5, unit: "%" }, origin: "catalogue", source: expect.stringContaining("318/QĐ-TTg"), region: "dong-nam-bo" });
  });

  test("an extremely disadvantaged commune uses the northern mountains figure", () => {
    const a = resolveThreshold(set, "15.3", { region: "dong-nam-bo", disadvantaged: true });
    expect(a.rule).toEqual({ kind: "atMost", value: 24, unit: "%" });
    expect(a.region).toBe("tdmn-phia-bac");
  });

  test("a nationwide figure applies with region null", () => {
    const a = resolveThreshold(set, "3.1", { region: "tay-nguyen" });
    expect(a).toMatchObject({ rule: { kind: "atLeast", value: 80, unit: "%" }, origin: "catalogue", region: null });
    expect(a.source).toContain("1680/QĐ-BNN-VPĐP");
    expect(resolveThreshold(set, "8.1", { region: null }).rule).toEqual({ kind: "yes" });
  });

  test("the province overlay wins over the catalogue where it is stricter, never where it is looser", () => {
    // Lạng Sơn's ≤ 26,7% for 15.3 is looser than the national ≤ 24% for TDMNPB: the national one applies.
    const a = resolveThreshold(set, "15.3", { region: "tdmn-phia-bac", overlays: [province] });
    expect(a.rule).toEqual({ kind: "atMost", value: 24, unit: "%" });
    expect(a.origin).toBe("catalogue");
    expect(a.looser?.rule).toEqual({ kind: "atMost", value: 26.7, unit: "%" });
    expect(a.looser?.document).toContain("Liên Sơn");
    const income = resolveThreshold(set, "10", { region: "tdmn-phia-bac", overlays: [province] });
    expect(income.rule).toEqual({ kind: "atLeast", value: 39, unit: "triệu đồng/người/năm" });
  });

  test("a user's definitions file (last) wins over the province overlay", () => {
    const parsed = parseOverlay({
      id: "my-district",
      extends: "xa-ntm-2021-2025",
      name: "Ngưỡng huyện",
      source: "Công văn của huyện",
      thresholds: { "4.2": { atLeast: 98 }, "11": { atMost: 5, source: "Nghị quyết HĐND" } },
    });
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const overlays = [province, { overlay: parsed.overlay, origin: "definitions" as const }];
    expect(resolveThreshold(set, "4.2", { region: "tdmn-phia-bac", overlays })).toEqual({
      rule: { kind: "atLeast", value: 98, unit: "%" },
      origin: "definitions",
      source: "Công văn của huyện",
      region: null,
    });
    expect(resolveThreshold(set, "11", { region: null, overlays }).source).toBe("Nghị quyết HĐND");
    // Codes the user file lacks fall through to the province overlay, then the catalogue.
    expect(resolveThreshold(set, "12.1", { region: null, overlays }).origin).toBe("overlay");
    expect(resolveThreshold(set, "15.3", { region: "bac-trung-bo", overlays: overlays.slice(1) })).toMatchObject({ origin: "catalogue", rule: { value: 25 } });
    // Order matters: reversed, the province overlay is last and wins.
    expect(resolveThreshold(set, "4.2", { region: null, overlays: [...overlays].reverse() }).rule).toMatchObject({ value: 95 });
  });

  test("overlays for another set are ignored", () => {
    const other = { overlay: { ...langSon, extends: "xa-ntm-nang-cao-2021-2025" }, origin: "overlay" as const };
    expect(resolveThreshold(set, "15.3", { region: "tay-nguyen", overlays: [other] }).rule).toMatchObject({ value: 26.5 });
    // Even a stricter figure: a definitions file for the nâng cao set never judges a commune of this set.
    const stricter = { overlay: { ...langSon, extends: "xa-ntm-nang-cao-2021-2025", thresholds: { "15.3": { atMost: 10 }, "4.2": { atLeast: 99 } } }, origin: "definitions" as const };
    expect(resolveThreshold(set, "15.3", { region: "tay-nguyen", overlays: [stricter] })).toMatchObject({ rule: { value: 26.5 }, origin: "catalogue" });
    expect(resolveThreshold(set, "4.2", { region: "tay-nguyen", overlays: [stricter] })).toMatchObject({ rule: null, origin: "none" });
  });

  test("unknown threshold: no rule, origin none, the note", () => {
    const a = resolveThreshold(set, "2.2", { region: "tdmn-phia-bac", overlays: [province] });
    expect(a.rule).toBeNull();
    expect(a.origin).toBe("none");
    expect(a.source).toBeNull();
    expect(a.unknown).toEqual({ why: "no-data", note: expect.stringContaining("Chưa có con số ngưỡng") });
    const noRegion = resolveThreshold(set, "15.3", { region: null });
    expect(noRegion.rule).toBeNull();
    expect(noRegion.unknown).toMatchObject({ why: "region-unknown" });
    expect(unknownThresholdText(noRegion.unknown!, "vi")).toMatch(/^Chưa biết vùng của xã: ngưỡng của chỉ tiêu này khác nhau theo vùng\./);
    expect(unknownThresholdText(noRegion.unknown!, "en")).toMatch(/^The commune's region is not known/);
    expect(resolveThreshold(set, "15.4", { region: "tay-nguyen" }).unknown).toEqual({ why: "no-data", note: expect.stringContaining("Ngưỡng của vùng này chưa có") });
    const notInSet = resolveThreshold(set, "99.9", { region: null });
    expect(notInSet).toMatchObject({ rule: null, origin: "none", unknown: { why: "not-in-set", setId: "xa-ntm-2021-2025", indicator: "99.9" } });
    expect(unknownThresholdText(notInSet.unknown!, "vi")).toBe("Bộ tiêu chí xa-ntm-2021-2025 không có chỉ tiêu 99.9.");
  });
});

describe("resolveThreshold: which entry of which file judges, and what it cites", () => {
  const file = (thresholds: Overlay["thresholds"], extra: Partial<Overlay> = {}): Overlay => ({ id: "huyen-thu", extends: set.id, name: "Ngưỡng của huyện", source: "Công văn 12/UBND của UBND huyện", thresholds, ...extra });
  const user = (o: Overlay) => ({ overlay: o, origin: "definitions" as const });
  const prov = (o: Overlay) => ({ overlay: o, origin: "overlay" as const });

  test("a figure without a unit takes the indicator's: % for a share, the set's unit for an amount", () => {
    const o = user(file({ "4.2": { atLeast: 98 }, "10": { atLeast: 45 }, "17.4": { atLeast: 30 }, "12.1": { atMost: 60, unit: "%" }, "9.1": { none: true }, "8.1": { yes: true } }));
    const rule = (code: string) => resolveThreshold(set, code, { region: null, overlays: [o] }).rule;
    expect(rule("4.2")).toEqual({ kind: "atLeast", value: 98, unit: "%" });
    expect(rule("10")).toEqual({ kind: "atLeast", value: 45, unit: "triệu đồng/người/năm" });
    expect(rule("17.4")).toEqual({ kind: "atLeast", value: 30, unit: "m²/người" });
    expect(rule("12.1")).toEqual({ kind: "atMost", value: 60, unit: "%" });
    expect(rule("9.1")).toEqual({ kind: "none" });
    expect(rule("8.1")).toEqual({ kind: "yes" });
    // An indicator the sheet defines, without a unit: a bare count.
    const s2026 = getSet("xa-ntm-2026-2030")!;
    const sheetInd = { code: "2.5", name: "Số km đường được cứng hóa", kind: "count" as const, thresholds: {} };
    const t = resolveThreshold(s2026, "2.5", { region: null, overlays: [user(file({ "2.5": { atMost: 3 } }, { extends: s2026.id }))] }, sheetInd);
    expect(t).toEqual({ rule: { kind: "atMost", value: 3, unit: "" }, origin: "definitions", source: "Công văn 12/UBND của UBND huyện", region: null });
  });

  test("the entry's own source and quote are cited, else the file's source", () => {
    const o = user(file({ "4.2": { atLeast: 98, source: "Nghị quyết 05/NQ-HĐND", quote: "đạt từ 98% trở lên" }, "12.1": { atLeast: 75, quote: "từ 75%" } }));
    expect(resolveThreshold(set, "4.2", { region: null, overlays: [o] }).source).toBe("Nghị quyết 05/NQ-HĐND: “đạt từ 98% trở lên”");
    expect(resolveThreshold(set, "12.1", { region: null, overlays: [o] }).source).toBe("Công văn 12/UBND của UBND huyện: “từ 75%”");
  });

  test("byRegion: the commune's region's rule, with its region; another region falls through to the next file", () => {
    const o = user(file({ "15.3": { byRegion: { "tay-nguyen": { atMost: 20 } } } }));
    expect(resolveThreshold(set, "15.3", { region: "tay-nguyen", overlays: [o] })).toEqual({ rule: { kind: "atMost", value: 20, unit: "%" }, origin: "definitions", source: "Công văn 12/UBND của UBND huyện", region: "tay-nguyen" });
    // Đông Nam Bộ is not in the file: the national figure for the region.
    expect(resolveThreshold(set, "15.3", { region: "dong-nam-bo", overlays: [o] })).toMatchObject({ rule: { value: 14.5 }, origin: "catalogue", region: "dong-nam-bo" });
    // ... or an earlier file that has it.
    const earlier = prov(file({ "15.3": { atMost: 10 } }, { id: "tinh" }));
    expect(resolveThreshold(set, "15.3", { region: "dong-nam-bo", overlays: [earlier, o] })).toMatchObject({ rule: { value: 10 }, origin: "overlay", region: null });
    // An extremely disadvantaged commune takes the northern mountains' entry of the file.
    const north = user(file({ "15.3": { byRegion: { "tdmn-phia-bac": { atMost: 22 }, "dong-nam-bo": { atMost: 12 } } } }));
    expect(resolveThreshold(set, "15.3", { region: "dong-nam-bo", disadvantaged: true, overlays: [north] })).toMatchObject({ rule: { value: 22 }, region: "tdmn-phia-bac" });
    expect(resolveThreshold(set, "15.3", { region: "dong-nam-bo", disadvantaged: false, overlays: [north] })).toMatchObject({ rule: { value: 12 }, region: "dong-nam-bo" });
  });

  test("byRegion and the commune's region or group unknown: no rule, and why, with the file it came from", () => {
    const o = user(file({ "15.3": { byRegion: { "tay-nguyen": { atMost: 20 } } } }));
    expect(resolveThreshold(set, "15.3", { region: null, overlays: [o] })).toEqual({
      rule: null, origin: "definitions", source: "Công văn 12/UBND của UBND huyện", region: null, unknown: { why: "region-unknown", note: null },
    });
    const s2026 = getSet("xa-ntm-2026-2030")!;
    const sheetInd = { code: "2.5", name: "Tỷ lệ đường xã được cứng hóa", kind: "percent" as const, thresholds: {} };
    const groups = user(file({ "2.5": { byRegion: { "nhom-1": { atLeast: 100 }, "nhom-2": { atLeast: 90 } } } }, { extends: s2026.id }));
    expect(resolveThreshold(s2026, "2.5", { region: null, overlays: [groups] }, sheetInd)).toMatchObject({ rule: null, origin: "definitions", unknown: { why: "group-unknown", note: null } });
    expect(resolveThreshold(s2026, "2.5", { region: "nhom-2", overlays: [groups] }, sheetInd)).toMatchObject({ rule: { kind: "atLeast", value: 90, unit: "%" }, region: "nhom-2" });
    // The 2026–2030 set has no disadvantaged region: the commune's own group.
    expect(resolveThreshold(s2026, "2.5", { region: "nhom-1", disadvantaged: true, overlays: [groups] }, sheetInd)).toMatchObject({ rule: { value: 100 }, region: "nhom-1" });
    // Group 3 is not in the file, and the set has no figure: the sheet gave none either.
    expect(resolveThreshold(s2026, "2.5", { region: "nhom-3", overlays: [groups] }, sheetInd)).toEqual({ rule: null, origin: "none", source: null, region: null, unknown: { why: "not-in-sheet", indicator: "2.5" } });
  });

  test("a user's definitions file may set a figure below the national one; a province's overlay may not", () => {
    const lower = file({ "15.4": { atLeast: 40 } });
    expect(resolveThreshold(set, "15.4", { region: "tdmn-phia-bac", overlays: [user(lower)] })).toEqual({ rule: { kind: "atLeast", value: 40, unit: "%" }, origin: "definitions", source: "Công văn 12/UBND của UBND huyện", region: null });
    const set_ = resolveThreshold(set, "15.4", { region: "tdmn-phia-bac", overlays: [prov(lower)] });
    expect(set_).toEqual({
      rule: { kind: "atLeast", value: 50, unit: "%" },
      origin: "catalogue",
      source: expect.stringContaining("318/QĐ-TTg"),
      region: "tdmn-phia-bac",
      looser: { rule: { kind: "atLeast", value: 40, unit: "%" }, document: "Công văn 12/UBND của UBND huyện", nationalDocument: set_.source },
    });
  });

  test("looser means asking less in the same unit: equal, stricter, another kind or unit is not looser", () => {
    const at = (t: Overlay["thresholds"][string], region = "tdmn-phia-bac") => resolveThreshold(set, "15.4", { region, overlays: [prov(file({ "15.4": t }))] });
    expect(at({ atLeast: 50 })).toMatchObject({ origin: "overlay", rule: { value: 50 } });
    expect(at({ atLeast: 50 }).looser).toBeUndefined();
    expect(at({ atLeast: 49.99 })).toMatchObject({ origin: "catalogue", looser: { rule: { value: 49.99 } } });
    expect(at({ atLeast: 50.01 })).toMatchObject({ origin: "overlay", rule: { value: 50.01 } });
    // "At most 60 %" is another kind of rule: not compared, the province's applies.
    expect(at({ atMost: 60 })).toMatchObject({ origin: "overlay", rule: { kind: "atMost", value: 60 } });
    expect(at({ yes: true })).toMatchObject({ origin: "overlay", rule: { kind: "yes" } });
    // No national figure for the region: nothing to be looser than.
    expect(at({ atLeast: 10 }, "tay-nguyen")).toMatchObject({ origin: "overlay", rule: { value: 10 } });
    // At most: a higher figure is looser, a lower one stricter, the same one not looser.
    const stunting = (atMost: number) => resolveThreshold(set, "15.3", { region: "dong-nam-bo", overlays: [prov(file({ "15.3": { atMost } }))] });
    expect(stunting(14.6)).toMatchObject({ origin: "catalogue", rule: { value: 14.5 }, looser: { rule: { value: 14.6 } } });
    expect(stunting(14.5)).toMatchObject({ origin: "overlay", rule: { value: 14.5 } });
    expect(stunting(14)).toMatchObject({ origin: "overlay", rule: { value: 14 } });
    // 3.1 is in %: a figure in another unit is not compared.
    const irrigation = resolveThreshold(set, "3.1", { region: null, overlays: [prov(file({ "3.1": { atLeast: 0.5, unit: "ha" } }))] });
    expect(irrigation).toMatchObject({ origin: "overlay", rule: { kind: "atLeast", value: 0.5, unit: "ha" } });
  });

  test("the national figure for all regions, and its source with the quote", () => {
    const t = resolveThreshold(set, "3.1", { region: "tay-nguyen", disadvantaged: true });
    expect(t.rule).toEqual({ kind: "atLeast", value: 80, unit: "%" });
    expect(t.region).toBeNull();
    const src = getSet("xa-ntm-2021-2025")!.criteria[2].indicators[0].thresholds.all!.source;
    expect(t.source).toBe(src.quote ? `${src.document}: “${src.quote}”` : src.document);
    // An indicator that has a figure for some regions only, the commune's region known but not listed: no data, the note.
    expect(resolveThreshold(set, "15.4", { region: "dong-nam-bo" }).unknown).toMatchObject({ why: "no-data" });
    // An indicator with no figure anywhere and region unknown: no data (the region would not help).
    expect(resolveThreshold(set, "11", { region: null }).unknown).toMatchObject({ why: "no-data", note: expect.stringContaining("tối đa") });
  });

  test("an indicator the sheet defines and no file sets: not in the sheet's thresholds", () => {
    const s2026 = getSet("xa-ntm-2026-2030")!;
    expect(resolveThreshold(s2026, "2.5", { region: "nhom-1" })).toEqual({ rule: null, origin: "none", source: null, region: null, unknown: { why: "not-in-set", setId: "xa-ntm-2026-2030", indicator: "2.5" } });
    const sheetInd = { code: "2.5", name: "Tỷ lệ đường xã được cứng hóa", kind: "percent" as const, thresholds: {} };
    expect(resolveThreshold(s2026, "2.5", { region: "nhom-1", overlays: [] }, sheetInd).unknown).toEqual({ why: "not-in-sheet", indicator: "2.5" });
    // A figure the sheet gives for all is used as the set's.
    const withAll = { ...sheetInd, thresholds: { all: { rule: { kind: "atLeast" as const, value: 90, unit: "%" }, source: { document: "Biểu của xã", quote: "≥ 90%" } } } };
    expect(resolveThreshold(s2026, "2.5", { region: "nhom-1" }, withAll)).toEqual({ rule: { kind: "atLeast", value: 90, unit: "%" }, origin: "catalogue", source: "Biểu của xã: “≥ 90%”", region: null });
  });
});
