import { decodeLegacy, detectLegacyEncoding } from "../figures/legacyEncoding";
import { foldText } from "../figures/normalizeText";
import type { SheetGrid } from "./Grid";
import { cellText, type CellLookup } from "./mergedCells";
import { readCodeText } from "./codes";
import { groupFromText, regionFromText } from "./regions";

/** The role a column plays in an indicator table, recognised from its header. */
export type ColumnRole =
  | "ordinal"
  | "code"
  | "name"
  | "figure"
  | "rate"
  | "count"
  | "total"
  | "threshold"
  | "generalThreshold"
  | "self"
  | "note"
  | "plan";

/** A reporting period named in a header ("6 tháng đầu năm 2024", "Cả năm 2024"); higher rank is later. */
export interface Period {
  label: string;
  rank: number;
}

/** One column of a header band. */
export interface HeaderColumn {
  col: number;
  role: ColumnRole | null;
  /** The header text the role was read from. */
  text: string;
  /** Region or commune group of a threshold sub-column ("TDMNPB" → "tdmn-phia-bac", "Nhóm 2" → "nhom-2"), else null. */
  region: string | null;
  period: Period | null;
}

/** A table header: one row with a figure column and one more role, plus sub-header rows above/below. */
export interface HeaderBand {
  /** First and last rows of the band (absolute, 0-based). */
  first: number;
  last: number;
  /** The row that has the roles. */
  row: number;
  columns: HeaderColumn[];
}

// Header words, folded (lower case, no diacritics). More specific phrases first: "kết quả đánh giá"
// is a self-assessment while "kết quả" alone is the figure.
const HEADER_RULES: { role: ColumnRole; test: (f: string) => boolean }[] = [
  { role: "self", test: (f) => /\b(tu danh gia|ket qua danh gia|danh gia)\b/.test(f) && !/thuc hien/.test(f) },
  // Before the thresholds: "Số đạt chuẩn" is a count, though it holds "đạt chuẩn".
  { role: "count", test: (f) => /^(so dat|so luong dat|so dat chuan)\b/.test(f) },
  { role: "generalThreshold", test: (f) => /\bchi tieu chung\b/.test(f) },
  { role: "threshold", test: (f) => /\b(chi tieu dat chuan|chi tieu theo vung|chi tieu theo nhom|theo nhom xa|yeu cau|muc chuan|nguong|dat chuan|chuan nong thon moi|tieu chuan)\b/.test(f) },
  { role: "plan", test: (f) => /\bke hoach\b/.test(f) },
  { role: "rate", test: (f) => /^(ty le|ti le)\b/.test(f) && f.length <= 20 },
  { role: "total", test: (f) => /^(tong so|tong)\b/.test(f) },
  { role: "figure", test: (f) => /\b(ket qua thuc hien|hien trang|thuc trang|ket qua|thuc hien|so lieu|gia tri)\b/.test(f) },
  { role: "note", test: (f) => /\bghi chu\b/.test(f) },
  { role: "ordinal", test: (f) => /^(s?tt|so tt|so thu tu)$/.test(f) },
  { role: "code", test: (f) => /^(ma|ma chi tieu|ma so|ma tieu chi)$/.test(f) },
  { role: "name", test: (f) => /\b(noi dung|ten tieu chi|ten chi tieu|tieu chi|chi tieu)\b/.test(f) },
];

const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set(["figure", "rate", "count"]);

/** Header text as a folded string, decoding TCVN3/VNI ("KÕt qu¶ thùc hiÖn" is "Kết quả thực hiện"). */
export function headerFold(value: unknown): string {
  if (typeof value !== "string" || value.length > 60) return "";
  const legacy = detectLegacyEncoding(value);
  return foldText(legacy ? decodeLegacy(value, legacy) : value);
}

const BARE_TARGET = /^chi tieu(\s+nam\s+20\d\d)?$/;

/** A header that is only "Chỉ tiêu" ("Chỉ tiêu năm 2024"): beside "Nội dung" it may head the targets ("≥ 95%"). */
export function isBareTarget(text: string): boolean {
  return BARE_TARGET.test(headerFold(text));
}

/** The role a header text names, or null. */
export function roleOf(folded: string): ColumnRole | null {
  if (!folded) return null;
  for (const r of HEADER_RULES) if (r.test(folded)) return r.role;
  return null;
}

const PERIOD_RE = /\b(?:(6|sau) thang(?: dau nam)?|(9|chin) thang|(ca nam|uoc ca nam|uoc thuc hien ca nam)|quy (i{1,3}|iv|[1-4]))\b/;

/** "6 tháng đầu năm 2024" → rank 2024·10+2; "Cả năm 2024" → 2024·10+4; a year alone counts as the whole year. */
export function periodOf(folded: string): Period | null {
  if (!folded) return null;
  const year = /\b(20\d\d)\b/.exec(folded);
  const m = PERIOD_RE.exec(folded);
  if (!m && !year) return null;
  if (!m && year && !/^(nam\s+)?20\d\d$/.test(folded.trim())) return null;
  let part = 4;
  if (m?.[1]) part = 2;
  else if (m?.[2]) part = 3;
  else if (m?.[4]) part = ({ i: 1, "1": 1, ii: 2, "2": 2, iii: 3, "3": 3, iv: 4, "4": 4 } as Record<string, number>)[m[4]] ?? 4;
  return { label: "", rank: (year ? Number(year[1]) : 0) * 10 + part };
}

/** Roles of one row's cells (through merges). */
const VERDICT_WORDS = /^(chua danh gia|chua co danh gia|dat|chua dat|khong dat)$/;

function rowRoles(sheet: SheetGrid, row: number, at: CellLookup): Map<number, { role: ColumnRole | null; text: string; folded: string }> | null {
  const out = new Map<number, { role: ColumnRole | null; text: string; folded: string }>();
  const width = sheet.rows[row - sheet.originRow]?.length ?? 0;
  for (let j = 0; j < width; j++) {
    const col = sheet.originCol + j;
    const cell = at(row, col);
    if (cell && typeof cell.value === "number") return null;
    const folded = headerFold(cell?.value);
    if (!folded) continue;
    // A data row is never a header: a code, or a verdict word ("Chưa đánh giá") in it.
    if ((readCodeText(folded) && !periodOf(folded)) || VERDICT_WORDS.test(folded)) return null;
    out.set(col, { role: roleOf(folded), text: cellText(cell), folded });
  }
  return out;
}

/** The header band whose role row is `row`, or null when the row is not a header. */
export function readHeaderBand(sheet: SheetGrid, row: number, at: CellLookup): HeaderBand | null {
  const own = rowRoles(sheet, row, at);
  if (!own) return null;
  const roles = new Set([...own.values()].map((c) => c.role).filter((r): r is ColumnRole => r !== null));
  if (![...roles].some((r) => FIGURE_ROLES.has(r)) || roles.size < 2) return null;

  // Sub-header rows: just below (region abbreviations, "Số đạt | Tổng số", numbering) and just above
  // (a period or "Chỉ tiêu theo vùng" merged over the role row).
  const band: number[] = [row];
  for (const r of [row + 1, row + 2]) {
    if (r !== band[band.length - 1] + 1 || !isSubHeader(sheet, r, at)) break;
    band.push(r);
  }
  let first = row;
  for (const r of [row - 1, row - 2]) {
    if (r < sheet.originRow || r !== first - 1 || !isSubHeader(sheet, r, at)) break;
    first = r;
  }
  const rows = [...Array(band[band.length - 1] - first + 1).keys()].map((k) => first + k);
  const perRow = new Map(rows.map((r) => [r, (r === row ? own : rowRoles(sheet, r, at)) ?? new Map()]));
  const cols = new Set<number>();
  for (const m of perRow.values()) for (const c of m.keys()) cols.add(c);

  const columns: HeaderColumn[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    const here = own.get(col);
    let role = here?.role ?? null;
    let text = here?.text ?? "";
    // "Ước thực hiện cả năm 2024" merged over "Kết quả | Đánh giá": a period, the row below has the roles.
    if (here && periodOf(here.folded)) {
      const below = rows.filter((r) => r > row).map((r) => perRow.get(r)?.get(col)).find((c) => c?.role);
      if (below?.role) {
        role = below.role;
        text = below.text;
      }
    }
    let region: string | null = null;
    let period: Period | null = null;
    // Nearest rows first: below, then above.
    const order = rows.filter((r) => r !== row).sort((a, b) => Math.abs(a - row) - Math.abs(b - row) || b - a);
    for (const r of [row, ...order]) {
      const c = perRow.get(r)?.get(col);
      if (!c) continue;
      const reg = regionFromText(c.text) ?? groupFromText(c.text, role === "threshold");
      if (reg && region === null && (role === null || role === "threshold" || role === "generalThreshold")) region = reg;
      const p = periodOf(c.folded);
      if (p && period === null) period = { label: c.text, rank: p.rank };
      if (role === null && c.role) {
        role = c.role;
        text = c.text;
      }
      // "Kết quả" merged over "Số đạt | Tổng số | Tỷ lệ": the sub-columns say which count each one is.
      if (role === "figure" && r !== row && (c.role === "count" || c.role === "total" || c.role === "rate")) role = c.role;
    }
    if (role === null && region !== null) role = "threshold";
    if (role === null && period === null && region === null) continue;
    columns.push({ col, role, text, region, period });
  }
  return { first, last: band[band.length - 1], row, columns };
}

/** A row that belongs to a header band: short header-like cells, no indicator data. */
function isSubHeader(sheet: SheetGrid, row: number, at: CellLookup): boolean {
  const cells = sheet.rows[row - sheet.originRow];
  if (!cells) return false;
  let any = false;
  for (let j = 0; j < cells.length; j++) {
    const cell = at(row, sheet.originCol + j);
    if (!cell || cell.value === null || cell.value === "") continue;
    any = true;
    if (typeof cell.value !== "string") return false;
    const f = headerFold(cell.value);
    if (!f) return false;
    if (/^\(\s*\d{1,2}\s*\)$/.test(f)) continue; // numbering "(1)"
    if (periodOf(f)) continue;
    if (readCodeText(f) || VERDICT_WORDS.test(f)) return false;
    if (roleOf(f) || regionFromText(cell.value) || groupFromText(cell.value)) continue;
    return false;
  }
  return any;
}

/** "(1) | (2) | (3)" or "1 | 2 | 3 | 4": the column numbering row under a header. */
export function isNumberingRow(sheet: SheetGrid, row: number): boolean {
  const cells = sheet.rows[row - sheet.originRow] ?? [];
  const filled = cells.filter((c) => c && c.value !== null && c.value !== "");
  if (filled.length < 3) return false;
  if (filled.every((c) => typeof c!.value === "string" && /^\(\s*\d{1,2}\s*\)$/.test(String(c!.value).trim()))) return true;
  const nums = filled.map((c) => (typeof c!.value === "number" ? c!.value : /^\d{1,2}$/.test(String(c!.value).trim()) ? Number(c!.value) : NaN));
  return filled.length >= 4 && nums.every((n, k) => n === nums[0] + k);
}
