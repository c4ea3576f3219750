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
import { normalizeText } from "../figures/normalizeText";
import { columnLetters } from "./address";
import { readCode, type CodeReading } from "./codes";
import type { CriterionRow, DetectOptions, IndicatorRow } from "./findIndicators";
import type { CellRef, GridCell, SheetGrid } from "./Grid";
import { isNumberingRow, readHeaderBand, type ColumnRole, type HeaderBand, type HeaderColumn } from "./headers";
import { cellText, hasValue, mergedLookup, type CellLookup } from "./mergedCells";
import type { ColumnChoice, RowReading, SheetReading, TableReading, ThresholdChoice } from "./ReadingMap";
import { readTitleRow, type TitleBlock } from "./titleBlock";

/** The user's column mapping (`--columns code=B,figure=D,threshold=C,self=E`), 0-based columns. */
export interface ColumnMapping {
  /** Only this sheet; all sheets when absent. */
  sheet?: string;
  code?: number;
  name?: number;
  figure?: number;
  threshold?: number;
  self?: number;
}

/** What one sheet yields: its reading, and the rows taken, in the order found. */
export interface SheetYield {
  reading: SheetReading;
  indicators: {
    row: IndicatorRow;
    reading: Extract<RowReading, {
      as: "indicator";
    }>;
  }[];
  criteria: CriterionRow[];
  unknownCodes: {
    ref: CellRef;
    code: string;
  }[];
  title: TitleBlock;
}
const MAX_LEADING = 6;

/**
 * Reads one sheet into its tables: header bands give the columns; the code column is the leading
 * column whose cells read as indicator codes; criterion numbers are recognised by agreeing with the
 * codes below them (an ordinal "STT" column does not).
 */
export function readSheet(sheet: SheetGrid, opts: DetectOptions): SheetYield {
  if (stryMutAct_9fa48("118")) {
    {}
  } else {
    stryCov_9fa48("118");
    const at = mergedLookup(sheet);
    const title: TitleBlock = stryMutAct_9fa48("119") ? {} : (stryCov_9fa48("119"), {
      commune: null,
      province: null,
      district: null
    });
    const reading: SheetReading = stryMutAct_9fa48("120") ? {} : (stryCov_9fa48("120"), {
      sheet: sheet.name,
      hidden: stryMutAct_9fa48("121") ? !sheet.hidden : (stryCov_9fa48("121"), !(stryMutAct_9fa48("122") ? sheet.hidden : (stryCov_9fa48("122"), !sheet.hidden))),
      skipped: null,
      tables: stryMutAct_9fa48("123") ? ["Stryker was here"] : (stryCov_9fa48("123"), []),
      commune: null
    });
    const out: SheetYield = stryMutAct_9fa48("124") ? {} : (stryCov_9fa48("124"), {
      reading,
      indicators: stryMutAct_9fa48("125") ? ["Stryker was here"] : (stryCov_9fa48("125"), []),
      criteria: stryMutAct_9fa48("126") ? ["Stryker was here"] : (stryCov_9fa48("126"), []),
      unknownCodes: stryMutAct_9fa48("127") ? ["Stryker was here"] : (stryCov_9fa48("127"), []),
      title
    });
    const mapping = (stryMutAct_9fa48("130") ? opts.columns || !opts.columns.sheet || opts.columns.sheet === sheet.name : stryMutAct_9fa48("129") ? false : stryMutAct_9fa48("128") ? true : (stryCov_9fa48("128", "129", "130"), opts.columns && (stryMutAct_9fa48("132") ? !opts.columns.sheet && opts.columns.sheet === sheet.name : stryMutAct_9fa48("131") ? true : (stryCov_9fa48("131", "132"), (stryMutAct_9fa48("133") ? opts.columns.sheet : (stryCov_9fa48("133"), !opts.columns.sheet)) || (stryMutAct_9fa48("135") ? opts.columns.sheet !== sheet.name : stryMutAct_9fa48("134") ? false : (stryCov_9fa48("134", "135"), opts.columns.sheet === sheet.name)))))) ? opts.columns : null;
    const bands: HeaderBand[] = stryMutAct_9fa48("136") ? ["Stryker was here"] : (stryCov_9fa48("136"), []);
    const end = stryMutAct_9fa48("137") ? sheet.originRow - sheet.rows.length : (stryCov_9fa48("137"), sheet.originRow + sheet.rows.length);
    for (let r = sheet.originRow; stryMutAct_9fa48("140") ? r >= end : stryMutAct_9fa48("139") ? r <= end : stryMutAct_9fa48("138") ? false : (stryCov_9fa48("138", "139", "140"), r < end); stryMutAct_9fa48("141") ? r-- : (stryCov_9fa48("141"), r++)) {
      if (stryMutAct_9fa48("142")) {
        {}
      } else {
        stryCov_9fa48("142");
        const band = readHeaderBand(sheet, r, at);
        if (stryMutAct_9fa48("144") ? false : stryMutAct_9fa48("143") ? true : (stryCov_9fa48("143", "144"), band)) {
          if (stryMutAct_9fa48("145")) {
            {}
          } else {
            stryCov_9fa48("145");
            bands.push(band);
            r = band.last;
          }
        } else if (stryMutAct_9fa48("148") ? bands.length === 0 || r - sheet.originRow < 40 : stryMutAct_9fa48("147") ? false : stryMutAct_9fa48("146") ? true : (stryCov_9fa48("146", "147", "148"), (stryMutAct_9fa48("150") ? bands.length !== 0 : stryMutAct_9fa48("149") ? true : (stryCov_9fa48("149", "150"), bands.length === 0)) && (stryMutAct_9fa48("153") ? r - sheet.originRow >= 40 : stryMutAct_9fa48("152") ? r - sheet.originRow <= 40 : stryMutAct_9fa48("151") ? true : (stryCov_9fa48("151", "152", "153"), (stryMutAct_9fa48("154") ? r + sheet.originRow : (stryCov_9fa48("154"), r - sheet.originRow)) < 40)))) {
          if (stryMutAct_9fa48("155")) {
            {}
          } else {
            stryCov_9fa48("155");
            readTitleRow(stryMutAct_9fa48("156") ? sheet.rows[r - sheet.originRow] && [] : (stryCov_9fa48("156"), sheet.rows[stryMutAct_9fa48("157") ? r + sheet.originRow : (stryCov_9fa48("157"), r - sheet.originRow)] ?? (stryMutAct_9fa48("158") ? ["Stryker was here"] : (stryCov_9fa48("158"), []))), title);
          }
        }
      }
    }
    if (stryMutAct_9fa48("161") ? bands.length === 0 && mapping || mapping.figure !== undefined : stryMutAct_9fa48("160") ? false : stryMutAct_9fa48("159") ? true : (stryCov_9fa48("159", "160", "161"), (stryMutAct_9fa48("163") ? bands.length === 0 || mapping : stryMutAct_9fa48("162") ? true : (stryCov_9fa48("162", "163"), (stryMutAct_9fa48("165") ? bands.length !== 0 : stryMutAct_9fa48("164") ? true : (stryCov_9fa48("164", "165"), bands.length === 0)) && mapping)) && (stryMutAct_9fa48("167") ? mapping.figure === undefined : stryMutAct_9fa48("166") ? true : (stryCov_9fa48("166", "167"), mapping.figure !== undefined)))) bands.push(stryMutAct_9fa48("168") ? {} : (stryCov_9fa48("168"), {
      first: stryMutAct_9fa48("169") ? sheet.originRow + 1 : (stryCov_9fa48("169"), sheet.originRow - 1),
      last: stryMutAct_9fa48("170") ? sheet.originRow + 1 : (stryCov_9fa48("170"), sheet.originRow - 1),
      row: stryMutAct_9fa48("171") ? +1 : (stryCov_9fa48("171"), -1),
      columns: stryMutAct_9fa48("172") ? ["Stryker was here"] : (stryCov_9fa48("172"), [])
    }));
    bands.forEach((band, k) => {
      if (stryMutAct_9fa48("173")) {
        {}
      } else {
        stryCov_9fa48("173");
        const bodyEnd = (stryMutAct_9fa48("177") ? k + 1 >= bands.length : stryMutAct_9fa48("176") ? k + 1 <= bands.length : stryMutAct_9fa48("175") ? false : stryMutAct_9fa48("174") ? true : (stryCov_9fa48("174", "175", "176", "177"), (stryMutAct_9fa48("178") ? k - 1 : (stryCov_9fa48("178"), k + 1)) < bands.length)) ? bands[stryMutAct_9fa48("179") ? k - 1 : (stryCov_9fa48("179"), k + 1)].first : end;
        const table = readTable(sheet, at, band, stryMutAct_9fa48("180") ? band.last - 1 : (stryCov_9fa48("180"), band.last + 1), bodyEnd, opts, mapping, out);
        if (stryMutAct_9fa48("182") ? false : stryMutAct_9fa48("181") ? true : (stryCov_9fa48("181", "182"), table)) reading.tables.push(table);
      }
    });
    if (stryMutAct_9fa48("185") ? reading.tables.length !== 0 : stryMutAct_9fa48("184") ? false : stryMutAct_9fa48("183") ? true : (stryCov_9fa48("183", "184", "185"), reading.tables.length === 0)) reading.skipped = stryMutAct_9fa48("186") ? "" : (stryCov_9fa48("186"), "no-table");
    reading.commune = title.commune;
    return out;
  }
}
type Role = Exclude<ColumnRole, "plan" | "note">;
function pick(band: HeaderBand, role: Role): HeaderColumn[] {
  if (stryMutAct_9fa48("187")) {
    {}
  } else {
    stryCov_9fa48("187");
    return stryMutAct_9fa48("188") ? band.columns : (stryCov_9fa48("188"), band.columns.filter(stryMutAct_9fa48("189") ? () => undefined : (stryCov_9fa48("189"), c => stryMutAct_9fa48("192") ? c.role !== role : stryMutAct_9fa48("191") ? false : stryMutAct_9fa48("190") ? true : (stryCov_9fa48("190", "191", "192"), c.role === role))));
  }
}
function choice(c: HeaderColumn | undefined): ColumnChoice | null {
  if (stryMutAct_9fa48("193")) {
    {}
  } else {
    stryCov_9fa48("193");
    return c ? stryMutAct_9fa48("194") ? {} : (stryCov_9fa48("194"), {
      col: c.col,
      header: c.text,
      by: stryMutAct_9fa48("195") ? "" : (stryCov_9fa48("195"), "header")
    }) : null;
  }
}
function userChoice(col: number | undefined, sheet: SheetGrid, headerRow: number, at: CellLookup): ColumnChoice | null {
  if (stryMutAct_9fa48("196")) {
    {}
  } else {
    stryCov_9fa48("196");
    if (stryMutAct_9fa48("199") ? col !== undefined : stryMutAct_9fa48("198") ? false : stryMutAct_9fa48("197") ? true : (stryCov_9fa48("197", "198", "199"), col === undefined)) return null;
    return stryMutAct_9fa48("200") ? {} : (stryCov_9fa48("200"), {
      col,
      header: (stryMutAct_9fa48("204") ? headerRow < 0 : stryMutAct_9fa48("203") ? headerRow > 0 : stryMutAct_9fa48("202") ? false : stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201", "202", "203", "204"), headerRow >= 0)) ? cellText(at(headerRow, col)) : stryMutAct_9fa48("205") ? "Stryker was here!" : (stryCov_9fa48("205"), ""),
      by: stryMutAct_9fa48("206") ? "" : (stryCov_9fa48("206"), "user")
    });
  }
}
function readTable(sheet: SheetGrid, at: CellLookup, band: HeaderBand, start: number, end: number, opts: DetectOptions, mapping: ColumnMapping | null, out: SheetYield): TableReading | null {
  if (stryMutAct_9fa48("207")) {
    {}
  } else {
    stryCov_9fa48("207");
    // Figure column: the latest period's, else the first; a rate ("Tỷ lệ"), then a count column stand in.
    const figures = pick(band, stryMutAct_9fa48("208") ? "" : (stryCov_9fa48("208"), "figure"));
    const periods = stryMutAct_9fa48("209") ? band.columns : (stryCov_9fa48("209"), band.columns.filter(stryMutAct_9fa48("210") ? () => undefined : (stryCov_9fa48("210"), c => stryMutAct_9fa48("213") ? c.period || c.role === "figure" || c.role === "self" || c.role === "rate" || c.role === "count" : stryMutAct_9fa48("212") ? false : stryMutAct_9fa48("211") ? true : (stryCov_9fa48("211", "212", "213"), c.period && (stryMutAct_9fa48("215") ? (c.role === "figure" || c.role === "self" || c.role === "rate") && c.role === "count" : stryMutAct_9fa48("214") ? true : (stryCov_9fa48("214", "215"), (stryMutAct_9fa48("217") ? (c.role === "figure" || c.role === "self") && c.role === "rate" : stryMutAct_9fa48("216") ? false : (stryCov_9fa48("216", "217"), (stryMutAct_9fa48("219") ? c.role === "figure" && c.role === "self" : stryMutAct_9fa48("218") ? false : (stryCov_9fa48("218", "219"), (stryMutAct_9fa48("221") ? c.role !== "figure" : stryMutAct_9fa48("220") ? false : (stryCov_9fa48("220", "221"), c.role === (stryMutAct_9fa48("222") ? "" : (stryCov_9fa48("222"), "figure")))) || (stryMutAct_9fa48("224") ? c.role !== "self" : stryMutAct_9fa48("223") ? false : (stryCov_9fa48("223", "224"), c.role === (stryMutAct_9fa48("225") ? "" : (stryCov_9fa48("225"), "self")))))) || (stryMutAct_9fa48("227") ? c.role !== "rate" : stryMutAct_9fa48("226") ? false : (stryCov_9fa48("226", "227"), c.role === (stryMutAct_9fa48("228") ? "" : (stryCov_9fa48("228"), "rate")))))) || (stryMutAct_9fa48("230") ? c.role !== "count" : stryMutAct_9fa48("229") ? false : (stryCov_9fa48("229", "230"), c.role === (stryMutAct_9fa48("231") ? "" : (stryCov_9fa48("231"), "count"))))))))));
    const periodLabels = stryMutAct_9fa48("232") ? [] : (stryCov_9fa48("232"), [...new Set(periods.map(stryMutAct_9fa48("233") ? () => undefined : (stryCov_9fa48("233"), c => c.period!.label)))]);
    let figure = figures[0];
    if (stryMutAct_9fa48("236") ? figures.every(f => f.period) : stryMutAct_9fa48("235") ? false : stryMutAct_9fa48("234") ? true : (stryCov_9fa48("234", "235", "236"), figures.some(stryMutAct_9fa48("237") ? () => undefined : (stryCov_9fa48("237"), f => f.period)))) figure = stryMutAct_9fa48("238") ? [...figures][0] : (stryCov_9fa48("238"), (stryMutAct_9fa48("239") ? [] : (stryCov_9fa48("239"), [...figures])).sort(stryMutAct_9fa48("240") ? () => undefined : (stryCov_9fa48("240"), (a, b) => stryMutAct_9fa48("243") ? (b.period?.rank ?? 0) - (a.period?.rank ?? 0) && b.col - a.col : stryMutAct_9fa48("242") ? false : stryMutAct_9fa48("241") ? true : (stryCov_9fa48("241", "242", "243"), (stryMutAct_9fa48("244") ? (b.period?.rank ?? 0) + (a.period?.rank ?? 0) : (stryCov_9fa48("244"), (stryMutAct_9fa48("245") ? b.period?.rank && 0 : (stryCov_9fa48("245"), (stryMutAct_9fa48("246") ? b.period.rank : (stryCov_9fa48("246"), b.period?.rank)) ?? 0)) - (stryMutAct_9fa48("247") ? a.period?.rank && 0 : (stryCov_9fa48("247"), (stryMutAct_9fa48("248") ? a.period.rank : (stryCov_9fa48("248"), a.period?.rank)) ?? 0)))) || (stryMutAct_9fa48("249") ? b.col + a.col : (stryCov_9fa48("249"), b.col - a.col)))))[0]);
    const rate = pick(band, stryMutAct_9fa48("250") ? "" : (stryCov_9fa48("250"), "rate"))[0];
    const count = pick(band, stryMutAct_9fa48("251") ? "" : (stryCov_9fa48("251"), "count"))[0];
    const total = pick(band, stryMutAct_9fa48("252") ? "" : (stryCov_9fa48("252"), "total"))[0];
    const figureCol = stryMutAct_9fa48("253") ? (figure ?? rate) && count : (stryCov_9fa48("253"), (stryMutAct_9fa48("254") ? figure && rate : (stryCov_9fa48("254"), figure ?? rate)) ?? count);
    const period = (stryMutAct_9fa48("257") ? periodLabels.length > 1 || figureCol?.period : stryMutAct_9fa48("256") ? false : stryMutAct_9fa48("255") ? true : (stryCov_9fa48("255", "256", "257"), (stryMutAct_9fa48("260") ? periodLabels.length <= 1 : stryMutAct_9fa48("259") ? periodLabels.length >= 1 : stryMutAct_9fa48("258") ? true : (stryCov_9fa48("258", "259", "260"), periodLabels.length > 1)) && (stryMutAct_9fa48("261") ? figureCol.period : (stryCov_9fa48("261"), figureCol?.period)))) ? figureCol.period.label : null;
    const selves = pick(band, stryMutAct_9fa48("262") ? "" : (stryCov_9fa48("262"), "self"));
    // With periods side by side, only the judged period's self-assessment; else the one after the figure.
    const self = (stryMutAct_9fa48("265") ? period === null : stryMutAct_9fa48("264") ? false : stryMutAct_9fa48("263") ? true : (stryCov_9fa48("263", "264", "265"), period !== null)) ? selves.find(stryMutAct_9fa48("266") ? () => undefined : (stryCov_9fa48("266"), s => stryMutAct_9fa48("269") ? s.period?.label !== period : stryMutAct_9fa48("268") ? false : stryMutAct_9fa48("267") ? true : (stryCov_9fa48("267", "268", "269"), (stryMutAct_9fa48("270") ? s.period.label : (stryCov_9fa48("270"), s.period?.label)) === period))) : stryMutAct_9fa48("271") ? selves.find(s => figureCol && s.col > figureCol.col) && selves[0] : (stryCov_9fa48("271"), selves.find(stryMutAct_9fa48("272") ? () => undefined : (stryCov_9fa48("272"), s => stryMutAct_9fa48("275") ? figureCol || s.col > figureCol.col : stryMutAct_9fa48("274") ? false : stryMutAct_9fa48("273") ? true : (stryCov_9fa48("273", "274", "275"), figureCol && (stryMutAct_9fa48("278") ? s.col <= figureCol.col : stryMutAct_9fa48("277") ? s.col >= figureCol.col : stryMutAct_9fa48("276") ? true : (stryCov_9fa48("276", "277", "278"), s.col > figureCol.col))))) ?? selves[0]);
    const regionColumns = stryMutAct_9fa48("279") ? band.columns : (stryCov_9fa48("279"), band.columns.filter(stryMutAct_9fa48("280") ? () => undefined : (stryCov_9fa48("280"), c => stryMutAct_9fa48("283") ? (c.role === "threshold" || c.role === "generalThreshold") && c.region !== null || c.role !== "generalThreshold" : stryMutAct_9fa48("282") ? false : stryMutAct_9fa48("281") ? true : (stryCov_9fa48("281", "282", "283"), (stryMutAct_9fa48("285") ? c.role === "threshold" || c.role === "generalThreshold" || c.region !== null : stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284", "285"), (stryMutAct_9fa48("287") ? c.role === "threshold" && c.role === "generalThreshold" : stryMutAct_9fa48("286") ? true : (stryCov_9fa48("286", "287"), (stryMutAct_9fa48("289") ? c.role !== "threshold" : stryMutAct_9fa48("288") ? false : (stryCov_9fa48("288", "289"), c.role === (stryMutAct_9fa48("290") ? "" : (stryCov_9fa48("290"), "threshold")))) || (stryMutAct_9fa48("292") ? c.role !== "generalThreshold" : stryMutAct_9fa48("291") ? false : (stryCov_9fa48("291", "292"), c.role === (stryMutAct_9fa48("293") ? "" : (stryCov_9fa48("293"), "generalThreshold")))))) && (stryMutAct_9fa48("295") ? c.region === null : stryMutAct_9fa48("294") ? true : (stryCov_9fa48("294", "295"), c.region !== null)))) && (stryMutAct_9fa48("297") ? c.role === "generalThreshold" : stryMutAct_9fa48("296") ? true : (stryCov_9fa48("296", "297"), c.role !== (stryMutAct_9fa48("298") ? "" : (stryCov_9fa48("298"), "generalThreshold"))))))));
    const general = pick(band, stryMutAct_9fa48("299") ? "" : (stryCov_9fa48("299"), "generalThreshold"))[0];
    const plainThreshold = band.columns.find(stryMutAct_9fa48("300") ? () => undefined : (stryCov_9fa48("300"), c => stryMutAct_9fa48("303") ? c.role === "threshold" || regionColumns.length < 2 || c.region === null : stryMutAct_9fa48("302") ? false : stryMutAct_9fa48("301") ? true : (stryCov_9fa48("301", "302", "303"), (stryMutAct_9fa48("305") ? c.role !== "threshold" : stryMutAct_9fa48("304") ? true : (stryCov_9fa48("304", "305"), c.role === (stryMutAct_9fa48("306") ? "" : (stryCov_9fa48("306"), "threshold")))) && (stryMutAct_9fa48("308") ? regionColumns.length < 2 && c.region === null : stryMutAct_9fa48("307") ? true : (stryCov_9fa48("307", "308"), (stryMutAct_9fa48("311") ? regionColumns.length >= 2 : stryMutAct_9fa48("310") ? regionColumns.length <= 2 : stryMutAct_9fa48("309") ? false : (stryCov_9fa48("309", "310", "311"), regionColumns.length < 2)) || (stryMutAct_9fa48("313") ? c.region !== null : stryMutAct_9fa48("312") ? false : (stryCov_9fa48("312", "313"), c.region === null)))))));
    let threshold: ThresholdChoice | null = null;
    if (stryMutAct_9fa48("317") ? regionColumns.length < 2 : stryMutAct_9fa48("316") ? regionColumns.length > 2 : stryMutAct_9fa48("315") ? false : stryMutAct_9fa48("314") ? true : (stryCov_9fa48("314", "315", "316", "317"), regionColumns.length >= 2)) {
      if (stryMutAct_9fa48("318")) {
        {}
      } else {
        stryCov_9fa48("318");
        const mine = regionColumns.find(stryMutAct_9fa48("319") ? () => undefined : (stryCov_9fa48("319"), c => stryMutAct_9fa48("322") ? c.region !== opts.region : stryMutAct_9fa48("321") ? false : stryMutAct_9fa48("320") ? true : (stryCov_9fa48("320", "321", "322"), c.region === opts.region)));
        if (stryMutAct_9fa48("324") ? false : stryMutAct_9fa48("323") ? true : (stryCov_9fa48("323", "324"), mine)) threshold = stryMutAct_9fa48("325") ? {} : (stryCov_9fa48("325"), {
          col: mine.col,
          header: mine.text,
          by: stryMutAct_9fa48("326") ? "" : (stryCov_9fa48("326"), "header"),
          region: mine.region
        });
      }
    } else if (stryMutAct_9fa48("328") ? false : stryMutAct_9fa48("327") ? true : (stryCov_9fa48("327", "328"), plainThreshold)) threshold = stryMutAct_9fa48("329") ? {} : (stryCov_9fa48("329"), {
      col: plainThreshold.col,
      header: plainThreshold.text,
      by: stryMutAct_9fa48("330") ? "" : (stryCov_9fa48("330"), "header"),
      region: plainThreshold.region
    });
    const columns: TableReading["columns"] = stryMutAct_9fa48("331") ? {} : (stryCov_9fa48("331"), {
      code: choice(pick(band, stryMutAct_9fa48("332") ? "" : (stryCov_9fa48("332"), "code"))[0]),
      ordinal: choice(pick(band, stryMutAct_9fa48("333") ? "" : (stryCov_9fa48("333"), "ordinal"))[0]),
      criterion: null,
      name: choice(pick(band, stryMutAct_9fa48("334") ? "" : (stryCov_9fa48("334"), "name"))[0]),
      figure: choice(figureCol),
      threshold,
      generalThreshold: (stryMutAct_9fa48("337") ? regionColumns.length >= 2 && !threshold : stryMutAct_9fa48("336") ? false : stryMutAct_9fa48("335") ? true : (stryCov_9fa48("335", "336", "337"), (stryMutAct_9fa48("340") ? regionColumns.length < 2 : stryMutAct_9fa48("339") ? regionColumns.length > 2 : stryMutAct_9fa48("338") ? false : (stryCov_9fa48("338", "339", "340"), regionColumns.length >= 2)) || (stryMutAct_9fa48("341") ? threshold : (stryCov_9fa48("341"), !threshold)))) ? choice(general) : null,
      regionColumns: (stryMutAct_9fa48("345") ? regionColumns.length < 2 : stryMutAct_9fa48("344") ? regionColumns.length > 2 : stryMutAct_9fa48("343") ? false : stryMutAct_9fa48("342") ? true : (stryCov_9fa48("342", "343", "344", "345"), regionColumns.length >= 2)) ? regionColumns.map(stryMutAct_9fa48("346") ? () => undefined : (stryCov_9fa48("346"), c => stryMutAct_9fa48("347") ? {} : (stryCov_9fa48("347"), {
        region: c.region!,
        col: c.col
      }))) : stryMutAct_9fa48("348") ? ["Stryker was here"] : (stryCov_9fa48("348"), []),
      self: choice(self),
      count: choice(count),
      total: choice(total)
    });
    if (stryMutAct_9fa48("350") ? false : stryMutAct_9fa48("349") ? true : (stryCov_9fa48("349", "350"), mapping)) {
      if (stryMutAct_9fa48("351")) {
        {}
      } else {
        stryCov_9fa48("351");
        const hr = band.row;
        if (stryMutAct_9fa48("354") ? mapping.figure === undefined : stryMutAct_9fa48("353") ? false : stryMutAct_9fa48("352") ? true : (stryCov_9fa48("352", "353", "354"), mapping.figure !== undefined)) columns.figure = userChoice(mapping.figure, sheet, hr, at);
        if (stryMutAct_9fa48("357") ? mapping.code === undefined : stryMutAct_9fa48("356") ? false : stryMutAct_9fa48("355") ? true : (stryCov_9fa48("355", "356", "357"), mapping.code !== undefined)) columns.code = userChoice(mapping.code, sheet, hr, at);
        if (stryMutAct_9fa48("360") ? mapping.name === undefined : stryMutAct_9fa48("359") ? false : stryMutAct_9fa48("358") ? true : (stryCov_9fa48("358", "359", "360"), mapping.name !== undefined)) columns.name = userChoice(mapping.name, sheet, hr, at);
        if (stryMutAct_9fa48("363") ? mapping.self === undefined : stryMutAct_9fa48("362") ? false : stryMutAct_9fa48("361") ? true : (stryCov_9fa48("361", "362", "363"), mapping.self !== undefined)) columns.self = userChoice(mapping.self, sheet, hr, at);
        if (stryMutAct_9fa48("366") ? mapping.threshold === undefined : stryMutAct_9fa48("365") ? false : stryMutAct_9fa48("364") ? true : (stryCov_9fa48("364", "365", "366"), mapping.threshold !== undefined)) {
          if (stryMutAct_9fa48("367")) {
            {}
          } else {
            stryCov_9fa48("367");
            columns.threshold = stryMutAct_9fa48("368") ? {} : (stryCov_9fa48("368"), {
              ...userChoice(mapping.threshold, sheet, hr, at)!,
              region: null
            });
            columns.regionColumns = stryMutAct_9fa48("369") ? ["Stryker was here"] : (stryCov_9fa48("369"), []);
            columns.generalThreshold = null;
          }
        }
      }
    }
    if (stryMutAct_9fa48("372") ? false : stryMutAct_9fa48("371") ? true : stryMutAct_9fa48("370") ? columns.figure : (stryCov_9fa48("370", "371", "372"), !columns.figure)) return null;
    const table: TableReading = stryMutAct_9fa48("373") ? {} : (stryCov_9fa48("373"), {
      sheet: sheet.name,
      header: (stryMutAct_9fa48("377") ? band.row < 0 : stryMutAct_9fa48("376") ? band.row > 0 : stryMutAct_9fa48("375") ? false : stryMutAct_9fa48("374") ? true : (stryCov_9fa48("374", "375", "376", "377"), band.row >= 0)) ? stryMutAct_9fa48("378") ? {} : (stryCov_9fa48("378"), {
        first: band.first,
        last: band.last,
        row: band.row
      }) : null,
      columns,
      period,
      periods: periodLabels,
      codePrefix: null,
      rows: stryMutAct_9fa48("379") ? ["Stryker was here"] : (stryCov_9fa48("379"), [])
    });
    readBody(sheet, at, table, start, end, opts, out);
    return table;
  }
}
interface BodyRow {
  row: number;
  codes: Map<number, CodeReading>;
}
function readBody(sheet: SheetGrid, at: CellLookup, table: TableReading, start: number, end: number, opts: DetectOptions, out: SheetYield): void {
  if (stryMutAct_9fa48("380")) {
    {}
  } else {
    stryCov_9fa48("380");
    const cols = table.columns;
    const figureCol = cols.figure!.col;
    const dataCols = new Set(stryMutAct_9fa48("381") ? [cols.threshold?.col, cols.generalThreshold?.col, cols.self?.col, cols.count?.col, cols.total?.col, ...cols.regionColumns.map(c => c.col)] : (stryCov_9fa48("381"), (stryMutAct_9fa48("382") ? [] : (stryCov_9fa48("382"), [stryMutAct_9fa48("383") ? cols.threshold.col : (stryCov_9fa48("383"), cols.threshold?.col), stryMutAct_9fa48("384") ? cols.generalThreshold.col : (stryCov_9fa48("384"), cols.generalThreshold?.col), stryMutAct_9fa48("385") ? cols.self.col : (stryCov_9fa48("385"), cols.self?.col), stryMutAct_9fa48("386") ? cols.count.col : (stryCov_9fa48("386"), cols.count?.col), stryMutAct_9fa48("387") ? cols.total.col : (stryCov_9fa48("387"), cols.total?.col), ...cols.regionColumns.map(stryMutAct_9fa48("388") ? () => undefined : (stryCov_9fa48("388"), c => c.col))])).filter(stryMutAct_9fa48("389") ? () => undefined : (stryCov_9fa48("389"), (c): c is number => stryMutAct_9fa48("392") ? c === undefined : stryMutAct_9fa48("391") ? false : stryMutAct_9fa48("390") ? true : (stryCov_9fa48("390", "391", "392"), c !== undefined)))));
    const lastLeading = stryMutAct_9fa48("393") ? Math.min(figureCol, sheet.originCol + MAX_LEADING) + 1 : (stryCov_9fa48("393"), (stryMutAct_9fa48("394") ? Math.max(figureCol, sheet.originCol + MAX_LEADING) : (stryCov_9fa48("394"), Math.min(figureCol, stryMutAct_9fa48("395") ? sheet.originCol - MAX_LEADING : (stryCov_9fa48("395"), sheet.originCol + MAX_LEADING)))) - 1);
    const leading: number[] = stryMutAct_9fa48("396") ? ["Stryker was here"] : (stryCov_9fa48("396"), []);
    for (let c = sheet.originCol; stryMutAct_9fa48("399") ? c > lastLeading : stryMutAct_9fa48("398") ? c < lastLeading : stryMutAct_9fa48("397") ? false : (stryCov_9fa48("397", "398", "399"), c <= lastLeading); stryMutAct_9fa48("400") ? c-- : (stryCov_9fa48("400"), c++)) if (stryMutAct_9fa48("403") ? false : stryMutAct_9fa48("402") ? true : stryMutAct_9fa48("401") ? dataCols.has(c) : (stryCov_9fa48("401", "402", "403"), !dataCols.has(c))) leading.push(c);
    if (stryMutAct_9fa48("406") ? cols.code && cols.code.by === "user" || !leading.includes(cols.code.col) : stryMutAct_9fa48("405") ? false : stryMutAct_9fa48("404") ? true : (stryCov_9fa48("404", "405", "406"), (stryMutAct_9fa48("408") ? cols.code || cols.code.by === "user" : stryMutAct_9fa48("407") ? true : (stryCov_9fa48("407", "408"), cols.code && (stryMutAct_9fa48("410") ? cols.code.by !== "user" : stryMutAct_9fa48("409") ? true : (stryCov_9fa48("409", "410"), cols.code.by === (stryMutAct_9fa48("411") ? "" : (stryCov_9fa48("411"), "user")))))) && (stryMutAct_9fa48("412") ? leading.includes(cols.code.col) : (stryCov_9fa48("412"), !leading.includes(cols.code.col))))) leading.push(cols.code.col);
    const body: BodyRow[] = stryMutAct_9fa48("413") ? ["Stryker was here"] : (stryCov_9fa48("413"), []);
    for (let r = start; stryMutAct_9fa48("416") ? r >= end : stryMutAct_9fa48("415") ? r <= end : stryMutAct_9fa48("414") ? false : (stryCov_9fa48("414", "415", "416"), r < end); stryMutAct_9fa48("417") ? r-- : (stryCov_9fa48("417"), r++)) {
      if (stryMutAct_9fa48("418")) {
        {}
      } else {
        stryCov_9fa48("418");
        const codes = new Map<number, CodeReading>();
        for (const c of leading) {
          if (stryMutAct_9fa48("419")) {
            {}
          } else {
            stryCov_9fa48("419");
            const rd = readCode(at(r, c, stryMutAct_9fa48("420") ? false : (stryCov_9fa48("420"), true)));
            if (stryMutAct_9fa48("422") ? false : stryMutAct_9fa48("421") ? true : (stryCov_9fa48("421", "422"), rd)) codes.set(c, rd);
          }
        }
        body.push(stryMutAct_9fa48("423") ? {} : (stryCov_9fa48("423"), {
          row: r,
          codes
        }));
      }
    }

    // The code column: where dotted codes ("4.2", "Chỉ tiêu 4.2") are; the user's choice wins.
    let codeCol = (stryMutAct_9fa48("426") ? cols.code?.by !== "user" : stryMutAct_9fa48("425") ? false : stryMutAct_9fa48("424") ? true : (stryCov_9fa48("424", "425", "426"), (stryMutAct_9fa48("427") ? cols.code.by : (stryCov_9fa48("427"), cols.code?.by)) === (stryMutAct_9fa48("428") ? "" : (stryCov_9fa48("428"), "user")))) ? cols.code.col : stryMutAct_9fa48("429") ? +1 : (stryCov_9fa48("429"), -1);
    if (stryMutAct_9fa48("433") ? codeCol >= 0 : stryMutAct_9fa48("432") ? codeCol <= 0 : stryMutAct_9fa48("431") ? false : stryMutAct_9fa48("430") ? true : (stryCov_9fa48("430", "431", "432", "433"), codeCol < 0)) {
      if (stryMutAct_9fa48("434")) {
        {}
      } else {
        stryCov_9fa48("434");
        let best = 0;
        for (const c of leading) {
          if (stryMutAct_9fa48("435")) {
            {}
          } else {
            stryCov_9fa48("435");
            const score = stryMutAct_9fa48("436") ? body.length : (stryCov_9fa48("436"), body.filter(b => {
              if (stryMutAct_9fa48("437")) {
                {}
              } else {
                stryCov_9fa48("437");
                const rd = b.codes.get(c);
                return stryMutAct_9fa48("440") ? rd || rd.kind === "dotted" || rd.kind === "whole" && rd.said : stryMutAct_9fa48("439") ? false : stryMutAct_9fa48("438") ? true : (stryCov_9fa48("438", "439", "440"), rd && (stryMutAct_9fa48("442") ? rd.kind === "dotted" && rd.kind === "whole" && rd.said : stryMutAct_9fa48("441") ? true : (stryCov_9fa48("441", "442"), (stryMutAct_9fa48("444") ? rd.kind !== "dotted" : stryMutAct_9fa48("443") ? false : (stryCov_9fa48("443", "444"), rd.kind === (stryMutAct_9fa48("445") ? "" : (stryCov_9fa48("445"), "dotted")))) || (stryMutAct_9fa48("447") ? rd.kind === "whole" || rd.said : stryMutAct_9fa48("446") ? false : (stryCov_9fa48("446", "447"), (stryMutAct_9fa48("449") ? rd.kind !== "whole" : stryMutAct_9fa48("448") ? true : (stryCov_9fa48("448", "449"), rd.kind === (stryMutAct_9fa48("450") ? "" : (stryCov_9fa48("450"), "whole")))) && rd.said)))));
              }
            }).length);
            if (stryMutAct_9fa48("454") ? score <= best : stryMutAct_9fa48("453") ? score >= best : stryMutAct_9fa48("452") ? false : stryMutAct_9fa48("451") ? true : (stryCov_9fa48("451", "452", "453", "454"), score > best)) {
              if (stryMutAct_9fa48("455")) {
                {}
              } else {
                stryCov_9fa48("455");
                best = score;
                codeCol = c;
              }
            }
          }
        }
        if (stryMutAct_9fa48("459") ? codeCol >= 0 : stryMutAct_9fa48("458") ? codeCol <= 0 : stryMutAct_9fa48("457") ? false : stryMutAct_9fa48("456") ? true : (stryCov_9fa48("456", "457", "458", "459"), codeCol < 0)) codeCol = stryMutAct_9fa48("460") ? (cols.code?.col ?? cols.ordinal?.col ?? leading[0]) && -1 : (stryCov_9fa48("460"), (stryMutAct_9fa48("461") ? (cols.code?.col ?? cols.ordinal?.col) && leading[0] : (stryCov_9fa48("461"), (stryMutAct_9fa48("462") ? cols.code?.col && cols.ordinal?.col : (stryCov_9fa48("462"), (stryMutAct_9fa48("463") ? cols.code.col : (stryCov_9fa48("463"), cols.code?.col)) ?? (stryMutAct_9fa48("464") ? cols.ordinal.col : (stryCov_9fa48("464"), cols.ordinal?.col)))) ?? leading[0])) ?? (stryMutAct_9fa48("465") ? +1 : (stryCov_9fa48("465"), -1)));
        if (stryMutAct_9fa48("468") ? codeCol >= 0 || cols.code?.col !== codeCol : stryMutAct_9fa48("467") ? false : stryMutAct_9fa48("466") ? true : (stryCov_9fa48("466", "467", "468"), (stryMutAct_9fa48("471") ? codeCol < 0 : stryMutAct_9fa48("470") ? codeCol > 0 : stryMutAct_9fa48("469") ? true : (stryCov_9fa48("469", "470", "471"), codeCol >= 0)) && (stryMutAct_9fa48("473") ? cols.code?.col === codeCol : stryMutAct_9fa48("472") ? true : (stryCov_9fa48("472", "473"), (stryMutAct_9fa48("474") ? cols.code.col : (stryCov_9fa48("474"), cols.code?.col)) !== codeCol)))) cols.code = stryMutAct_9fa48("475") ? {} : (stryCov_9fa48("475"), {
          col: codeCol,
          header: table.header ? cellText(at(table.header.row, codeCol)) : stryMutAct_9fa48("476") ? "Stryker was here!" : (stryCov_9fa48("476"), ""),
          by: (stryMutAct_9fa48("479") ? cols.code?.col !== codeCol : stryMutAct_9fa48("478") ? false : stryMutAct_9fa48("477") ? true : (stryCov_9fa48("477", "478", "479"), (stryMutAct_9fa48("480") ? cols.code.col : (stryCov_9fa48("480"), cols.code?.col)) === codeCol)) ? stryMutAct_9fa48("481") ? "" : (stryCov_9fa48("481"), "header") : stryMutAct_9fa48("482") ? "" : (stryCov_9fa48("482"), "content")
        });
      }
    }
    if (stryMutAct_9fa48("486") ? codeCol >= 0 : stryMutAct_9fa48("485") ? codeCol <= 0 : stryMutAct_9fa48("484") ? false : stryMutAct_9fa48("483") ? true : (stryCov_9fa48("483", "484", "485", "486"), codeCol < 0)) return;
    if (stryMutAct_9fa48("489") ? cols.ordinal?.col !== codeCol : stryMutAct_9fa48("488") ? false : stryMutAct_9fa48("487") ? true : (stryCov_9fa48("487", "488", "489"), (stryMutAct_9fa48("490") ? cols.ordinal.col : (stryCov_9fa48("490"), cols.ordinal?.col)) === codeCol)) cols.ordinal = null;

    // "1.4.2"-style codes: a section number before every code.
    const dotted = stryMutAct_9fa48("491") ? body.map(b => b.codes.get(codeCol)) : (stryCov_9fa48("491"), body.map(stryMutAct_9fa48("492") ? () => undefined : (stryCov_9fa48("492"), b => b.codes.get(codeCol))).filter(stryMutAct_9fa48("493") ? () => undefined : (stryCov_9fa48("493"), (rd): rd is Extract<CodeReading, {
      kind: "dotted";
    }> => stryMutAct_9fa48("496") ? rd?.kind !== "dotted" : stryMutAct_9fa48("495") ? false : stryMutAct_9fa48("494") ? true : (stryCov_9fa48("494", "495", "496"), (stryMutAct_9fa48("497") ? rd.kind : (stryCov_9fa48("497"), rd?.kind)) === (stryMutAct_9fa48("498") ? "" : (stryCov_9fa48("498"), "dotted"))))));
    const three = stryMutAct_9fa48("499") ? dotted : (stryCov_9fa48("499"), dotted.filter(stryMutAct_9fa48("500") ? () => undefined : (stryCov_9fa48("500"), d => stryMutAct_9fa48("503") ? d.parts.length !== 3 : stryMutAct_9fa48("502") ? false : stryMutAct_9fa48("501") ? true : (stryCov_9fa48("501", "502", "503"), d.parts.length === 3))));
    if (stryMutAct_9fa48("506") ? three.length > 0 || three.length * 2 >= dotted.length : stryMutAct_9fa48("505") ? false : stryMutAct_9fa48("504") ? true : (stryCov_9fa48("504", "505", "506"), (stryMutAct_9fa48("509") ? three.length <= 0 : stryMutAct_9fa48("508") ? three.length >= 0 : stryMutAct_9fa48("507") ? true : (stryCov_9fa48("507", "508", "509"), three.length > 0)) && (stryMutAct_9fa48("512") ? three.length * 2 < dotted.length : stryMutAct_9fa48("511") ? three.length * 2 > dotted.length : stryMutAct_9fa48("510") ? true : (stryCov_9fa48("510", "511", "512"), (stryMutAct_9fa48("513") ? three.length / 2 : (stryCov_9fa48("513"), three.length * 2)) >= dotted.length)))) {
      if (stryMutAct_9fa48("514")) {
        {}
      } else {
        stryCov_9fa48("514");
        const counts = new Map<number, number>();
        for (const d of three) counts.set(d.parts[0], stryMutAct_9fa48("515") ? (counts.get(d.parts[0]) ?? 0) - 1 : (stryCov_9fa48("515"), (stryMutAct_9fa48("516") ? counts.get(d.parts[0]) && 0 : (stryCov_9fa48("516"), counts.get(d.parts[0]) ?? 0)) + 1));
        table.codePrefix = String(stryMutAct_9fa48("517") ? [...counts.entries()][0][0] : (stryCov_9fa48("517"), (stryMutAct_9fa48("518") ? [] : (stryCov_9fa48("518"), [...counts.entries()])).sort(stryMutAct_9fa48("519") ? () => undefined : (stryCov_9fa48("519"), (a, b) => stryMutAct_9fa48("520") ? b[1] + a[1] : (stryCov_9fa48("520"), b[1] - a[1])))[0][0]));
      }
    }
    const prefix = (stryMutAct_9fa48("523") ? table.codePrefix !== null : stryMutAct_9fa48("522") ? false : stryMutAct_9fa48("521") ? true : (stryCov_9fa48("521", "522", "523"), table.codePrefix === null)) ? null : Number(table.codePrefix);

    /** The indicator code a reading at the code column gives, with the section prefix removed. */
    const codeOf = (rd: CodeReading | undefined): {
      code: string;
      no: number;
    } | null => {
      if (stryMutAct_9fa48("524")) {
        {}
      } else {
        stryCov_9fa48("524");
        if (stryMutAct_9fa48("527") ? !rd && rd.kind === "criterion" : stryMutAct_9fa48("526") ? false : stryMutAct_9fa48("525") ? true : (stryCov_9fa48("525", "526", "527"), (stryMutAct_9fa48("528") ? rd : (stryCov_9fa48("528"), !rd)) || (stryMutAct_9fa48("530") ? rd.kind !== "criterion" : stryMutAct_9fa48("529") ? false : (stryCov_9fa48("529", "530"), rd.kind === (stryMutAct_9fa48("531") ? "" : (stryCov_9fa48("531"), "criterion")))))) return null;
        if (stryMutAct_9fa48("534") ? rd.kind !== "whole" : stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : (stryCov_9fa48("532", "533", "534"), rd.kind === (stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), "whole")))) return stryMutAct_9fa48("536") ? {} : (stryCov_9fa48("536"), {
          code: String(rd.no),
          no: rd.no
        });
        let parts = rd.parts;
        if (stryMutAct_9fa48("539") ? parts.length !== 3 : stryMutAct_9fa48("538") ? false : stryMutAct_9fa48("537") ? true : (stryCov_9fa48("537", "538", "539"), parts.length === 3)) parts = stryMutAct_9fa48("540") ? parts : (stryCov_9fa48("540"), parts.slice(1));else if (stryMutAct_9fa48("543") ? prefix !== null && parts.length === 2 && parts[0] === prefix || !rd.numeric : stryMutAct_9fa48("542") ? false : stryMutAct_9fa48("541") ? true : (stryCov_9fa48("541", "542", "543"), (stryMutAct_9fa48("545") ? prefix !== null && parts.length === 2 || parts[0] === prefix : stryMutAct_9fa48("544") ? true : (stryCov_9fa48("544", "545"), (stryMutAct_9fa48("547") ? prefix !== null || parts.length === 2 : stryMutAct_9fa48("546") ? true : (stryCov_9fa48("546", "547"), (stryMutAct_9fa48("549") ? prefix === null : stryMutAct_9fa48("548") ? true : (stryCov_9fa48("548", "549"), prefix !== null)) && (stryMutAct_9fa48("551") ? parts.length !== 2 : stryMutAct_9fa48("550") ? true : (stryCov_9fa48("550", "551"), parts.length === 2)))) && (stryMutAct_9fa48("553") ? parts[0] !== prefix : stryMutAct_9fa48("552") ? true : (stryCov_9fa48("552", "553"), parts[0] === prefix)))) && (stryMutAct_9fa48("554") ? rd.numeric : (stryCov_9fa48("554"), !rd.numeric)))) parts = stryMutAct_9fa48("555") ? [] : (stryCov_9fa48("555"), [parts[1]]);
        return stryMutAct_9fa48("556") ? {} : (stryCov_9fa48("556"), {
          code: parts.join(stryMutAct_9fa48("557") ? "" : (stryCov_9fa48("557"), ".")),
          no: parts[0]
        });
      }
    };

    // Criterion-number columns: whole numbers that agree with the codes on their row, or next to them.
    const wholeAt = (b: BodyRow, c: number): number | null => {
      if (stryMutAct_9fa48("558")) {
        {}
      } else {
        stryCov_9fa48("558");
        const rd = b.codes.get(c);
        return (stryMutAct_9fa48("561") ? rd && rd.kind === "whole" || !rd.said : stryMutAct_9fa48("560") ? false : stryMutAct_9fa48("559") ? true : (stryCov_9fa48("559", "560", "561"), (stryMutAct_9fa48("563") ? rd || rd.kind === "whole" : stryMutAct_9fa48("562") ? true : (stryCov_9fa48("562", "563"), rd && (stryMutAct_9fa48("565") ? rd.kind !== "whole" : stryMutAct_9fa48("564") ? true : (stryCov_9fa48("564", "565"), rd.kind === (stryMutAct_9fa48("566") ? "" : (stryCov_9fa48("566"), "whole")))))) && (stryMutAct_9fa48("567") ? rd.said : (stryCov_9fa48("567"), !rd.said)))) ? rd.no : null;
      }
    };
    // What the code column says on each row: a whole number (criterion or single indicator) or a code's major.
    const majors = body.map(b => {
      if (stryMutAct_9fa48("568")) {
        {}
      } else {
        stryCov_9fa48("568");
        const rd = b.codes.get(codeCol);
        if (stryMutAct_9fa48("571") ? !rd && rd.kind === "criterion" : stryMutAct_9fa48("570") ? false : stryMutAct_9fa48("569") ? true : (stryCov_9fa48("569", "570", "571"), (stryMutAct_9fa48("572") ? rd : (stryCov_9fa48("572"), !rd)) || (stryMutAct_9fa48("574") ? rd.kind !== "criterion" : stryMutAct_9fa48("573") ? false : (stryCov_9fa48("573", "574"), rd.kind === (stryMutAct_9fa48("575") ? "" : (stryCov_9fa48("575"), "criterion")))))) return null;
        const c = codeOf(rd);
        return c ? stryMutAct_9fa48("576") ? {} : (stryCov_9fa48("576"), {
          no: c.no,
          whole: stryMutAct_9fa48("579") ? rd.kind === "whole" || !rd.said : stryMutAct_9fa48("578") ? false : stryMutAct_9fa48("577") ? true : (stryCov_9fa48("577", "578", "579"), (stryMutAct_9fa48("581") ? rd.kind !== "whole" : stryMutAct_9fa48("580") ? true : (stryCov_9fa48("580", "581"), rd.kind === (stryMutAct_9fa48("582") ? "" : (stryCov_9fa48("582"), "whole")))) && (stryMutAct_9fa48("583") ? rd.said : (stryCov_9fa48("583"), !rd.said)))
        }) : null;
      }
    });
    const near = (i: number, step: -1 | 1): {
      no: number;
      whole: boolean;
    } | null => {
      if (stryMutAct_9fa48("584")) {
        {}
      } else {
        stryCov_9fa48("584");
        for (let k = stryMutAct_9fa48("585") ? i - step : (stryCov_9fa48("585"), i + step); stryMutAct_9fa48("587") ? k >= 0 || k < majors.length : stryMutAct_9fa48("586") ? false : (stryCov_9fa48("586", "587"), (stryMutAct_9fa48("590") ? k < 0 : stryMutAct_9fa48("589") ? k > 0 : stryMutAct_9fa48("588") ? true : (stryCov_9fa48("588", "589", "590"), k >= 0)) && (stryMutAct_9fa48("593") ? k >= majors.length : stryMutAct_9fa48("592") ? k <= majors.length : stryMutAct_9fa48("591") ? true : (stryCov_9fa48("591", "592", "593"), k < majors.length))); stryMutAct_9fa48("594") ? k -= step : (stryCov_9fa48("594"), k += step)) if (stryMutAct_9fa48("596") ? false : stryMutAct_9fa48("595") ? true : (stryCov_9fa48("595", "596"), majors[k])) return majors[k];
        return null;
      }
    };
    // A column of criterion numbers: whole numbers that agree with the code on their row, or, on a row
    // without one, with the rows next to it (its indicators below, its content row, the next criterion).
    // An ordinal column ("STT" 1, 2, 3 …) does not agree.
    const criterionCols = new Set<number>();
    for (const c of leading) {
      if (stryMutAct_9fa48("597")) {
        {}
      } else {
        stryCov_9fa48("597");
        let n = 0;
        let agree = 0;
        body.forEach((b, i) => {
          if (stryMutAct_9fa48("598")) {
            {}
          } else {
            stryCov_9fa48("598");
            const no = wholeAt(b, c);
            if (stryMutAct_9fa48("601") ? no !== null : stryMutAct_9fa48("600") ? false : stryMutAct_9fa48("599") ? true : (stryCov_9fa48("599", "600", "601"), no === null)) return;
            stryMutAct_9fa48("602") ? n-- : (stryCov_9fa48("602"), n++);
            const own = (stryMutAct_9fa48("605") ? c !== codeCol : stryMutAct_9fa48("604") ? false : stryMutAct_9fa48("603") ? true : (stryCov_9fa48("603", "604", "605"), c === codeCol)) ? null : codeOf(b.codes.get(codeCol));
            if (stryMutAct_9fa48("607") ? false : stryMutAct_9fa48("606") ? true : (stryCov_9fa48("606", "607"), own)) {
              if (stryMutAct_9fa48("608")) {
                {}
              } else {
                stryCov_9fa48("608");
                if (stryMutAct_9fa48("611") ? own.no !== no : stryMutAct_9fa48("610") ? false : stryMutAct_9fa48("609") ? true : (stryCov_9fa48("609", "610", "611"), own.no === no)) stryMutAct_9fa48("612") ? agree-- : (stryCov_9fa48("612"), agree++);
                return;
              }
            }
            const prev = near(i, stryMutAct_9fa48("613") ? +1 : (stryCov_9fa48("613"), -1));
            const next = near(i, 1);
            // Its indicators below, its content row, the next criterion; in a column of its own (the decision's
            // TT column), also simply in sequence between its neighbours.
            const inSequence = stryMutAct_9fa48("616") ? c !== codeCol && (prev === null || prev.no < no) && next !== null || next.no > no : stryMutAct_9fa48("615") ? false : stryMutAct_9fa48("614") ? true : (stryCov_9fa48("614", "615", "616"), (stryMutAct_9fa48("618") ? c !== codeCol && (prev === null || prev.no < no) || next !== null : stryMutAct_9fa48("617") ? true : (stryCov_9fa48("617", "618"), (stryMutAct_9fa48("620") ? c !== codeCol || prev === null || prev.no < no : stryMutAct_9fa48("619") ? true : (stryCov_9fa48("619", "620"), (stryMutAct_9fa48("622") ? c === codeCol : stryMutAct_9fa48("621") ? true : (stryCov_9fa48("621", "622"), c !== codeCol)) && (stryMutAct_9fa48("624") ? prev === null && prev.no < no : stryMutAct_9fa48("623") ? true : (stryCov_9fa48("623", "624"), (stryMutAct_9fa48("626") ? prev !== null : stryMutAct_9fa48("625") ? false : (stryCov_9fa48("625", "626"), prev === null)) || (stryMutAct_9fa48("629") ? prev.no >= no : stryMutAct_9fa48("628") ? prev.no <= no : stryMutAct_9fa48("627") ? false : (stryCov_9fa48("627", "628", "629"), prev.no < no)))))) && (stryMutAct_9fa48("631") ? next === null : stryMutAct_9fa48("630") ? true : (stryCov_9fa48("630", "631"), next !== null)))) && (stryMutAct_9fa48("634") ? next.no <= no : stryMutAct_9fa48("633") ? next.no >= no : stryMutAct_9fa48("632") ? true : (stryCov_9fa48("632", "633", "634"), next.no > no)));
            if (stryMutAct_9fa48("637") ? (next === null || next.no === no || prev?.no === no || next.whole && next.no > no) && inSequence : stryMutAct_9fa48("636") ? false : stryMutAct_9fa48("635") ? true : (stryCov_9fa48("635", "636", "637"), (stryMutAct_9fa48("639") ? (next === null || next.no === no || prev?.no === no) && next.whole && next.no > no : stryMutAct_9fa48("638") ? false : (stryCov_9fa48("638", "639"), (stryMutAct_9fa48("641") ? (next === null || next.no === no) && prev?.no === no : stryMutAct_9fa48("640") ? false : (stryCov_9fa48("640", "641"), (stryMutAct_9fa48("643") ? next === null && next.no === no : stryMutAct_9fa48("642") ? false : (stryCov_9fa48("642", "643"), (stryMutAct_9fa48("645") ? next !== null : stryMutAct_9fa48("644") ? false : (stryCov_9fa48("644", "645"), next === null)) || (stryMutAct_9fa48("647") ? next.no !== no : stryMutAct_9fa48("646") ? false : (stryCov_9fa48("646", "647"), next.no === no)))) || (stryMutAct_9fa48("649") ? prev?.no !== no : stryMutAct_9fa48("648") ? false : (stryCov_9fa48("648", "649"), (stryMutAct_9fa48("650") ? prev.no : (stryCov_9fa48("650"), prev?.no)) === no)))) || (stryMutAct_9fa48("652") ? next.whole || next.no > no : stryMutAct_9fa48("651") ? false : (stryCov_9fa48("651", "652"), next.whole && (stryMutAct_9fa48("655") ? next.no <= no : stryMutAct_9fa48("654") ? next.no >= no : stryMutAct_9fa48("653") ? true : (stryCov_9fa48("653", "654", "655"), next.no > no)))))) || inSequence)) stryMutAct_9fa48("656") ? agree-- : (stryCov_9fa48("656"), agree++);
          }
        });
        if (stryMutAct_9fa48("659") ? n > 0 || agree / n >= 0.6 : stryMutAct_9fa48("658") ? false : stryMutAct_9fa48("657") ? true : (stryCov_9fa48("657", "658", "659"), (stryMutAct_9fa48("662") ? n <= 0 : stryMutAct_9fa48("661") ? n >= 0 : stryMutAct_9fa48("660") ? true : (stryCov_9fa48("660", "661", "662"), n > 0)) && (stryMutAct_9fa48("665") ? agree / n < 0.6 : stryMutAct_9fa48("664") ? agree / n > 0.6 : stryMutAct_9fa48("663") ? true : (stryCov_9fa48("663", "664", "665"), (stryMutAct_9fa48("666") ? agree * n : (stryCov_9fa48("666"), agree / n)) >= 0.6)))) criterionCols.add(c);
      }
    }
    const critCol = (stryMutAct_9fa48("667") ? [] : (stryCov_9fa48("667"), [...criterionCols])).find(stryMutAct_9fa48("668") ? () => undefined : (stryCov_9fa48("668"), c => stryMutAct_9fa48("671") ? c === codeCol : stryMutAct_9fa48("670") ? false : stryMutAct_9fa48("669") ? true : (stryCov_9fa48("669", "670", "671"), c !== codeCol)));
    if (stryMutAct_9fa48("674") ? critCol === undefined : stryMutAct_9fa48("673") ? false : stryMutAct_9fa48("672") ? true : (stryCov_9fa48("672", "673", "674"), critCol !== undefined)) cols.criterion = stryMutAct_9fa48("675") ? {} : (stryCov_9fa48("675"), {
      col: critCol,
      header: table.header ? cellText(at(table.header.row, critCol)) : stryMutAct_9fa48("676") ? "Stryker was here!" : (stryCov_9fa48("676"), ""),
      by: stryMutAct_9fa48("677") ? "" : (stryCov_9fa48("677"), "content")
    });
    const ordinalCol = leading.find(stryMutAct_9fa48("678") ? () => undefined : (stryCov_9fa48("678"), c => stryMutAct_9fa48("681") ? c !== codeCol && !criterionCols.has(c) || body.some(b => wholeAt(b, c) !== null) : stryMutAct_9fa48("680") ? false : stryMutAct_9fa48("679") ? true : (stryCov_9fa48("679", "680", "681"), (stryMutAct_9fa48("683") ? c !== codeCol || !criterionCols.has(c) : stryMutAct_9fa48("682") ? true : (stryCov_9fa48("682", "683"), (stryMutAct_9fa48("685") ? c === codeCol : stryMutAct_9fa48("684") ? true : (stryCov_9fa48("684", "685"), c !== codeCol)) && (stryMutAct_9fa48("686") ? criterionCols.has(c) : (stryCov_9fa48("686"), !criterionCols.has(c))))) && (stryMutAct_9fa48("687") ? body.every(b => wholeAt(b, c) !== null) : (stryCov_9fa48("687"), body.some(stryMutAct_9fa48("688") ? () => undefined : (stryCov_9fa48("688"), b => stryMutAct_9fa48("691") ? wholeAt(b, c) === null : stryMutAct_9fa48("690") ? false : stryMutAct_9fa48("689") ? true : (stryCov_9fa48("689", "690", "691"), wholeAt(b, c) !== null))))))));
    if (stryMutAct_9fa48("694") ? !cols.ordinal && ordinalCol !== undefined || ordinalCol < codeCol : stryMutAct_9fa48("693") ? false : stryMutAct_9fa48("692") ? true : (stryCov_9fa48("692", "693", "694"), (stryMutAct_9fa48("696") ? !cols.ordinal || ordinalCol !== undefined : stryMutAct_9fa48("695") ? true : (stryCov_9fa48("695", "696"), (stryMutAct_9fa48("697") ? cols.ordinal : (stryCov_9fa48("697"), !cols.ordinal)) && (stryMutAct_9fa48("699") ? ordinalCol === undefined : stryMutAct_9fa48("698") ? true : (stryCov_9fa48("698", "699"), ordinalCol !== undefined)))) && (stryMutAct_9fa48("702") ? ordinalCol >= codeCol : stryMutAct_9fa48("701") ? ordinalCol <= codeCol : stryMutAct_9fa48("700") ? true : (stryCov_9fa48("700", "701", "702"), ordinalCol < codeCol)))) cols.ordinal = stryMutAct_9fa48("703") ? {} : (stryCov_9fa48("703"), {
      col: ordinalCol,
      header: table.header ? cellText(at(table.header.row, ordinalCol)) : stryMutAct_9fa48("704") ? "Stryker was here!" : (stryCov_9fa48("704"), ""),
      by: stryMutAct_9fa48("705") ? "" : (stryCov_9fa48("705"), "content")
    });
    const hiddenRows = new Set(stryMutAct_9fa48("706") ? sheet.hiddenRows && [] : (stryCov_9fa48("706"), sheet.hiddenRows ?? (stryMutAct_9fa48("707") ? ["Stryker was here"] : (stryCov_9fa48("707"), []))));
    const ref = stryMutAct_9fa48("708") ? () => undefined : (stryCov_9fa48("708"), (() => {
      const ref = (row: number, col: number | undefined): CellRef | null => (stryMutAct_9fa48("711") ? col !== undefined : stryMutAct_9fa48("710") ? false : stryMutAct_9fa48("709") ? true : (stryCov_9fa48("709", "710", "711"), col === undefined)) ? null : stryMutAct_9fa48("712") ? {} : (stryCov_9fa48("712"), {
        sheet: sheet.name,
        row,
        col
      });
      return ref;
    })());
    let pending: {
      no: number;
      row: number;
      label: string;
      taken: boolean;
      figured: boolean;
    } | null = null;
    let lastDotted: {
      no: number;
      minor: number;
    } | null = null;
    const pushIndicator = (row: number, code: string, codeCell: number, label: string): void => {
      if (stryMutAct_9fa48("713")) {
        {}
      } else {
        stryCov_9fa48("713");
        const hidden = stryMutAct_9fa48("716") ? !!sheet.hidden && hiddenRows.has(row) : stryMutAct_9fa48("715") ? false : stryMutAct_9fa48("714") ? true : (stryCov_9fa48("714", "715", "716"), (stryMutAct_9fa48("717") ? !sheet.hidden : (stryCov_9fa48("717"), !(stryMutAct_9fa48("718") ? sheet.hidden : (stryCov_9fa48("718"), !sheet.hidden)))) || hiddenRows.has(row));
        const cells = rowCells(at, row, table, stryMutAct_9fa48("719") ? opts.region && null : (stryCov_9fa48("719"), opts.region ?? null));
        const reading: Extract<RowReading, {
          as: "indicator";
        }> = stryMutAct_9fa48("720") ? {} : (stryCov_9fa48("720"), {
          row,
          as: stryMutAct_9fa48("721") ? "" : (stryCov_9fa48("721"), "indicator"),
          code,
          label,
          hidden,
          figure: ref(row, figureCol),
          threshold: (stryMutAct_9fa48("724") ? cells.thresholdCol !== null : stryMutAct_9fa48("723") ? false : stryMutAct_9fa48("722") ? true : (stryCov_9fa48("722", "723", "724"), cells.thresholdCol === null)) ? null : ref(row, cells.thresholdCol),
          self: ref(row, stryMutAct_9fa48("725") ? cols.self.col : (stryCov_9fa48("725"), cols.self?.col)),
          thresholdRegion: cells.thresholdRegion
        });
        table.rows.push(reading);
        out.indicators.push(stryMutAct_9fa48("726") ? {} : (stryCov_9fa48("726"), {
          reading,
          row: stryMutAct_9fa48("727") ? {} : (stryCov_9fa48("727"), {
            code,
            label,
            sheet: sheet.name,
            row,
            hidden,
            codeRef: stryMutAct_9fa48("728") ? {} : (stryCov_9fa48("728"), {
              sheet: sheet.name,
              row,
              col: codeCell
            }),
            figureRef: ref(row, figureCol),
            figure: cells.figure,
            thresholdRef: (stryMutAct_9fa48("731") ? cells.thresholdCol !== null : stryMutAct_9fa48("730") ? false : stryMutAct_9fa48("729") ? true : (stryCov_9fa48("729", "730", "731"), cells.thresholdCol === null)) ? null : ref(row, cells.thresholdCol),
            threshold: cells.threshold,
            ...(cells.needs ? stryMutAct_9fa48("732") ? {} : (stryCov_9fa48("732"), {
              thresholdNeeds: cells.needs
            }) : {}),
            ...(cells.thresholdRegion ? stryMutAct_9fa48("733") ? {} : (stryCov_9fa48("733"), {
              thresholdRegion: cells.thresholdRegion
            }) : {}),
            selfRef: ref(row, stryMutAct_9fa48("734") ? cols.self.col : (stryCov_9fa48("734"), cols.self?.col)),
            self: cols.self ? at(row, cols.self.col) : null,
            period: table.period
          })
        }));
      }
    };
    const pushCriterion = (row: number, no: number, label: string): void => {
      if (stryMutAct_9fa48("735")) {
        {}
      } else {
        stryCov_9fa48("735");
        table.rows.push(stryMutAct_9fa48("736") ? {} : (stryCov_9fa48("736"), {
          row,
          as: stryMutAct_9fa48("737") ? "" : (stryCov_9fa48("737"), "criterion"),
          no,
          label
        }));
        out.criteria.push(stryMutAct_9fa48("738") ? {} : (stryCov_9fa48("738"), {
          no,
          label,
          sheet: sheet.name,
          row,
          selfRef: ref(row, stryMutAct_9fa48("739") ? cols.self.col : (stryCov_9fa48("739"), cols.self?.col)),
          self: cols.self ? at(row, cols.self.col) : null
        }));
      }
    };
    // A criterion row that also holds an indicator: its self-assessment cell is the indicator's.
    const shareRow = (row: number): void => {
      if (stryMutAct_9fa48("740")) {
        {}
      } else {
        stryCov_9fa48("740");
        const c = out.criteria[stryMutAct_9fa48("741") ? out.criteria.length + 1 : (stryCov_9fa48("741"), out.criteria.length - 1)];
        if (stryMutAct_9fa48("744") ? c && c.row === row || c.sheet === sheet.name : stryMutAct_9fa48("743") ? false : stryMutAct_9fa48("742") ? true : (stryCov_9fa48("742", "743", "744"), (stryMutAct_9fa48("746") ? c || c.row === row : stryMutAct_9fa48("745") ? true : (stryCov_9fa48("745", "746"), c && (stryMutAct_9fa48("748") ? c.row !== row : stryMutAct_9fa48("747") ? true : (stryCov_9fa48("747", "748"), c.row === row)))) && (stryMutAct_9fa48("750") ? c.sheet !== sheet.name : stryMutAct_9fa48("749") ? true : (stryCov_9fa48("749", "750"), c.sheet === sheet.name)))) {
          if (stryMutAct_9fa48("751")) {
            {}
          } else {
            stryCov_9fa48("751");
            c.self = null;
            c.selfRef = null;
          }
        }
      }
    };
    const settlePending = (): void => {
      if (stryMutAct_9fa48("752")) {
        {}
      } else {
        stryCov_9fa48("752");
        if (stryMutAct_9fa48("755") ? pending && !pending.taken || opts.indicatorCodes.has(String(pending.no)) || opts.openCriteria?.has(pending.no) && pending.figured : stryMutAct_9fa48("754") ? false : stryMutAct_9fa48("753") ? true : (stryCov_9fa48("753", "754", "755"), (stryMutAct_9fa48("757") ? pending || !pending.taken : stryMutAct_9fa48("756") ? true : (stryCov_9fa48("756", "757"), pending && (stryMutAct_9fa48("758") ? pending.taken : (stryCov_9fa48("758"), !pending.taken)))) && (stryMutAct_9fa48("760") ? opts.indicatorCodes.has(String(pending.no)) && opts.openCriteria?.has(pending.no) && pending.figured : stryMutAct_9fa48("759") ? true : (stryCov_9fa48("759", "760"), opts.indicatorCodes.has(String(pending.no)) || (stryMutAct_9fa48("762") ? opts.openCriteria?.has(pending.no) || pending.figured : stryMutAct_9fa48("761") ? false : (stryCov_9fa48("761", "762"), (stryMutAct_9fa48("763") ? opts.openCriteria.has(pending.no) : (stryCov_9fa48("763"), opts.openCriteria?.has(pending.no))) && pending.figured)))))) {
          if (stryMutAct_9fa48("764")) {
            {}
          } else {
            stryCov_9fa48("764");
            shareRow(pending.row);
            pushIndicator(pending.row, String(pending.no), stryMutAct_9fa48("765") ? critCol && codeCol : (stryCov_9fa48("765"), critCol ?? codeCol), pending.label);
          }
        }
        pending = null;
      }
    };
    for (const b of body) {
      if (stryMutAct_9fa48("766")) {
        {}
      } else {
        stryCov_9fa48("766");
        const r = b.row;
        const cells = stryMutAct_9fa48("767") ? sheet.rows[r - sheet.originRow] && [] : (stryCov_9fa48("767"), sheet.rows[stryMutAct_9fa48("768") ? r + sheet.originRow : (stryCov_9fa48("768"), r - sheet.originRow)] ?? (stryMutAct_9fa48("769") ? ["Stryker was here"] : (stryCov_9fa48("769"), [])));
        if (stryMutAct_9fa48("772") ? false : stryMutAct_9fa48("771") ? true : stryMutAct_9fa48("770") ? cells.some(c => hasValue(c)) : (stryCov_9fa48("770", "771", "772"), !(stryMutAct_9fa48("773") ? cells.every(c => hasValue(c)) : (stryCov_9fa48("773"), cells.some(stryMutAct_9fa48("774") ? () => undefined : (stryCov_9fa48("774"), c => hasValue(c))))))) continue;
        if (stryMutAct_9fa48("776") ? false : stryMutAct_9fa48("775") ? true : (stryCov_9fa48("775", "776"), isNumberingRow(sheet, r))) {
          if (stryMutAct_9fa48("777")) {
            {}
          } else {
            stryCov_9fa48("777");
            table.rows.push(stryMutAct_9fa48("778") ? {} : (stryCov_9fa48("778"), {
              row: r,
              as: stryMutAct_9fa48("779") ? "" : (stryCov_9fa48("779"), "skipped"),
              why: stryMutAct_9fa48("780") ? "" : (stryCov_9fa48("780"), "numbering"),
              text: rowText(cells)
            }));
            continue;
          }
        }
        const label = labelOf(at, r, leading, b.codes, figureCol);
        const heading = (stryMutAct_9fa48("781") ? [] : (stryCov_9fa48("781"), [...b.codes.values()])).find(stryMutAct_9fa48("782") ? () => undefined : (stryCov_9fa48("782"), rd => stryMutAct_9fa48("785") ? rd.kind !== "criterion" : stryMutAct_9fa48("784") ? false : stryMutAct_9fa48("783") ? true : (stryCov_9fa48("783", "784", "785"), rd.kind === (stryMutAct_9fa48("786") ? "" : (stryCov_9fa48("786"), "criterion")))));
        const codeRd = b.codes.get(codeCol);
        const own = (stryMutAct_9fa48("789") ? codeRd || codeRd.kind !== "criterion" : stryMutAct_9fa48("788") ? false : stryMutAct_9fa48("787") ? true : (stryCov_9fa48("787", "788", "789"), codeRd && (stryMutAct_9fa48("791") ? codeRd.kind === "criterion" : stryMutAct_9fa48("790") ? true : (stryCov_9fa48("790", "791"), codeRd.kind !== (stryMutAct_9fa48("792") ? "" : (stryCov_9fa48("792"), "criterion")))))) ? codeOf(codeRd) : null;
        const critNo = heading ? heading.no : stryMutAct_9fa48("793") ? [...criterionCols].map(c => wholeAt(b, c)).find(n => n !== null) && null : (stryCov_9fa48("793"), (stryMutAct_9fa48("794") ? [] : (stryCov_9fa48("794"), [...criterionCols])).map(stryMutAct_9fa48("795") ? () => undefined : (stryCov_9fa48("795"), c => wholeAt(b, c))).find(stryMutAct_9fa48("796") ? () => undefined : (stryCov_9fa48("796"), n => stryMutAct_9fa48("799") ? n === null : stryMutAct_9fa48("798") ? false : stryMutAct_9fa48("797") ? true : (stryCov_9fa48("797", "798", "799"), n !== null))) ?? null);

        // A row that is a criterion heading ("Tiêu chí số 4", "4 | Điện") or carries its number.
        if (stryMutAct_9fa48("802") ? critNo !== null && opts.criterionNos.has(critNo) || !(own && (own.code.includes(".") || codeRd?.kind === "whole" && codeRd.said)) : stryMutAct_9fa48("801") ? false : stryMutAct_9fa48("800") ? true : (stryCov_9fa48("800", "801", "802"), (stryMutAct_9fa48("804") ? critNo !== null || opts.criterionNos.has(critNo) : stryMutAct_9fa48("803") ? true : (stryCov_9fa48("803", "804"), (stryMutAct_9fa48("806") ? critNo === null : stryMutAct_9fa48("805") ? true : (stryCov_9fa48("805", "806"), critNo !== null)) && opts.criterionNos.has(critNo))) && (stryMutAct_9fa48("807") ? own && (own.code.includes(".") || codeRd?.kind === "whole" && codeRd.said) : (stryCov_9fa48("807"), !(stryMutAct_9fa48("810") ? own || own.code.includes(".") || codeRd?.kind === "whole" && codeRd.said : stryMutAct_9fa48("809") ? false : stryMutAct_9fa48("808") ? true : (stryCov_9fa48("808", "809", "810"), own && (stryMutAct_9fa48("812") ? own.code.includes(".") && codeRd?.kind === "whole" && codeRd.said : stryMutAct_9fa48("811") ? true : (stryCov_9fa48("811", "812"), own.code.includes(stryMutAct_9fa48("813") ? "" : (stryCov_9fa48("813"), ".")) || (stryMutAct_9fa48("815") ? codeRd?.kind === "whole" || codeRd.said : stryMutAct_9fa48("814") ? false : (stryCov_9fa48("814", "815"), (stryMutAct_9fa48("817") ? codeRd?.kind !== "whole" : stryMutAct_9fa48("816") ? true : (stryCov_9fa48("816", "817"), (stryMutAct_9fa48("818") ? codeRd.kind : (stryCov_9fa48("818"), codeRd?.kind)) === (stryMutAct_9fa48("819") ? "" : (stryCov_9fa48("819"), "whole")))) && codeRd.said)))))))))) {
          if (stryMutAct_9fa48("820")) {
            {}
          } else {
            stryCov_9fa48("820");
            const single = stryMutAct_9fa48("823") ? opts.indicatorCodes.has(String(critNo)) && !!opts.openCriteria?.has(critNo) && !pending?.figured && hasValue(at(r, figureCol)) : stryMutAct_9fa48("822") ? false : stryMutAct_9fa48("821") ? true : (stryCov_9fa48("821", "822", "823"), opts.indicatorCodes.has(String(critNo)) || (stryMutAct_9fa48("825") ? !!opts.openCriteria?.has(critNo) && !pending?.figured || hasValue(at(r, figureCol)) : stryMutAct_9fa48("824") ? false : (stryCov_9fa48("824", "825"), (stryMutAct_9fa48("827") ? !!opts.openCriteria?.has(critNo) || !pending?.figured : stryMutAct_9fa48("826") ? true : (stryCov_9fa48("826", "827"), (stryMutAct_9fa48("828") ? !opts.openCriteria?.has(critNo) : (stryCov_9fa48("828"), !(stryMutAct_9fa48("829") ? opts.openCriteria?.has(critNo) : (stryCov_9fa48("829"), !(stryMutAct_9fa48("830") ? opts.openCriteria.has(critNo) : (stryCov_9fa48("830"), opts.openCriteria?.has(critNo))))))) && (stryMutAct_9fa48("831") ? pending?.figured : (stryCov_9fa48("831"), !(stryMutAct_9fa48("832") ? pending.figured : (stryCov_9fa48("832"), pending?.figured)))))) && hasValue(at(r, figureCol)))));
            if (stryMutAct_9fa48("835") ? pending && pending.no === critNo && !pending.taken && single || !heading : stryMutAct_9fa48("834") ? false : stryMutAct_9fa48("833") ? true : (stryCov_9fa48("833", "834", "835"), (stryMutAct_9fa48("837") ? pending && pending.no === critNo && !pending.taken || single : stryMutAct_9fa48("836") ? true : (stryCov_9fa48("836", "837"), (stryMutAct_9fa48("839") ? pending && pending.no === critNo || !pending.taken : stryMutAct_9fa48("838") ? true : (stryCov_9fa48("838", "839"), (stryMutAct_9fa48("841") ? pending || pending.no === critNo : stryMutAct_9fa48("840") ? true : (stryCov_9fa48("840", "841"), pending && (stryMutAct_9fa48("843") ? pending.no !== critNo : stryMutAct_9fa48("842") ? true : (stryCov_9fa48("842", "843"), pending.no === critNo)))) && (stryMutAct_9fa48("844") ? pending.taken : (stryCov_9fa48("844"), !pending.taken)))) && single)) && (stryMutAct_9fa48("845") ? heading : (stryCov_9fa48("845"), !heading)))) {
              if (stryMutAct_9fa48("846")) {
                {}
              } else {
                stryCov_9fa48("846");
                // "5 | Trường học" then "5 | Tỷ lệ trường học … | 0/2": the second row is the indicator.
                pending.taken = stryMutAct_9fa48("847") ? false : (stryCov_9fa48("847"), true);
                pushIndicator(r, String(critNo), codeCol, label);
                lastDotted = null;
                continue;
              }
            }
            settlePending();
            pushCriterion(r, critNo, label);
            pending = stryMutAct_9fa48("848") ? {} : (stryCov_9fa48("848"), {
              no: critNo,
              row: r,
              label,
              taken: stryMutAct_9fa48("849") ? true : (stryCov_9fa48("849"), false),
              figured: hasValue(at(r, figureCol))
            });
            lastDotted = null;
            continue;
          }
        }
        if (stryMutAct_9fa48("852") ? critNo !== null && opts.criterionNos.has(critNo) || own : stryMutAct_9fa48("851") ? false : stryMutAct_9fa48("850") ? true : (stryCov_9fa48("850", "851", "852"), (stryMutAct_9fa48("854") ? critNo !== null || opts.criterionNos.has(critNo) : stryMutAct_9fa48("853") ? true : (stryCov_9fa48("853", "854"), (stryMutAct_9fa48("856") ? critNo === null : stryMutAct_9fa48("855") ? true : (stryCov_9fa48("855", "856"), critNo !== null)) && opts.criterionNos.has(critNo))) && own)) {
          if (stryMutAct_9fa48("857")) {
            {}
          } else {
            stryCov_9fa48("857");
            // The decision's layout: the criterion's number and its first indicator on one row.
            settlePending();
            pushCriterion(r, critNo, label);
            shareRow(r);
          }
        }
        if (stryMutAct_9fa48("860") ? false : stryMutAct_9fa48("859") ? true : stryMutAct_9fa48("858") ? own : (stryCov_9fa48("858", "859", "860"), !own)) {
          if (stryMutAct_9fa48("861")) {
            {}
          } else {
            stryCov_9fa48("861");
            if (stryMutAct_9fa48("864") ? label && b.codes.size > 0 : stryMutAct_9fa48("863") ? false : stryMutAct_9fa48("862") ? true : (stryCov_9fa48("862", "863", "864"), label || (stryMutAct_9fa48("867") ? b.codes.size <= 0 : stryMutAct_9fa48("866") ? b.codes.size >= 0 : stryMutAct_9fa48("865") ? false : (stryCov_9fa48("865", "866", "867"), b.codes.size > 0)))) table.rows.push(stryMutAct_9fa48("868") ? {} : (stryCov_9fa48("868"), {
              row: r,
              as: stryMutAct_9fa48("869") ? "" : (stryCov_9fa48("869"), "skipped"),
              why: stryMutAct_9fa48("870") ? "" : (stryCov_9fa48("870"), "no-code"),
              text: rowText(cells)
            }));
            continue;
          }
        }
        let code = own.code;
        if (stryMutAct_9fa48("873") ? codeRd?.kind === "dotted" && codeRd.numeric && lastDotted || code.includes(".") : stryMutAct_9fa48("872") ? false : stryMutAct_9fa48("871") ? true : (stryCov_9fa48("871", "872", "873"), (stryMutAct_9fa48("875") ? codeRd?.kind === "dotted" && codeRd.numeric || lastDotted : stryMutAct_9fa48("874") ? true : (stryCov_9fa48("874", "875"), (stryMutAct_9fa48("877") ? codeRd?.kind === "dotted" || codeRd.numeric : stryMutAct_9fa48("876") ? true : (stryCov_9fa48("876", "877"), (stryMutAct_9fa48("879") ? codeRd?.kind !== "dotted" : stryMutAct_9fa48("878") ? true : (stryCov_9fa48("878", "879"), (stryMutAct_9fa48("880") ? codeRd.kind : (stryCov_9fa48("880"), codeRd?.kind)) === (stryMutAct_9fa48("881") ? "" : (stryCov_9fa48("881"), "dotted")))) && codeRd.numeric)) && lastDotted)) && code.includes(stryMutAct_9fa48("882") ? "" : (stryCov_9fa48("882"), ".")))) {
          if (stryMutAct_9fa48("883")) {
            {}
          } else {
            stryCov_9fa48("883");
            const [no, minor] = code.split(stryMutAct_9fa48("884") ? "" : (stryCov_9fa48("884"), ".")).map(Number);
            // 17.10 typed as a number reads 17.1: after 17.9 it must be 17.10.
            if (stryMutAct_9fa48("887") ? no === lastDotted.no && minor < lastDotted.minor || isIndicatorCode(opts, `${no}.${minor * 10}`) : stryMutAct_9fa48("886") ? false : stryMutAct_9fa48("885") ? true : (stryCov_9fa48("885", "886", "887"), (stryMutAct_9fa48("889") ? no === lastDotted.no || minor < lastDotted.minor : stryMutAct_9fa48("888") ? true : (stryCov_9fa48("888", "889"), (stryMutAct_9fa48("891") ? no !== lastDotted.no : stryMutAct_9fa48("890") ? true : (stryCov_9fa48("890", "891"), no === lastDotted.no)) && (stryMutAct_9fa48("894") ? minor >= lastDotted.minor : stryMutAct_9fa48("893") ? minor <= lastDotted.minor : stryMutAct_9fa48("892") ? true : (stryCov_9fa48("892", "893", "894"), minor < lastDotted.minor)))) && isIndicatorCode(opts, stryMutAct_9fa48("895") ? `` : (stryCov_9fa48("895"), `${no}.${stryMutAct_9fa48("896") ? minor / 10 : (stryCov_9fa48("896"), minor * 10)}`)))) code = stryMutAct_9fa48("897") ? `` : (stryCov_9fa48("897"), `${no}.${stryMutAct_9fa48("898") ? minor / 10 : (stryCov_9fa48("898"), minor * 10)}`);
          }
        }
        if (stryMutAct_9fa48("901") ? false : stryMutAct_9fa48("900") ? true : stryMutAct_9fa48("899") ? isIndicatorCode(opts, code) : (stryCov_9fa48("899", "900", "901"), !isIndicatorCode(opts, code))) {
          if (stryMutAct_9fa48("902")) {
            {}
          } else {
            stryCov_9fa48("902");
            if (stryMutAct_9fa48("905") ? pending && pending.no === own.no || !code.includes(".") : stryMutAct_9fa48("904") ? false : stryMutAct_9fa48("903") ? true : (stryCov_9fa48("903", "904", "905"), (stryMutAct_9fa48("907") ? pending || pending.no === own.no : stryMutAct_9fa48("906") ? true : (stryCov_9fa48("906", "907"), pending && (stryMutAct_9fa48("909") ? pending.no !== own.no : stryMutAct_9fa48("908") ? true : (stryCov_9fa48("908", "909"), pending.no === own.no)))) && (stryMutAct_9fa48("910") ? code.includes(".") : (stryCov_9fa48("910"), !code.includes(stryMutAct_9fa48("911") ? "" : (stryCov_9fa48("911"), ".")))))) continue;
            table.rows.push(stryMutAct_9fa48("912") ? {} : (stryCov_9fa48("912"), {
              row: r,
              as: stryMutAct_9fa48("913") ? "" : (stryCov_9fa48("913"), "skipped"),
              why: stryMutAct_9fa48("914") ? "" : (stryCov_9fa48("914"), "unknown-code"),
              text: rowText(cells),
              code
            }));
            if (stryMutAct_9fa48("916") ? false : stryMutAct_9fa48("915") ? true : (stryCov_9fa48("915", "916"), code.includes(stryMutAct_9fa48("917") ? "" : (stryCov_9fa48("917"), ".")))) out.unknownCodes.push(stryMutAct_9fa48("918") ? {} : (stryCov_9fa48("918"), {
              ref: stryMutAct_9fa48("919") ? {} : (stryCov_9fa48("919"), {
                sheet: sheet.name,
                row: r,
                col: codeCol
              }),
              code
            }));
            continue;
          }
        }
        if (stryMutAct_9fa48("922") ? pending && pending.no === own.no || !code.includes(".") : stryMutAct_9fa48("921") ? false : stryMutAct_9fa48("920") ? true : (stryCov_9fa48("920", "921", "922"), (stryMutAct_9fa48("924") ? pending || pending.no === own.no : stryMutAct_9fa48("923") ? true : (stryCov_9fa48("923", "924"), pending && (stryMutAct_9fa48("926") ? pending.no !== own.no : stryMutAct_9fa48("925") ? true : (stryCov_9fa48("925", "926"), pending.no === own.no)))) && (stryMutAct_9fa48("927") ? code.includes(".") : (stryCov_9fa48("927"), !code.includes(stryMutAct_9fa48("928") ? "" : (stryCov_9fa48("928"), ".")))))) pending.taken = stryMutAct_9fa48("929") ? false : (stryCov_9fa48("929"), true);else if (stryMutAct_9fa48("932") ? pending || pending.no !== own.no : stryMutAct_9fa48("931") ? false : stryMutAct_9fa48("930") ? true : (stryCov_9fa48("930", "931", "932"), pending && (stryMutAct_9fa48("934") ? pending.no === own.no : stryMutAct_9fa48("933") ? true : (stryCov_9fa48("933", "934"), pending.no !== own.no)))) settlePending();
        if (stryMutAct_9fa48("937") ? pending || code.includes(".") : stryMutAct_9fa48("936") ? false : stryMutAct_9fa48("935") ? true : (stryCov_9fa48("935", "936", "937"), pending && code.includes(stryMutAct_9fa48("938") ? "" : (stryCov_9fa48("938"), ".")))) pending.taken = stryMutAct_9fa48("939") ? false : (stryCov_9fa48("939"), true);
        const parts = code.split(stryMutAct_9fa48("940") ? "" : (stryCov_9fa48("940"), ".")).map(Number);
        lastDotted = stryMutAct_9fa48("941") ? {} : (stryCov_9fa48("941"), {
          no: parts[0],
          minor: stryMutAct_9fa48("942") ? parts[1] && 0 : (stryCov_9fa48("942"), parts[1] ?? 0)
        });
        pushIndicator(r, code, codeCol, label);
      }
    }
    settlePending();
  }
}

/** A code the reader takes as an indicator: the set lists it, or its criterion takes whatever the sheet has. */
export function isIndicatorCode(opts: Pick<DetectOptions, "indicatorCodes" | "openCriteria">, code: string): boolean {
  if (stryMutAct_9fa48("943")) {
    {}
  } else {
    stryCov_9fa48("943");
    if (stryMutAct_9fa48("945") ? false : stryMutAct_9fa48("944") ? true : (stryCov_9fa48("944", "945"), opts.indicatorCodes.has(code))) return stryMutAct_9fa48("946") ? false : (stryCov_9fa48("946"), true);
    const dot = code.indexOf(stryMutAct_9fa48("947") ? "" : (stryCov_9fa48("947"), "."));
    return stryMutAct_9fa48("950") ? dot > 0 || !!opts.openCriteria?.has(Number(code.slice(0, dot))) : stryMutAct_9fa48("949") ? false : stryMutAct_9fa48("948") ? true : (stryCov_9fa48("948", "949", "950"), (stryMutAct_9fa48("953") ? dot <= 0 : stryMutAct_9fa48("952") ? dot >= 0 : stryMutAct_9fa48("951") ? true : (stryCov_9fa48("951", "952", "953"), dot > 0)) && (stryMutAct_9fa48("954") ? !opts.openCriteria?.has(Number(code.slice(0, dot))) : (stryCov_9fa48("954"), !(stryMutAct_9fa48("955") ? opts.openCriteria?.has(Number(code.slice(0, dot))) : (stryCov_9fa48("955"), !(stryMutAct_9fa48("956") ? opts.openCriteria.has(Number(code.slice(0, dot))) : (stryCov_9fa48("956"), opts.openCriteria?.has(Number(stryMutAct_9fa48("957") ? code : (stryCov_9fa48("957"), code.slice(0, dot)))))))))));
  }
}

/**
 * Figure, threshold (the region's or group's sub-column, else "Chỉ tiêu chung") of one row; `needs`
 * says the row's threshold is in sub-columns and the commune's region or group is not known.
 */
function rowCells(at: CellLookup, row: number, table: TableReading, region: string | null): {
  figure: GridCell;
  threshold: GridCell;
  thresholdCol: number | null;
  thresholdRegion: string | null;
  needs: "region" | "group" | null;
} {
  if (stryMutAct_9fa48("958")) {
    {}
  } else {
    stryCov_9fa48("958");
    const cols = table.columns;
    let figure = at(row, cols.figure!.col);
    if (stryMutAct_9fa48("961") ? !hasValue(figure) && cols.count || cols.total : stryMutAct_9fa48("960") ? false : stryMutAct_9fa48("959") ? true : (stryCov_9fa48("959", "960", "961"), (stryMutAct_9fa48("963") ? !hasValue(figure) || cols.count : stryMutAct_9fa48("962") ? true : (stryCov_9fa48("962", "963"), (stryMutAct_9fa48("964") ? hasValue(figure) : (stryCov_9fa48("964"), !hasValue(figure))) && cols.count)) && cols.total)) {
      if (stryMutAct_9fa48("965")) {
        {}
      } else {
        stryCov_9fa48("965");
        const n = at(row, cols.count.col);
        const d = at(row, cols.total.col);
        if (stryMutAct_9fa48("968") ? hasValue(n) || hasValue(d) : stryMutAct_9fa48("967") ? false : stryMutAct_9fa48("966") ? true : (stryCov_9fa48("966", "967", "968"), hasValue(n) && hasValue(d))) figure = stryMutAct_9fa48("969") ? {} : (stryCov_9fa48("969"), {
          value: stryMutAct_9fa48("970") ? `` : (stryCov_9fa48("970"), `${cellText(n)}/${cellText(d)}`)
        });
      }
    }
    let thresholdCol: number | null = null;
    let thresholdRegion: string | null = null;
    const mine = cols.regionColumns.find(stryMutAct_9fa48("971") ? () => undefined : (stryCov_9fa48("971"), c => stryMutAct_9fa48("974") ? c.region !== region : stryMutAct_9fa48("973") ? false : stryMutAct_9fa48("972") ? true : (stryCov_9fa48("972", "973", "974"), c.region === region)));
    if (stryMutAct_9fa48("977") ? mine || hasValue(at(row, mine.col)) : stryMutAct_9fa48("976") ? false : stryMutAct_9fa48("975") ? true : (stryCov_9fa48("975", "976", "977"), mine && hasValue(at(row, mine.col)))) {
      if (stryMutAct_9fa48("978")) {
        {}
      } else {
        stryCov_9fa48("978");
        thresholdCol = mine.col;
        thresholdRegion = mine.region;
      }
    } else if (stryMutAct_9fa48("981") ? cols.regionColumns.length === 0 || cols.threshold : stryMutAct_9fa48("980") ? false : stryMutAct_9fa48("979") ? true : (stryCov_9fa48("979", "980", "981"), (stryMutAct_9fa48("983") ? cols.regionColumns.length !== 0 : stryMutAct_9fa48("982") ? true : (stryCov_9fa48("982", "983"), cols.regionColumns.length === 0)) && cols.threshold)) {
      if (stryMutAct_9fa48("984")) {
        {}
      } else {
        stryCov_9fa48("984");
        thresholdCol = cols.threshold.col;
        thresholdRegion = cols.threshold.region;
      }
    } else if (stryMutAct_9fa48("987") ? cols.generalThreshold || hasValue(at(row, cols.generalThreshold.col)) : stryMutAct_9fa48("986") ? false : stryMutAct_9fa48("985") ? true : (stryCov_9fa48("985", "986", "987"), cols.generalThreshold && hasValue(at(row, cols.generalThreshold.col)))) thresholdCol = cols.generalThreshold.col;else if (stryMutAct_9fa48("990") ? !mine || cols.regionColumns.length >= 2 : stryMutAct_9fa48("989") ? false : stryMutAct_9fa48("988") ? true : (stryCov_9fa48("988", "989", "990"), (stryMutAct_9fa48("991") ? mine : (stryCov_9fa48("991"), !mine)) && (stryMutAct_9fa48("994") ? cols.regionColumns.length < 2 : stryMutAct_9fa48("993") ? cols.regionColumns.length > 2 : stryMutAct_9fa48("992") ? true : (stryCov_9fa48("992", "993", "994"), cols.regionColumns.length >= 2)))) {
      if (stryMutAct_9fa48("995")) {
        {}
      } else {
        stryCov_9fa48("995");
        // The same threshold in every region's or group's column does not depend on it ("Đạt | Đạt | Đạt").
        const texts = new Set(cols.regionColumns.map(stryMutAct_9fa48("996") ? () => undefined : (stryCov_9fa48("996"), c => cellText(at(row, c.col)))));
        if (stryMutAct_9fa48("999") ? texts.size === 1 || !texts.has("") : stryMutAct_9fa48("998") ? false : stryMutAct_9fa48("997") ? true : (stryCov_9fa48("997", "998", "999"), (stryMutAct_9fa48("1001") ? texts.size !== 1 : stryMutAct_9fa48("1000") ? true : (stryCov_9fa48("1000", "1001"), texts.size === 1)) && (stryMutAct_9fa48("1002") ? texts.has("") : (stryCov_9fa48("1002"), !texts.has(stryMutAct_9fa48("1003") ? "Stryker was here!" : (stryCov_9fa48("1003"), "")))))) thresholdCol = cols.regionColumns[0].col;
      }
    }
    let needs: "region" | "group" | null = null;
    if (stryMutAct_9fa48("1006") ? thresholdCol === null && !mine && cols.regionColumns.length >= 2 || cols.regionColumns.some(c => hasValue(at(row, c.col))) : stryMutAct_9fa48("1005") ? false : stryMutAct_9fa48("1004") ? true : (stryCov_9fa48("1004", "1005", "1006"), (stryMutAct_9fa48("1008") ? thresholdCol === null && !mine || cols.regionColumns.length >= 2 : stryMutAct_9fa48("1007") ? true : (stryCov_9fa48("1007", "1008"), (stryMutAct_9fa48("1010") ? thresholdCol === null || !mine : stryMutAct_9fa48("1009") ? true : (stryCov_9fa48("1009", "1010"), (stryMutAct_9fa48("1012") ? thresholdCol !== null : stryMutAct_9fa48("1011") ? true : (stryCov_9fa48("1011", "1012"), thresholdCol === null)) && (stryMutAct_9fa48("1013") ? mine : (stryCov_9fa48("1013"), !mine)))) && (stryMutAct_9fa48("1016") ? cols.regionColumns.length < 2 : stryMutAct_9fa48("1015") ? cols.regionColumns.length > 2 : stryMutAct_9fa48("1014") ? true : (stryCov_9fa48("1014", "1015", "1016"), cols.regionColumns.length >= 2)))) && (stryMutAct_9fa48("1017") ? cols.regionColumns.every(c => hasValue(at(row, c.col))) : (stryCov_9fa48("1017"), cols.regionColumns.some(stryMutAct_9fa48("1018") ? () => undefined : (stryCov_9fa48("1018"), c => hasValue(at(row, c.col)))))))) needs = (stryMutAct_9fa48("1019") ? cols.regionColumns.some(c => c.region.startsWith("nhom-")) : (stryCov_9fa48("1019"), cols.regionColumns.every(stryMutAct_9fa48("1020") ? () => undefined : (stryCov_9fa48("1020"), c => stryMutAct_9fa48("1021") ? c.region.endsWith("nhom-") : (stryCov_9fa48("1021"), c.region.startsWith(stryMutAct_9fa48("1022") ? "" : (stryCov_9fa48("1022"), "nhom-"))))))) ? stryMutAct_9fa48("1023") ? "" : (stryCov_9fa48("1023"), "group") : stryMutAct_9fa48("1024") ? "" : (stryCov_9fa48("1024"), "region");
    return stryMutAct_9fa48("1025") ? {} : (stryCov_9fa48("1025"), {
      figure,
      threshold: (stryMutAct_9fa48("1028") ? thresholdCol !== null : stryMutAct_9fa48("1027") ? false : stryMutAct_9fa48("1026") ? true : (stryCov_9fa48("1026", "1027", "1028"), thresholdCol === null)) ? null : at(row, thresholdCol),
      thresholdCol,
      thresholdRegion,
      needs
    });
  }
}
const CODE_PREFIX = stryMutAct_9fa48("1054") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\S*/iu : stryMutAct_9fa48("1053") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s/iu : stryMutAct_9fa48("1052") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[^:\-–)]?\s*/iu : stryMutAct_9fa48("1051") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]\s*/iu : stryMutAct_9fa48("1050") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\S*[:\-–)]?\s*/iu : stryMutAct_9fa48("1049") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s[:\-–)]?\s*/iu : stryMutAct_9fa48("1048") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1047") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\S*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1046") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1045") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\D{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1044") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1043") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\S*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1042") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1041") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\S*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1040") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1039") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2})\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1038") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\D{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1037") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1036") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\S*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1035") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1034") ? /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1033") ? /^[^\p{L}\D]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1032") ? /^[^\P{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1031") ? /^[\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1030") ? /^[^\p{L}\d](?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : stryMutAct_9fa48("1029") ? /[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu : (stryCov_9fa48("1029", "1030", "1031", "1032", "1033", "1034", "1035", "1036", "1037", "1038", "1039", "1040", "1041", "1042", "1043", "1044", "1045", "1046", "1047", "1048", "1049", "1050", "1051", "1052", "1053", "1054"), /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tiêu chí số|tiêu chí|tieu chi so|tieu chi)\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu);

/** The row's wording: the leading text cells, with codes and "Tiêu chí số N" stripped. */
function labelOf(at: CellLookup, row: number, leading: number[], codes: Map<number, CodeReading>, figureCol: number): string {
  if (stryMutAct_9fa48("1055")) {
    {}
  } else {
    stryCov_9fa48("1055");
    const parts: string[] = stryMutAct_9fa48("1056") ? ["Stryker was here"] : (stryCov_9fa48("1056"), []);
    for (const c of leading) {
      if (stryMutAct_9fa48("1057")) {
        {}
      } else {
        stryCov_9fa48("1057");
        if (stryMutAct_9fa48("1061") ? c < figureCol : stryMutAct_9fa48("1060") ? c > figureCol : stryMutAct_9fa48("1059") ? false : stryMutAct_9fa48("1058") ? true : (stryCov_9fa48("1058", "1059", "1060", "1061"), c >= figureCol)) break;
        const cell = at(row, c, stryMutAct_9fa48("1062") ? false : (stryCov_9fa48("1062"), true));
        if (stryMutAct_9fa48("1065") ? !hasValue(cell) && typeof cell.value !== "string" : stryMutAct_9fa48("1064") ? false : stryMutAct_9fa48("1063") ? true : (stryCov_9fa48("1063", "1064", "1065"), (stryMutAct_9fa48("1066") ? hasValue(cell) : (stryCov_9fa48("1066"), !hasValue(cell))) || (stryMutAct_9fa48("1068") ? typeof cell.value === "string" : stryMutAct_9fa48("1067") ? false : (stryCov_9fa48("1067", "1068"), typeof cell.value !== (stryMutAct_9fa48("1069") ? "" : (stryCov_9fa48("1069"), "string")))))) continue;
        let t = cellText(cell);
        if (stryMutAct_9fa48("1071") ? false : stryMutAct_9fa48("1070") ? true : (stryCov_9fa48("1070", "1071"), codes.has(c))) t = stryMutAct_9fa48("1072") ? t.replace(CODE_PREFIX, "") : (stryCov_9fa48("1072"), t.replace(CODE_PREFIX, stryMutAct_9fa48("1073") ? "Stryker was here!" : (stryCov_9fa48("1073"), "")).trim());
        if (stryMutAct_9fa48("1076") ? t || !parts.includes(t) : stryMutAct_9fa48("1075") ? false : stryMutAct_9fa48("1074") ? true : (stryCov_9fa48("1074", "1075", "1076"), t && (stryMutAct_9fa48("1077") ? parts.includes(t) : (stryCov_9fa48("1077"), !parts.includes(t))))) parts.push(t);
      }
    }
    return stryMutAct_9fa48("1078") ? normalizeText(parts.join(" ")) : (stryCov_9fa48("1078"), normalizeText(parts.join(stryMutAct_9fa48("1079") ? "" : (stryCov_9fa48("1079"), " "))).slice(0, 300));
  }
}
function rowText(cells: GridCell[]): string {
  if (stryMutAct_9fa48("1080")) {
    {}
  } else {
    stryCov_9fa48("1080");
    return stryMutAct_9fa48("1082") ? cells.map(c => cellText(c)).join(" | ").slice(0, 120) : stryMutAct_9fa48("1081") ? cells.filter(c => hasValue(c)).map(c => cellText(c)).join(" | ") : (stryCov_9fa48("1081", "1082"), cells.filter(stryMutAct_9fa48("1083") ? () => undefined : (stryCov_9fa48("1083"), c => hasValue(c))).map(stryMutAct_9fa48("1084") ? () => undefined : (stryCov_9fa48("1084"), c => cellText(c))).join(stryMutAct_9fa48("1085") ? "" : (stryCov_9fa48("1085"), " | ")).slice(0, 120));
  }
}

/** "B" for a column index, for the reading map's text. */
export function columnName(col: number): string {
  if (stryMutAct_9fa48("1086")) {
    {}
  } else {
    stryCov_9fa48("1086");
    return columnLetters(col);
  }
}