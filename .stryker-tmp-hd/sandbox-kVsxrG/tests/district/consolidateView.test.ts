/**
 * The pane's consolidation settings read as the user types them, and the figures rebuilt from one
 * reading of the files (Bắc Sơn fixtures).
 */
// @ts-nocheck

import { promises as fs } from "node:fs";
import path from "node:path";
import { consolidateSources } from "../../src/app/consolidate/consolidateSources";
import { openWorkbookBytes } from "../../src/adapters/xlsx/openWorkbook";
import { buildDistrictParagraph } from "../../src/domain/district/districtText";
import { DEFAULT_DISTRICT_SETTINGS, defaultBandsText, districtView, readSettings } from "../../src/taskpane/consolidate/consolidateView";
import { FIXTURE_DIR, FIXTURE_OPTIONS, PLAN } from "../fixtures/district/make";

describe("readSettings", () => {
  test("the defaults: the set's bands, 2 criteria, no body", () => {
    expect(readSettings(DEFAULT_DISTRICT_SETTINGS, 19, "vi")).toEqual({ options: { bands: null, nearlyThereMax: 2, unit: null }, bandsError: null, nearlyError: false });
    expect(defaultBandsText(19)).toBe("19, 15-18, 10-14, 5-9, 0-4");
    expect(defaultBandsText(10)).toBe("10, 5-9, 0-4");
  });

  test("before the files are read only the wording of the bands is checked; after, their cover of the set", () => {
    const s = { ...DEFAULT_DISTRICT_SETTINGS, bands: "10,5-9" };
    expect(readSettings(s, null, "vi").bandsError).toBeNull();
    expect(readSettings(s, null, "vi").options.bands).toBeNull();
    expect(readSettings(s, 10, "vi").bandsError).toBe(
      "Các nhóm số tiêu chí chưa hợp lệ: không nhóm nào chứa 0-4 tiêu chí. Các nhóm phải phủ kín từ 0 đến 10 tiêu chí, không chồng nhau, ví dụ “10,5-9,0-4”.",
    );
    expect(readSettings({ ...s, bands: "10;5-9;x" }, null, "en").bandsError).toMatch(/^The criteria bands are not valid: “x” is neither a number nor a range/);
    expect(readSettings({ ...s, bands: "10,5-9,0-4" }, 10, "vi").options.bands?.map((b) => b.key)).toEqual(["10", "5-9", "0-4"]);
  });

  test.each([["0"], ["-2"], ["1,5"], [""], ["ba"]])("nearly %j is refused, the default applies meanwhile", (nearly) => {
    const r = readSettings({ ...DEFAULT_DISTRICT_SETTINGS, nearly }, 19, "vi");
    expect(r.nearlyError).toBe(true);
    expect(r.options.nearlyThereMax).toBeNull();
  });

  test("the body's name is trimmed; blank is none", () => {
    expect(readSettings({ ...DEFAULT_DISTRICT_SETTINGS, unit: "  tỉnh Lạng Sơn " }, 19, "vi").options.unit).toBe("tỉnh Lạng Sơn");
    expect(readSettings({ ...DEFAULT_DISTRICT_SETTINGS, unit: "   " }, 19, "vi").options.unit).toBeNull();
  });
});

test("one reading of the files, figures rebuilt for each setting", async () => {
  const sources = PLAN.map((p) => ({ name: p.file, arrayBuffer: async () => new Uint8Array(await fs.readFile(path.join(FIXTURE_DIR, p.file))).buffer }));
  const outcome = await consolidateSources(sources, FIXTURE_OPTIONS, openWorkbookBytes);
  if (!outcome.ok) throw new Error("not consolidated");
  const view = (s: Partial<typeof DEFAULT_DISTRICT_SETTINGS>) => {
    const v = districtView(outcome, { ...DEFAULT_DISTRICT_SETTINGS, ...s }, "vi");
    if (v?.kind !== "figures") throw new Error("no figures");
    return v;
  };
  expect(view({}).figures.bands.map((b) => [b.key, b.communes.length])).toEqual([["19", 4], ["15-18", 6], ["10-14", 3], ["5-9", 4], ["0-4", 0]]);
  expect(view({ bands: "19,17-18,10-16,0-9" }).figures.bands.map((b) => [b.key, b.communes.length])).toEqual([["19", 4], ["17-18", 3], ["10-16", 6], ["0-9", 4]]);
  // Bands that leave a gap: the field says so and the figures keep the set's bands.
  const gap = view({ bands: "19,17-18,0-9" });
  expect(gap.settings.bandsError).toContain("không nhóm nào chứa 10-16 tiêu chí");
  expect(gap.figures.bands.map((b) => b.key)).toEqual(["19", "15-18", "10-14", "5-9", "0-4"]);
  const named = view({ unit: "tỉnh Lạng Sơn", nearly: "3" });
  const lines = buildDistrictParagraph(named.figures, "vi").split("\n");
  expect(lines[0]).toBe("Kết quả thực hiện các tiêu chí của các xã trên địa bàn tỉnh Lạng Sơn, cụ thể:");
  expect(lines.find((l) => l.includes("gần đạt chuẩn"))).toMatch(/^- Xã gần đạt chuẩn \(còn thiếu không quá 3 tiêu chí\): 05 xã \(Tân Lập: /);
}, 30_000);
