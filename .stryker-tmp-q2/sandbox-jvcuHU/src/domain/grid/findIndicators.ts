// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { problem, type ProblemOf } from "../problems/Problem";
import type { CellEdit, CellRef, GridCell, WorkbookGrid } from "./Grid";
import type { ReadingMap, RowReading } from "./ReadingMap";
import { readSheet, type ColumnMapping } from "./readSheet";
import type { TitleBlock } from "./titleBlock";

/** One indicator row found in a sheet. Cells are null where the table has no such column or it is empty. */
export interface IndicatorRow {
  code: string;
  /** Row as written in the sheet (name cell text), for messages. */
  label: string;
  sheet: string;
  row: number;
  /** The row, or its whole sheet, is hidden. */
  hidden: boolean;
  /** Cell holding the code. */
  codeRef: CellRef;
  /** Cell where the figure is, or would be (the figure column of this row); null when the table has none. */
  figureRef: CellRef | null;
  figure: GridCell;
  thresholdRef: CellRef | null;
  threshold: GridCell;
  /** The threshold is in region or group sub-columns and the commune's region or group is not known. */
  thresholdNeeds?: "region" | "group";
  /** Region or group of the threshold sub-column read ("nhom-2"), when the table has such columns. */
  thresholdRegion?: string | null;
  selfRef: CellRef | null;
  self: GridCell;
  /** The period judged when the table has several side by side ("Cả năm 2024"). */
  period?: string | null;
}

/** A criterion header row ("Tiêu chí số 4: Điện", "4 | Điện"). */
export interface CriterionRow {
  no: number;
  label: string;
  sheet: string;
  row: number;
  selfRef: CellRef | null;
  self: GridCell;
}

/** What reading a workbook can report (the words are in messages/). */
export type DetectionIssue = ProblemOf<"indicator/duplicate" | "indicator/unknown-code" | "table/not-found">;

/** What was found in a workbook: every indicator and criterion row, by position. */
export interface Detection {
  indicators: IndicatorRow[];
  criteria: CriterionRow[];
  /** Commune name read from the title block ("UBND XÃ LIÊN SƠN" → "Liên Sơn"), or null. */
  commune: string | null;
  /** Province name written in the workbook ("tỉnh Lạng Sơn"), or null. */
  provinceText: string | null;
  /** District name written in the workbook, or null. */
  district: string | null;
  issues: DetectionIssue[];
  /** Which row and column was taken as what, and why rows were skipped. */
  map: ReadingMap;
}
export interface DetectOptions {
  /** Indicator codes of the criteria set ("4.2", "5"). */
  indicatorCodes: ReadonlySet<string>;
  /** Criterion numbers of the set. */
  criterionNos: ReadonlySet<number>;
  /** Criteria that take every "N.x" row the sheet has, listed or not (indicators the sheet defines). */
  openCriteria?: ReadonlySet<number>;
  /** Sheets to skip (the tool's own generated sheets). */
  skipSheets?: ReadonlySet<string>;
  /** The commune's region (or group) id: picks the region's (or group's) threshold sub-column. */
  region?: string | null;
  /** The user's column mapping; replaces what the headers say. */
  columns?: ColumnMapping;
}

/**
 * Finds indicator tables anywhere in any sheet: header rows give the figure, threshold and
 * self-assessment columns; a code in the leading cells of a row makes it an indicator or criterion row.
 * Tables may start below a title block, skip rows, span sheets and have hidden rows and sheets.
 */
export function findIndicators(grid: WorkbookGrid, opts: DetectOptions): Detection {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    const map: ReadingMap = stryMutAct_9fa48("1") ? {} : (stryCov_9fa48("1"), {
      sheets: stryMutAct_9fa48("2") ? ["Stryker was here"] : (stryCov_9fa48("2"), []),
      commune: null,
      provinceText: null,
      district: null
    });
    const found: {
      row: IndicatorRow;
      reading: Extract<RowReading, {
        as: "indicator";
      }>;
      table: RowReading[];
    }[] = stryMutAct_9fa48("3") ? ["Stryker was here"] : (stryCov_9fa48("3"), []);
    const criteria: CriterionRow[] = stryMutAct_9fa48("4") ? ["Stryker was here"] : (stryCov_9fa48("4"), []);
    const issues: DetectionIssue[] = stryMutAct_9fa48("5") ? ["Stryker was here"] : (stryCov_9fa48("5"), []);
    const titles: {
      hidden: boolean;
      tables: number;
      title: TitleBlock;
    }[] = stryMutAct_9fa48("6") ? ["Stryker was here"] : (stryCov_9fa48("6"), []);
    for (const sheet of grid.sheets) {
      if (stryMutAct_9fa48("7")) {
        {}
      } else {
        stryCov_9fa48("7");
        if (stryMutAct_9fa48("10") ? sheet.generated && opts.skipSheets?.has(sheet.name) : stryMutAct_9fa48("9") ? false : stryMutAct_9fa48("8") ? true : (stryCov_9fa48("8", "9", "10"), sheet.generated || (stryMutAct_9fa48("11") ? opts.skipSheets.has(sheet.name) : (stryCov_9fa48("11"), opts.skipSheets?.has(sheet.name))))) {
          if (stryMutAct_9fa48("12")) {
            {}
          } else {
            stryCov_9fa48("12");
            map.sheets.push(stryMutAct_9fa48("13") ? {} : (stryCov_9fa48("13"), {
              sheet: sheet.name,
              hidden: stryMutAct_9fa48("14") ? !sheet.hidden : (stryCov_9fa48("14"), !(stryMutAct_9fa48("15") ? sheet.hidden : (stryCov_9fa48("15"), !sheet.hidden))),
              skipped: stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), "generated"),
              tables: stryMutAct_9fa48("17") ? ["Stryker was here"] : (stryCov_9fa48("17"), []),
              commune: null
            }));
            continue;
          }
        }
        const y = readSheet(sheet, opts);
        map.sheets.push(y.reading);
        titles.push(stryMutAct_9fa48("18") ? {} : (stryCov_9fa48("18"), {
          hidden: stryMutAct_9fa48("19") ? !sheet.hidden : (stryCov_9fa48("19"), !(stryMutAct_9fa48("20") ? sheet.hidden : (stryCov_9fa48("20"), !sheet.hidden))),
          tables: y.reading.tables.length,
          title: y.title
        }));
        for (const i of y.indicators) found.push(stryMutAct_9fa48("21") ? {} : (stryCov_9fa48("21"), {
          ...i,
          table: y.reading.tables.find(stryMutAct_9fa48("22") ? () => undefined : (stryCov_9fa48("22"), t => t.rows.includes(i.reading)))!.rows
        }));
        criteria.push(...y.criteria);
        for (const u of y.unknownCodes) issues.push(problem(stryMutAct_9fa48("23") ? "" : (stryCov_9fa48("23"), "indicator/unknown-code"), stryMutAct_9fa48("24") ? {} : (stryCov_9fa48("24"), {
          indicator: u.code
        }), stryMutAct_9fa48("25") ? {} : (stryCov_9fa48("25"), {
          cell: u.ref
        })));
      }
    }
    // The title block of a visible sheet with a table names the commune before a hidden template's.
    const ranked = stryMutAct_9fa48("26") ? [...titles] : (stryCov_9fa48("26"), (stryMutAct_9fa48("27") ? [] : (stryCov_9fa48("27"), [...titles])).sort(stryMutAct_9fa48("28") ? () => undefined : (stryCov_9fa48("28"), (a, b) => stryMutAct_9fa48("29") ? rank(a) + rank(b) : (stryCov_9fa48("29"), rank(a) - rank(b)))));
    map.commune = stryMutAct_9fa48("30") ? ranked.find(t => t.title.commune)?.title.commune && null : (stryCov_9fa48("30"), (stryMutAct_9fa48("31") ? ranked.find(t => t.title.commune).title.commune : (stryCov_9fa48("31"), ranked.find(stryMutAct_9fa48("32") ? () => undefined : (stryCov_9fa48("32"), t => t.title.commune))?.title.commune)) ?? null);
    map.provinceText = stryMutAct_9fa48("33") ? ranked.find(t => t.title.province)?.title.province && null : (stryCov_9fa48("33"), (stryMutAct_9fa48("34") ? ranked.find(t => t.title.province).title.province : (stryCov_9fa48("34"), ranked.find(stryMutAct_9fa48("35") ? () => undefined : (stryCov_9fa48("35"), t => t.title.province))?.title.province)) ?? null);
    map.district = stryMutAct_9fa48("36") ? ranked.find(t => t.title.district)?.title.district && null : (stryCov_9fa48("36"), (stryMutAct_9fa48("37") ? ranked.find(t => t.title.district).title.district : (stryCov_9fa48("37"), ranked.find(stryMutAct_9fa48("38") ? () => undefined : (stryCov_9fa48("38"), t => t.title.district))?.title.district)) ?? null);
    const indicators = resolveDuplicates(found, issues);
    if (stryMutAct_9fa48("41") ? indicators.length !== 0 : stryMutAct_9fa48("40") ? false : stryMutAct_9fa48("39") ? true : (stryCov_9fa48("39", "40", "41"), indicators.length === 0)) issues.push(problem(stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), "table/not-found"), {}));
    return stryMutAct_9fa48("43") ? {} : (stryCov_9fa48("43"), {
      indicators,
      criteria: resolveCriteria(criteria, indicators),
      commune: map.commune,
      provinceText: map.provinceText,
      district: map.district,
      issues,
      map
    });
  }
}
function rank(t: {
  hidden: boolean;
  tables: number;
}): number {
  if (stryMutAct_9fa48("44")) {
    {}
  } else {
    stryCov_9fa48("44");
    return stryMutAct_9fa48("45") ? (t.tables > 0 ? 0 : 2) - (t.hidden ? 1 : 0) : (stryCov_9fa48("45"), ((stryMutAct_9fa48("49") ? t.tables <= 0 : stryMutAct_9fa48("48") ? t.tables >= 0 : stryMutAct_9fa48("47") ? false : stryMutAct_9fa48("46") ? true : (stryCov_9fa48("46", "47", "48", "49"), t.tables > 0)) ? 0 : 2) + (t.hidden ? 1 : 0));
  }
}

/** One criterion row per number: the one on the sheet the criterion's indicators were taken from. */
function resolveCriteria(rows: CriterionRow[], indicators: IndicatorRow[]): CriterionRow[] {
  if (stryMutAct_9fa48("50")) {
    {}
  } else {
    stryCov_9fa48("50");
    const sheets = new Set(indicators.map(stryMutAct_9fa48("51") ? () => undefined : (stryCov_9fa48("51"), i => i.sheet)));
    const byNo = new Map<number, CriterionRow>();
    for (const r of rows) {
      if (stryMutAct_9fa48("52")) {
        {}
      } else {
        stryCov_9fa48("52");
        const seen = byNo.get(r.no);
        if (stryMutAct_9fa48("55") ? !seen && !sheets.has(seen.sheet) && sheets.has(r.sheet) : stryMutAct_9fa48("54") ? false : stryMutAct_9fa48("53") ? true : (stryCov_9fa48("53", "54", "55"), (stryMutAct_9fa48("56") ? seen : (stryCov_9fa48("56"), !seen)) || (stryMutAct_9fa48("58") ? !sheets.has(seen.sheet) || sheets.has(r.sheet) : stryMutAct_9fa48("57") ? false : (stryCov_9fa48("57", "58"), (stryMutAct_9fa48("59") ? sheets.has(seen.sheet) : (stryCov_9fa48("59"), !sheets.has(seen.sheet))) && sheets.has(r.sheet))))) byNo.set(r.no, r);
      }
    }
    return stryMutAct_9fa48("60") ? [] : (stryCov_9fa48("60"), [...byNo.values()]);
  }
}

/** One row per code: a visible row wins over a hidden one; otherwise the first found, the others reported. */
function resolveDuplicates(rows: {
  row: IndicatorRow;
  reading: Extract<RowReading, {
    as: "indicator";
  }>;
  table: RowReading[];
}[], issues: DetectionIssue[]): IndicatorRow[] {
  if (stryMutAct_9fa48("61")) {
    {}
  } else {
    stryCov_9fa48("61");
    const byCode = new Map<string, (typeof rows)[number]>();
    const skip = (x: (typeof rows)[number], why: "duplicate" | "hidden-copy"): void => {
      if (stryMutAct_9fa48("62")) {
        {}
      } else {
        stryCov_9fa48("62");
        const k = x.table.indexOf(x.reading);
        if (stryMutAct_9fa48("66") ? k < 0 : stryMutAct_9fa48("65") ? k > 0 : stryMutAct_9fa48("64") ? false : stryMutAct_9fa48("63") ? true : (stryCov_9fa48("63", "64", "65", "66"), k >= 0)) x.table[k] = stryMutAct_9fa48("67") ? {} : (stryCov_9fa48("67"), {
          row: x.reading.row,
          as: stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), "skipped"),
          why,
          text: stryMutAct_9fa48("69") ? x.row.label : (stryCov_9fa48("69"), x.row.label.slice(0, 120)),
          code: x.row.code
        });
      }
    };
    for (const r of rows) {
      if (stryMutAct_9fa48("70")) {
        {}
      } else {
        stryCov_9fa48("70");
        const seen = byCode.get(r.row.code);
        if (stryMutAct_9fa48("73") ? false : stryMutAct_9fa48("72") ? true : stryMutAct_9fa48("71") ? seen : (stryCov_9fa48("71", "72", "73"), !seen)) {
          if (stryMutAct_9fa48("74")) {
            {}
          } else {
            stryCov_9fa48("74");
            byCode.set(r.row.code, r);
            continue;
          }
        }
        if (stryMutAct_9fa48("77") ? seen.row.hidden || !r.row.hidden : stryMutAct_9fa48("76") ? false : stryMutAct_9fa48("75") ? true : (stryCov_9fa48("75", "76", "77"), seen.row.hidden && (stryMutAct_9fa48("78") ? r.row.hidden : (stryCov_9fa48("78"), !r.row.hidden)))) {
          if (stryMutAct_9fa48("79")) {
            {}
          } else {
            stryCov_9fa48("79");
            byCode.set(r.row.code, r);
            skip(seen, stryMutAct_9fa48("80") ? "" : (stryCov_9fa48("80"), "hidden-copy"));
            continue;
          }
        }
        if (stryMutAct_9fa48("83") ? !seen.row.hidden || r.row.hidden : stryMutAct_9fa48("82") ? false : stryMutAct_9fa48("81") ? true : (stryCov_9fa48("81", "82", "83"), (stryMutAct_9fa48("84") ? seen.row.hidden : (stryCov_9fa48("84"), !seen.row.hidden)) && r.row.hidden)) {
          if (stryMutAct_9fa48("85")) {
            {}
          } else {
            stryCov_9fa48("85");
            skip(r, stryMutAct_9fa48("86") ? "" : (stryCov_9fa48("86"), "hidden-copy"));
            continue;
          }
        }
        skip(r, stryMutAct_9fa48("87") ? "" : (stryCov_9fa48("87"), "duplicate"));
        issues.push(problem(stryMutAct_9fa48("88") ? "" : (stryCov_9fa48("88"), "indicator/duplicate"), stryMutAct_9fa48("89") ? {} : (stryCov_9fa48("89"), {
          indicator: r.row.code,
          firstSheet: seen.row.sheet,
          firstRow: stryMutAct_9fa48("90") ? seen.row.row - 1 : (stryCov_9fa48("90"), seen.row.row + 1)
        }), stryMutAct_9fa48("91") ? {} : (stryCov_9fa48("91"), {
          cell: stryMutAct_9fa48("92") ? {} : (stryCov_9fa48("92"), {
            sheet: r.row.sheet,
            row: r.row.row,
            col: stryMutAct_9fa48("93") ? r.row.figureRef?.col && 0 : (stryCov_9fa48("93"), (stryMutAct_9fa48("94") ? r.row.figureRef.col : (stryCov_9fa48("94"), r.row.figureRef?.col)) ?? 0)
          })
        })));
      }
    }
    return (stryMutAct_9fa48("95") ? [] : (stryCov_9fa48("95"), [...byCode.values()])).map(stryMutAct_9fa48("96") ? () => undefined : (stryCov_9fa48("96"), x => x.row));
  }
}

/** Updates the detection in place for edited cells; returns true when an edit touched a detected cell. */
export function applyEdits(detection: Detection, edits: readonly CellEdit[]): boolean {
  if (stryMutAct_9fa48("97")) {
    {}
  } else {
    stryCov_9fa48("97");
    const key = stryMutAct_9fa48("98") ? () => undefined : (stryCov_9fa48("98"), (() => {
      const key = (r: CellRef): string => stryMutAct_9fa48("99") ? `` : (stryCov_9fa48("99"), `${r.sheet}\u0000${r.row}\u0000${r.col}`);
      return key;
    })());
    const byKey = new Map(edits.map(stryMutAct_9fa48("100") ? () => undefined : (stryCov_9fa48("100"), e => stryMutAct_9fa48("101") ? [] : (stryCov_9fa48("101"), [key(e.ref), e.cell]))));
    let touched = stryMutAct_9fa48("102") ? true : (stryCov_9fa48("102"), false);
    for (const ind of detection.indicators) {
      if (stryMutAct_9fa48("103")) {
        {}
      } else {
        stryCov_9fa48("103");
        for (const [refKey, cellKey] of [["figureRef", "figure"], ["thresholdRef", "threshold"], ["selfRef", "self"]] as const) {
          if (stryMutAct_9fa48("104")) {
            {}
          } else {
            stryCov_9fa48("104");
            const ref = ind[refKey];
            if (stryMutAct_9fa48("107") ? ref || byKey.has(key(ref)) : stryMutAct_9fa48("106") ? false : stryMutAct_9fa48("105") ? true : (stryCov_9fa48("105", "106", "107"), ref && byKey.has(key(ref)))) {
              if (stryMutAct_9fa48("108")) {
                {}
              } else {
                stryCov_9fa48("108");
                ind[cellKey] = stryMutAct_9fa48("109") ? byKey.get(key(ref)) && null : (stryCov_9fa48("109"), byKey.get(key(ref)) ?? null);
                touched = stryMutAct_9fa48("110") ? false : (stryCov_9fa48("110"), true);
              }
            }
          }
        }
      }
    }
    for (const c of detection.criteria) {
      if (stryMutAct_9fa48("111")) {
        {}
      } else {
        stryCov_9fa48("111");
        if (stryMutAct_9fa48("114") ? c.selfRef || byKey.has(key(c.selfRef)) : stryMutAct_9fa48("113") ? false : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113", "114"), c.selfRef && byKey.has(key(c.selfRef)))) {
          if (stryMutAct_9fa48("115")) {
            {}
          } else {
            stryCov_9fa48("115");
            c.self = stryMutAct_9fa48("116") ? byKey.get(key(c.selfRef)) && null : (stryCov_9fa48("116"), byKey.get(key(c.selfRef)) ?? null);
            touched = stryMutAct_9fa48("117") ? false : (stryCov_9fa48("117"), true);
          }
        }
      }
    }
    return touched;
  }
}