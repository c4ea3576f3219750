// @ts-nocheck
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
