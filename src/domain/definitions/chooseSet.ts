import { foldText } from "../figures/normalizeText";
import type { CellRef } from "../grid/Grid";
import { groupFromText } from "../grid/regions";
import type { TitleLine } from "../grid/survey";
import type { CriteriaSet, Criterion } from "./schema";

/**
 * Why a workbook is judged with a set, as data (messages/ words it; `ntm check --json` prints it as `setReason`).
 * - explicit: `--set` or the pane's setting; definitions: the user's definitions file is for that set;
 * - title: a title line names the period ("2026 - 2030") or the standard ("nâng cao", "kiểu mẫu", "thôn");
 * - year: a title names a report year (2026 or later: the 2026–2030 set, in force since 15/2/2026);
 * - criteria: the criterion rows' names are that set's; sheet: no known set has them, the sheet's own criteria are used;
 * - default: nothing in the workbook names a set.
 */
export type SetReason =
  | { by: "explicit" }
  | { by: "definitions"; file: string }
  | { by: "title"; text: string; cell: CellRef | null }
  | { by: "year"; year: number; text: string; cell: CellRef | null }
  | { by: "criteria"; matched: number; of: number }
  | { by: "sheet"; criteria: number; text: string | null }
  | { by: "default" };

export interface SetChoice {
  set: CriteriaSet;
  reason: SetReason;
  /** Another reading of the workbook that points to another set: said, never hidden. */
  conflict: { setId: string; reason: SetReason } | null;
}

/** What a title line says about the set: its period, its standard, a report year. */
interface TitleSignal {
  period: string | null;
  level: "ntm" | "nang-cao" | "sheet" | null;
  year: number | null;
  line: TitleLine;
}

const PERIOD = /\b(20\d\d)\s*[-–—]\s*(20\d\d)\b/;
const NANG_CAO = /\b(?:nong thon moi|ntm)\s+nang cao\b/;
// "xã nông thôn mới kiểu mẫu", "thôn đạt chuẩn nông thôn mới", "thôn nông thôn mới kiểu mẫu": sets we do not ship.
const SHEET_LEVEL = /\bkieu mau\b|(?:^|[^g]\s)(?:thon|ban|khom|ap|to dan pho)\s+(?:dat chuan|nong thon moi|ntm)\b/;
const DATE = /\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+20\d\d\b|\b\d{1,2}\/\d{1,2}\/20\d\d\b/g;
const YEAR = /\bnam\s+(20\d\d)\b/;

function signalOf(line: TitleLine): TitleSignal | null {
  const f = foldText(line.text).replace(DATE, " ");
  const p = PERIOD.exec(f);
  const level = NANG_CAO.test(f) ? "nang-cao" : SHEET_LEVEL.test(f) ? "sheet" : null;
  const y = p ? null : YEAR.exec(f);
  if (!p && !level && !y) return null;
  return { period: p ? `${p[1]}-${p[2]}` : null, level, year: y ? Number(y[1]) : null, line };
}

/** The period a report year falls in: 2026 and later are judged by the 2026–2030 set. */
function periodOfYear(year: number): string | null {
  if (year >= 2026 && year <= 2030) return "2026-2030";
  if (year >= 2021 && year <= 2025) return "2021-2025";
  return null;
}

/**
 * The set the title lines name, or null when they name none. A period and a standard may come
 * from different lines ("BIỂU TỰ ĐÁNH GIÁ XÃ NÔNG THÔN MỚI NÂNG CAO" over "năm 2024").
 * `level: "sheet"` (kiểu mẫu, village) and a standard we do not ship give `sheet`: the caller
 * builds the set from the sheet's own criteria.
 */
export function setFromTitles(titles: readonly TitleLine[], sets: readonly CriteriaSet[]): { set: CriteriaSet; reason: SetReason } | { sheet: TitleLine } | null {
  const signals = titles.map(signalOf).filter((s): s is TitleSignal => s !== null);
  if (signals.length === 0) return null;
  const levelSignal = signals.find((s) => s.level !== null);
  const periodSignal = signals.find((s) => s.period !== null && periodOfKnown(s.period, sets));
  const yearSignal = signals.find((s) => s.year !== null && periodOfYear(s.year) !== null);
  const level = levelSignal?.level ?? "ntm";
  if (level === "sheet") return { sheet: levelSignal!.line };
  const period = periodSignal?.period ?? (yearSignal ? periodOfYear(yearSignal.year!) : null);
  const candidates = sets.filter((s) => (s.level ?? "ntm") === level && (period === null || s.period === period));
  if (candidates.length === 0) return levelSignal ? { sheet: levelSignal.line } : null;
  if (period === null && level === "ntm") return null; // the standard alone does not tell 2021–2025 from 2026–2030
  const set = candidates[0];
  const decisive = periodSignal ?? levelSignal;
  // Neither a period nor a standard: the report year named the period (else the set would be unknown above).
  if (!decisive) return { set, reason: { by: "year", year: yearSignal!.year!, text: yearSignal!.line.text, cell: yearSignal!.line.ref } };
  return { set, reason: { by: "title", text: decisive.line.text, cell: decisive.line.ref } };
}

function periodOfKnown(period: string, sets: readonly CriteriaSet[]): boolean {
  return sets.some((s) => s.period === period);
}

/** A criterion row as read: its number and the words after it. */
export interface CriterionLabel {
  no: number;
  label: string;
}

/** How many criterion rows carry the set's name for their number ("4 | Điện", "Tiêu chí số 4: Điện"). */
export function criteriaMatched(rows: readonly CriterionLabel[], set: CriteriaSet): number {
  const names = new Map(set.criteria.map((c) => [c.no, nameKey(c.name)]));
  let n = 0;
  for (const r of distinct(rows)) {
    const name = names.get(r.no);
    const label = nameKey(r.label);
    if (name && label && (label.startsWith(name) || name.startsWith(label))) n++;
  }
  return n;
}

/** Folded, without punctuation: "Thủy lợi và phòng, chống thiên tai" ~ "THỦY LỢI VÀ PHÒNG CHỐNG THIÊN TAI". */
function nameKey(s: string): string {
  return foldText(s)
    .replace(/^(?:tieu chi\s*(?:so)?\s*\d{1,2}\s*[:.\-–]?\s*)/, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function distinct(rows: readonly CriterionLabel[]): CriterionLabel[] {
  const seen = new Map<number, CriterionLabel>();
  for (const r of rows) if (!seen.has(r.no)) seen.set(r.no, r);
  return [...seen.values()];
}

/**
 * The set whose criterion names the rows carry, when titles said nothing: the best match with at
 * least two rows and half of them; none when no row names a criterion. Ties go to the first set listed
 * (the commune set before nâng cao: they share most names).
 */
export function setFromCriteria(rows: readonly CriterionLabel[], sets: readonly CriteriaSet[]): { set: CriteriaSet; matched: number; of: number } | null {
  const of = distinct(rows).length;
  let best: { set: CriteriaSet; matched: number; of: number } | null = null;
  for (const set of sets) {
    if (set.level === "sheet") continue;
    const matched = criteriaMatched(rows, set);
    if (!best || matched > best.matched) best = { set, matched, of };
  }
  return best && best.matched >= 2 && best.matched * 2 >= of ? best : null;
}

/**
 * A set the sheet defines: its criteria are the criterion rows found (number and name), every
 * indicator and threshold comes from the sheet. Named after the title line that says what it is.
 */
export function sheetDefinedSet(rows: readonly CriterionLabel[], title: TitleLine | null, names: { name: string; nameEn: string }): CriteriaSet {
  const criteria: Criterion[] = distinct(rows)
    .sort((a, b) => a.no - b.no)
    .map((r) => ({ no: r.no, name: r.label.trim() || `${r.no}`, indicators: [] }));
  return {
    id: "sheet-defined",
    name: title?.text.slice(0, 160) ?? names.name,
    nameEn: names.nameEn,
    decision: title?.text.slice(0, 160) ?? names.name,
    period: "",
    level: "sheet",
    indicatorsFrom: "sheet",
    regions: [{ id: "chung", name: "Chung", nameEn: "All" }],
    criteria,
  };
}

/** The commune group a title names ("… (xã nhóm 2)"), with the line; null when none does. */
export function groupFromTitles(titles: readonly TitleLine[]): { group: string; line: TitleLine } | null {
  for (const line of titles) {
    const group = groupFromText(line.text, true);
    if (group) return { group, line };
  }
  return null;
}
