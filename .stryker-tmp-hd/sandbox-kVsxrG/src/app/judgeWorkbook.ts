/**
 * The check itself, shared by every host: read the workbook through its port, choose the criteria
 * set (the user's, else the one the workbook names), find the indicator tables, judge every
 * indicator. `ntm check`, the task pane and each commune of a consolidation run exactly this;
 * what they do around it (marks, summary sheet, district figures) differs.
 */
// @ts-nocheck

import { evaluate, type EvaluationContext } from "../domain/evaluation/evaluate";
import type { CommuneResult } from "../domain/evaluation/CommuneResult";
import { buildContext, DEFAULT_SET_ID, type CheckOptions, type ContextProblem } from "../domain/evaluation/context";
import { detectOptionsFor } from "../domain/definitions/detectOptions";
import { getOverlay, getSet, listSets } from "../domain/definitions/builtIn";
import { criteriaMatched, groupFromTitles, setFromCriteria, setFromTitles, sheetDefinedSet, type SetChoice, type SetReason } from "../domain/definitions/chooseSet";
import { parseOverlayText } from "../domain/definitions/parseOverlay";
import { fileDefinedSet } from "../domain/definitions/validateOverlay";
import { DEFINITIONS_SHEET_NAME, readDefinitionsSheet, type DefinitionsSheetReading } from "../domain/definitions/definitionsSheet";
import type { CriteriaSet } from "../domain/definitions/schema";
import { findIndicators, type Detection, type DetectOptions } from "../domain/grid/findIndicators";
import type { WorkbookGrid } from "../domain/grid/Grid";
import { surveyTitles, type TitleLine } from "../domain/grid/survey";
import { messages } from "../domain/messages";
import { problem } from "../domain/problems/Problem";
import type { WorkbookPort } from "./WorkbookPort";

export interface Judgement {
  detection: Detection;
  result: CommuneResult;
  /** The context the workbook was judged in (its set, region or group): a re-check after edits reuses it. */
  ctx: EvaluationContext;
  /** What is wrong with the options for this set (a province spanning regions …). */
  problems: ContextProblem[];
  /** The workbook's definitions sheet, read (null when it has none). */
  definitions?: DefinitionsSheetReading | null;
  /** The grid the workbook was read into (for the used-column list; callers should not keep it). */
  grid: WorkbookGrid;
}

/** Thrown when options cannot be used (unknown set, province, group, bad definitions file); `problems` say why (messages/ words them). */
export class CheckOptionsError extends Error {
  constructor(public readonly problems: ContextProblem[]) {
    super(`Options cannot be used: ${problems.map((p) => p.code).join(", ")}`);
    this.name = "CheckOptionsError";
  }
}

/**
 * Options checked before any workbook is read: an unknown set, province, region or group, or a
 * definitions file that cannot be used, throws CheckOptionsError. Returns the problems to tell.
 */
export function validateOptions(options: CheckOptions): ContextProblem[] {
  const built = buildContext(options, options.setId ? undefined : (definitionsSet(options) ?? undefined));
  if (!built.ok) throw new CheckOptionsError(built.problems);
  return built.problems;
}

/**
 * Reads and judges one workbook. Rejects only when the port cannot read it (a damaged file: the
 * caller says so) or the options cannot be used (CheckOptionsError); a workbook without any table
 * is a result with no indicators found.
 */
export async function judgeWorkbook(port: Pick<WorkbookPort, "readGrid">, options: CheckOptions, onRead?: () => void): Promise<Judgement> {
  const grid = await port.readGrid();
  onRead?.();
  return judgeGrid(grid, options);
}

/** As judgeWorkbook, for a grid already read. */
export function judgeGrid(grid: WorkbookGrid, options: CheckOptions): Judgement {
  const lazyTitles = (() => {
    let titles: TitleLine[] | null = null;
    return () => (titles ??= surveyTitles(grid));
  })();
  let probe: { set: CriteriaSet; judged: Omit<Judgement, "result" | "grid"> } | null = null;
  const definitionsBySet = new Map<CriteriaSet, DefinitionsSheetReading | null>();
  const definitionsFor = (set: CriteriaSet) => {
    if (!definitionsBySet.has(set)) definitionsBySet.set(set, definitionsSheet(grid, set));
    return definitionsBySet.get(set)!;
  };
  const read = (set: CriteriaSet, group: string | null): Omit<Judgement, "result" | "grid"> => {
    if (probe && probe.set === set && group === null) return probe.judged;
    const built = buildContext({ ...options, group: group ?? options.group ?? null }, set);
    if (!built.ok) throw new CheckOptionsError(built.problems);
    // The definitions sheet the user edited wins over every other threshold.
    const defs = definitionsFor(set);
    if (defs?.overlay) built.ctx.overlays.push({ overlay: defs.overlay, origin: "definitions" });
    const detect: DetectOptions = { ...detectOptionsFor(set), region: built.ctx.region, columns: options.columns };
    return { ctx: built.ctx, problems: built.problems, detection: findIndicators(grid, detect) };
  };

  let choice = chooseSet(options, lazyTitles, (set) => {
    const judged = read(set, null);
    probe = { set, judged };
    return judged.detection;
  });
  // A set that groups communes: the group the user chose, else the one a title names ("… (xã nhóm 2)").
  const groupOf = (set: CriteriaSet) => (set.grouping === "group" && !options.group ? (groupFromTitles(lazyTitles())?.group ?? null) : null);
  let judged = read(choice.set, groupOf(choice.set));
  // A report year is the weakest sign: criterion rows named as another set's win over it (an old form filled in 2026).
  const other = choice.conflict ?? conflictOf(choice, judged.detection);
  if (other && choice.reason.by === "year") {
    const set = getSet(other.setId)!;
    choice = { set, reason: other.reason, conflict: { setId: choice.set.id, reason: choice.reason } };
    judged = read(set, groupOf(set));
  } else choice = { ...choice, conflict: other };
  const result = evaluate(judged.detection, judged.ctx);
  const definitions = definitionsFor(choice.set);
  result.findings.push(...(definitions?.problems ?? []));
  result.setName = choice.set.name;
  result.setReason = choice.reason;
  result.setConflict = choice.conflict;
  result.grouping = choice.set.grouping ?? "region";
  return { ...judged, result, definitions, grid };
}

/**
 * The set to judge with: the user's (`--set`), else the one their definitions file is for, else what
 * the workbook's titles say (period, standard, year), else the set whose criterion names the table
 * carries (read with the default set: that reading is reused when it is the answer), else a set the
 * sheet's own criteria define, else the default, said as such.
 */
function chooseSet(options: CheckOptions, titles: () => TitleLine[], probe: (set: CriteriaSet) => Detection): SetChoice {
  if (options.setId) {
    const set = getSet(options.setId);
    if (!set) throw new CheckOptionsError([problem("set/unknown", { setId: options.setId })]);
    return { set, reason: { by: "explicit" }, conflict: null };
  }
  const fromDefinitions = definitionsSet(options);
  if (fromDefinitions) return { set: fromDefinitions, reason: { by: "definitions", file: definitionsName(options) }, conflict: null };

  const sets = listSets();
  const byTitle = setFromTitles(titles(), sets);
  if (byTitle && "set" in byTitle) return { ...byTitle, conflict: null };

  const fallback = getSet(DEFAULT_SET_ID)!;
  const rows = probe(fallback).criteria;
  const sheet = (text: TitleLine | null): SetChoice => ({
    set: sheetDefinedSet(rows, text, messages("vi").sheetSetName),
    reason: { by: "sheet", criteria: new Set(rows.map((r) => r.no)).size, text: text?.text ?? null },
    conflict: null,
  });
  if (byTitle && "sheet" in byTitle && rows.length > 0) return sheet(byTitle.sheet);
  const byCriteria = setFromCriteria(rows, sets);
  if (byCriteria) return { set: byCriteria.set, reason: { by: "criteria", matched: byCriteria.matched, of: byCriteria.of }, conflict: null };
  if (new Set(rows.map((r) => r.no)).size >= 3) return sheet(null);
  return { set: fallback, reason: { by: "default" }, conflict: null };
}

/** The workbook's definitions sheet ("Định nghĩa NTM"), read, or null when it has none. */
export function definitionsSheet(grid: WorkbookGrid, set: CriteriaSet): DefinitionsSheetReading | null {
  const sheet = grid.sheets.find((s) => s.name === DEFINITIONS_SHEET_NAME);
  return sheet ? readDefinitionsSheet(sheet, set.id) : null;
}

/** The criterion rows point to another known set than the one a title or the user chose. */
function conflictOf(choice: SetChoice, detection: Detection): SetChoice["conflict"] {
  if (choice.reason.by !== "title" && choice.reason.by !== "year") return null;
  const other = setFromCriteria(detection.criteria, listSets());
  if (!other || other.set.id === choice.set.id || other.matched < 3 || other.matched <= criteriaMatched(detection.criteria, choice.set)) return null;
  const reason: SetReason = { by: "criteria", matched: other.matched, of: other.of };
  return { setId: other.set.id, reason };
}

/** The set the user's definitions file extends, when one is given and names a set we ship. */
function definitionsSet(options: CheckOptions): CriteriaSet | null {
  const files = [...(options.overlays ?? [])];
  if (options.overlayJson) {
    const parsed = parseOverlayText(options.overlayJson);
    if (parsed.ok) files.push(parsed.overlay);
  }
  for (const file of files.reverse()) {
    // A file that defines its set whole (a village checklist's criteria) is that set.
    const set = fileDefinedSet(file) ?? getSet(file.extends) ?? (getOverlay(file.extends) ? getSet(getOverlay(file.extends)!.extends) : null);
    if (set) return set;
  }
  return null;
}

function definitionsName(options: CheckOptions): string {
  const last = options.overlays?.[options.overlays.length - 1];
  if (options.overlayJson) {
    const parsed = parseOverlayText(options.overlayJson);
    if (parsed.ok) return parsed.overlay.name;
  }
  return last?.name ?? "";
}
