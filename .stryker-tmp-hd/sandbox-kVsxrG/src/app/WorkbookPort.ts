// @ts-nocheck
import type { WorkbookGrid, CellRef } from "../domain/grid/Grid";
import type { Verdict } from "../domain/evaluation/Verdict";
import type { SheetLayout } from "../domain/summary/SheetLayout";
import type { ProblemOf } from "../domain/problems/Problem";
import type { ColumnMapping } from "../domain/grid/readSheet";

/** A highlight on one cell: achieved green, not achieved red, not assessed amber. */
export interface Mark {
  ref: CellRef;
  verdict: Verdict;
  /** Short reason, for hosts that can show it (comment/tooltip). */
  note?: string;
}

/** A problem a host met (a protected sheet, Excel in cell-edit mode), as data: messages/ words it. */
export type HostProblem = ProblemOf<
  "host/protected-sheet" | "host/cell-edit-mode" | "host/too-large" | "host/not-found" | "host/unsupported" | "host/settings-not-saved" | "host/other"
>;

export interface MarkReport {
  applied: number;
  problems: HostProblem[];
}

/** Settings saved in the workbook, so the next check needs no clicks. */
export interface WorkbookSettings {
  /** The set's id, or "auto": the set the workbook names (its title, year or criteria). */
  setId: string;
  /** Commune group for a set that groups communes (2026–2030: "nhom-1" …), when chosen. */
  group?: string | null;
  province: string | null;
  region: string | null;
  /** A user's own definitions/overlay JSON text, if any. */
  overlayJson: string | null;
  disadvantaged: boolean;
  /** The user's column mapping (the pane's column picker); absent: automatic reading. */
  columns?: ColumnMapping;
}

/**
 * The one port every host implements: Office.js (add-in), files (command line),
 * memory (tests, browser preview). Use cases in app/ talk only to this.
 */
export interface WorkbookPort {
  /** Every sheet's used range as plain data (values, number formats, hidden rows, merges). */
  readGrid(): Promise<WorkbookGrid>;
  /** Replaces all marks this tool made before with these (idempotent: never two sets). */
  applyMarks(marks: Mark[]): Promise<MarkReport>;
  /** Removes every mark this tool made, restoring exactly what the user had. */
  clearMarks(): Promise<MarkReport>;
  /**
   * Writes a generated sheet. Never overwrites a user's sheet: reuses only a sheet this tool
   * created itself, otherwise picks a new name. Returns the name used.
   */
  writeSheet(layout: SheetLayout): Promise<{ name: string; problems: HostProblem[] }>;
  readSettings(): Promise<WorkbookSettings | null>;
  writeSettings(settings: WorkbookSettings): Promise<void>;
  /**
   * Optional, for hosts where each call is a round trip (Office.js): applyMarks and writeSettings
   * in one. A settings problem comes back beside the marks, never instead of them.
   */
  applyMarksAndSaveSettings?(marks: Mark[], settings: WorkbookSettings): Promise<{ report: MarkReport; settingsProblem: HostProblem | null }>;
}
