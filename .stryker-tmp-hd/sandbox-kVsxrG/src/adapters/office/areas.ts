// @ts-nocheck
import { a1, columnLetters } from "../../domain/grid/address";

/** 0-based inclusive rectangle on one sheet. */
export interface CellArea { r1: number; c1: number; r2: number; c2: number }

/** "E7" or "E7:E9". */
export function areaAddress(a: CellArea): string {
  const tl = a1(a.r1, a.c1);
  return a.r1 === a.r2 && a.c1 === a.c2 ? tl : `${tl}:${a1(a.r2, a.c2)}`;
}

/** Whole columns "B:B" / rows "3:3" for widths and heights. */
export function columnsAddress(c1: number, c2: number): string {
  return `${columnLetters(c1)}:${columnLetters(c2)}`;
}

export function rowsAddress(r1: number, r2: number): string {
  return `${r1 + 1}:${r2 + 1}`;
}

/**
 * Cells → few rectangles: runs down a column first, then equal runs side by side merge into
 * blocks. Keeps getRanges address strings short for typical indicator tables (one column of marks).
 */
export function coalesceCells(cells: { row: number; col: number }[]): CellArea[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const runs: CellArea[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (const r of rows.slice(1)) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      runs.push({ r1: start, c1: col, r2: prev, c2: col });
      start = prev = r;
    }
    runs.push({ r1: start, c1: col, r2: prev, c2: col });
  }
  // Join a run with the run of the same rows in the next column.
  const out: CellArea[] = [];
  const open = new Map<string, CellArea>();
  for (const run of runs) {
    const key = `${run.r1}:${run.r2}`;
    const prev = open.get(key);
    if (prev && prev.c2 === run.c1 - 1) {
      prev.c2 = run.c2;
    } else {
      const area = { ...run };
      out.push(area);
      open.set(key, area);
    }
  }
  return out;
}

/**
 * The separator Worksheet.getRanges accepts between areas: "," on Excel on the web, the machine's
 * list separator on Windows desktop Excel (";" under Vietnamese regional settings; office-js#1167,
 * still in backlog). null: neither was accepted, so each area goes alone.
 */
export type ListSeparator = "," | ";" | null;

/**
 * Joins addresses with `sep` into strings of at most maxChars (one address always fits alone);
 * with no separator, one address per string.
 */
export function chunkAddresses(addresses: string[], maxChars: number, sep: ListSeparator = ","): string[] {
  if (sep === null) return [...addresses];
  const chunks: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur === "") cur = a;
    else if (cur.length + 1 + a.length <= maxChars) cur += `${sep}${a}`;
    else {
      chunks.push(cur);
      cur = a;
    }
  }
  if (cur !== "") chunks.push(cur);
  return chunks;
}

/** Row index (0-based) of an address like "Sheet1!A7", "'Tổng hợp'!$C$12" or "B3". */
export function addressRow(address: string): number | null {
  const m = /(\d+)$/.exec(address.trim());
  return m ? Number(m[1]) - 1 : null;
}
