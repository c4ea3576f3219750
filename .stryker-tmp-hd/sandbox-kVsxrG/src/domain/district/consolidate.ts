// @ts-nocheck
import type { FileLimit } from "../problems/Problem";
import type { CommuneResult } from "../evaluation/CommuneResult";
import type { Verdict } from "../evaluation/Verdict";
import { NEARLY_THERE_MAX_MISSING } from "./plan";

/**
 * One commune workbook checked, in the compact form workers send back and the district
 * figures are built from. `criteria` maps the criterion number ("1" … "19") to its verdict.
 */
export interface CommuneEntry {
  /** The file as the user named it (path or file name). */
  file: string;
  /** Display name: from the workbook's title block, else from the file name. */
  commune: string;
  /** Where the name came from. */
  communeFrom: "workbook" | "file";
  criteriaAchieved: number;
  criteriaTotal: number;
  criteria: Record<string, Verdict>;
  /** How many findings (bad figures, disagreements) the check reported. */
  findings: number;
  /** The criteria set the workbook was judged with (CommuneResult.setId): sets are never mixed in one table. */
  setId: string;
}

/** A file left out of the figures, with why, in data (districtText words it). */
export interface ExcludedFile {
  file: string;
  reason: "encrypted" | "corrupt" | "not-a-workbook" | "no-table" | "unreadable" | "duplicate" | "failed" | "too-large";
  /** Technical detail (library message, fs error code), for the curious. */
  detail?: string;
  /** For "duplicate": the commune and the file that was counted. */
  commune?: string;
  keptFile?: string;
  /** For "too-large": which limit the file broke. */
  limit?: FileLimit;
}

/** A group of communes by criteria achieved; `min`…`max` inclusive. */
export interface Band {
  /** JSON key: "19", "15-18", …, "0-4" (the top band is the criteria total). */
  key: string;
  min: number;
  max: number;
  /** Commune names in file order. */
  communes: string[];
}

/** The district figures of the inspection notices (shared/domain 004: Bắc Sơn 2023). */
export interface DistrictFigures {
  /** Communes counted, sorted by file path; duplicates removed. */
  communes: CommuneEntry[];
  criteriaTotal: number;
  /** Criterion numbers of the set, ascending. */
  criterionNos: number[];
  /** Highest band first. */
  bands: Band[];
  /** Criteria achieved per commune, unrounded; null when no commune was counted. */
  average: number | null;
  /** Criterion number → communes achieving it. */
  perCriterion: Record<string, number>;
  /** Files left out (unreadable, unrelated, duplicates), in file order. */
  excluded: ExcludedFile[];
  /** Criterion number → name, as the set names it ("Giao thông"); empty when the caller gave none. */
  criterionNames: Record<string, string>;
  /** "Xã gần đạt chuẩn": communes missing at most this many criteria (NEARLY_THERE_MAX_MISSING unless chosen). */
  nearlyThereMax: number;
  /** The consolidating body as the user names it ("tỉnh Lạng Sơn"); null: the wording names none. */
  unit: string | null;
}

/** What the user may choose about a consolidation besides its files (`--bands`, `--nearly`, `--unit`). */
export interface ConsolidateOptions {
  /** Bands covering 0…criteriaTotal (checked with checkBands); default: bandRanges(criteriaTotal). */
  bands?: readonly BandRange[] | null;
  /** A whole number ≥ 1; default NEARLY_THERE_MAX_MISSING. */
  nearlyThereMax?: number | null;
  unit?: string | null;
}

/** Commune name from a file name: "xa-tan-huong.xlsx" stays a slug, "Xã Tân Hương.xlsx" → "Tân Hương". */
export function communeFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.(xlsx|xlsm|xls)$/i, "").normalize("NFC").replace(/[_]+/g, " ").replace(/\s+/g, " ").trim();
  // "17 Xã Trấn Yên", "03_xa_Chien_Thang": drop a leading number and the "xã" prefix.
  const bare = stem.replace(/^\d+[\s.-]*/, "").replace(/^(ubnd\s+)?(xã|xa|commune)\s+/i, "").trim();
  return bare === "" ? stem : bare;
}

/** The compact entry for a checked workbook. */
export function communeEntry(file: string, result: CommuneResult, findings = result.findings.length): CommuneEntry {
  const criteria: Record<string, Verdict> = {};
  for (const c of [...result.criteria].sort((a, b) => a.no - b.no)) criteria[String(c.no)] = c.verdict;
  const fromWorkbook = result.commune?.normalize("NFC").trim();
  return {
    file,
    commune: fromWorkbook || communeFromFileName(file),
    communeFrom: fromWorkbook ? "workbook" : "file",
    criteriaAchieved: result.criteriaAchieved,
    criteriaTotal: result.criteriaTotal,
    criteria,
    findings,
    setId: result.setId,
  };
}

/** A band of communes by criteria achieved, `min`…`max` inclusive, under its JSON key ("15-18"). */
export interface BandRange {
  key: string;
  min: number;
  max: number;
}

/** "19", "15-18": a band's key. */
export function bandKey(min: number, max: number): string {
  return min === max ? String(min) : `${min}-${max}`;
}

/**
 * Bands of the district notices: all criteria achieved on its own, then fives counted from zero
 * (for 19 criteria: 19, 15–18, 10–14, 5–9, 0–4). A set with 10 criteria gets 10, 5–9, 0–4.
 */
export function bandRanges(criteriaTotal: number): BandRange[] {
  const out = [{ key: String(criteriaTotal), min: criteriaTotal, max: criteriaTotal }];
  for (let min = Math.floor((criteriaTotal - 1) / 5) * 5; min >= 0; min -= 5) {
    const max = Math.min(min + 4, criteriaTotal - 1);
    out.push({ key: bandKey(min, max), min, max });
  }
  return out;
}

/** The band key for a number of criteria achieved, under the default bands. */
export function bandOf(achieved: number, criteriaTotal: number): string {
  const band = bandRanges(criteriaTotal).find((b) => achieved >= b.min && achieved <= b.max);
  return band ? band.key : String(achieved);
}

/** Why a list of bands (`--bands`, the pane's setting) cannot be used; districtText words it. */
export type BandsError =
  | { kind: "empty" }
  /** A part that is neither "N" nor "A-B" with whole numbers. */
  | { kind: "syntax"; part: string }
  /** "9-7": the first number is the larger. */
  | { kind: "reversed"; part: string }
  /** A band above the set's number of criteria. */
  | { kind: "beyond"; part: string; total: number }
  /** Two bands sharing a number of criteria. */
  | { kind: "overlap"; first: string; second: string }
  /** Numbers of criteria no band holds (`from`…`to`). */
  | { kind: "gap"; from: number; to: number; total: number };

const BAND_PART = /^(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?$/;

/**
 * Parses a list of bands as users write it: "10,7-9,5-6,0-4" (commas or semicolons between parts,
 * "-" or "–" within, spaces anywhere). Bands come back highest first; whether they cover the
 * set's criteria is `checkBands`'s job.
 */
export function parseBands(text: string): { ok: true; bands: BandRange[] } | { ok: false; error: BandsError } {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length === 0) return { ok: false, error: { kind: "empty" } };
  const bands: BandRange[] = [];
  for (const part of parts) {
    const m = BAND_PART.exec(part);
    if (!m) return { ok: false, error: { kind: "syntax", part } };
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a > b) return { ok: false, error: { kind: "reversed", part } };
    bands.push({ key: bandKey(a, b), min: a, max: b });
  }
  bands.sort((x, y) => y.min - x.min || y.max - x.max);
  return { ok: true, bands };
}

/** Null when `bands` hold every number of criteria from 0 to `total` exactly once; else the first fault, from the top. */
export function checkBands(bands: readonly BandRange[], total: number): BandsError | null {
  if (bands.length === 0) return { kind: "empty" };
  const beyond = bands.find((b) => b.max > total);
  if (beyond) return { kind: "beyond", part: beyond.key, total };
  const down = [...bands].sort((x, y) => y.max - x.max || y.min - x.min);
  if (down[0].max < total) return { kind: "gap", from: down[0].max + 1, to: total, total };
  for (let i = 1; i < down.length; i++) {
    const upper = down[i - 1];
    const b = down[i];
    if (b.max >= upper.min) return { kind: "overlap", first: upper.key, second: b.key };
    if (b.max < upper.min - 1) return { kind: "gap", from: b.max + 1, to: upper.min - 1, total };
  }
  const lowest = down[down.length - 1];
  if (lowest.min > 0) return { kind: "gap", from: 0, to: lowest.min - 1, total };
  return null;
}

/** Parsed and checked against the set's number of criteria: the bands to use, or why not. */
export function bandsFor(text: string, total: number): { ok: true; bands: BandRange[] } | { ok: false; error: BandsError } {
  const parsed = parseBands(text);
  if (!parsed.ok) return parsed;
  const error = checkBands(parsed.bands, total);
  return error ? { ok: false, error } : parsed;
}

/** Compares file paths for a stable order: Vietnamese collation with numbers by value, then code units. */
const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "variant" });
export function compareFiles(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Key under which two workbooks are the same commune: NFC, lower case, single spaces (diacritics kept: Long Đống ≠ Long Đông). */
export function communeKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

/**
 * District figures from checked communes: sorted by file, a second workbook of a commune already
 * counted is excluded as a duplicate (the first by file order is counted), bands, average and
 * per-criterion counts. `criterionNos` and `criteriaTotal` come from the set, so a district with
 * no readable workbook still has its columns.
 */
export function consolidate(
  entries: readonly CommuneEntry[],
  excluded: readonly ExcludedFile[],
  set: { criterionNos: readonly number[]; criterionNames?: Readonly<Record<string, string>> },
  options: ConsolidateOptions = {},
): DistrictFigures {
  const criterionNos = [...set.criterionNos].sort((a, b) => a - b);
  const criteriaTotal = criterionNos.length;
  const ranges = options.bands ?? bandRanges(criteriaTotal);
  const bandsError = checkBands(ranges, criteriaTotal);
  if (bandsError) throw new Error(`consolidate: bands do not cover 0..${criteriaTotal} (${bandsError.kind})`);
  const nearlyThereMax = options.nearlyThereMax ?? NEARLY_THERE_MAX_MISSING;
  if (!Number.isInteger(nearlyThereMax) || nearlyThereMax < 1) throw new Error(`consolidate: nearlyThereMax must be a whole number ≥ 1, not ${nearlyThereMax}`);
  const unit = options.unit?.normalize("NFC").replace(/\s+/g, " ").trim() || null;
  const sorted = [...entries].sort((a, b) => compareFiles(a.file, b.file));
  const counted: CommuneEntry[] = [];
  const out: ExcludedFile[] = [...excluded];
  const seen = new Map<string, CommuneEntry>();
  for (const e of sorted) {
    const key = communeKey(e.commune);
    const first = seen.get(key);
    if (first) {
      out.push({ file: e.file, reason: "duplicate", commune: first.commune, keptFile: first.file });
      continue;
    }
    seen.set(key, e);
    counted.push(e);
  }
  out.sort((a, b) => compareFiles(a.file, b.file));

  const bands: Band[] = [...ranges].sort((a, b) => b.min - a.min).map((r) => ({ key: r.key, min: r.min, max: r.max, communes: [] }));
  for (const e of counted) {
    const band = bands.find((b) => e.criteriaAchieved >= b.min && e.criteriaAchieved <= b.max);
    band?.communes.push(e.commune);
  }
  const perCriterion: Record<string, number> = {};
  for (const no of criterionNos) perCriterion[String(no)] = counted.filter((e) => e.criteria[String(no)] === "achieved").length;
  const total = counted.reduce((s, e) => s + e.criteriaAchieved, 0);
  return {
    communes: counted,
    criteriaTotal,
    criterionNos,
    bands,
    average: counted.length > 0 ? total / counted.length : null,
    perCriterion,
    excluded: out,
    criterionNames: { ...(set.criterionNames ?? {}) },
    nearlyThereMax,
    unit,
  };
}

/** The files judged with one criteria set, in file order. */
export interface SetGroup {
  setId: string;
  files: string[];
}

/**
 * The entries' criteria sets with their files, the set of the first file (by file order) first:
 * more than one group means the workbooks must not be consolidated into one table.
 */
export function setGroups(entries: readonly Pick<CommuneEntry, "file" | "setId">[]): SetGroup[] {
  const groups = new Map<string, SetGroup>();
  for (const e of [...entries].sort((a, b) => compareFiles(a.file, b.file))) {
    const g = groups.get(e.setId) ?? { setId: e.setId, files: [] };
    g.files.push(e.file);
    groups.set(e.setId, g);
  }
  return [...groups.values()];
}

/** A consolidation's columns: the criteria of the set its workbooks were judged with. */
export interface SetColumns {
  /** Null: the set the options give when they name none (the default set). */
  setId: string | null;
  criterionNos: number[];
  criterionNames: Record<string, string>;
}

/**
 * The columns for entries all judged with one set: `chosen` when it is that set (or there is no
 * entry), else the set `known` finds, else the criterion numbers the entries carry (names unknown).
 */
export function columnsFor(entries: readonly Pick<CommuneEntry, "setId" | "criteria">[], chosen: SetColumns, known: (setId: string) => SetColumns | null): SetColumns {
  if (entries.length === 0 || entries[0].setId === chosen.setId) return chosen;
  const setId = entries[0].setId;
  const found = known(setId);
  if (found) return found;
  const nos = new Set<number>();
  for (const e of entries) for (const k of Object.keys(e.criteria)) nos.add(Number(k));
  return { setId, criterionNos: [...nos].filter((n) => Number.isInteger(n)).sort((a, b) => a - b), criterionNames: {} };
}

/** Rounded to two decimals, as the notices write it (14,29); half away from zero on the decimal value. */
export function roundAverage(average: number): number {
  return Math.round((average + Number.EPSILON) * 100) / 100;
}
