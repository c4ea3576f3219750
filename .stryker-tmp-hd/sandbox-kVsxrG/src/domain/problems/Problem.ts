// @ts-nocheck
import type { Rule, ValueKind } from "../definitions/schema";
import type { Verdict } from "../evaluation/Verdict";
import type { CellRef } from "../grid/Grid";

/** Where a problem is: the file, the sheet, the cell; each only when known. */
export interface Location {
  file?: string;
  sheet?: string;
  cell?: CellRef;
}

/**
 * The typed parameters of every problem, by its two-part code (`area/what`). Closed: a new
 * problem is a new entry here, and messages/vi.ts and en.ts must word it (the compiler says so).
 * Parameters are data (figures as read, rules, verdicts), never words.
 */
export interface ProblemParams {
  // ---- reading a workbook ----
  /** No indicator table in the workbook. */
  "table/not-found": Record<string, never>;
  /** An indicator row appears twice; the first (row 1-based) is used. */
  "indicator/duplicate": { indicator: string; firstSheet: string; firstRow: number };
  /** A code shaped like an indicator's ("4.9") that the set does not have. */
  "indicator/unknown-code": { indicator: string };
  /** A code under one of the set's criteria that the set does not list: judged as the sheet defines it. */
  "indicator/sheet-defined": { indicator: string };
  /** A figure that could not be read. */
  "figure/unreadable": { indicator: string; raw: string };
  /** A figure typed in a TCVN3/VNI legacy encoding. */
  "figure/legacy-encoding": { indicator: string; raw: string };
  /** A figure read, but outside what its kind allows (a share above 100%, a negative count). */
  "figure/out-of-range": { indicator: string; raw: string; value: number; kind: ValueKind; min: number | null; max: number | null };

  // ---- judging ----
  /** The sheet's own threshold differs from the one applied. `sheetThreshold` is the sheet's text. */
  "threshold/disagrees": { indicator: string; sheetThreshold: string; applied: Rule };
  /** A province's threshold looser than the national one: the national one applies. */
  "threshold/looser-than-national": { indicator: string; province: Rule; provinceDocument: string; national: Rule; nationalDocument: string };
  /** The commune's own verdict differs from the check's. `code` is the indicator code or criterion number. */
  "self-assessment/mismatch": { level: "indicator" | "criterion"; code: string; self: string; computed: Verdict };

  // ---- options ----
  "set/unknown": { setId: string };
  "province/unknown": { province: string };
  "region/unknown": { region: string };
  /** A commune group that is not 1, 2 or 3. */
  "group/unknown": { group: string };
  /** The province spans several regions and none was chosen. */
  "region/ambiguous": { province: string; spans: string[] };
  /** A definitions file that cannot be used; each error names its JSON path. */
  "definitions/invalid": { errors: DefinitionsError[] };
  /** A threshold written in the definitions sheet that is no threshold ("khoảng 90"): not used. */
  "definitions/sheet-entry": { indicator: string; text: string };
  /** A definitions file made for another criteria set. */
  "definitions/other-set": { overlay: string; extends: string; setId: string };

  // ---- the host (Excel, a file, the preview) ----
  "host/protected-sheet": HostDetail;
  "host/cell-edit-mode": HostDetail;
  "host/too-large": HostDetail;
  "host/not-found": HostDetail;
  "host/unsupported": HostDetail;
  /** The check is done but the workbook settings could not be saved (read-only workbook). */
  "host/settings-not-saved": HostDetail;
  "host/other": HostDetail;

  // ---- files ----
  "file/encrypted": Record<string, never>;
  "file/corrupt": Record<string, never>;
  "file/not-a-workbook": Record<string, never>;
  /** A workbook without an indicator table, left out of a consolidation. */
  "file/no-table": Record<string, never>;
  /** The file could not be opened; `detail` is the system's code (ENOENT…), not words. */
  "file/unreadable": { detail: string | null };
  /** A second workbook of a commune already counted. */
  "file/duplicate": { commune: string; keptFile: string };
  /** The checker itself failed on this file (a bug): the others still go on. */
  "file/check-failed": { detail: string | null };
  /** An .xls input written back as .xlsx. */
  "file/xls-converted": { out: string };
  /**
   * Refused before it is opened, from its zip directory: too big to inflate, a compression ratio
   * no spreadsheet has, a part that inflates to more than declared, a DTD. Sizes in bytes.
   */
  "file/too-large": FileLimit;
  /** A name in the title block that looks like a formula ("=cmd|' /c Calc'!a"): not used. */
  "title/formula-like": { text: string };
}

/** Which read limit a file broke, as data (adapters/xlsx/limits measures, messages word it). */
export interface FileLimit {
  kind: "file" | "total" | "part" | "ratio" | "entries" | "inflate" | "doctype";
  /** The zip part concerned (xl/worksheets/sheet1.xml), when one is. */
  part?: string;
  /** What was measured: bytes, a ratio (×), or a count of parts. */
  actual: number;
  /** The limit it broke, in the same unit. */
  limit: number;
}

/** The host's own code (Office's error code), for the curious; never shown as words. */
export interface HostDetail {
  detail?: string;
}

/** One error in a definitions file: where (JSON path) and what, as data. */
export type DefinitionsError = { path: readonly (string | number)[] } & DefinitionsErrorKind;

export type DefinitionsErrorKind =
  | { code: "json-syntax"; detail: string }
  | { code: "expected-type"; expected: string; got: FoundValue }
  | { code: "bad-id"; got: FoundValue }
  | { code: "bad-format"; got: FoundValue }
  | { code: "bad-code"; key: string }
  | { code: "one-of"; values: readonly unknown[]; got: FoundValue }
  | { code: "empty" }
  | { code: "too-small" }
  | { code: "one-rule" }
  | { code: "unknown-key"; key: string; allowed: readonly string[] }
  | { code: "unknown-set"; setId: string; known: readonly string[] }
  | { code: "unknown-indicator"; setId: string; indicator: string }
  | { code: "unknown-region"; setId: string; region: string; known: readonly string[] }
  | { code: "yes-no-indicator"; indicator: string }
  | { code: "percent-range"; value: number }
  | { code: "percent-unit"; indicator: string; unit: string }
  | { code: "unknown-province"; province: string }
  | { code: "other"; detail: string };

/** A value found in a file, quoted (JSON, at most 40 characters), or null when the field is missing. */
export type FoundValue = string | null;

export type ProblemCode = keyof ProblemParams;

/** Everything the user may be told, as data: a code, where, and typed parameters. */
export type Problem = { [C in ProblemCode]: { code: C; at: Location; params: ProblemParams[C] } }[ProblemCode];

export type ProblemOf<C extends ProblemCode> = Extract<Problem, { code: C }>;

/** Builds a problem; the parameters are checked against the code. */
export function problem<C extends ProblemCode>(code: C, params: ProblemParams[C], at: Location = {}): ProblemOf<C> {
  return { code, at, params } as ProblemOf<C>;
}
