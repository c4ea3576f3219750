// @ts-nocheck
import type { CheckOptions } from "../domain/evaluation/context";
import type { CheckOutcome } from "../app/CheckSession";
import type { HostProblem, MarkReport, WorkbookSettings } from "../app/WorkbookPort";
import type { CriteriaSet, Province } from "../domain/definitions/schema";
import type { CellRef } from "../domain/grid/Grid";
import type { SheetLayout } from "../domain/summary/SheetLayout";
import type { Lang } from "../domain/messages/Lang";

/**
 * Everything the pane does to a workbook, as plain async actions. A host failure the user can act
 * on rejects with an Error carrying `problem: HostProblem` (the Office adapter's OfficeHostError). index.tsx builds one over
 * Office.js; tests and the browser preview pass their own. Components never call Office.
 * Failures a user can act on come back as data (messages, problems); a rejected promise is
 * an unexpected failure, shown as such.
 */
export interface PaneHost {
  loadSettings(): Promise<WorkbookSettings | null>;
  /**
   * Checks the workbook and saves the options in it (so the next check needs no clicks).
   * Messages come worded in `lang`. Options that cannot be used reject with an Error named
   * "CheckOptionsError" whose message is for users. `step` is a code: read, evaluate, mark, done.
   */
  check(options: CheckOptions, lang: Lang, onProgress?: (fraction: number, step: string) => void): Promise<CheckOutcome>;
  clearMarks(): Promise<MarkReport>;
  insertSummary(lang: Lang): Promise<{ name: string; problems: HostProblem[] }>;
  /** Inserts (or refreshes) the definitions sheet of the last check. Absent: no insert button. */
  insertDefinitions?(lang: Lang): Promise<{ name: string; problems: HostProblem[] }>;
  /** Ready-to-paste paragraph of the last check; null before any check. */
  reportParagraph(lang: Lang): string | null;
  /** Shows the cell: activates its sheet (shown first if it was hidden) and selects the cell. */
  selectCell(ref: CellRef): Promise<{ wasHidden: boolean } | void>;
  /** Writes a generated sheet (the district table), never over a user's sheet. Absent: no insert button. */
  writeSheet?(layout: SheetLayout): Promise<{ name: string; problems: HostProblem[] }>;
  /** Puts text on the clipboard; false when the host refused. */
  copyText(text: string): Promise<boolean>;
  /**
   * Quick re-checks after the user edits cells: `onOutcome` gets each new outcome, `onProblem`
   * what went wrong reading an edit or re-marking. Returns an unsubscribe function. Absent where
   * the host has no edit events.
   */
  onRecheck?(onOutcome: (outcome: CheckOutcome) => void, onProblem: (problem: HostProblem) => void): () => void;
}

/** Where the pane gets criteria sets, provinces and regions: the catalogue, or a test's own. */
export interface PaneCatalogue {
  listSets(): CriteriaSet[];
  listProvinces(): Province[];
  /** The province's region, or the regions it spans; null for an unknown id. */
  regionForProvince(id: string): RegionLookup | null;
  /** Checks a user's overlay/definitions JSON before it is saved. */
  validateOverlay(json: string, lang: Lang): { ok: true; name: string } | { ok: false; errors: string[] };
  /** Name of the province's built-in thresholds overlay for this set, or null. */
  provinceOverlay?(provinceId: string, setId: string): string | null;
}

export type RegionLookup = { region: string } | { spans: string[] };
