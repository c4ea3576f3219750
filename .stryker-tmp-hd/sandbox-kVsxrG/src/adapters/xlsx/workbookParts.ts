/**
 * What an .xlsx holds besides cells, from its parts: protected sheets, macros, external links,
 * tables. For findings ("sheet X is protected") and for what the copy must carry over.
 */
// @ts-nocheck

import { splitSheet, type XlsxPackage } from "./ooxml";

/**
 * One pass over the sheet parts: which are protected (<sheetProtection sheet="1">: Excel refuses
 * edits there), and the first whose XML is cut short (it does not end with its root's end tag).
 */
export function inspectSheets(pkg: XlsxPackage): { protectedSheets: Set<string>; damaged: { sheet: string; part: string } | null } {
  const protectedSheets = new Set<string>();
  let damaged: { sheet: string; part: string } | null = null;
  for (const s of pkg.sheets) {
    if (!pkg.has(s.part)) {
      damaged ??= { sheet: s.name, part: s.part };
      continue;
    }
    const bytes = pkg.raw(s.part);
    let tail: string;
    try {
      tail = splitSheet(bytes).tail;
    } catch {
      damaged ??= { sheet: s.name, part: s.part };
      continue;
    }
    const m = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(tail);
    if (m && /\bsheet\s*=\s*["'](1|true)["']/.test(m[0])) protectedSheets.add(s.name);
    if (!/<\/(\w+:)?worksheet>\s*$/.test(tail.slice(-200))) damaged ??= { sheet: s.name, part: s.part };
  }
  return { protectedSheets, damaged };
}

/** Sheets that are protected. */
export function protectedSheetNames(pkg: XlsxPackage): Set<string> {
  return inspectSheets(pkg).protectedSheets;
}

export interface PartsSummary {
  /** A VBA project (xl/vbaProject.bin): the workbook is .xlsm. */
  macros: boolean;
  externalLinks: number;
  tables: number;
}

export function summariseParts(pkg: XlsxPackage): PartsSummary {
  const names = [...pkg.entries.keys()];
  const types = pkg.has("[Content_Types].xml") ? pkg.text("[Content_Types].xml") : "";
  return {
    macros: names.some((n) => /vbaProject\.bin$/i.test(n)) || types.includes("macroEnabled"),
    externalLinks: names.filter((n) => /^xl\/externalLinks\/[^/]+\.xml$/i.test(n)).length,
    tables: names.filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n)).length,
  };
}
