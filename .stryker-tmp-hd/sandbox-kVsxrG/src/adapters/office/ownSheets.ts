/**
 * Which sheets are ours, in a way that survives save and reopen. Worksheet ids do not: "The ID
 * remains constant within a single session but will change between sessions" (office-js-docs#297,
 * office-js#1390), and an old id can then be a user's sheet. A name saved in the file does survive:
 * the add-in gives each sheet it generates a sheet-scoped name (Worksheet.names, ExcelApi 1.4), and
 * reads the workbook-scoped name the command line writes (`'Sheet'!$A$1,…`, adapters/xlsx) as well.
 * Also here: the list separator of multi-area addresses, detected once per session.
 */
// @ts-nocheck

import type { ListSeparator } from "./areas";

/** The name marking generated sheets; the file adapter writes the same one (workbook-scoped). */
export const GENERATED_NAME = "ntm_checker_generated";

/** Queues marking a sheet as ours (a sheet-scoped name on its A1). */
export function queueMarkAsOurs(ws: Excel.Worksheet): void {
  ws.names.add(GENERATED_NAME, ws.getRange("A1"));
}

/** Sheet names (lower case) in a name's formula, e.g. "='Tổng hợp NTM'!$A$1,'Huyện'!$A$1". */
export function generatedSheetsOf(formula: string): Set<string> {
  const out = new Set<string>();
  const text = formula.replace(/^=/, "");
  const re = /(?:'((?:[^']|'')+)'|([^'!,;]+))!/g;
  for (const m of text.matchAll(re)) out.add((m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim()).toLowerCase());
  return out;
}

/**
 * The list separator Worksheet.getRanges takes, per session: undefined until probed; `candidates`
 * in the order to try (the first guess from the host: ";" where the user's locale writes decimals
 * with a comma, as Windows does by default, "," on Excel on the web).
 */
export interface SeparatorState {
  value: ListSeparator | undefined;
  candidates: ("," | ";")[];
}

export function separatorState(firstGuess: "," | ";" = ","): SeparatorState {
  return { value: undefined, candidates: firstGuess === "," ? [",", ";"] : [";", ","] };
}

/** A getRanges of two cells of the first sheet: refused at sync when `sep` is not the machine's. */
export function queueSeparatorProbe(ctx: Excel.RequestContext, sep: "," | ";"): void {
  ctx.workbook.worksheets.getFirst().getRanges(`A1${sep}B2`).load("areaCount");
}
