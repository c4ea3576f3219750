/**
 * Checks a written copy against its source before it is reported written: every original part is
 * there; the parts we did not change are byte for byte the original's (same stored bytes, CRC and
 * size); a sheet that got highlights equals the original once our conditional formats are taken
 * out of both (so every cell's value, formula and style is the input's); appended lists
 * (styles, relationships, content types, sheets) still start with the original entries. For an
 * .xls converted on the way, and for small workbooks, every cell's value and formula is re-read
 * from both with SheetJS and compared. Returns the problems found; none means the copy is sound.
 */
// @ts-nocheck

import * as XLSX from "@e965/xlsx";
import type { CopyOutcome } from "./patchCopy";
import { stripOwnMarks, styleList } from "./patchCopy";
import { inflateEntry, rawData, readZipDirectory, type ZipEntry } from "./zip";

export interface CopyCheck {
  /** The .xlsx the copy was made from. */
  source: Uint8Array;
  /** The original .xls, when `source` is its conversion. */
  convertedFrom: Uint8Array | null;
  /** Sheets the tool generated (not compared). */
  generatedSheets: string[];
}

/** Below this many inflated bytes, cells are also re-read and compared one by one. */
export const CELL_COMPARE_BELOW = 40_000_000;

const dec = new TextDecoder();

export function verifyCopy(written: Uint8Array, outcome: Pick<CopyOutcome, "rewritten" | "markedParts">, check: CopyCheck): string[] {
  const problems: string[] = [];
  let outEntries: ZipEntry[];
  let inEntries: ZipEntry[];
  try {
    outEntries = readZipDirectory(written);
    inEntries = readZipDirectory(check.source);
  } catch (e) {
    return [`the written zip cannot be read back (${e instanceof Error ? e.message : String(e)})`];
  }
  const out = new Map(outEntries.map((e) => [e.name, e]));
  const text = (bytes: Uint8Array, e: ZipEntry) => dec.decode(inflateEntry(bytes, e));
  for (const e of inEntries) {
    const o = out.get(e.name);
    if (!o) {
      problems.push(`part ${e.name} is missing`);
      continue;
    }
    try {
      if (!outcome.rewritten.has(e.name)) {
        if (o.crc !== e.crc || o.size !== e.size || o.method !== e.method || !sameBytes(rawData(written, o), rawData(check.source, e))) problems.push(`part ${e.name} changed`);
      } else if (outcome.markedParts.has(e.name)) {
        // The cells (everything up to </sheetData>) byte for byte; what follows, once our marks are out.
        const a = stripOwnMarks(inflateEntry(check.source, e));
        const b = stripOwnMarks(inflateEntry(written, o));
        if (!sameBytes(a.head, b.head) || a.tail !== b.tail) problems.push(`sheet part ${e.name}: cells or formatting changed`);
      } else if (/styles\.xml$/.test(e.name)) {
        const before = text(check.source, e);
        const after = text(written, o);
        for (const [list, item] of STYLE_LISTS) {
          const a = styleList(before, list, item)?.items ?? [];
          const b = styleList(after, list, item)?.items ?? [];
          if (b.length < a.length || a.some((x, i) => b[i] !== x)) problems.push(`styles: the original ${list} entries changed`);
        }
      } else if (/\.rels$|\[Content_Types\]\.xml$/.test(e.name)) {
        const after = text(written, o);
        for (const el of text(check.source, e).match(/<(?:Relationship|Override|Default)\b[^>]*>/g) ?? []) if (!after.includes(el)) problems.push(`${e.name}: “${el}” lost`);
      } else if (/workbook\.xml$/.test(e.name)) {
        const after = text(written, o);
        for (const el of text(check.source, e).match(/<(?:\w+:)?(?:sheet|externalReference|workbookProtection|calcPr|workbookPr)\b[^>]*>/g) ?? []) if (!after.includes(el)) problems.push(`workbook: “${el}” lost`);
      }
      // Otherwise: one of our generated sheets, rewritten on purpose.
    } catch (err) {
      problems.push(`part ${e.name} cannot be read back (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  const inflated = inEntries.reduce((n, e) => n + e.size, 0);
  if (problems.length === 0 && (check.convertedFrom || inflated < CELL_COMPARE_BELOW)) problems.push(...compareCells(check.convertedFrom ?? check.source, written, check.generatedSheets));
  return problems;
}

const STYLE_LISTS = [["numFmts", "numFmt"], ["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["cellStyleXfs", "xf"], ["cellXfs", "xf"], ["cellStyles", "cellStyle"], ["dxfs", "dxf"]] as const;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  const n = a.length;
  let i = 0;
  // Four bytes at a time where both views are aligned.
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const wa = new Uint32Array(a.buffer, a.byteOffset, n >> 2);
    const wb = new Uint32Array(b.buffer, b.byteOffset, n >> 2);
    for (let k = 0; k < wa.length; k++) if (wa[k] !== wb[k]) return false;
    i = wa.length << 2;
  }
  for (; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every cell of every original sheet: same type, value and formula in both files. */
export function compareCells(original: Uint8Array, written: Uint8Array, generated: string[]): string[] {
  const opts: XLSX.ParsingOptions = { type: "array", dense: true, cellFormula: true, cellNF: false, cellStyles: false, cellText: false, cellDates: false };
  const a = XLSX.read(original, opts);
  const b = XLSX.read(written, opts);
  const problems: string[] = [];
  const skip = new Set(generated);
  for (const name of a.SheetNames) {
    if (skip.has(name)) continue;
    const wa = a.Sheets[name] as XLSX.DenseWorkSheet;
    const wb = b.Sheets[name] as XLSX.DenseWorkSheet | undefined;
    if (!wb) {
      problems.push(`sheet “${name}” is missing`);
      continue;
    }
    const ra = wa["!data"] ?? [];
    const rb = wb["!data"] ?? [];
    let lost = 0;
    let first = "";
    const rows = Math.max(ra.length, rb.length);
    for (let r = 0; r < rows; r++) {
      const ca = ra[r] ?? [];
      const cb = rb[r] ?? [];
      const cols = Math.max(ca.length, cb.length);
      for (let c = 0; c < cols; c++) {
        const x = ca[c];
        const y = cb[c];
        const same = (!x && !y) || (!!x && !!y && x.t === y.t && x.v === y.v && (x.f ?? "") === (y.f ?? ""));
        if (!same) {
          lost++;
          if (!first) first = XLSX.utils.encode_cell({ r, c });
        }
      }
    }
    if (lost > 0) problems.push(`sheet “${name}”: ${lost} cells differ (first ${first})`);
  }
  return problems;
}
