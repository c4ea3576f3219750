import { decodeLegacy, detectLegacyEncoding } from "../figures/legacyEncoding";
import { foldText, normalizeText } from "../figures/normalizeText";
import type { CellEdit, CellRef, GridCell, SheetGrid, WorkbookGrid } from "./Grid";
import { problem, type ProblemOf } from "../problems/Problem";

/** The role a column plays in an indicator table, recognised from its header. */
export type ColumnRole = "code" | "name" | "figure" | "threshold" | "self" | "note";

/** One indicator row found in a sheet. Cells are null where the table has no such column or it is empty. */
export interface IndicatorRow {
  code: string;
  /** Row as written in the sheet (name cell text), for messages. */
  label: string;
  sheet: string;
  row: number;
  hidden: boolean;
  /** Cell holding the code. */
  codeRef: CellRef;
  /** Cell where the figure is, or would be (the figure column of this row); null when the table has none. */
  figureRef: CellRef | null;
  figure: GridCell;
  thresholdRef: CellRef | null;
  threshold: GridCell;
  selfRef: CellRef | null;
  self: GridCell;
}

/** A criterion header row ("Tiêu chí số 4: Điện", "4 | Điện"). */
export interface CriterionRow {
  no: number;
  label: string;
  sheet: string;
  row: number;
  selfRef: CellRef | null;
  self: GridCell;
}

/** What reading a workbook can report (the words are in messages/). */
export type DetectionIssue = ProblemOf<"indicator/duplicate" | "indicator/unknown-code" | "table/not-found">;

/** What was found in a workbook: every indicator and criterion row, by position. */
export interface Detection {
  indicators: IndicatorRow[];
  criteria: CriterionRow[];
  /** Commune name read from the title block ("UBND XÃ LIÊN SƠN" → "Liên Sơn"), or null. */
  commune: string | null;
  /** Province name written in the workbook ("tỉnh Lạng Sơn"), or null. */
  provinceText: string | null;
  /** District name written in the workbook, or null. */
  district: string | null;
  issues: DetectionIssue[];
}

export interface DetectOptions {
  /** Indicator codes of the criteria set ("4.2", "5"). */
  indicatorCodes: ReadonlySet<string>;
  /** Criterion numbers of the set. */
  criterionNos: ReadonlySet<number>;
  /** Sheets to skip (the tool's own generated sheets). */
  skipSheets?: ReadonlySet<string>;
}

// Header words, folded (lower case, no diacritics). More specific phrases first: "kết quả đánh giá"
// is a self-assessment while "kết quả" alone is the figure.
const HEADER_RULES: { role: ColumnRole; test: (f: string) => boolean }[] = [
  { role: "self", test: (f) => /\b(tu danh gia|ket qua danh gia|danh gia)\b/.test(f) && !/thuc hien/.test(f) },
  { role: "threshold", test: (f) => /\b(chi tieu dat chuan|chi tieu theo vung|chi tieu chung|yeu cau|muc chuan|nguong|dat chuan|chuan nong thon moi)\b/.test(f) },
  { role: "figure", test: (f) => /\b(ket qua thuc hien|hien trang|thuc trang|ket qua|thuc hien|so lieu|gia tri)\b/.test(f) },
  { role: "note", test: (f) => /\bghi chu\b/.test(f) },
  { role: "code", test: (f) => /^(s?tt|so tt|so thu tu|ma|ma chi tieu|ma so)$/.test(f) },
  { role: "name", test: (f) => /\b(noi dung|ten tieu chi|ten chi tieu|tieu chi|chi tieu)\b/.test(f) },
];

function cellText(cell: GridCell): string {
  if (!cell || cell.value === null || cell.value === undefined) return "";
  if (cell.text !== undefined && cell.text !== "") return normalizeText(cell.text);
  return normalizeText(String(cell.value));
}

function headerRole(cell: GridCell): ColumnRole | null {
  if (!cell || typeof cell.value !== "string" || cell.value.length > 60) return null;
  const role = roleOf(foldText(cell.value));
  if (role) return role;
  // Old workbooks typed with TCVN3/VNI fonts: "KÕt qu¶ thùc hiÖn" is "Kết quả thực hiện".
  const legacy = detectLegacyEncoding(cell.value);
  return legacy ? roleOf(foldText(decodeLegacy(cell.value, legacy))) : null;
}

function roleOf(folded: string): ColumnRole | null {
  if (!folded) return null;
  for (const r of HEADER_RULES) if (r.test(folded)) return r.role;
  return null;
}

/** Column roles of a header row, or null when the row is not a header (needs a figure column and one more role). */
function readHeader(sheet: SheetGrid, i: number): Map<ColumnRole, number> | null {
  const row = sheet.rows[i] ?? [];
  const roles = new Map<ColumnRole, number>();
  row.forEach((cell, j) => {
    const role = headerRole(cell);
    if (role && !roles.has(role)) roles.set(role, sheet.originCol + j);
  });
  if (!roles.has("figure") || roles.size < 2) return null;
  return roles;
}

const CODE_RE = /^(?:chi tieu|tieu chi so|tieu chi|tc|ct)?\s*(\d{1,2}(?:\s*\.\s*\d{1,2}){0,2})\s*\.?(?=$|[\s:)\-–]|[a-z])/;
const CRITERION_RE = /^(?:\d{1,2}(?:\s*\.\s*\d{1,2})*\s*\.?\s*)?tieu chi(?: so)?\s*(\d{1,2})\b/;

interface CodeMatch { kind: "indicator" | "criterion"; code: string; no: number }

/**
 * Reads an indicator code or criterion number at the start of a cell. Numbers stored as numbers
 * lose trailing zeros (17.10 → 17.1): the caller fixes that from the sequence.
 */
function readCode(cell: GridCell, opts: DetectOptions): CodeMatch | null {
  if (!cell || cell.value === null) return null;
  if (typeof cell.value === "number") {
    const shown = cell.text && /^\d+(\.\d+)?$/.test(cell.text.trim()) ? cell.text.trim() : String(cell.value);
    return classify(shown, opts, false);
  }
  if (typeof cell.value !== "string") return null;
  const f = foldText(cell.value);
  const crit = CRITERION_RE.exec(f);
  if (crit) return { kind: "criterion", code: crit[1], no: Number(crit[1]) };
  const m = CODE_RE.exec(f);
  if (!m) return null;
  return classify(m[1].replace(/\s+/g, ""), opts, /^(chi tieu|ct)\b/.test(f));
}

function classify(code: string, opts: DetectOptions, saidIndicator: boolean): CodeMatch | null {
  let parts = code.split(".").filter((p) => p !== "");
  // "1.4.2": a report's section number prefixed to indicator 4.2.
  if (parts.length === 3) parts = parts.slice(1);
  const clean = parts.map((p) => String(Number(p))).join(".");
  const no = Number(parts[0]);
  if (parts.length === 1) {
    if (!opts.criterionNos.has(no)) return null;
    // A criterion with a single indicator numbered like itself (5, 7, 10, 11, 16): both at once.
    if (saidIndicator || opts.indicatorCodes.has(clean)) return { kind: "indicator", code: clean, no };
    return { kind: "criterion", code: clean, no };
  }
  if (!opts.criterionNos.has(no)) return null;
  return { kind: "indicator", code: clean, no };
}

/**
 * Value at a position, seeing through merged cells (the top-left cell holds the value).
 * `sameRowOnly` sees through horizontal merges only: a code merged down over several rows
 * belongs to its first row, not to each row it covers.
 */
function makeLookup(sheet: SheetGrid): (row: number, col: number, sameRowOnly?: boolean) => GridCell {
  const mergeOf = new Map<string, { r: number; c: number }>();
  for (const m of sheet.merges ?? []) {
    // Only small merges matter for codes and labels; skip huge areas to keep this cheap.
    if ((m.r2 - m.r1 + 1) * (m.c2 - m.c1 + 1) > 400) continue;
    for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) mergeOf.set(`${r},${c}`, { r: m.r1, c: m.c1 });
  }
  const raw = (row: number, col: number): GridCell => sheet.rows[row - sheet.originRow]?.[col - sheet.originCol] ?? null;
  return (row, col, sameRowOnly = false) => {
    const own = raw(row, col);
    if (own && own.value !== null && own.value !== "") return own;
    const top = mergeOf.get(`${row},${col}`);
    if (!top || (sameRowOnly && top.r !== row)) return own;
    return raw(top.r, top.c);
  };
}

const COMMUNE_RE = /(?:^|\b)(?:ubnd|uy ban nhan dan|dang uy|ban chi dao|bql|ban quan ly)?[^]*?\bxa\b\s*:?\s*([^,;.\-–()]+?)(?=$|,|;|\.|\s[-–]|\(|\s+huyen\b|\s+tinh\b|\s+nam\b|\s+giai doan\b)/;

/** "UBND XÃ LIÊN SƠN" → "Liên Sơn": the words after "xã", in title case. */
export function communeFromText(text: string): string | null {
  const nfc = normalizeText(text);
  const folded = foldText(nfc);
  // Work on folded text to find the span, then cut the same span out of the original (same length in NFC
  // for Vietnamese letters: one code point each).
  const m = COMMUNE_RE.exec(folded);
  if (!m) return null;
  const start = folded.indexOf(m[1], m.index + m[0].length - m[1].length);
  const name = nfc.slice(start, start + m[1].length).trim();
  if (!name || name.length > 40 || /\d/.test(name)) return null;
  const f = foldText(name);
  if (/^(hoi|nong thon moi|ntm|dat chuan|dat|chua dat|co|khong|tu danh gia|thuc hien)\b/.test(f)) return null;
  return titleCase(name);
}

function titleCase(s: string): string {
  return s
    .toLocaleLowerCase("vi")
    .split(/\s+/)
    .map((w) => (w ? w[0].toLocaleUpperCase("vi") + w.slice(1) : w))
    .join(" ");
}

function placeAfter(text: string, word: "tinh" | "huyen"): string | null {
  const nfc = normalizeText(text);
  const folded = foldText(nfc);
  const m = new RegExp(`\\b${word}\\s*:?\\s*([a-z ]+?)(?=$|,|;|\\.|\\s[-–]|\\(|\\s+tinh\\b|\\s+huyen\\b|\\s+xa\\b)`).exec(folded);
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  const name = nfc.slice(start, start + m[1].length).trim();
  return name && name.length <= 30 ? titleCase(name) : null;
}

/**
 * Finds indicator tables anywhere in any sheet: header rows give the figure, threshold and
 * self-assessment columns; a code in the leading cells of a row makes it an indicator or criterion row.
 * Tables may start below a title block, skip rows, span sheets and have hidden rows.
 */
export function findIndicators(grid: WorkbookGrid, opts: DetectOptions): Detection {
  const indicators: IndicatorRow[] = [];
  const criteria: CriterionRow[] = [];
  const issues: DetectionIssue[] = [];
  let commune: string | null = null;
  let provinceText: string | null = null;
  let district: string | null = null;

  for (const sheet of grid.sheets) {
    if (sheet.generated || opts.skipSheets?.has(sheet.name)) continue;
    const hidden = new Set(sheet.hiddenRows ?? []);
    const at = makeLookup(sheet);
    let roles: Map<ColumnRole, number> | null = null;
    let lastIndicator: { no: number; minor: number } | null = null;

    for (let i = 0; i < sheet.rows.length; i++) {
      const row = sheet.originRow + i;
      const cells = sheet.rows[i] ?? [];

      // The title block: rows above the first table header (an indicator's own wording, such as
      // "quy hoạch chung xây dựng xã và …", must never be taken for the commune's name).
      if (!roles && i < 40 && (commune === null || provinceText === null || district === null)) {
        for (const c of cells) {
          if (!c || typeof c.value !== "string") continue;
          if (commune === null && /\bxa\b/.test(foldText(c.value))) commune = communeFromText(c.value);
          if (provinceText === null) provinceText = placeAfter(c.value, "tinh");
          if (district === null) district = placeAfter(c.value, "huyen");
        }
      }

      const header = readHeader(sheet, i);
      if (header) {
        roles = header;
        continue;
      }
      if (!roles) continue;

      // The code sits in the code column, or the first non-empty cells left of the figure column.
      const figureCol = roles.get("figure")!;
      const firstCols: number[] = [];
      if (roles.has("code")) firstCols.push(roles.get("code")!);
      for (let c = sheet.originCol; c < figureCol && firstCols.length < 4; c++) if (!firstCols.includes(c)) firstCols.push(c);
      let match: CodeMatch | null = null;
      let codeCol = -1;
      for (const c of firstCols) {
        const cell = at(row, c, true);
        if (!cell || cell.value === null || cell.value === "") continue;
        match = readCode(cell, opts);
        codeCol = c;
        if (match) break;
        // Text that is not a code in the first filled cell: keep looking only past an empty TT column.
        if (c === roles.get("code")) continue;
        break;
      }
      if (!match) continue;

      const label = labelOf(cells, sheet.originCol, codeCol, figureCol, roles.get("name"));
      const ref = (role: ColumnRole): CellRef | null => (roles!.has(role) ? { sheet: sheet.name, row, col: roles!.get(role)! } : null);
      const value = (role: ColumnRole): GridCell => (roles!.has(role) ? at(row, roles!.get(role)!) : null);

      const pushIndicator = (c: string): void => {
        indicators.push({
          code: c,
          label,
          sheet: sheet.name,
          row,
          hidden: hidden.has(row),
          codeRef: { sheet: sheet.name, row, col: codeCol },
          figureRef: ref("figure"),
          figure: value("figure"),
          thresholdRef: ref("threshold"),
          threshold: value("threshold"),
          selfRef: ref("self"),
          self: value("self"),
        });
      };

      if (match.kind === "criterion") {
        criteria.push({ no: match.no, label, sheet: sheet.name, row, selfRef: ref("self"), self: value("self") });
        lastIndicator = null;
        // A single-indicator criterion written as its criterion row with the figure on it.
        if (opts.indicatorCodes.has(match.code) && hasContent(value("figure"))) {
          pushIndicator(match.code);
        }
        continue;
      }
      let code = match.code;
      const cell = at(row, codeCol, true);
      if (cell && typeof cell.value === "number" && lastIndicator && code.includes(".")) {
        const [no, minor] = code.split(".").map(Number);
        // 17.10 typed as a number reads 17.1: after 17.9 it must be 17.10.
        if (no === lastIndicator.no && minor < lastIndicator.minor && opts.indicatorCodes.has(`${no}.${minor * 10}`)) code = `${no}.${minor * 10}`;
      }
      if (!opts.indicatorCodes.has(code)) {
        if (code.includes(".")) issues.push(problem("indicator/unknown-code", { indicator: code }, { cell: { sheet: sheet.name, row, col: codeCol } }));
        continue;
      }
      const parts = code.split(".").map(Number);
      lastIndicator = { no: parts[0], minor: parts[1] ?? 0 };
      pushIndicator(code);

    }
  }
  if (indicators.length === 0) issues.push(problem("table/not-found", {}));

  return { indicators: resolveDuplicates(indicators, issues), criteria, commune, provinceText, district, issues };
}

function hasContent(cell: GridCell): boolean {
  return !!cell && cell.value !== null && cell.value !== "";
}

function labelOf(cells: GridCell[], originCol: number, codeCol: number, figureCol: number, nameCol?: number): string {
  if (nameCol !== undefined && nameCol !== codeCol) {
    const t = cellText(cells[nameCol - originCol] ?? null);
    if (t) return t;
  }
  const parts: string[] = [];
  for (let c = codeCol; c < figureCol; c++) {
    const t = cellText(cells[c - originCol] ?? null);
    if (t) parts.push(t);
  }
  return parts.join(" ").slice(0, 300);
}

/** One row per code: a visible row wins over a hidden one; otherwise the first found, the others reported. */
function resolveDuplicates(rows: IndicatorRow[], issues: DetectionIssue[]): IndicatorRow[] {
  const byCode = new Map<string, IndicatorRow>();
  for (const r of rows) {
    const seen = byCode.get(r.code);
    if (!seen) {
      byCode.set(r.code, r);
      continue;
    }
    if (seen.hidden && !r.hidden) {
      byCode.set(r.code, r);
      continue;
    }
    if (!seen.hidden && r.hidden) continue;
    issues.push(
      problem(
        "indicator/duplicate",
        { indicator: r.code, firstSheet: seen.sheet, firstRow: seen.row + 1 },
        { cell: { sheet: r.sheet, row: r.row, col: r.figureRef?.col ?? 0 } },
      ),
    );
  }
  return [...byCode.values()];
}

/** Updates the detection in place for edited cells; returns true when an edit touched a detected cell. */
export function applyEdits(detection: Detection, edits: readonly CellEdit[]): boolean {
  const key = (r: CellRef): string => `${r.sheet}\u0000${r.row}\u0000${r.col}`;
  const byKey = new Map(edits.map((e) => [key(e.ref), e.cell]));
  let touched = false;
  for (const ind of detection.indicators) {
    for (const [refKey, cellKey] of [["figureRef", "figure"], ["thresholdRef", "threshold"], ["selfRef", "self"]] as const) {
      const ref = ind[refKey];
      if (ref && byKey.has(key(ref))) {
        ind[cellKey] = byKey.get(key(ref)) ?? null;
        touched = true;
      }
    }
  }
  for (const c of detection.criteria) {
    if (c.selfRef && byKey.has(key(c.selfRef))) {
      c.self = byKey.get(key(c.selfRef)) ?? null;
      touched = true;
    }
  }
  return touched;
}
