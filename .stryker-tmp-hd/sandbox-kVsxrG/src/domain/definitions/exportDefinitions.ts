// @ts-nocheck
import type { CommuneResult } from "../evaluation/CommuneResult";
import { parseThreshold } from "../figures/parseThreshold";
import { cellAddress } from "../grid/address";
import type { Detection } from "../grid/findIndicators";
import type { WorkbookGrid } from "../grid/Grid";
import { cellText, mergedLookup } from "../grid/mergedCells";
import type { Overlay, OverlayRule, OverlayThreshold, Rule } from "./schema";
import { DEFINITIONS_WORDS } from "../messages/definitionsSheetWords";
import { ruleEntry } from "./definitionsSheet";
import { ruleKind } from "./ruleKind";

/** What `ntm definitions export` names the file after. */
export interface ExportMeta {
  /** The workbook's file name, as the user gave it (cited as each threshold's source). */
  file: string;
  /** An id for the file ("minh-hoa-2026"): lower case letters, digits and dashes. */
  id: string;
}

/**
 * A definitions file from a form's own threshold column(s): for every indicator read, the sheet's
 * threshold (one column, or one per region or commune group as `byRegion`), its name and kind.
 * Each threshold cites the workbook and cell it was read from. A form written for one commune
 * group gives that group's thresholds only; a form with all group columns gives them all, so that
 * a province can hand one file to all its communes.
 */
export function definitionsFromForm(grid: WorkbookGrid, detection: Detection, result: CommuneResult, meta: ExportMeta): Overlay {
  const thresholds: Record<string, OverlayThreshold> = {};
  const indicators: NonNullable<Overlay["indicators"]> = {};
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const byCode = new Map(result.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i]));

  for (const sheetReading of detection.map.sheets) {
    const sheet = sheets.get(sheetReading.sheet);
    if (!sheet) continue;
    const at = mergedLookup(sheet);
    for (const table of sheetReading.tables) {
      for (const row of table.rows) {
        if (row.as !== "indicator" || thresholds[row.code] || !detection.indicators.some((d) => d.code === row.code && d.sheet === sheet.name && d.row === row.row)) continue;
        const ind = byCode.get(row.code);
        const kind = ind?.threshold.rule ? kindOf(ind.threshold.rule) : undefined;
        const cite = (col: number) => `${meta.file}, ${cellAddress({ sheet: sheet.name, row: row.row, col })}`;
        const quoteOf = (col: number) => cellText(at(row.row, col));
        if (table.columns.regionColumns.length >= 2) {
          const byRegion: Record<string, OverlayRule> = {};
          const cells: string[] = [];
          for (const rc of table.columns.regionColumns) {
            const text = quoteOf(rc.col);
            const rule = text ? parseThreshold(text) : null;
            if (!rule) continue;
            byRegion[rc.region] = ruleEntry(rule);
            cells.push(cellAddress({ sheet: sheet.name, row: row.row, col: rc.col }));
          }
          if (Object.keys(byRegion).length > 0) thresholds[row.code] = { byRegion, source: `${meta.file}, ${cells.join(", ")}` };
        } else if (row.threshold) {
          const text = quoteOf(row.threshold.col);
          const rule = text ? parseThreshold(text) : null;
          if (rule) thresholds[row.code] = { ...ruleEntry(rule), source: cite(row.threshold.col), quote: text };
        }
        if (thresholds[row.code] || ind?.definedBy === "sheet") {
          indicators[row.code] = { name: row.label || row.code, ...(kind ? { kind } : {}) };
        }
      }
    }
  }
  // Thresholds the user set in the definitions sheet win, as they do in a check.
  for (const i of byCode.values()) {
    if (i.threshold.origin !== "definitions" || !i.threshold.rule || !i.threshold.source?.startsWith(DEFINITIONS_WORDS.vi.sourcePrefix)) continue;
    thresholds[i.code] = { ...ruleEntry(i.threshold.rule), source: `${meta.file}, ${i.threshold.source}` };
    indicators[i.code] ??= { name: i.name };
  }
  return {
    id: meta.id,
    extends: result.setId,
    name: `Mức chuẩn theo biểu ${meta.file}`,
    source: meta.file,
    // A set the sheet defines (a village checklist): the file carries its criteria, so it defines the set whole.
    ...(result.setId === "sheet-defined" ? { criteria: result.criteria.map((c) => ({ no: c.no, name: c.name })) } : {}),
    ...(Object.keys(indicators).length > 0 ? { indicators } : {}),
    thresholds,
  };
}


/** The kind written for an indicator; a bare count is left to the sheet. */
function kindOf(rule: Rule): "yesNo" | "none" | "percent" | "amount" | undefined {
  const { kind } = ruleKind(rule);
  return kind === "count" ? undefined : kind;
}
