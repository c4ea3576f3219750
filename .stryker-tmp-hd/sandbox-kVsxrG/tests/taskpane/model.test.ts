// @ts-nocheck
import { foldText } from "../../src/domain/figures/normalizeText";
import {
  checkOptionsFrom,
  countVerdicts,
  disagrees,
  filterCounts,
  filterCriteria,
  filterProvinces,
  indicatorCounts,
  initialSettings,
  isDarkOfficeTheme,
  otherMessages,
  progressStepText,
  provinceOptions,
  regionState,
  settingsSummary,
  describeError,
} from "../../src/taskpane/model";
import type { Province } from "../../src/domain/definitions/schema";
import { lienSonResult } from "../fixtures/paneResult";

const REGIONS = ["tdmn-phia-bac", "dong-bang-song-hong", "bac-trung-bo", "duyen-hai-nam-trung-bo", "tay-nguyen", "dong-nam-bo", "dong-bang-song-cuu-long"];

describe("counts and grouping", () => {
  const result = lienSonResult();

  test("indicator counts over all criteria", () => {
    expect(indicatorCounts(result)).toEqual({ achieved: 3, not_achieved: 1, not_assessed: 3, total: 7 });
    expect(countVerdicts([])).toEqual({ achieved: 0, not_achieved: 0, not_assessed: 0, total: 0 });
  });

  test("a self-assessment disagrees only when present and different", () => {
    const [c3, c4, c9] = result.criteria;
    expect(disagrees(c3.indicators[0])).toBe(false); // Đạt, Đạt
    expect(disagrees(c3.indicators[1])).toBe(false); // no self-assessment
    expect(disagrees(c4.indicators[1])).toBe(true); // "đạt" written, not assessed computed
    expect(disagrees(c9)).toBe(true); // criterion 9: the commune says Đạt
  });

  test("'all' keeps every criterion in order with every indicator", () => {
    const views = filterCriteria(result, "all");
    expect(views.map((v) => v.criterion.no)).toEqual([3, 4, 9, 11]);
    expect(views.map((v) => v.indicators.length)).toEqual([2, 2, 2, 1]);
  });

  test("a verdict filter keeps the indicators with that verdict and their criteria", () => {
    expect(filterCriteria(result, "not_achieved").map((v) => [v.criterion.no, v.indicators.map((i) => i.code)])).toEqual([[4, ["4.1"]]]);
    expect(filterCriteria(result, "not_assessed").map((v) => [v.criterion.no, v.indicators.map((i) => i.code)])).toEqual([
      [4, ["4.2"]],
      [9, ["9.2"]],
      [11, ["11"]],
    ]);
  });

  test("the disagreement filter keeps criteria whose own self-assessment differs, even with no indicator kept", () => {
    expect(filterCriteria(result, "disagreements").map((v) => [v.criterion.no, v.indicators.map((i) => i.code)])).toEqual([
      [4, ["4.2"]],
      [9, []],
    ]);
    expect(filterCounts(result)).toEqual({ all: 4, not_achieved: 1, not_assessed: 3, disagreements: 2 });
  });
});

describe("settings defaults", () => {
  const sets = ["xa-ntm-2021-2025", "xa-ntm-nang-cao-2021-2025"];

  test("nothing saved: the set the workbook names, nothing else chosen", () => {
    expect(initialSettings(null, sets)).toEqual({ setId: "auto", group: null, province: null, region: null, disadvantaged: false, overlayJson: null });
  });

  test("saved settings come back as saved (settings saved before groups existed have no group)", () => {
    const saved = { setId: "xa-ntm-nang-cao-2021-2025", province: "lang-son", region: "tdmn-phia-bac", disadvantaged: true, overlayJson: "{}" };
    expect(initialSettings(saved, sets)).toEqual({ ...saved, group: null });
    expect(initialSettings({ ...saved, setId: "auto", group: "nhom-3" }, sets)).toEqual({ ...saved, setId: "auto", group: "nhom-3" });
    expect(initialSettings({ ...saved, group: "nhom-9" }, sets).group).toBeNull();
  });

  test("a saved set that no longer exists falls back to the set the workbook names, keeping the rest", () => {
    const saved = { setId: "xa-ntm-2016-2020", province: "lang-son", region: null, disadvantaged: false, overlayJson: null };
    expect(initialSettings(saved, sets)).toEqual({ ...saved, setId: "auto", group: null });
  });
});

describe("region inference", () => {
  test("a province in one region: inferred, not editable, whatever was chosen before", () => {
    expect(regionState("lang-son", { region: "tdmn-phia-bac" }, "tay-nguyen", REGIONS)).toEqual({
      mode: "inferred",
      value: "tdmn-phia-bac",
      options: ["tdmn-phia-bac"],
      editable: false,
    });
  });

  test("a merged province spanning regions: the user picks among those regions", () => {
    const spans = { spans: ["tdmn-phia-bac", "dong-bang-song-hong"] };
    expect(regionState("phu-tho-2025", spans, null, REGIONS)).toEqual({ mode: "spans", value: null, options: spans.spans, editable: true });
    expect(regionState("phu-tho-2025", spans, "dong-bang-song-hong", REGIONS).value).toBe("dong-bang-song-hong");
    // A choice outside the spanned regions is not kept.
    expect(regionState("phu-tho-2025", spans, "tay-nguyen", REGIONS).value).toBeNull();
  });

  test("no province, or one the catalogue does not know: any region of the set, or none", () => {
    expect(regionState(null, null, null, REGIONS)).toEqual({ mode: "free", value: null, options: REGIONS, editable: true });
    expect(regionState(null, null, "tay-nguyen", REGIONS).value).toBe("tay-nguyen");
    expect(regionState("atlantis", null, "nowhere", REGIONS)).toEqual({ mode: "free", value: null, options: REGIONS, editable: true });
  });

  test("an inferred region the set does not have is not forced on it", () => {
    expect(regionState("lang-son", { region: "tdmn-phia-bac" }, null, ["nhom-1", "nhom-2"]).mode).toBe("free");
  });

  test("the check options carry the region the form shows", () => {
    const settings = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: true, overlayJson: null };
    const region = regionState("lang-son", { region: "tdmn-phia-bac" }, null, REGIONS);
    expect(checkOptionsFrom(settings, region)).toEqual({ ...settings, group: null, region: "tdmn-phia-bac" });
    // "As the workbook says" is no set id: the check chooses the set from the workbook.
    expect(checkOptionsFrom({ ...settings, setId: "auto", group: "nhom-2" }, region)).toMatchObject({ setId: null, group: "nhom-2" });
  });
});

describe("province search", () => {
  const provinces: Province[] = [
    { id: "lang-son", name: "Lạng Sơn", aliases: ["Tỉnh Lạng Sơn", "Lang Son"], era: "both", region: "tdmn-phia-bac" },
    { id: "phu-tho", name: "Phú Thọ", era: "before-2025", region: "tdmn-phia-bac" },
    { id: "phu-tho-2025", name: "Phú Thọ", aliases: ["Phú Thọ (mới)"], era: "after-2025", spans: ["tdmn-phia-bac", "dong-bang-song-hong"] },
    { id: "dak-lak", name: "Đắk Lắk", era: "both", region: "tay-nguyen" },
    { id: "an-giang", name: "An Giang", era: "both", region: "dong-bang-song-cuu-long" },
  ];

  test("folding drops diacritics, đ and case, NFC or NFD alike", () => {
    expect(foldText("Lạng  Sơn")).toBe("lang son");
    expect(foldText("ĐẮK LẮK")).toBe("dak lak");
    expect(foldText("Lạng Sơn".normalize("NFD"))).toBe("lang son");
  });

  test("options are sorted by Vietnamese name and say which Phú Thọ is which", () => {
    expect(provinceOptions(provinces, "vi").map((o) => o.label)).toEqual([
      "An Giang",
      "Đắk Lắk",
      "Lạng Sơn",
      "Phú Thọ (sau sáp nhập 2025)",
      "Phú Thọ (trước sáp nhập 2025)",
    ]);
    expect(provinceOptions(provinces, "en").find((o) => o.id === "phu-tho-2025")?.label).toBe("Phú Thọ (after the 2025 merger)");
  });

  test("search matches names and aliases without diacritics", () => {
    const options = provinceOptions(provinces, "vi");
    expect(filterProvinces(options, "lang son").map((o) => o.id)).toEqual(["lang-son"]);
    expect(filterProvinces(options, "Đắk").map((o) => o.id)).toEqual(["dak-lak"]);
    expect(filterProvinces(options, "phu tho").map((o) => o.id).sort()).toEqual(["phu-tho", "phu-tho-2025"]);
    expect(filterProvinces(options, "mới").map((o) => o.id)).toEqual(["phu-tho-2025"]);
    expect(filterProvinces(options, "  ")).toHaveLength(5);
    expect(filterProvinces(options, "Hà Nội")).toEqual([]);
  });
});

describe("theme, progress and errors", () => {
  test("Office's dark and black themes read as dark, white and colorful as light", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true); // Dark Gray
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#000000" })).toBe(true); // Black
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false); // White
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false); // Colorful
    expect(isDarkOfficeTheme(undefined)).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "dark" })).toBe(false);
  });

  test("progress step codes are worded; an unknown code is shown as it came", () => {
    expect(progressStepText("read", "vi")).toBe("Đang đọc các trang tính…");
    expect(progressStepText("mark", "en")).toBe("Marking the cells…");
    expect(progressStepText("Đang tải", "vi")).toBe("Đang tải");
  });

  test("errors: the options' problems, a host problem, or unexpected", () => {
    const atlantis = { code: "province/unknown" as const, at: {}, params: { province: "Atlantis" } };
    const optionsError = Object.assign(new Error("Options cannot be used: province/unknown"), { name: "CheckOptionsError", problems: [atlantis] });
    expect(describeError(optionsError)).toEqual({ kind: "options", problems: [atlantis] });
    const sheetProtected = { code: "host/protected-sheet" as const, at: { sheet: "Biểu 01" }, params: {} };
    const hostError = Object.assign(new Error("Excel host problem: host/protected-sheet"), { name: "OfficeHostError", problem: sheetProtected });
    expect(describeError(hostError)).toEqual({ kind: "host", problem: sheetProtected });
    // An error carrying something that is not a host problem is unexpected, not worded as one.
    expect(describeError(Object.assign(new Error("x"), { problem: { code: "protected-sheet", sheet: "Biểu 01" } }))).toEqual({ kind: "unexpected", detail: "x" });
    expect(describeError(new Error("RichApi.Error: GeneralException"))).toEqual({ kind: "unexpected", detail: "RichApi.Error: GeneralException" });
    expect(describeError("text")).toEqual({ kind: "unexpected", detail: "text" });
  });
});

describe("messages beside the findings list", () => {
  test("the options' and the host's problems are worded in the pane's language; findings are left to their list", () => {
    const result = lienSonResult();
    const protectedSheet = { code: "host/protected-sheet" as const, at: { sheet: "Biểu 02" }, params: {} };
    const reading = { map: { sheets: [], commune: null, provinceText: null, district: null }, sheets: [] };
    const outcome = { result, markReport: { applied: 6, problems: [protectedSheet] }, problems: [protectedSheet], reading };
    expect(otherMessages(outcome, "vi")).toEqual([
      "Trang “Biểu 02” đang được bảo vệ nên không ghi được. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.",
    ]);
    expect(otherMessages(outcome, "en")).toEqual([
      "Sheet “Biểu 02” is protected, so nothing could be written. Unprotect it (Review → Unprotect Sheet) and try again.",
    ]);
    expect(otherMessages({ ...outcome, problems: [] }, "vi")).toEqual([]);
  });
});

describe("settings summary", () => {
  const provinces = provinceOptions(
    [{ id: "lang-son", name: "Lạng Sơn", era: "both", region: "tdmn-phia-bac" }],
    "vi",
  );
  const set = {
    id: "xa-ntm-2021-2025",
    name: "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025",
    decision: "Quyết định 318/QĐ-TTg ngày 08/3/2022",
    period: "2021-2025",
    regions: [{ id: "tdmn-phia-bac", name: "Trung du và miền núi phía Bắc", nameEn: "Northern Midlands and Mountains" }],
    criteria: [],
  } as unknown as Parameters<typeof settingsSummary>[2];

  test("names the province, region and options in use", () => {
    const settings = { setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: true, overlayJson: "{}" };
    const region = regionState("lang-son", { region: "tdmn-phia-bac" }, null, ["tdmn-phia-bac"]);
    expect(settingsSummary(settings, region, set, provinces, "vi")).toBe(
      "Lạng Sơn · Trung du và miền núi phía Bắc · Xã đặc biệt khó khăn · có tệp ngưỡng riêng",
    );
    expect(settingsSummary({ ...settings, disadvantaged: false, overlayJson: null }, region, set, provinces, "en")).toBe(
      "Lạng Sơn · Northern Midlands and Mountains",
    );
    expect(settingsSummary({ ...settings, province: null, disadvantaged: false, overlayJson: null }, regionState(null, null, null, []), set, provinces, "vi")).toBe("");
  });
});
