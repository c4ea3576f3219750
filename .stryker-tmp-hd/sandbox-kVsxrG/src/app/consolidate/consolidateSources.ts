/**
 * Consolidation over workbooks the user picked or dropped (the task pane): each is read and
 * checked here, one after another, never sent anywhere. The host's `open` turns bytes into a port
 * (the pane passes one that loads the spreadsheet reader with import() on first use).
 */
// @ts-nocheck

import type { CheckOptions, ContextProblem } from "../../domain/evaluation/context";
import {
  columnsFor,
  consolidate,
  setGroups,
  type CommuneEntry,
  type ConsolidateOptions,
  type DistrictFigures,
  type ExcludedFile,
  type SetColumns,
  type SetGroup,
} from "../../domain/district/consolidate";
import { getSet } from "../../domain/definitions/builtIn";
import { checkCommune, entriesOf, prepareConsolidation, type CheckedFile, type OpenWorkbook } from "./checkCommune";

/** A picked file: the browser's File has this shape. */
export interface WorkbookSource {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type SourceStatus = { state: "waiting" } | { state: "reading" } | { state: "done"; result: CheckedFile };

/**
 * Consolidated figures, with what they were built from (so the pane can build them again when the
 * user changes the bands, the nearly-there limit or the body's name, without reading the files
 * again); or why not: settings that cannot be used, or workbooks judged with different sets.
 */
export type ConsolidationOutcome =
  | { ok: true; figures: DistrictFigures; problems: ContextProblem[]; entries: CommuneEntry[]; excluded: ExcludedFile[]; columns: SetColumns }
  | { ok: false; problems: ContextProblem[]; mixedSets?: SetGroup[] };

/**
 * Checks every source (opened by `open`) and consolidates. `onStatus` hears each file's state (by index) as it
 * changes; `signal` stops between files (the files checked so far are consolidated).
 */
export async function consolidateSources(
  sources: readonly WorkbookSource[],
  options: CheckOptions,
  open: OpenWorkbook,
  onStatus?: (index: number, status: SourceStatus) => void,
  signal?: AbortSignal,
  district: ConsolidateOptions = {},
): Promise<ConsolidationOutcome> {
  const prepared = prepareConsolidation(options);
  if (!prepared.ok) return prepared;
  const entries: CommuneEntry[] = [];
  const excluded: ExcludedFile[] = [];
  for (let i = 0; i < sources.length; i++) {
    if (signal?.aborted) break;
    const src = sources[i];
    onStatus?.(i, { state: "reading" });
    let result: CheckedFile;
    try {
      const bytes = new Uint8Array(await src.arrayBuffer());
      const opened = await open(src.name, bytes);
      result = opened.ok ? await checkCommune(src.name, opened.port, prepared.setup) : opened;
    } catch (e) {
      result = { ok: false, excluded: { file: src.name, reason: "unreadable", detail: e instanceof Error ? e.message : String(e) } };
    }
    if (result.ok) entries.push(...entriesOf(result));
    else excluded.push(result.excluded);
    onStatus?.(i, { state: "done", result });
    // Let the pane repaint the progress bar between workbooks.
    await new Promise((r) => setTimeout(r, 0));
  }
  // One table holds one criteria set, as on the command line.
  const groups = setGroups(entries);
  if (groups.length > 1) return { ok: false, problems: prepared.problems, mixedSets: groups };
  const chosen: SetColumns = { setId: options.setId, criterionNos: prepared.setup.criterionNos, criterionNames: prepared.setup.criterionNames };
  const columns = columnsFor(entries, chosen, knownColumns);
  return { ok: true, figures: consolidate(entries, excluded, columns, district), problems: prepared.problems, entries, excluded, columns };
}

/** A built-in set's columns (numbers and names), for workbooks judged with a set other than the one chosen. */
export function knownColumns(setId: string): SetColumns | null {
  const set = getSet(setId);
  if (!set) return null;
  return { setId, criterionNos: set.criteria.map((c) => c.no).sort((a, b) => a - b), criterionNames: Object.fromEntries(set.criteria.map((c) => [String(c.no), c.name])) };
}

/** Picked/dropped files worth reading: .xlsx and .xls, without Excel's "~$" lock files. */
export function workbookSources<T extends { name: string }>(files: Iterable<T>): T[] {
  return [...files].filter((f) => /\.(xlsx|xls)$/i.test(f.name) && !f.name.startsWith("~$"));
}
