/**
 * Marks as conditional formats (ExcelApi 1.6, custom formula rules): one per verdict per sheet
 * (more when the address list is long), over a multi-area range. Our own are found again by the
 * tag in their formula; the user's are never touched.
 *
 * Deleting: a conditional format's id "is the priority of the conditional format in the current
 * ConditionalFormatCollection" (Excel.ConditionalFormat.id), and an item is looked up when the
 * delete runs, so deleting one renumbers those after it. Ours are deleted from the highest id
 * down, so no id still to be deleted shifts, and the user's rules keep theirs.
 */
// @ts-nocheck

import { MARK_TAG, markFormulaBody } from "../../app/marks";
import { VERDICT_COLOURS } from "../../domain/evaluation/verdictColours";
import type { Mark } from "../../app/WorkbookPort";
import type { Verdict } from "../../domain/evaluation/Verdict";
import { areaAddress, chunkAddresses, coalesceCells, type ListSeparator } from "./areas";

/** Mark colours as Office.js wants them ("#RRGGBB"). */
export const MARK_COLOURS: Record<Verdict, { fill: string; font: string }> = Object.fromEntries(
  Object.entries(VERDICT_COLOURS).map(([v, c]) => [v, { fill: `#${c.fill}`, font: `#${c.font}` }]),
) as Record<Verdict, { fill: string; font: string }>;

/** Always TRUE (N of a text is 0) and carries the tag: `=N("ntm-checker:achieved")=0`. */
export function markFormula(verdict: Verdict): string {
  return `=${markFormulaBody(verdict)}`;
}

export function isOurMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.toLowerCase().includes(`"${MARK_TAG}`);
}

const VERDICTS: Verdict[] = ["achieved", "not_achieved", "not_assessed"];

/** Our conditional formats on one sheet as Excel last listed them, and what we last drew there. */
export interface SheetMarks {
  sheet: string;
  protected: boolean;
  /** Ours in the sheet's collection: id (its priority at that moment) and formula. */
  ours: { id: string; formula: string }[];
  /** The marks we last drew on this sheet (planKey), while the listing still shows them. */
  applied?: string;
}

/** Queues listing the sheet's conditional formats; the result (after sync) keeps ours. */
export function queueMarkList(ws: Excel.Worksheet): () => SheetMarks["ours"] {
  const cfs = ws.getRange().conditionalFormats;
  cfs.load("items/id,items/customOrNullObject/rule/formula");
  return () =>
    cfs.items
      .filter((cf) => !cf.customOrNullObject.isNullObject && isOurMarkFormula(cf.customOrNullObject.rule.formula))
      .map((cf) => ({ id: cf.id, formula: cf.customOrNullObject.rule.formula }));
}

export interface SheetPlan {
  name: string;
  byVerdict: Map<Verdict, { row: number; col: number }[]>;
  count: number;
}

/** Marks by sheet (matched case-insensitively, as Excel names sheets); the last mark of a cell wins. */
export function planMarks(marks: Mark[]): Map<string, SheetPlan> {
  const cells = new Map<string, Mark>();
  for (const m of marks) cells.set(`${m.ref.sheet.toLowerCase()}\u0000${m.ref.row},${m.ref.col}`, m);
  const bySheet = new Map<string, SheetPlan>();
  for (const m of cells.values()) {
    const key = m.ref.sheet.toLowerCase();
    let entry = bySheet.get(key);
    if (!entry) {
      entry = { name: m.ref.sheet, byVerdict: new Map(), count: 0 };
      bySheet.set(key, entry);
    }
    const list = entry.byVerdict.get(m.verdict) ?? [];
    list.push({ row: m.ref.row, col: m.ref.col });
    entry.byVerdict.set(m.verdict, list);
    entry.count++;
  }
  return bySheet;
}

/** What a sheet's marks look like, to tell an unchanged sheet ("" for none). */
export function planKey(plan: SheetPlan | undefined): string {
  if (!plan) return "";
  return VERDICTS.map((v) => `${v}:${(plan.byVerdict.get(v) ?? []).map((c) => `${c.row},${c.col}`).sort().join(";")}`).join("|");
}

/** The formulas our marks of a plan leave on the sheet, in collection order (the last added first). */
export function expectedFormulas(plan: SheetPlan | undefined, sep: ListSeparator, maxAddressChars: number): string[] {
  const out: string[] = [];
  if (!plan) return out;
  for (const verdict of VERDICTS) {
    const list = plan.byVerdict.get(verdict);
    if (!list) continue;
    const n = chunkAddresses(coalesceCells(list).map(areaAddress), maxAddressChars, sep).length;
    for (let i = 0; i < n; i++) out.unshift(markFormula(verdict));
  }
  return out;
}

/** Queues deleting our marks on a sheet (lowest priority first) and drawing the plan's; returns marks drawn. */
export function queueSheetMarks(
  ws: Excel.Worksheet,
  ours: SheetMarks["ours"],
  plan: SheetPlan | undefined,
  sep: ListSeparator,
  maxAddressChars: number,
): number {
  const cfs = ws.getRange().conditionalFormats;
  // Listed in priority order: from the last up, whatever the ids look like.
  for (const { id } of [...ours].reverse()) cfs.getItem(id).delete();
  if (!plan) return 0;
  for (const verdict of VERDICTS) {
    const list = plan.byVerdict.get(verdict);
    if (!list) continue;
    for (const chunk of chunkAddresses(coalesceCells(list).map(areaAddress), maxAddressChars, sep)) {
      const cf = ws.getRanges(chunk).conditionalFormats.add("Custom");
      cf.custom.rule.formula = markFormula(verdict);
      cf.custom.format.fill.color = MARK_COLOURS[verdict].fill;
      cf.custom.format.font.color = MARK_COLOURS[verdict].font;
    }
  }
  return plan.count;
}
