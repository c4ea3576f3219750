/** The pane's view of the real catalogue: sets, provinces and their regions, overlay checks. */
// @ts-nocheck

import { builtinCatalogue } from "../../src/taskpane/catalogue";
import { provinceOptions, regionState } from "../../src/taskpane/model";

describe("builtin catalogue for the pane", () => {
  const sets = builtinCatalogue.listSets();
  const commune = sets.find((s) => s.id === "xa-ntm-2021-2025");
  const regionIds = commune?.regions.map((r) => r.id) ?? [];

  test("offers the commune NTM set 2021–2025 with its seven regions", () => {
    expect(commune?.decision).toMatch(/318\/QĐ-TTg/);
    expect(regionIds).toHaveLength(7);
  });

  test("Lạng Sơn (Liên Sơn's province) lies in the northern midlands and mountains: inferred", () => {
    const lookup = builtinCatalogue.regionForProvince("lang-son");
    expect(lookup).toEqual({ region: "tdmn-phia-bac" });
    expect(regionState("lang-son", lookup, null, regionIds)).toMatchObject({ mode: "inferred", value: "tdmn-phia-bac", editable: false });
  });

  test("merged Phú Thọ (2025) spans two regions: the user picks", () => {
    const lookup = builtinCatalogue.regionForProvince("phu-tho-2025");
    expect(lookup).toEqual({ spans: expect.arrayContaining(["tdmn-phia-bac", "dong-bang-song-hong"]) });
    expect(regionState("phu-tho-2025", lookup, null, regionIds)).toMatchObject({ mode: "spans", value: null, editable: true });
  });

  test("an unknown province id gives no region instead of throwing", () => {
    expect(builtinCatalogue.regionForProvince("atlantis")).toBeNull();
  });

  test("every province has a distinct label in the list, Vietnamese names included", () => {
    const options = provinceOptions(builtinCatalogue.listProvinces(), "vi");
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
    expect(options.map((o) => o.label)).toContain("Lạng Sơn");
  });

  test("an overlay file is accepted with its name, or refused with errors in the pane's language", () => {
    const good = JSON.stringify({
      id: "lien-son-test",
      extends: "xa-ntm-2021-2025",
      name: "Ngưỡng thử của xã",
      source: "Tệp thử",
      thresholds: { "3.1": { atLeast: 85 } },
    });
    expect(builtinCatalogue.validateOverlay(good, "vi")).toEqual({ ok: true, name: "Ngưỡng thử của xã" });
    const bad = builtinCatalogue.validateOverlay("{ not json", "vi");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatch(/JSON/);
    const wrongCode = builtinCatalogue.validateOverlay(good.replace('"3.1"', '"3.9"'), "en");
    expect(wrongCode.ok).toBe(false);
    if (!wrongCode.ok) expect(wrongCode.errors.join("\n")).toMatch(/3\.9/);
  });
});
