/**
 * `ntm consolidate <files or folders…>`: checks every commune workbook (across worker threads for
 * many files) and prints the district figures; --out writes them as a new .xlsx, --json as one
 * JSON document. Exit 0 when at least one workbook was consolidated, 2 when none.
 */
// @ts-nocheck

import { langOption, limitsOption, parseCommand } from "./args";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import ExcelJS from "exceljs";
import { entriesOf, prepareConsolidation } from "../app/consolidate/checkCommune";
import { DEFAULT_SET_ID } from "../domain/evaluation/context";
import { knownColumns } from "../app/consolidate/consolidateSources";
import { checkFiles, type WorkerInit } from "./consolidatePool";
import { problemText } from "../domain/messages";
import { drawLayout, pickSheetName } from "../adapters/xlsx/drawLayout";
import { GENERATED_NAME } from "../adapters/xlsx/readGrid";
import { getSet } from "../domain/definitions/builtIn";
import { buildDistrictLayout } from "../domain/district/buildDistrictLayout";
import {
  checkBands,
  columnsFor,
  compareFiles,
  consolidate,
  parseBands,
  roundAverage,
  setGroups,
  type BandRange,
  type CommuneEntry,
  type DistrictFigures,
  type ExcludedFile,
  type SetColumns,
} from "../domain/district/consolidate";
import { bandsErrorText, buildDistrictParagraph, excludedText, mixedSetsText } from "../domain/district/districtText";
import { findProvince } from "../domain/definitions/provinces";
import type { Lang } from "../domain/messages/Lang";
import { quoteSheet } from "../domain/grid/address";
import { readOverlayFile } from "./readOverlayFile";
import { FileError, UsageError } from "./UsageError";
import { criteriaLists, nearlyThere, notAchievedBy } from "../domain/district/plan";
import type { Io } from "./main";

/** The --json document (the contract: names and shapes are public). */
export interface ConsolidateJson {
  communes: {
    file: string;
    commune: string;
    criteriaAchieved: number;
    band: string;
    criteria: Record<string, string>;
    /** Criterion numbers achieved, and not (yet) achieved, ascending. */
    achievedCriteria: number[];
    notAchievedCriteria: number[];
  }[];
  bands: Record<string, number>;
  /** Two decimals; null when no commune was consolidated. */
  average: number | null;
  perCriterion: Record<string, number>;
  errors: { file: string; message: string }[];
  /** Communes missing at most `nearlyThereMax` criteria, with the criteria they miss. */
  nearlyThere: { commune: string; missing: number[] }[];
  /** Criterion number → communes not achieving it. */
  notAchievedBy: Record<string, string[]>;
  /** The "nearly there" limit used (`--nearly`, default 2). */
  nearlyThereMax: number;
  /** The consolidating body (`--unit`, "tỉnh Lạng Sơn"); null when none was named. */
  unit: string | null;
}

const WORKBOOK_EXT = /\.(xlsx|xls)$/i;

export async function runConsolidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { jobs: { type: "string" }, unit: { type: "string" }, bands: { type: "string" }, nearly: { type: "string" } });
  if (positionals.length === 0) throw new UsageError("cần ít nhất một tệp hoặc thư mục để tổng hợp (consolidate needs files or folders).");
  const lang = langOption(values.lang);
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs phải là số nguyên dương, không phải “${values.jobs}”.`);
  }
  const nearly = nearlyOption(values.nearly, lang);
  const unit = values.unit?.trim() || null;
  let bands: BandRange[] | null = null;
  if (values.bands !== undefined) {
    const parsed = parseBands(values.bands);
    if (!parsed.ok) throw new UsageError(`--bands: ${bandsErrorText(parsed.error, null, lang)}`);
    bands = parsed.bands;
  }

  const options = {
    setId: values.set ?? null,
    group: values.group ?? null,
    province: values.province ?? null,
    region: values.region ?? null,
    disadvantaged: false,
    overlayJson: null,
    overlays: values.criteria ? [await readOverlayFile(values.criteria, lang)] : [],
  };
  const prepared = prepareConsolidation(options);
  if (!prepared.ok) throw new UsageError(prepared.problems.map((p) => problemText(p, lang)).join("\n"));
  const setup = { ...prepared.setup, limits: limitsOption(values["max-size"]) };
  for (const p of prepared.problems) io.stderr.write(`ntm: ${problemText(p, lang)}\n`);
  const chosen: SetColumns = { setId: options.setId, criterionNos: prepared.setup.criterionNos, criterionNames: prepared.setup.criterionNames };
  // With the set named, bands that cannot cover it are refused before any file is read.
  if (bands && values.set !== undefined) checkBandsOption(bands, chosen.criterionNos.length, lang);

  const { files, missing } = await collectFiles(positionals, values.out ?? null);
  // With workers, this thread only hands out files and collects results: its heap (which no flag
  // bounds once Node runs) stays small.
  const checked = await checkFiles(files, options, setup, { jobs, spawn: workerSpawner(), thisThreadToo: false });
  const entries: CommuneEntry[] = [];
  const excluded: ExcludedFile[] = [...missing];
  for (const c of checked) {
    if (c.ok) entries.push(...entriesOf(c));
    else excluded.push(c.excluded);
  }
  // One table holds one criteria set: workbooks judged with different sets are never mixed.
  const groups = setGroups(entries);
  if (groups.length > 1) throw new FileError(mixedSetsText(groups.map((g) => ({ setName: setName(g.setId), files: g.files })), "cli", lang));
  const columns = columnsFor(entries, chosen, knownColumns);
  if (bands) checkBandsOption(bands, columns.criterionNos.length, lang);
  const figures = consolidate(entries, excluded, columns, { bands, nearlyThereMax: nearly, unit });

  if (values.out) {
    const province = options.province ? (findProvince(options.province)?.name ?? null) : null;
    await writeDistrictWorkbook(values.out, figures, { setName: setName(columns.setId ?? DEFAULT_SET_ID), province, lang });
  }

  if (values.json) io.stdout.write(JSON.stringify(toConsolidateJson(figures, lang), null, 2) + "\n");
  else io.stdout.write(readable(figures, lang, values.out ?? null));
  return figures.communes.length > 0 ? 0 : 2;
}

/** The --json document from the figures. */
export function toConsolidateJson(figures: DistrictFigures, lang: Lang): ConsolidateJson {
  const bands: Record<string, number> = {};
  for (const b of figures.bands) bands[b.key] = b.communes.length;
  return {
    communes: figures.communes.map((e) => {
      const lists = criteriaLists(e, figures.criterionNos);
      return {
      file: e.file,
      commune: e.commune,
      criteriaAchieved: e.criteriaAchieved,
      band: figures.bands.find((b) => e.criteriaAchieved >= b.min && e.criteriaAchieved <= b.max)?.key ?? String(e.criteriaAchieved),
      criteria: { ...e.criteria },
      achievedCriteria: lists.achieved,
      notAchievedCriteria: lists.notAchieved,
      };
    }),
    bands,
    average: figures.average === null ? null : roundAverage(figures.average),
    perCriterion: { ...figures.perCriterion },
    errors: figures.excluded.map((x) => ({ file: x.file, message: excludedText(x, lang) })),
    nearlyThere: nearlyThere(figures.communes, figures.criterionNos, figures.nearlyThereMax),
    notAchievedBy: notAchievedBy(figures.communes, figures.criterionNos),
    nearlyThereMax: figures.nearlyThereMax,
    unit: figures.unit,
  };
}

/** --nearly <N>: communes missing at most N criteria are "nearly there"; a whole number ≥ 1. */
export function nearlyOption(value: string | undefined, lang: Lang): number | null {
  if (value === undefined) return null;
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isInteger(n) || n < 1) {
    throw new UsageError(
      lang === "vi"
        ? `--nearly phải là số nguyên từ 1 trở lên (số tiêu chí còn thiếu tối đa của xã gần đạt chuẩn), không phải “${value}”.`
        : `--nearly must be a whole number of 1 or more (the most criteria a commune close to the standard may miss), not “${value}”.`,
    );
  }
  return n;
}

/** Bands that do not cover 0…total exactly once are a usage error, worded with the set's total. */
function checkBandsOption(bands: readonly BandRange[], total: number, lang: Lang): void {
  const error = checkBands(bands, total);
  if (error) throw new UsageError(`--bands: ${bandsErrorText(error, total, lang)}`);
}

/** A set's name as users read it; its id when the set is not built in (a set the sheet defines); "" for none. */
function setName(setId: string | null): string {
  return setId === null ? "" : (getSet(setId)?.name ?? setId);
}

/**
 * Files from the arguments: files as given, folders walked for .xlsx/.xls (Excel's "~$" lock files
 * and the --out file skipped), each file once, sorted by path. Paths that do not exist are excluded files.
 */
export async function collectFiles(inputs: readonly string[], out: string | null): Promise<{ files: string[]; missing: ExcludedFile[] }> {
  const files: string[] = [];
  const seen = new Set<string>(out ? [path.resolve(out)] : []);
  const missing: ExcludedFile[] = [];
  const add = (f: string) => {
    const abs = path.resolve(f);
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push(f);
  };
  const walk = async (dir: string): Promise<void> => {
    const list = await fs.readdir(dir, { withFileTypes: true });
    for (const d of list) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) await walk(p);
      else if (d.isFile() && WORKBOOK_EXT.test(d.name) && !d.name.startsWith("~$")) add(p);
    }
  };
  for (const input of inputs) {
    let st;
    try {
      st = await fs.stat(input);
    } catch (e) {
      missing.push({ file: input, reason: "unreadable", detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
      continue;
    }
    if (st.isDirectory()) await walk(input);
    else add(input);
  }
  return { files: files.sort(compareFiles), missing };
}

/**
 * A worker's heap: checking a workbook needs a few MB at a time, but V8 lets an unbounded heap grow
 * with garbage it has not collected yet; a bound keeps thousands of workbooks under 400 MB resident.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96 };

/**
 * Starts a worker: lib/cli/consolidateWorker.js when compiled; from the TypeScript sources (tests,
 * `tsx src/cli/…`) through tsx's require hook. Null when neither can run: files are then checked
 * in this thread.
 */
export function workerSpawner(): ((init: WorkerInit) => Worker) | null {
  const compiled = path.join(__dirname, "consolidateWorker.js");
  if (__filename.endsWith(".js") && existsSync(compiled)) return (init) => new Worker(compiled, { workerData: init, resourceLimits: WORKER_LIMITS });
  const source = path.join(__dirname, "consolidateWorker.ts");
  let hook: string;
  try {
    hook = require.resolve("tsx/cjs");
  } catch {
    return null;
  }
  if (!existsSync(source)) return null;
  const code = `require(${JSON.stringify(hook)}); require(${JSON.stringify(source)});`;
  return (init) => new Worker(code, { eval: true, workerData: init, resourceLimits: WORKER_LIMITS });
}

/** A new workbook holding only the district sheet, marked as generated so it is never read back as a commune. */
export async function writeDistrictWorkbook(file: string, figures: DistrictFigures, meta: Parameters<typeof buildDistrictLayout>[1]): Promise<void> {
  const layout = buildDistrictLayout(figures, meta);
  const wb = new ExcelJS.Workbook();
  wb.creator = "ntm-checker";
  const name = pickSheetName([], layout.name, []);
  drawLayout(wb, layout, name);
  wb.definedNames.add(`${quoteSheet(name)}!$A$1`, GENERATED_NAME);
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await wb.xlsx.writeFile(file);
}

function readable(figures: DistrictFigures, lang: Lang, out: string | null): string {
  const vi = lang === "vi";
  const lines: string[] = [];
  const width = Math.max(4, ...figures.communes.map((e) => [...e.commune].length));
  lines.push(vi ? `Đã tổng hợp ${figures.communes.length} xã:` : `${figures.communes.length} communes consolidated:`);
  for (const e of figures.communes) {
    lines.push(`  ${e.commune.padEnd(width)}  ${String(e.criteriaAchieved).padStart(2)}/${e.criteriaTotal}  ${e.file}`);
  }
  lines.push("");
  if (figures.communes.length > 0) lines.push(buildDistrictParagraph(figures, lang), "");
  if (figures.excluded.length > 0) {
    lines.push(vi ? "Không tổng hợp:" : "Not consolidated:");
    for (const x of figures.excluded) lines.push(`  - ${x.file}: ${excludedText(x, lang)}`);
    lines.push("");
  }
  if (out) lines.push(vi ? `Đã ghi bảng tổng hợp: ${out}` : `Consolidated sheet written: ${out}`);
  return lines.join("\n") + (out ? "\n" : "");
}
