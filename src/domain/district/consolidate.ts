import type { FileLimit } from "../problems/Problem";
import type { CommuneResult } from "../evaluation/CommuneResult";
import type { Verdict } from "../evaluation/Verdict";

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
  };
}

/**
 * Bands of the district notices: all criteria achieved on its own, then fives counted from zero
 * (for 19 criteria: 19, 15–18, 10–14, 5–9, 0–4). A set with 10 criteria gets 10, 5–9, 0–4.
 */
export function bandRanges(criteriaTotal: number): { key: string; min: number; max: number }[] {
  const out = [{ key: String(criteriaTotal), min: criteriaTotal, max: criteriaTotal }];
  for (let min = Math.floor((criteriaTotal - 1) / 5) * 5; min >= 0; min -= 5) {
    const max = Math.min(min + 4, criteriaTotal - 1);
    out.push({ key: min === max ? String(min) : `${min}-${max}`, min, max });
  }
  return out;
}

/** The band key for a number of criteria achieved. */
export function bandOf(achieved: number, criteriaTotal: number): string {
  const band = bandRanges(criteriaTotal).find((b) => achieved >= b.min && achieved <= b.max);
  return band ? band.key : String(achieved);
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
): DistrictFigures {
  const criterionNos = [...set.criterionNos].sort((a, b) => a - b);
  const criteriaTotal = criterionNos.length;
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

  const bands: Band[] = bandRanges(criteriaTotal).map((r) => ({ ...r, communes: [] }));
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
  };
}

/** Rounded to two decimals, as the notices write it (14,29); half away from zero on the decimal value. */
export function roundAverage(average: number): number {
  return Math.round((average + Number.EPSILON) * 100) / 100;
}
