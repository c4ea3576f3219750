/**
 * validateOverlay: what a user's definitions file may say about a shipped set, beyond its schema.
 * Every refusal names the JSON path; the file is accepted as it is when nothing is wrong.
 */
import { getSet, listProvinces, listSets } from "../../../src/domain/definitions/builtIn";
import { fileDefinedSet, SHEET_DEFINED_SET, validateOverlay } from "../../../src/domain/definitions/validateOverlay";
import { parseOverlay, parseOverlayText } from "../../../src/domain/definitions/parseOverlay";
import { foundValue } from "../../../src/domain/definitions/issuesToErrors";
import { definitionsErrorText } from "../../../src/domain/messages";
import type { Overlay } from "../../../src/domain/definitions/schema";

const KNOWN = { sets: listSets(), provinces: listProvinces() };
const base = { id: "huyen-thu", extends: "xa-ntm-2021-2025", name: "Ngưỡng của huyện", source: "Công văn 12/UBND của UBND huyện" };
const errorsOf = (json: unknown) => {
  const r = validateOverlay(json, KNOWN);
  return r.ok ? [] : r.errors;
};
const ALL_KEYS = ["id", "extends", "name", "source", "provinces", "criteria", "indicators", "thresholds"];
const THRESHOLD_KEYS = ["atLeast", "atMost", "yes", "none", "unit", "byRegion", "source", "quote", "note"];

describe("validateOverlay: a definitions file for a shipped set", () => {
  test("a sound file is accepted as it is", () => {
    const json = { ...base, provinces: ["lang-son"], thresholds: { "4.2": { atLeast: 98, source: "Nghị quyết HĐND", quote: "đạt từ 98%", note: "x" }, "8.1": { yes: true }, "9.1": { none: true }, "10": { atLeast: 45, unit: "triệu đồng/người/năm" } } };
    expect(validateOverlay(json, KNOWN)).toEqual({ ok: true, overlay: json });
  });

  test("keys the format does not have are named, at the root and in a threshold, with the keys allowed", () => {
    expect(errorsOf({ ...base, thresold: {}, thresholds: { "4.2": { atLeast: 98, sourse: "x" } } })).toEqual([
      { path: [], code: "unknown-key", key: "thresold", allowed: ALL_KEYS },
      { path: ["thresholds", "4.2"], code: "unknown-key", key: "sourse", allowed: THRESHOLD_KEYS },
    ]);
    // Every documented key is known.
    expect(errorsOf({ ...base, provinces: [], indicators: {}, thresholds: { "4.2": { atLeast: 98, unit: "%", source: "s", quote: "q", note: "n" }, "15.3": { byRegion: { "tay-nguyen": { atMost: 20 } } } } })).toEqual([]);
  });

  test("schema errors come first, then the unknown keys, all at once", () => {
    expect(errorsOf({ ...base, id: "Huyện Thử", colour: "red", thresholds: { "4.2": { atLeast: "98" } } })).toEqual([
      { path: ["id"], code: "bad-id", got: '"Huyện Thử"' },
      { path: ["thresholds", "4.2", "atLeast"], code: "expected-type", expected: "number", got: '"98"' },
      { path: [], code: "unknown-key", key: "colour", allowed: ALL_KEYS },
    ]);
  });

  test("a file that is no object, or thresholds that are no record, gives one error each, never a list of its indices", () => {
    expect(errorsOf(["x"])).toEqual([{ path: [], code: "expected-type", expected: "object", got: '["x"]' }]);
    expect(errorsOf("lang-son")).toEqual([{ path: [], code: "expected-type", expected: "object", got: '"lang-son"' }]);
    expect(errorsOf({ ...base, thresholds: [{ sourse: 1 }] })).toEqual([{ path: ["thresholds"], code: "expected-type", expected: "record", got: '[{"sourse":1}]' }]);
    expect(errorsOf({ ...base, thresholds: { "4.2": ["x"] } })).toEqual([{ path: ["thresholds", "4.2"], code: "expected-type", expected: "object", got: '["x"]' }]);
    expect(errorsOf({ ...base, thresholds: { "4.2": null } })).toEqual([{ path: ["thresholds", "4.2"], code: "expected-type", expected: "object", got: "null" }]);
    expect(errorsOf({ ...base, thresholds: "none" })).toEqual([{ path: ["thresholds"], code: "expected-type", expected: "record", got: '"none"' }]);
    expect(errorsOf({ ...base, thresholds: null })).toEqual([{ path: ["thresholds"], code: "expected-type", expected: "record", got: "null" }]);
    // A threshold written as text, not as {"atLeast": …}: one error, not one per character.
    expect(errorsOf({ ...base, thresholds: { "4.2": "≥ 95%" } })).toEqual([{ path: ["thresholds", "4.2"], code: "expected-type", expected: "object", got: '"≥ 95%"' }]);
  });

  test("an unknown set names the sets there are", () => {
    expect(errorsOf({ ...base, extends: "xa-ntm-2031-2035", thresholds: { "4.2": { atLeast: 98 } } })).toEqual([
      { path: ["extends"], code: "unknown-set", setId: "xa-ntm-2031-2035", known: ["xa-ntm-2021-2025", "xa-ntm-2026-2030", "xa-ntm-nang-cao-2021-2025"] },
    ]);
  });

  test("every code must be an indicator of the set", () => {
    expect(errorsOf({ ...base, thresholds: { "4.3": { atLeast: 98 }, "20": { yes: true }, "4.2": { atLeast: 98 } } })).toEqual([
      // JSON objects list whole-number keys first.
      { path: ["thresholds", "20"], code: "unknown-indicator", setId: "xa-ntm-2021-2025", indicator: "20" },
      { path: ["thresholds", "4.3"], code: "unknown-indicator", setId: "xa-ntm-2021-2025", indicator: "4.3" },
    ]);
  });

  test("a set whose indicators come from the sheet takes any code under one of its criteria", () => {
    const json = { ...base, extends: "xa-ntm-2026-2030", thresholds: { "2.5": { atLeast: 90 }, "10.3": { yes: true }, "1": { yes: true } } };
    expect(errorsOf(json)).toEqual([]);
    expect(errorsOf({ ...json, thresholds: { "11.1": { atLeast: 90 }, "21": { yes: true } } })).toEqual([
      { path: ["thresholds", "21"], code: "unknown-indicator", setId: "xa-ntm-2026-2030", indicator: "21" },
      { path: ["thresholds", "11.1"], code: "unknown-indicator", setId: "xa-ntm-2026-2030", indicator: "11.1" },
    ]);
    // "1.2" is under criterion 1, "12.1" is not (the criterion is the part before the dot).
    expect(errorsOf({ ...json, extends: "xa-ntm-2026-2030", thresholds: { "1.2": { yes: true }, "12.1": { yes: true } } }).map((e) => e.path)).toEqual([["thresholds", "12.1"]]);
  });

  test("a number for a yes/no or none-allowed indicator is refused; its own rule is not", () => {
    expect(errorsOf({ ...base, thresholds: { "8.1": { atLeast: 1 }, "9.1": { atMost: 0 }, "8.2": { yes: true }, "9.2": { yes: true } } })).toEqual([
      { path: ["thresholds", "8.1"], code: "yes-no-indicator", indicator: "8.1" },
      { path: ["thresholds", "9.1"], code: "yes-no-indicator", indicator: "9.1" },
    ]);
    expect(errorsOf({ ...base, thresholds: { "9.1": { none: true }, "1.1": { yes: true } } })).toEqual([]);
  });

  test("percentages lie in 0–100 and are in %", () => {
    const t = (x: object) => errorsOf({ ...base, thresholds: { "4.2": x } });
    for (const ok of [{ atLeast: 0 }, { atLeast: 100 }, { atMost: 100 }, { atLeast: 95.5, unit: "%" }, { yes: true }]) expect([ok, t(ok)]).toEqual([ok, []]);
    expect(t({ atLeast: 100.1 })).toEqual([{ path: ["thresholds", "4.2"], code: "percent-range", value: 100.1 }]);
    expect(t({ atMost: -0.5 })).toEqual([{ path: ["thresholds", "4.2"], code: "percent-range", value: -0.5 }]);
    expect(t({ atLeast: 95, unit: "hộ" })).toEqual([{ path: ["thresholds", "4.2", "unit"], code: "percent-unit", indicator: "4.2", unit: "hộ" }]);
    expect(t({ atMost: 950, unit: "‰" })).toEqual([
      { path: ["thresholds", "4.2"], code: "percent-range", value: 950 },
      { path: ["thresholds", "4.2", "unit"], code: "percent-unit", indicator: "4.2", unit: "‰" },
    ]);
    // An amount is no percentage: any figure, any unit.
    expect(errorsOf({ ...base, thresholds: { "10": { atLeast: 450, unit: "triệu đồng/người/năm" } } })).toEqual([]);
  });

  test("byRegion: each region's rule is checked at its own path, and the region must be the set's", () => {
    expect(errorsOf({ ...base, thresholds: { "15.3": { byRegion: { "tay-nguyen": { atMost: 120 }, "dong-nam-bo": { atMost: 14.5 } } } } })).toEqual([
      { path: ["thresholds", "15.3", "byRegion", "tay-nguyen"], code: "percent-range", value: 120 },
    ]);
    expect(errorsOf({ ...base, thresholds: { "8.1": { byRegion: { "tay-nguyen": { atLeast: 1 } } } } })).toEqual([
      { path: ["thresholds", "8.1", "byRegion", "tay-nguyen"], code: "yes-no-indicator", indicator: "8.1" },
    ]);
    expect(errorsOf({ ...base, thresholds: { "15.3": { byRegion: { "tay-nguyen": { atMost: 20, unit: "hộ" } } } } })).toEqual([
      { path: ["thresholds", "15.3", "byRegion", "tay-nguyen", "unit"], code: "percent-unit", indicator: "15.3", unit: "hộ" },
    ]);
    expect(errorsOf({ ...base, thresholds: { "15.3": { byRegion: { "nhom-1": { atMost: 20 } } } } })).toEqual([
      { path: ["thresholds", "15.3", "byRegion", "nhom-1"], code: "unknown-region", setId: "xa-ntm-2021-2025", region: "nhom-1", known: getSet("xa-ntm-2021-2025")!.regions.map((r) => r.id) },
    ]);
    expect(errorsOf({ ...base, extends: "xa-ntm-2026-2030", thresholds: { "2.5": { byRegion: { "nhom-1": { atLeast: 100 }, "nhom-3": { atLeast: 80 } } } } })).toEqual([]);
  });

  test("an indicator the file defines judges like the set's: its kind is checked too", () => {
    const json = { ...base, extends: "xa-ntm-2026-2030", indicators: { "2.5": { name: "Tỷ lệ đường xã được cứng hóa", kind: "percent" }, "3.1": { name: "Xã có quy hoạch", kind: "yesNo" }, "9.9": { name: "Số vụ cháy", kind: "none" } } };
    expect(errorsOf({ ...json, thresholds: { "2.5": { atLeast: 90 }, "3.1": { yes: true }, "9.9": { none: true } } })).toEqual([]);
    expect(errorsOf({ ...json, thresholds: { "2.5": { atLeast: 190 }, "3.1": { atLeast: 1 }, "9.9": { atMost: 1 } } })).toEqual([
      { path: ["thresholds", "2.5"], code: "percent-range", value: 190 },
      { path: ["thresholds", "3.1"], code: "yes-no-indicator", indicator: "3.1" },
      { path: ["thresholds", "9.9"], code: "yes-no-indicator", indicator: "9.9" },
    ]);
    // A code the file names no indicator for is judged as the sheet has it.
    expect(errorsOf({ ...json, thresholds: { "4.1": { atLeast: 190 } } })).toEqual([]);
    // Without a kind, a figure of any size is a count or an amount.
    expect(errorsOf({ ...base, extends: "xa-ntm-2026-2030", indicators: { "2.5": { name: "Số km đường" } }, thresholds: { "2.5": { atLeast: 190 } } })).toEqual([]);
    expect(errorsOf({ ...json, indicators: { "11.1": { name: "Ngoài bộ" }, "2.5": { name: "x" } }, thresholds: {} })).toEqual([
      { path: ["indicators", "11.1"], code: "unknown-indicator", setId: "xa-ntm-2026-2030", indicator: "11.1" },
    ]);
  });

  test("provinces must be known province ids, each named by its place in the list", () => {
    expect(errorsOf({ ...base, provinces: ["lang-son", "Lạng Sơn", "cao-bang", "atlantis"], thresholds: {} })).toEqual([
      { path: ["provinces", 1], code: "unknown-province", province: "Lạng Sơn" },
      { path: ["provinces", 3], code: "unknown-province", province: "atlantis" },
    ]);
  });

  test("worded: each error starts with its JSON path", () => {
    const r = parseOverlay({ ...base, provinces: ["atlantis"], thresholds: { "15.3": { byRegion: { "nhom-1": { atMost: 20 } } } } });
    expect(r.ok ? [] : r.errors.map((e) => definitionsErrorText(e, "en"))).toEqual([
      expect.stringMatching(/^thresholds\["15.3"\]\.byRegion\["nhom-1"\]: .*nhom-1/),
      expect.stringMatching(/^provinces\[0\]: .*"atlantis"/),
    ]);
  });
});

describe("a file that defines its set whole (extends sheet-defined)", () => {
  const village: Overlay = {
    id: "thon-kieu-mau",
    extends: SHEET_DEFINED_SET,
    name: "Thôn nông thôn mới kiểu mẫu",
    source: "Quyết định 1494/QĐ-UBND ngày 14/9/2022 của UBND tỉnh Lạng Sơn",
    criteria: [
      { no: 3, name: "Văn hóa" },
      { no: 1, name: "Quy hoạch", nameEn: "Planning" },
    ],
    thresholds: { "1.1": { yes: true }, "3.2": { atLeast: 2 } },
  };

  test("its criteria, sorted, make the set: every indicator comes from the sheet, one group for all", () => {
    const r = validateOverlay(village, KNOWN);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(fileDefinedSet(r.overlay)).toEqual({
      id: "sheet-defined",
      name: "Thôn nông thôn mới kiểu mẫu",
      decision: "Quyết định 1494/QĐ-UBND ngày 14/9/2022 của UBND tỉnh Lạng Sơn",
      period: "",
      level: "sheet",
      indicatorsFrom: "sheet",
      regions: [{ id: "chung", name: "Chung", nameEn: "All" }],
      criteria: [
        { no: 1, name: "Quy hoạch", nameEn: "Planning", indicators: [] },
        { no: 3, name: "Văn hóa", indicators: [] },
      ],
    });
    // The file's own order is left as it was.
    expect(village.criteria!.map((c) => c.no)).toEqual([3, 1]);
  });

  test("codes outside its criteria are refused, and only its one group exists", () => {
    expect(errorsOf({ ...village, thresholds: { "2.1": { yes: true }, "1.1": { byRegion: { "nhom-1": { yes: true } } } } })).toEqual([
      { path: ["thresholds", "2.1"], code: "unknown-indicator", setId: "sheet-defined", indicator: "2.1" },
      { path: ["thresholds", "1.1", "byRegion", "nhom-1"], code: "unknown-region", setId: "sheet-defined", region: "nhom-1", known: ["chung"] },
    ]);
  });

  test("no set without criteria, and criteria only for a set the file defines whole", () => {
    expect(fileDefinedSet({ ...village, extends: "xa-ntm-2021-2025" })).toBeNull();
    const { criteria: _, ...noCriteria } = village;
    expect(fileDefinedSet(noCriteria)).toBeNull();
    expect(errorsOf(noCriteria)).toEqual([{ path: ["extends"], code: "unknown-set", setId: "sheet-defined", known: ["xa-ntm-2021-2025", "xa-ntm-2026-2030", "xa-ntm-nang-cao-2021-2025"] }]);
    expect(errorsOf({ ...village, extends: "xa-ntm-2021-2025", thresholds: { "1.1": { yes: true } } })).toEqual([
      { path: ["criteria"], code: "other", detail: '"criteria" is only for a set the file defines whole ("extends": "sheet-defined")' },
    ]);
  });
});

describe("issuesToErrors: what was found at the path", () => {
  test("long values are cut to 40 characters; exactly 40 are kept", () => {
    const forty = "x".repeat(38); // 38 letters and two quotes: 40 characters of JSON
    expect(errorsOf({ ...base, name: 1, id: forty.toUpperCase(), thresholds: {} })).toEqual([
      { path: ["id"], code: "bad-id", got: `"${forty.toUpperCase()}"` },
      { path: ["name"], code: "expected-type", expected: "string", got: "1" },
    ]);
    const long = "X".repeat(39);
    expect(errorsOf({ ...base, id: long, thresholds: {} })).toEqual([{ path: ["id"], code: "bad-id", got: `"${"X".repeat(36)}...` }]);
    expect((errorsOf({ ...base, id: long, thresholds: {} })[0] as { got: string }).got).toHaveLength(40);
  });

  test("a missing field is found as nothing; a value JSON cannot write is written as text", () => {
    expect(errorsOf({ ...base, thresholds: { "4.2": { atLeast: undefined } } })).toEqual([{ path: ["thresholds", "4.2"], code: "one-rule" }]);
    expect(errorsOf({ ...base, name: undefined, thresholds: {} })).toEqual([{ path: ["name"], code: "expected-type", expected: "string", got: null }]);
    expect(errorsOf({ ...base, name: BigInt(12), thresholds: {} })).toEqual([{ path: ["name"], code: "expected-type", expected: "string", got: "12" }]);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(errorsOf({ ...base, name: circular, thresholds: {} })).toEqual([{ path: ["name"], code: "expected-type", expected: "string", got: "[object Object]" }]);
    expect(errorsOf({ ...base, name: () => 1, thresholds: {} })).toEqual([{ path: ["name"], code: "expected-type", expected: "string", got: "() => 1" }]);
  });

  test("foundValue: a path that goes through nothing, null or text finds nothing, and never throws", () => {
    const json = { id: "a", name: null, source: "Công văn", thresholds: { "4.2": { atLeast: 95 } } };
    expect(foundValue(json, ["thresholds", "4.2", "atLeast"])).toBe("95");
    expect(foundValue(json, ["thresholds", "4.2"])).toBe('{"atLeast":95}');
    expect(foundValue(json, ["name"])).toBe("null");
    expect(foundValue(json, ["name", "vi"])).toBeNull();
    expect(foundValue(json, ["source", "length"])).toBeNull();
    expect(foundValue(json, ["thresholds", "4.3", "atLeast"])).toBeNull();
    expect(foundValue(json, ["extends"])).toBeNull();
    expect(foundValue(null, ["id"])).toBeNull();
    expect(foundValue(["lang-son"], [0])).toBe('"lang-son"');
    expect(foundValue(json, [])).toBe(JSON.stringify(json).slice(0, 37) + "...");
  });

  test("a path through a value that is no object finds nothing", () => {
    expect(errorsOf({ ...base, thresholds: { "4.2": { byRegion: "tay-nguyen" } } })).toEqual([{ path: ["thresholds", "4.2", "byRegion"], code: "expected-type", expected: "record", got: '"tay-nguyen"' }]);
  });
});

describe("parseOverlayText: the one reader of a file's text", () => {
  test("a byte-order mark is dropped; a syntax error is an error, not a throw", () => {
    const text = JSON.stringify({ ...base, thresholds: { "4.2": { atLeast: 98 } } });
    expect(parseOverlayText("\uFEFF" + text)).toEqual({ ok: true, overlay: JSON.parse(text) });
    expect(parseOverlayText(text)).toEqual(parseOverlayText("\uFEFF" + text));
    // Only a leading mark: one inside the text is a syntax error.
    const inside = parseOverlayText(" \uFEFF" + text);
    expect(inside.ok ? null : inside.errors.map((e) => e.code)).toEqual(["json-syntax"]);
    const r = parseOverlayText('{"id": "a",');
    expect(r).toEqual({ ok: false, errors: [{ path: [], code: "json-syntax", detail: expect.stringMatching(/JSON/) }] });
  });
});
