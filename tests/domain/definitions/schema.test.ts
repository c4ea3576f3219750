/**
 * The zod schemas of criteria sets, definitions files and the province list: what a maintainer's
 * or a user's file may hold. Each refusal is checked by the JSON path and the kind of error the
 * user is told (issuesToErrors), on a real shipped file changed in one place.
 */
import { z } from "zod";
import { SHIPPED_JSON } from "../../../src/domain/definitions/builtIn";
import { issuesToErrors } from "../../../src/domain/definitions/issuesToErrors";
import { CriteriaSetSchema, OverlaySchema, ProvinceListSchema, RuleSchema } from "../../../src/domain/definitions/schema";
import { definitionsErrorText } from "../../../src/domain/messages";

type Json = Record<string, unknown>;
const clone = <T>(x: T): T => structuredClone(x) as T;
const SET_2021 = SHIPPED_JSON.sets["sets/xa-ntm-2021-2025.json"];
const SET_2026 = SHIPPED_JSON.sets["sets/xa-ntm-2026-2030.json"];
const LANG_SON = SHIPPED_JSON.overlays["overlays/lang-son.json"];
const PROVINCES = SHIPPED_JSON.provinces["provinces.json"];

/** The errors a schema gives for `json` (path and code, plus the code's own fields); [] when accepted. */
function errorsOf(schema: z.ZodType, json: unknown) {
  const r = schema.safeParse(json);
  return r.success ? [] : issuesToErrors(r.error.issues, json);
}

/** The 2021–2025 set with one change. */
function set2021(change: (s: Json & { criteria: Json[]; regions: Json[] }) => void): unknown {
  const s = clone(SET_2021) as unknown as Json & { criteria: Json[]; regions: Json[] };
  change(s);
  return s;
}
/** Criterion 4 of the 2021–2025 set ("Điện"), indicator 4.2 (a percentage). */
const ind42 = (s: { criteria: Json[] }) => (s.criteria[3].indicators as Json[])[1] as Json & { thresholds: Json };

describe("CriteriaSetSchema: a criteria set file", () => {
  test("the shipped sets pass", () => {
    for (const json of Object.values(SHIPPED_JSON.sets)) expect(errorsOf(CriteriaSetSchema, json)).toEqual([]);
  });

  test("ids: lower-case letters, digits and dashes only, the whole id", () => {
    for (const id of ["xa-ntm-2021-2025", "x", "a1"]) expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.id = id)))).toEqual([]);
    for (const id of ["Xa-ntm", "xa-ntm 2021", "xa_ntm", "xã-ntm", ""])
      expect([id, errorsOf(CriteriaSetSchema, set2021((s) => (s.id = id)))]).toEqual([id, [{ path: ["id"], code: "bad-id", got: JSON.stringify(id) }]]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.regions[0].id = "Vùng 1")))).toEqual([{ path: ["regions", 0, "id"], code: "bad-id", got: '"Vùng 1"' }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.regions[0].id = "tay-nguyen (cu)")))).toEqual([{ path: ["regions", 0, "id"], code: "bad-id", got: '"tay-nguyen (cu)"' }]);
  });

  test("indicator codes: a number, or two numbers with a dot", () => {
    for (const code of ["4.2", "4", "17.12", "10.1"]) expect([code, errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).code = code)))]).toEqual([code, []]);
    for (const code of ["4,2", "4.", ".2", "x4.2", "4.2a", "4.2.1", "IV.2", ""])
      expect([code, errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).code = code)))]).toEqual([
        code,
        [{ path: ["criteria", 3, "indicators", 1, "code"], code: "bad-format", got: JSON.stringify(code) }],
      ]);
  });

  test("names and source documents may not be empty", () => {
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).name = "")))).toEqual([{ path: ["criteria", 3, "indicators", 1, "name"], code: "empty" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.criteria[3].name = "")))).toEqual([{ path: ["criteria", 3, "name"], code: "empty" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.source = { document: "" })))).toEqual([{ path: ["source", "document"], code: "empty" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).thresholds = { all: { rule: { kind: "yes" }, source: { document: "" } } })))).toEqual([
      { path: ["criteria", 3, "indicators", 1, "thresholds", "all", "source", "document"], code: "empty" },
    ]);
  });

  test("criterion numbers are positive whole numbers", () => {
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.criteria[0].no = 0)))).toEqual([{ path: ["criteria", 0, "no"], code: "too-small" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.criteria[0].no = -1)))).toEqual([{ path: ["criteria", 0, "no"], code: "too-small" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.criteria[0].no = 1.5)))).toEqual([{ path: ["criteria", 0, "no"], code: "expected-type", expected: "int", got: "1.5" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.indicatorCount = 0)))).toEqual([{ path: ["indicatorCount"], code: "too-small" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.indicatorCount = 47)))).toEqual([]);
  });

  test("a set needs at least one region and one criterion", () => {
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.regions = [])))).toEqual([{ path: ["regions"], code: "too-small" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.criteria = [])))).toEqual([{ path: ["criteria"], code: "too-small" }]);
    // A criterion of a set whose indicators come from the sheet lists none.
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.criteria[0].indicators = [])))).toEqual([]);
  });

  test("level, indicatorsFrom, grouping and value kinds take their listed words only", () => {
    for (const level of ["ntm", "nang-cao", "sheet"]) expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.level = level)))).toEqual([]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.level = "kieu-mau")))).toEqual([{ path: ["level"], code: "one-of", values: ["ntm", "nang-cao", "sheet"], got: '"kieu-mau"' }]);
    for (const from of ["catalogue", "sheet"]) expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.indicatorsFrom = from)))).toEqual([]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.indicatorsFrom = "file")))).toEqual([{ path: ["indicatorsFrom"], code: "one-of", values: ["catalogue", "sheet"], got: '"file"' }]);
    for (const grouping of ["region", "group"]) expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.grouping = grouping)))).toEqual([]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.grouping = "nhom")))).toEqual([{ path: ["grouping"], code: "one-of", values: ["region", "group"], got: '"nhom"' }]);
    for (const kind of ["yesNo", "percent", "amount", "count", "none"]) expect(errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).kind = kind)))).toEqual([]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).kind = "ratio")))).toEqual([
      { path: ["criteria", 3, "indicators", 1, "kind"], code: "one-of", values: ["yesNo", "percent", "amount", "count", "none"], got: '"ratio"' },
    ]);
  });

  test("required fields missing are named", () => {
    expect(errorsOf(CriteriaSetSchema, set2021((s) => delete s.decision))).toEqual([{ path: ["decision"], code: "expected-type", expected: "string", got: null }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => delete s.period))).toEqual([{ path: ["period"], code: "expected-type", expected: "string", got: null }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => delete s.name))).toEqual([{ path: ["name"], code: "expected-type", expected: "string", got: null }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => delete (ind42(s) as Json).thresholds))).toEqual([
      { path: ["criteria", 3, "indicators", 1, "thresholds"], code: "expected-type", expected: "object", got: null },
    ]);
  });

  test("optional fields, when given, have their type", () => {
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.effective = 2026)))).toEqual([{ path: ["effective"], code: "expected-type", expected: "string", got: "2026" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.disadvantagedRegion = 1)))).toEqual([{ path: ["disadvantagedRegion"], code: "expected-type", expected: "string", got: "1" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).unit = 5)))).toEqual([{ path: ["criteria", 3, "indicators", 1, "unit"], code: "expected-type", expected: "string", got: "5" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.source = { document: "Quyết định 318/QĐ-TTg", quote: 1 })))).toEqual([{ path: ["source", "quote"], code: "expected-type", expected: "string", got: "1" }]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (s.regions[0].description = 1)))).toEqual([{ path: ["regions", 0, "description"], code: "expected-type", expected: "string", got: "1" }]);
  });

  test("thresholds: a rule of a known kind with its fields, a source, per region or for all", () => {
    const withAll = (rule: unknown) => set2021((s) => (ind42(s).thresholds = { all: { rule, source: { document: "Quyết định 318/QĐ-TTg" } } }));
    for (const rule of [{ kind: "yes" }, { kind: "none" }, { kind: "atLeast", value: 95, unit: "%" }, { kind: "atMost", value: 5, unit: "%" }])
      expect([rule, errorsOf(CriteriaSetSchema, withAll(rule))]).toEqual([rule, []]);
    const at = ["criteria", 3, "indicators", 1, "thresholds", "all", "rule"];
    expect(errorsOf(CriteriaSetSchema, withAll({ kind: "atLeast", value: "95", unit: "%" }))).toEqual([{ path: [...at, "value"], code: "expected-type", expected: "number", got: '"95"' }]);
    expect(errorsOf(CriteriaSetSchema, withAll({ kind: "atMost", value: 5 }))).toEqual([{ path: [...at, "unit"], code: "expected-type", expected: "string", got: null }]);
    expect(errorsOf(CriteriaSetSchema, withAll({ kind: "atLeast", unit: "%" }))).toEqual([{ path: [...at, "value"], code: "expected-type", expected: "number", got: null }]);
    const between = errorsOf(CriteriaSetSchema, withAll({ kind: "between", value: 5, unit: "%" }));
    expect(between).toHaveLength(1);
    expect(between[0]).toMatchObject({ path: [...at, "kind"] });
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).thresholds = { all: { rule: { kind: "yes" } } })))).toEqual([
      { path: ["criteria", 3, "indicators", 1, "thresholds", "all", "source"], code: "expected-type", expected: "object", got: null },
    ]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).thresholds = { byRegion: { "tay-nguyen": { rule: { kind: "yes" }, source: {} } } })))).toEqual([
      { path: ["criteria", 3, "indicators", 1, "thresholds", "byRegion", "tay-nguyen", "source", "document"], code: "expected-type", expected: "string", got: null },
    ]);
    expect(errorsOf(CriteriaSetSchema, set2021((s) => (ind42(s).thresholds = { unknownNote: 3 })))).toEqual([
      { path: ["criteria", 3, "indicators", 1, "thresholds", "unknownNote"], code: "expected-type", expected: "string", got: "3" },
    ]);
    expect(RuleSchema.safeParse({ kind: "yes" }).success).toBe(true);
  });
});

describe("OverlaySchema: a definitions file", () => {
  const file = (change: (o: Json & { thresholds: Record<string, unknown> }) => void): unknown => {
    const o = clone(LANG_SON) as unknown as Json & { thresholds: Record<string, unknown> };
    change(o);
    return o;
  };

  test("the shipped Lạng Sơn file passes", () => {
    expect(errorsOf(OverlaySchema, LANG_SON)).toEqual([]);
  });

  test("each threshold states exactly one rule: atLeast, atMost, yes or none", () => {
    for (const t of [{ atLeast: 95 }, { atMost: 5 }, { yes: true }, { none: true }, { atLeast: 0 }])
      expect([t, errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = t)))]).toEqual([t, []]);
    for (const t of [{}, { atLeast: 95, atMost: 99 }, { yes: true, none: true }, { atLeast: 1, yes: true }, { source: "Quyết định 1494/QĐ-UBND" }])
      expect([t, errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = t)))]).toEqual([t, [{ path: ["thresholds", "4.2"], code: "one-rule" }]]);
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { yes: false })))[0]).toEqual({ path: ["thresholds", "4.2", "yes"], code: "one-of", values: [true], got: "false" });
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { none: "true" })))[0]).toEqual({ path: ["thresholds", "4.2", "none"], code: "one-of", values: [true], got: '"true"' });
  });

  test("byRegion: one rule per region or group, instead of a rule for all", () => {
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { byRegion: { "nhom-1": { atLeast: 99 }, "nhom-2": { yes: true }, "nhom-3": { none: true }, "nhom-4": { atMost: 5, unit: "%" } } })))).toEqual([]);
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { byRegion: { "nhom-1": { none: false } } })))[0]).toEqual({ path: ["thresholds", "4.2", "byRegion", "nhom-1", "none"], code: "one-of", values: [true], got: "false" });
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { atLeast: 95, byRegion: { "nhom-1": { atLeast: 99 } } })))).toEqual([{ path: ["thresholds", "4.2"], code: "one-rule" }]);
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { byRegion: { "nhom-1": { atLeast: 99, atMost: 100 } } })))).toEqual([
      { path: ["thresholds", "4.2", "byRegion", "nhom-1"], code: "one-rule" },
    ]);
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { byRegion: { "nhom-1": {} } })))).toEqual([{ path: ["thresholds", "4.2", "byRegion", "nhom-1"], code: "one-rule" }]);
    // A region's rule takes no source of its own (the entry's source covers them all).
    const extra = errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { byRegion: { "nhom-1": { atLeast: 99, source: "x" } } })));
    expect(extra).toEqual([{ path: ["thresholds", "4.2", "byRegion", "nhom-1"], code: "other", detail: expect.stringContaining("source") }]);
    for (const key of ["Nhóm 1", "nhom-1 (cu)"]) {
      const badKey = errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { byRegion: { [key]: { atLeast: 99 } } })));
      expect(badKey).toHaveLength(1);
      expect(badKey[0]).toMatchObject({ path: ["thresholds", "4.2", "byRegion", key] });
    }
  });

  test("fields of a threshold have their types", () => {
    const at = ["thresholds", "4.2"];
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { atLeast: 95, unit: 1 })))).toEqual([{ path: [...at, "unit"], code: "expected-type", expected: "string", got: "1" }]);
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { atMost: "5" })))).toEqual([
      { path: [...at, "atMost"], code: "expected-type", expected: "number", got: '"5"' },
    ]);
    expect(errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { atLeast: 95, source: 1, quote: 2, note: 3 })))).toEqual([
      { path: [...at, "source"], code: "expected-type", expected: "string", got: "1" },
      { path: [...at, "quote"], code: "expected-type", expected: "string", got: "2" },
      { path: [...at, "note"], code: "expected-type", expected: "string", got: "3" },
    ]);
  });

  test("threshold codes are indicator codes", () => {
    for (const code of ["4", "4.2", "17.12"]) expect(errorsOf(OverlaySchema, file((o) => (o.thresholds = { [code]: { atLeast: 1 } })))).toEqual([]);
    for (const code of ["4.", "a4.2", "4.2a", "4.2.1", "IV"])
      expect(errorsOf(OverlaySchema, file((o) => (o.thresholds = { [code]: { atLeast: 1 } })))).toEqual([{ path: ["thresholds", code], code: "bad-code", key: code }]);
  });

  test("id, extends, name and source are required; the id has the id form", () => {
    expect(errorsOf(OverlaySchema, file((o) => (o.id = "Lạng Sơn")))).toEqual([{ path: ["id"], code: "bad-id", got: '"Lạng Sơn"' }]);
    expect(errorsOf(OverlaySchema, file((o) => (o.id = "tinh-X")))).toEqual([{ path: ["id"], code: "bad-id", got: '"tinh-X"' }]);
    expect(errorsOf(OverlaySchema, file((o) => (o.id = "X-tinh")))).toEqual([{ path: ["id"], code: "bad-id", got: '"X-tinh"' }]);
    for (const key of ["extends", "name", "source"])
      expect(errorsOf(OverlaySchema, file((o) => delete o[key]))).toEqual([{ path: [key], code: "expected-type", expected: "string", got: null }]);
    expect(errorsOf(OverlaySchema, file((o) => delete (o as Json).thresholds))).toEqual([{ path: ["thresholds"], code: "expected-type", expected: "record", got: null }]);
    expect(errorsOf(OverlaySchema, file((o) => (o.provinces = "lang-son")))).toEqual([{ path: ["provinces"], code: "expected-type", expected: "array", got: '"lang-son"' }]);
    expect(errorsOf(OverlaySchema, file((o) => (o.provinces = [1])))).toEqual([{ path: ["provinces", 0], code: "expected-type", expected: "string", got: "1" }]);
  });

  test("criteria of a set the file defines whole: numbered, named, nothing else", () => {
    const village = { id: "thon-kieu-mau", extends: "sheet-defined", name: "Thôn kiểu mẫu", source: "Quyết định 1494/QĐ-UBND", thresholds: {} };
    expect(errorsOf(OverlaySchema, { ...village, criteria: [{ no: 1, name: "Quy hoạch", nameEn: "Planning" }] })).toEqual([]);
    expect(errorsOf(OverlaySchema, { ...village, criteria: [] })).toEqual([{ path: ["criteria"], code: "too-small" }]);
    expect(errorsOf(OverlaySchema, { ...village, criteria: [{ no: 0, name: "Quy hoạch" }] })).toEqual([{ path: ["criteria", 0, "no"], code: "too-small" }]);
    expect(errorsOf(OverlaySchema, { ...village, criteria: [{ no: 1.5, name: "Quy hoạch" }] })).toEqual([{ path: ["criteria", 0, "no"], code: "expected-type", expected: "int", got: "1.5" }]);
    expect(errorsOf(OverlaySchema, { ...village, criteria: [{ no: 1, name: "" }] })).toEqual([{ path: ["criteria", 0, "name"], code: "empty" }]);
    expect(errorsOf(OverlaySchema, { ...village, criteria: [{ no: 1, name: "Quy hoạch", nameEn: 2 }] })).toEqual([
      { path: ["criteria", 0, "nameEn"], code: "expected-type", expected: "string", got: "2" },
    ]);
    expect(errorsOf(OverlaySchema, { ...village, criteria: [{ no: 1, name: "Quy hoạch", indicators: [] }] })).toEqual([
      { path: ["criteria", 0], code: "other", detail: expect.stringContaining("indicators") },
    ]);
  });

  test("indicators the file defines: a name, a known kind, a unit, nothing else", () => {
    const form = { id: "minh-hoa-2026", extends: "xa-ntm-2026-2030", name: "Biểu", source: "minh-hoa.xlsx", thresholds: {} };
    expect(errorsOf(OverlaySchema, { ...form, indicators: { "2.5": { name: "Tỷ lệ đường xã được cứng hóa", kind: "percent", unit: "%" }, "1": { name: "Quy hoạch" }, "10.12": { name: "Xã có tổ hòa giải" } } })).toEqual([]);
    expect(errorsOf(OverlaySchema, { ...form, indicators: { "2.5": { name: "" } } })).toEqual([{ path: ["indicators", "2.5", "name"], code: "empty" }]);
    expect(errorsOf(OverlaySchema, { ...form, indicators: { "2.5": { name: "x", kind: "ratio" } } })).toEqual([
      { path: ["indicators", "2.5", "kind"], code: "one-of", values: ["yesNo", "percent", "amount", "count", "none"], got: '"ratio"' },
    ]);
    expect(errorsOf(OverlaySchema, { ...form, indicators: { "2.5": { name: "x", unit: 1 } } })).toEqual([{ path: ["indicators", "2.5", "unit"], code: "expected-type", expected: "string", got: "1" }]);
    expect(errorsOf(OverlaySchema, { ...form, indicators: { "2.5": { name: "x", atLeast: 1 } } })).toEqual([{ path: ["indicators", "2.5"], code: "other", detail: expect.stringContaining("atLeast") }]);
    for (const code of ["2.", "x2.5", "2.5x"]) expect(errorsOf(OverlaySchema, { ...form, indicators: { [code]: { name: "x" } } })).toEqual([{ path: ["indicators", code], code: "bad-code", key: code }]);
  });

  test("worded, a refused file names the JSON path in both languages", () => {
    const errors = errorsOf(OverlaySchema, file((o) => (o.thresholds["4.2"] = { atLeast: 95, atMost: 99 })));
    expect(errors.map((e) => definitionsErrorText(e, "vi"))).toEqual([
      'thresholds["4.2"]: cần đúng một trong các trường atLeast, atMost, yes, none (hoặc byRegion: một trường như vậy cho từng vùng hay nhóm xã)',
    ]);
    const level = errorsOf(CriteriaSetSchema, set2021((s) => (s.level = "kieu-mau")));
    expect(definitionsErrorText(level[0], "vi")).toBe('level: chỉ nhận "ntm", "nang-cao", "sheet", nhận được "kieu-mau"');
  });
});

describe("ProvinceListSchema: the province list", () => {
  const list = (change: (p: Json[]) => void): unknown => {
    const p = clone(PROVINCES) as unknown as Json[];
    change(p);
    return p;
  };
  test("the shipped list passes; a province needs an id, a name and an era", () => {
    expect(errorsOf(ProvinceListSchema, PROVINCES)).toEqual([]);
    expect(errorsOf(ProvinceListSchema, list((p) => (p[0].id = "Hà Nội")))).toEqual([{ path: [0, "id"], code: "bad-id", got: '"Hà Nội"' }]);
    expect(errorsOf(ProvinceListSchema, list((p) => (p[0].id = "ha-noi (cu)")))).toEqual([{ path: [0, "id"], code: "bad-id", got: '"ha-noi (cu)"' }]);
    expect(errorsOf(ProvinceListSchema, list((p) => delete p[0].name))).toEqual([{ path: [0, "name"], code: "expected-type", expected: "string", got: null }]);
    for (const era of ["before-2025", "after-2025", "both"]) expect(errorsOf(ProvinceListSchema, list((p) => (p[0].era = era)))).toEqual([]);
    expect(errorsOf(ProvinceListSchema, list((p) => (p[0].era = "2025")))).toEqual([{ path: [0, "era"], code: "one-of", values: ["before-2025", "after-2025", "both"], got: '"2025"' }]);
  });
  test("aliases, spans and merges are lists of strings; the region a string", () => {
    for (const key of ["aliases", "spans", "mergedFrom"]) {
      expect(errorsOf(ProvinceListSchema, list((p) => (p[0][key] = "x")))).toEqual([{ path: [0, key], code: "expected-type", expected: "array", got: '"x"' }]);
      expect(errorsOf(ProvinceListSchema, list((p) => (p[0][key] = [1])))).toEqual([{ path: [0, key, 0], code: "expected-type", expected: "string", got: "1" }]);
    }
    expect(errorsOf(ProvinceListSchema, list((p) => (p[0].region = 7)))).toEqual([{ path: [0, "region"], code: "expected-type", expected: "string", got: "7" }]);
  });
});

describe("the shipped 2026–2030 set and the parser", () => {
  test("the 2026–2030 set groups communes and takes its indicators from the sheet", () => {
    const s = CriteriaSetSchema.parse(SET_2026);
    expect([s.grouping, s.indicatorsFrom, s.indicatorCount, s.regions.map((r) => r.id)]).toEqual(["group", "sheet", 47, ["nhom-1", "nhom-2", "nhom-3"]]);
  });
  test("zod never compiles code (the pane's Content-Security-Policy refuses it)", () => {
    expect(z.config().jitless).toBe(true);
  });
});
