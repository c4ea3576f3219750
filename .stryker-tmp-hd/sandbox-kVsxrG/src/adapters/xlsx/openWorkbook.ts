/**
 * Opening a commune workbook's bytes for consolidation, in Node and in the browser (no fs): the
 * format is sniffed first (an encrypted or non-workbook file is never handed to the reader),
 * then the file is read through the port's readGrid exactly as FileWorkbook (`ntm check`) reads
 * it. Read-only: consolidation never writes a commune's file, so the writer (exceljs) stays out
 * of the pane's consolidation chunk.
 */
// @ts-nocheck

import { checkCommune, type CheckedFile, type ConsolidationSetup, type OpenedWorkbook } from "../../app/consolidate/checkCommune";
import type { WorkbookPort } from "../../app/WorkbookPort";
import type { WorkbookGrid } from "../../domain/grid/Grid";
import { readWorkbookGrid } from "./readGrid";
import type { ReadLimits } from "./limits";
import { sniffFormat } from "./sniffFormat";

/** A workbook file's bytes behind the reading half of the WorkbookPort. */
export class WorkbookBytes implements Pick<WorkbookPort, "readGrid"> {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits?: ReadLimits,
  ) {}

  async readGrid(): Promise<WorkbookGrid> {
    return readWorkbookGrid(this.bytes, this.limits);
  }
}

/** `limits`: size limits checked before anything is inflated (default DEFAULT_READ_LIMITS). */
export function openWorkbookBytes(file: string, bytes: Uint8Array, limits?: ReadLimits): OpenedWorkbook {
  const format = sniffFormat(bytes);
  if (format === "encrypted") return { ok: false, excluded: { file, reason: "encrypted" } };
  if (format === "unknown") return { ok: false, excluded: { file, reason: bytes.length === 0 ? "corrupt" : "not-a-workbook" } };
  return { ok: true, port: new WorkbookBytes(bytes, limits) };
}

/** Opens and checks one file's bytes: an entry, or why the file is left out. */
export async function checkWorkbookBytes(file: string, bytes: Uint8Array, setup: ConsolidationSetup, limits?: ReadLimits): Promise<CheckedFile> {
  const opened = openWorkbookBytes(file, bytes, limits);
  return opened.ok ? checkCommune(file, opened.port, setup) : opened;
}
