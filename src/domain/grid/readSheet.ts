import { foldText, normalizeText } from "../figures/normalizeText";
import { parseThreshold } from "../figures/parseThreshold";
import { columnLetters } from "./address";
import { readCode, readCodeText, type CodeReading } from "./codes";
import type { CriterionRow, DetectOptions, IndicatorRow } from "./findIndicators";
import type { CellRef, GridCell, SheetGrid } from "./Grid";
import { isBareTarget, isNumberingRow, readHeaderBand, type ColumnRole, type HeaderBand, type HeaderColumn } from "./headers";
import { cellText, hasValue, mergedLookup, ownCell, type CellLookup } from "./mergedCells";
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
  /**
   * The period to judge where a table has several side by side: its header's text or a part of it
   * ("6 tháng đầu năm 2024", "6 tháng"), compared without accents and case. The latest otherwise.
   */
  period?: string;
}

/** What one sheet yields: its reading, and the rows taken, in the order found. */
export interface SheetYield {
  reading: SheetReading;
  indicators: { row: IndicatorRow; reading: Extract<RowReading, { as: "indicator" }> }[];
  criteria: CriterionRow[];
  unknownCodes: { ref: CellRef; code: string }[];
  title: TitleBlock;
}

const MAX_LEADING = 6;

/**
 * Reads one sheet into its tables: header bands give the columns; the code column is the leading
 * column whose cells read as indicator codes; criterion numbers are recognised by agreeing with the
 * codes below them (an ordinal "STT" column does not).
 */
export function readSheet(sheet: SheetGrid, opts: DetectOptions): SheetYield {
  const at = mergedLookup(sheet);
  const title: TitleBlock = { commune: null, province: null, district: null };
  const reading: SheetReading = { sheet: sheet.name, hidden: !!sheet.hidden, skipped: null, tables: [], commune: null };
  const out: SheetYield = { reading, indicators: [], criteria: [], unknownCodes: [], title };
  const mapping = opts.columns && (!opts.columns.sheet || opts.columns.sheet === sheet.name) ? opts.columns : null;

  const bands: HeaderBand[] = [];
  const end = sheet.originRow + sheet.rows.length;
  for (let r = sheet.originRow; r < end; r++) {
    const band = readHeaderBand(sheet, r, at);
    if (band) {
      bands.push(band);
      r = band.last;
    } else if (bands.length === 0 && r - sheet.originRow < 40) {
      readTitleRow(sheet.rows[r - sheet.originRow] ?? [], title);
    }
  }
  if (bands.length === 0 && mapping && mapping.figure !== undefined) bands.push({ first: sheet.originRow - 1, last: sheet.originRow - 1, row: -1, columns: [] });
  bands.forEach((band, k) => {
    const bodyEnd = k + 1 < bands.length ? bands[k + 1].first : end;
    const table = readTable(sheet, at, band, band.last + 1, bodyEnd, opts, mapping, out);
    if (table) reading.tables.push(table);
  });
  if (reading.tables.length === 0) reading.skipped = "no-table";
  reading.commune = title.commune;
  return out;
}

type Role = Exclude<ColumnRole, "plan" | "note">;

/** The period a user named, among a table's: the same text, else the one it is part of (without accents or case). */
export function matchPeriod(asked: string, periods: readonly string[]): string | null {
  // foldText normalises (NFC, one space, trimmed) before folding.
  const a = foldText(asked);
  if (!a) return null;
  const folded = periods.map((p) => foldText(p));
  const i = folded.indexOf(a);
  if (i >= 0) return periods[i];
  const part = folded.filter((p) => p.includes(a));
  return part.length === 1 ? periods[folded.indexOf(part[0])] : null;
}

function pick(band: HeaderBand, role: Role): HeaderColumn[] {
  return band.columns.filter((c) => c.role === role);
}

function choice(c: HeaderColumn | undefined): ColumnChoice | null {
  return c ? { col: c.col, header: c.text, by: "header" } : null;
}

function userChoice(col: number | undefined, sheet: SheetGrid, headerRow: number, at: CellLookup): ColumnChoice | null {
  if (col === undefined) return null;
  return { col, header: headerRow >= 0 ? cellText(at(headerRow, col)) : "", by: "user" };
}

/**
 * "Nội dung tiêu chí | Chỉ tiêu | Kết quả thực hiện": where another column names the indicator and
 * none is a threshold, a column headed just "Chỉ tiêu" whose cells are mostly thresholds is the
 * threshold column (the same header over "4.2", "4.3" is the code column).
 */
function withTargetColumn(band: HeaderBand, at: CellLookup, start: number, end: number): HeaderBand {
  const names = pick(band, "name");
  if (names.length < 2 || band.columns.some((c) => c.role === "threshold" || c.role === "generalThreshold")) return band;
  const target = names.find((c) => isBareTarget(c.text) && holdsThresholds(at, c.col, start, end));
  if (!target) return band;
  return { ...band, columns: band.columns.map((c) => (c === target ? { ...c, role: "threshold" } : c)) };
}

/** More of the column's cells are thresholds than codes (criterion headings merged across it read as codes). */
function holdsThresholds(at: CellLookup, col: number, start: number, end: number): boolean {
  let rules = 0;
  let codes = 0;
  for (let r = start; r < end; r++) {
    const cell = at(r, col);
    if (!hasValue(cell)) continue;
    if (readCode(cell)) codes++;
    else if (typeof cell.value === "string" && parseThreshold(cell.value)) rules++;
  }
  return rules > codes;
}

function readTable(sheet: SheetGrid, at: CellLookup, headerBand: HeaderBand, start: number, end: number, opts: DetectOptions, mapping: ColumnMapping | null, out: SheetYield): TableReading | null {
  const band = withTargetColumn(headerBand, at, start, end);
  // Figure column: the latest period's, else the first; a rate ("Tỷ lệ"), then a count column stand in.
  const figures = pick(band, "figure");
  const periods = band.columns.filter((c) => c.period && (c.role === "figure" || c.role === "self" || c.role === "rate" || c.role === "count"));
  const periodLabels = [...new Set(periods.map((c) => c.period!.label))];
  const asked = periodLabels.length > 1 && mapping?.period ? matchPeriod(mapping.period, periodLabels) : null;
  const inAsked = (c: HeaderColumn) => asked === null || c.period?.label === asked;
  let figure = figures.find(inAsked);
  if (asked === null && figures.some((f) => f.period)) figure = [...figures].sort((a, b) => (b.period?.rank ?? 0) - (a.period?.rank ?? 0) || b.col - a.col)[0];
  const rate = pick(band, "rate").find(inAsked);
  const count = pick(band, "count").find(inAsked);
  const total = pick(band, "total").find(inAsked) ?? pick(band, "total")[0];
  const figureCol = figure ?? rate ?? count;
  const period = periodLabels.length > 1 && figureCol?.period ? figureCol.period.label : null;
  const selves = pick(band, "self");
  // With periods side by side, the judged period's self-assessment, else one that names no period
  // ("Kết quả thực hiện" over "6 tháng | Cả năm", then one "Tự đánh giá"); without periods, the one after the figure.
  const self = period !== null ? (selves.find((s) => s.period?.label === period) ?? selves.find((s) => !s.period)) : (selves.find((s) => figureCol && s.col > figureCol.col) ?? selves[0]);

  const regionColumns = band.columns.filter((c) => c.role === "threshold" && c.region !== null);
  const general = pick(band, "generalThreshold")[0];
  // Used only with fewer than two region sub-columns: one region's column alone is a plain threshold.
  const plainThreshold = band.columns.find((c) => c.role === "threshold");
  let threshold: ThresholdChoice | null = null;
  if (regionColumns.length >= 2) {
    const mine = regionColumns.find((c) => c.region === opts.region);
    if (mine) threshold = { col: mine.col, header: mine.text, by: "header", region: mine.region };
  } else if (plainThreshold) threshold = { col: plainThreshold.col, header: plainThreshold.text, by: "header", region: plainThreshold.region };

  const columns: TableReading["columns"] = {
    code: choice(pick(band, "code")[0]),
    ordinal: choice(pick(band, "ordinal")[0]),
    criterion: null,
    name: choice(pick(band, "name")[0]),
    figure: choice(figureCol),
    threshold,
    generalThreshold: regionColumns.length >= 2 || !threshold ? choice(general) : null,
    regionColumns: regionColumns.length >= 2 ? regionColumns.map((c) => ({ region: c.region!, col: c.col })) : [],
    self: choice(self),
    count: choice(count),
    total: choice(total),
    // A rate beside the figure (the rate comes before a count when there is no figure column).
    ...(rate && figureCol !== rate ? { rate: choice(rate)! } : {}),
  };
  if (mapping) {
    const hr = band.row;
    if (mapping.figure !== undefined) columns.figure = userChoice(mapping.figure, sheet, hr, at);
    if (mapping.code !== undefined) columns.code = userChoice(mapping.code, sheet, hr, at);
    if (mapping.name !== undefined) columns.name = userChoice(mapping.name, sheet, hr, at);
    if (mapping.self !== undefined) columns.self = userChoice(mapping.self, sheet, hr, at);
    if (mapping.threshold !== undefined) {
      columns.threshold = { ...userChoice(mapping.threshold, sheet, hr, at)!, region: null };
      columns.regionColumns = [];
      columns.generalThreshold = null;
    }
  }
  if (!columns.figure) return null;

  const table: TableReading = {
    sheet: sheet.name,
    header: band.row >= 0 ? { first: band.first, last: band.last, row: band.row } : null,
    columns,
    period,
    periodBy: period === null ? null : asked !== null ? "user" : "latest",
    periods: periodLabels,
    codePrefix: null,
    rows: [],
  };
  // Every column the header gives a figure, threshold, plan or note role (another period's figure too):
  // its cells are no part of an indicator's code or wording.
  const valueCols = band.columns.filter((c) => c.role !== "code" && c.role !== "ordinal" && c.role !== "name").map((c) => c.col);
  readBody(sheet, at, table, start, end, opts, out, valueCols);
  return table;
}

interface BodyRow {
  row: number;
  codes: Map<number, CodeReading>;
}

function readBody(sheet: SheetGrid, at: CellLookup, table: TableReading, start: number, end: number, opts: DetectOptions, out: SheetYield, valueCols: number[]): void {
  const cols = table.columns;
  const figureCol = cols.figure!.col;
  const dataCols = new Set([...valueCols, cols.threshold?.col, cols.generalThreshold?.col, cols.self?.col, cols.count?.col, cols.total?.col, ...cols.regionColumns.map((c) => c.col)].filter((c): c is number => c !== undefined));
  const lastLeading = Math.min(figureCol, sheet.originCol + MAX_LEADING) - 1;
  const leading: number[] = [];
  for (let c = sheet.originCol; c <= lastLeading; c++) if (!dataCols.has(c)) leading.push(c);
  if (cols.code && cols.code.by === "user" && !leading.includes(cols.code.col)) leading.push(cols.code.col);
  const dataAt = dataLookup(sheet, at, leading);

  const body: BodyRow[] = [];
  for (let r = start; r < end; r++) {
    const codes = new Map<number, CodeReading>();
    for (const c of leading) {
      const rd = readCode(at(r, c, true));
      if (rd) codes.set(c, rd);
    }
    body.push({ row: r, codes });
  }

  // The code column: where dotted codes ("4.2", "Chỉ tiêu 4.2") are; the user's choice wins.
  let codeCol = cols.code?.by === "user" ? cols.code.col : -1;
  if (codeCol < 0) {
    let best = 0;
    for (const c of leading) {
      const score = body.filter((b) => {
        const rd = b.codes.get(c);
        return rd && (rd.kind === "dotted" || (rd.kind === "whole" && rd.said));
      }).length;
      if (score > best) {
        best = score;
        codeCol = c;
      }
    }
    if (codeCol < 0) codeCol = cols.code?.col ?? cols.ordinal?.col ?? leading[0] ?? -1;
    if (codeCol >= 0 && cols.code?.col !== codeCol) cols.code = { col: codeCol, header: table.header ? cellText(at(table.header.row, codeCol)) : "", by: "content" };
  }
  if (codeCol < 0) return;
  if (cols.ordinal?.col === codeCol) cols.ordinal = null;
  romanCriteria(body, at, codeCol, opts);
  titledSingle(sheet, at, table, body, codeCol, opts);

  // "1.4.2"-style codes: a section number before every code.
  const dotted = body.map((b) => b.codes.get(codeCol)).filter((rd): rd is Extract<CodeReading, { kind: "dotted" }> => rd?.kind === "dotted");
  const three = dotted.filter((d) => d.parts.length === 3);
  if (three.length > 0 && three.length * 2 >= dotted.length) {
    const counts = new Map<number, number>();
    for (const d of three) counts.set(d.parts[0], (counts.get(d.parts[0]) ?? 0) + 1);
    table.codePrefix = String([...counts.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  }
  const prefix = table.codePrefix === null ? null : Number(table.codePrefix);

  /** The indicator code a reading at the code column gives, with the section prefix removed. */
  const codeOf = (rd: CodeReading | undefined): { code: string; no: number } | null => {
    if (!rd || rd.kind === "criterion") return null;
    if (rd.kind === "whole") return { code: String(rd.no), no: rd.no };
    let parts = rd.parts;
    if (parts.length === 3) parts = parts.slice(1);
    else if (prefix !== null && parts[0] === prefix && !rd.numeric) parts = [parts[1]];
    return { code: parts.join("."), no: parts[0] };
  };

  // Criterion-number columns: whole numbers that agree with the codes on their row, or next to them.
  const wholeAt = (b: BodyRow, c: number): number | null => {
    const rd = b.codes.get(c);
    return rd && rd.kind === "whole" && !rd.said ? rd.no : null;
  };
  // What the code column says on each row: a whole number (criterion or single indicator) or a code's major.
  const majors = body.map((b) => {
    const rd = b.codes.get(codeCol);
    if (!rd || rd.kind === "criterion") return null;
    const c = codeOf(rd);
    return c ? { no: c.no, whole: rd.kind === "whole" && !rd.said } : null;
  });
  const near = (i: number, step: -1 | 1): { no: number; whole: boolean } | null => {
    for (let k = i + step; k >= 0 && k < majors.length; k += step) if (majors[k]) return majors[k];
    return null;
  };
  // A column of criterion numbers: whole numbers that agree with the code on their row, or, on a row
  // without one, with the rows next to it (its indicators below, its content row, the next criterion).
  // An ordinal column ("STT" 1, 2, 3 …) does not agree.
  const criterionCols = new Set<number>();
  for (const c of leading) {
    let n = 0;
    let agree = 0;
    body.forEach((b, i) => {
      const no = wholeAt(b, c);
      if (no === null) return;
      n++;
      const own = c === codeCol ? null : codeOf(b.codes.get(codeCol));
      if (own) {
        if (own.no === no) agree++;
        return;
      }
      const prev = near(i, -1);
      const next = near(i, 1);
      // Its indicators below, its content row, the next criterion; in a column of its own (the decision's
      // TT column), also simply in sequence between its neighbours.
      const inSequence = c !== codeCol && (prev === null || prev.no < no) && next !== null && next.no > no;
      if (next === null || next.no === no || prev?.no === no || (next.whole && next.no > no) || inSequence) agree++;
    });
    if (n > 0 && agree / n >= 0.6) criterionCols.add(c);
  }
  const critCol = [...criterionCols].find((c) => c !== codeCol);
  if (critCol !== undefined) cols.criterion = { col: critCol, header: table.header ? cellText(at(table.header.row, critCol)) : "", by: "content" };
  const ordinalCol = leading.find((c) => c !== codeCol && !criterionCols.has(c) && body.some((b) => wholeAt(b, c) !== null));
  if (!cols.ordinal && ordinalCol !== undefined && ordinalCol < codeCol) cols.ordinal = { col: ordinalCol, header: table.header ? cellText(at(table.header.row, ordinalCol)) : "", by: "content" };

  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const ref = (row: number, col: number | undefined): CellRef | null => (col === undefined ? null : { sheet: sheet.name, row, col });
  let pending: { no: number; row: number; label: string; taken: boolean; figured: boolean; judged: boolean } | null = null;
  let lastDotted: { no: number; minor: number } | null = null;

  const pushIndicator = (row: number, code: string, codeCell: number, label: string): void => {
    const hidden = !!sheet.hidden || hiddenRows.has(row);
    const cells = rowCells(dataAt, row, table, opts.region ?? null);
    const reading: Extract<RowReading, { as: "indicator" }> = {
      row,
      as: "indicator",
      code,
      label,
      hidden,
      figure: ref(row, cells.figureCol),
      threshold: cells.thresholdCol === null ? null : ref(row, cells.thresholdCol),
      self: ref(row, cols.self?.col),
      thresholdRegion: cells.thresholdRegion,
    };
    table.rows.push(reading);
    out.indicators.push({
      reading,
      row: {
        code,
        label,
        sheet: sheet.name,
        row,
        hidden,
        codeRef: { sheet: sheet.name, row, col: codeCell },
        figureRef: ref(row, cells.figureCol),
        figure: cells.figure,
        thresholdRef: cells.thresholdCol === null ? null : ref(row, cells.thresholdCol),
        threshold: cells.threshold,
        ...(cells.needs ? { thresholdNeeds: cells.needs } : {}),
        ...(cells.thresholdRegion ? { thresholdRegion: cells.thresholdRegion } : {}),
        selfRef: ref(row, cols.self?.col),
        self: cols.self ? dataAt(row, cols.self.col) : null,
        period: table.period,
      },
    });
  };
  const pushCriterion = (row: number, no: number, label: string): void => {
    table.rows.push({ row, as: "criterion", no, label });
    out.criteria.push({ no, label, sheet: sheet.name, row, selfRef: ref(row, cols.self?.col), self: cols.self ? dataAt(row, cols.self.col) : null });
  };
  // A criterion row that also holds an indicator: its self-assessment cell is the indicator's.
  const shareRow = (row: number): void => {
    const c = out.criteria[out.criteria.length - 1];
    if (c && c.row === row && c.sheet === sheet.name) {
      c.self = null;
      c.selfRef = null;
    }
  };
  /** The row has a threshold to judge by: its own cell, or region or group sub-columns it fills. */
  const judged = (row: number): boolean => {
    const c = rowCells(dataAt, row, table, opts.region ?? null);
    return hasValue(c.threshold) || c.needs !== null;
  };
  /**
   * "TC7 | Cơ sở hạ tầng thương mại nông thôn | | Đạt" over "TC7 | Xã có chợ nông thôn… | Đạt | Chưa đạt":
   * a heading without a threshold gives way to the next row with its code and other words, unless
   * the heading alone has a figure and that row neither figure nor threshold.
   */
  const headingOver = (p: NonNullable<typeof pending>, row: number, label: string): boolean =>
    !p.judged && foldText(p.label) !== foldText(label) && (!p.figured || hasValue(dataAt(row, figureCol)) || judged(row));
  const settlePending = (): void => {
    if (pending && !pending.taken && (opts.indicatorCodes.has(String(pending.no)) || (opts.openCriteria?.has(pending.no) && pending.figured))) {
      shareRow(pending.row);
      pushIndicator(pending.row, String(pending.no), critCol ?? codeCol, pending.label);
    }
    pending = null;
  };

  for (const b of body) {
    const r = b.row;
    const cells = sheet.rows[r - sheet.originRow] ?? [];
    if (!cells.some((c) => hasValue(c))) continue;
    if (isNumberingRow(sheet, r)) {
      table.rows.push({ row: r, as: "skipped", why: "numbering", text: rowText(cells) });
      continue;
    }
    const label = labelOf(at, r, leading, b.codes, figureCol);
    const heading = [...b.codes.values()].find((rd) => rd.kind === "criterion");
    const codeRd = b.codes.get(codeCol);
    const own = codeRd && codeRd.kind !== "criterion" ? codeOf(codeRd) : null;
    const critNo = heading ? heading.no : [...criterionCols].map((c) => wholeAt(b, c)).find((n) => n !== null) ?? null;

    // A row that is a criterion heading ("Tiêu chí số 4", "4 | Điện") or carries its number.
    if (critNo !== null && opts.criterionNos.has(critNo) && !(own && (own.code.includes(".") || (codeRd?.kind === "whole" && codeRd.said)))) {
      const single = opts.indicatorCodes.has(String(critNo)) || (!!opts.openCriteria?.has(critNo) && !pending?.figured && hasValue(dataAt(r, figureCol)));
      if (pending && pending.no === critNo && !pending.taken && single && (!heading || (!pending.figured && hasValue(dataAt(r, figureCol))) || headingOver(pending, r, label))) {
        // "5 | Trường học" then "5 | Tỷ lệ trường học … | 0/2" (or "TC5" on both): the second row is the indicator.
        pending.taken = true;
        pushIndicator(r, String(critNo), codeCol, label);
        lastDotted = null;
        continue;
      }
      settlePending();
      pushCriterion(r, critNo, label);
      pending = { no: critNo, row: r, label, taken: false, figured: hasValue(dataAt(r, figureCol)), judged: judged(r) };
      lastDotted = null;
      continue;
    }
    if (critNo !== null && opts.criterionNos.has(critNo) && own) {
      // The decision's layout: the criterion's number and its first indicator on one row.
      settlePending();
      pushCriterion(r, critNo, label);
      shareRow(r);
    }
    if (!own) {
      if (label || b.codes.size > 0) table.rows.push({ row: r, as: "skipped", why: "no-code", text: rowText(cells) });
      continue;
    }
    let code = own.code;
    if (codeRd?.kind === "dotted" && codeRd.numeric && lastDotted && code.includes(".")) {
      const [no, minor] = code.split(".").map(Number);
      // 17.10 typed as a number reads 17.1: after 17.9 it must be 17.10.
      if (no === lastDotted.no && minor < lastDotted.minor && isIndicatorCode(opts, `${no}.${minor * 10}`)) code = `${no}.${minor * 10}`;
    }
    if (!isIndicatorCode(opts, code)) {
      if (pending && pending.no === own.no && !code.includes(".")) continue;
      table.rows.push({ row: r, as: "skipped", why: "unknown-code", text: rowText(cells), code });
      if (code.includes(".")) out.unknownCodes.push({ ref: { sheet: sheet.name, row: r, col: codeCol }, code });
      continue;
    }
    if (pending && pending.no === own.no && !code.includes(".")) pending.taken = true;
    else if (pending && pending.no !== own.no) settlePending();
    if (pending && code.includes(".")) pending.taken = true;
    const parts = code.split(".").map(Number);
    lastDotted = { no: parts[0], minor: parts[1] ?? 0 };
    pushIndicator(r, code, codeCol, label);
  }
  settlePending();
}

const ROMAN_RE = /^(x?(?:ix|iv|v?i{1,3}|v)|x)\s*\.?$/i;
const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };

/** "IV" → 4, "XVII." → 17; null when the text is not a Roman numeral up to XIX. */
export function romanNumber(text: string): number | null {
  const m = ROMAN_RE.exec(text.trim());
  if (!m) return null;
  const t = m[1].toLowerCase();
  let n = 0;
  for (let k = 0; k < t.length; k++) {
    const v = ROMAN[t[k]];
    const next = ROMAN[t[k + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/**
 * Criteria numbered in Roman ("IV | Điện") with their indicators numbered 1, 2 … under each (no dotted
 * code): the Roman rows are the criteria and the k-th row under criterion N is indicator N.k (N itself
 * for a single-indicator criterion). Taken only when the Roman numbers run on through the criteria and
 * the numbers restart under most of them: a form's sections ("I. Quy hoạch", "II. Hạ tầng kinh tế - xã
 * hội", with criteria 1 … 19 numbered on across them) do not restart and are left alone.
 */
function romanCriteria(body: BodyRow[], at: CellLookup, codeCol: number, opts: DetectOptions): void {
  const romans: { i: number; no: number }[] = [];
  body.forEach((b, i) => {
    const cell = at(b.row, codeCol, true);
    const no = typeof cell?.value === "string" ? romanNumber(cell.value) : null;
    if (no !== null && opts.criterionNos.has(no)) romans.push({ i, no });
  });
  if (romans.length < 3 || romans.some((r, k) => k > 0 && r.no <= romans[k - 1].no)) return;
  // Dotted codes, or a criterion named elsewhere than on its Roman row ("IV | Tiêu chí số 4: Điện" agrees), mean another numbering.
  const romanAt = new Map(romans.map((r) => [r.i, r.no]));
  if (body.some((b, i) => [...b.codes.values()].some((rd) => rd.kind === "dotted" || (rd.kind === "criterion" && romanAt.get(i) !== rd.no)))) return;
  const whole = (b: BodyRow): number | null => {
    const rd = b.codes.get(codeCol);
    return rd && rd.kind === "whole" && !rd.said ? rd.no : null;
  };
  const restarts = romans.filter((r, k) => {
    const end = romans[k + 1]?.i ?? body.length;
    const first = body.slice(r.i + 1, end).map(whole).find((n) => n !== null);
    return first === 1;
  }).length;
  if (restarts * 10 < romans.length * 6) return;
  romans.forEach((r, k) => {
    body[r.i].codes.set(codeCol, { kind: "criterion", no: r.no, rest: "" });
    const end = romans[k + 1]?.i ?? body.length;
    for (let i = r.i + 1; i < end; i++) {
      const n = whole(body[i]);
      if (n === null) continue;
      const single = opts.indicatorCodes.has(String(r.no));
      if (n === 1 && single) body[i].codes.set(codeCol, { kind: "whole", no: r.no, said: true, numeric: false, rest: "" });
      else if (!single && (opts.indicatorCodes.has(`${r.no}.${n}`) || opts.openCriteria?.has(r.no))) body[i].codes.set(codeCol, { kind: "dotted", parts: [r.no, n], said: false, numeric: false, rest: "" });
      else body[i].codes.delete(codeCol);
    }
  });
}

/**
 * One sheet per criterion, titled "TIÊU CHÍ SỐ 5: TRƯỜNG HỌC" above its table: for a single-indicator
 * criterion the table's one row (numbered 1, or not numbered) is that indicator. Only when the title
 * names one criterion and no row of the table carries another code.
 */
function titledSingle(sheet: SheetGrid, at: CellLookup, table: TableReading, body: BodyRow[], codeCol: number, opts: DetectOptions): void {
  if (!table.header) return;
  const named = new Set<number>();
  for (let r = sheet.originRow; r < table.header.first; r++) {
    for (let c = sheet.originCol; c < sheet.originCol + 3; c++) {
      const cell = at(r, c);
      if (typeof cell?.value !== "string") continue;
      const rd = readCodeText(foldText(cell.value));
      if (rd?.kind === "criterion") named.add(rd.no);
    }
  }
  if (named.size !== 1) return;
  const no = [...named][0];
  if (!opts.indicatorCodes.has(String(no))) return;
  const figureCol = table.columns.figure!.col;
  const filled = body.filter((b) => hasValue(at(b.row, figureCol)));
  if (filled.length !== 1 || body.some((b) => b.codes.size > 0 && b !== filled[0])) return;
  const rd = filled[0].codes.get(codeCol);
  if (rd && !(rd.kind === "whole" && (rd.no === 1 || rd.no === no))) return;
  filled[0].codes.set(codeCol, { kind: "whole", no, said: true, numeric: false, rest: "" });
}

/** A code the reader takes as an indicator: the set lists it, or its criterion takes whatever the sheet has. */
export function isIndicatorCode(opts: Pick<DetectOptions, "indicatorCodes" | "openCriteria">, code: string): boolean {
  if (opts.indicatorCodes.has(code)) return true;
  const dot = code.indexOf(".");
  return dot > 0 && !!opts.openCriteria?.has(Number(code.slice(0, dot)));
}

/**
 * The lookup for a row's figure, threshold and self-assessment: a heading merged from a leading
 * column across the row ("TIÊU CHÍ SỐ 5 - TRƯỜNG HỌC" over every column) fills none of them.
 */
function dataLookup(sheet: SheetGrid, at: CellLookup, leading: readonly number[]): CellLookup {
  return (row, col, sameRowOnly) => {
    const v = at(row, col, sameRowOnly);
    if (!hasValue(v) || hasValue(ownCell(sheet, row, col))) return v;
    return leading.some((c) => c < col && at(row, c) === v) ? null : v;
  };
}

/**
 * Figure, threshold (the region's or group's sub-column, else "Chỉ tiêu chung") of one row; `needs`
 * says the row's threshold is in sub-columns and the commune's region or group is not known.
 */
function rowCells(
  at: CellLookup,
  row: number,
  table: TableReading,
  region: string | null,
): { figure: GridCell; figureCol: number; threshold: GridCell; thresholdCol: number | null; thresholdRegion: string | null; needs: "region" | "group" | null } {
  const cols = table.columns;
  let figureCol = cols.figure!.col;
  let figure = at(row, figureCol);
  // "Số lượng | Tỷ lệ": a percentage written only in the rate sub-column.
  if (!hasValue(figure) && cols.rate && hasValue(at(row, cols.rate.col))) {
    figureCol = cols.rate.col;
    figure = at(row, figureCol);
  }
  if (!hasValue(figure) && cols.count && cols.total) {
    const n = at(row, cols.count.col);
    const d = at(row, cols.total.col);
    if (hasValue(n) && hasValue(d)) figure = { value: `${cellText(n)}/${cellText(d)}` };
  }
  let thresholdCol: number | null = null;
  let thresholdRegion: string | null = null;
  const mine = cols.regionColumns.find((c) => c.region === region);
  if (mine && hasValue(at(row, mine.col))) {
    thresholdCol = mine.col;
    thresholdRegion = mine.region;
  } else if (cols.regionColumns.length === 0 && cols.threshold) {
    thresholdCol = cols.threshold.col;
    thresholdRegion = cols.threshold.region;
  } else if (cols.generalThreshold && hasValue(at(row, cols.generalThreshold.col))) thresholdCol = cols.generalThreshold.col;
  else if (!mine && cols.regionColumns.length >= 2) {
    // The same threshold in every region's or group's column does not depend on it ("Đạt | Đạt | Đạt").
    const texts = new Set(cols.regionColumns.map((c) => cellText(at(row, c.col))));
    if (texts.size === 1 && !texts.has("")) thresholdCol = cols.regionColumns[0].col;
  }
  let needs: "region" | "group" | null = null;
  if (thresholdCol === null && !mine && cols.regionColumns.length >= 2 && cols.regionColumns.some((c) => hasValue(at(row, c.col))))
    needs = cols.regionColumns.every((c) => c.region.startsWith("nhom-")) ? "group" : "region";
  return { figure, figureCol, threshold: thresholdCol === null ? null : at(row, thresholdCol), thresholdCol, thresholdRegion, needs };
}

const CODE_PREFIX = /^[^\p{L}\d]*(?:(?:chỉ tiêu|chi tieu|ct|tc|tiêu chí|tieu chi)\s*(?:số|so)?\s*)?\d{1,2}(?:\s*\.\s*\d{1,2}){0,2}\s*\.?\s*[:\-–)]?\s*/iu;

/** The row's wording: the leading text cells, with codes and "Tiêu chí số N" stripped. */
function labelOf(at: CellLookup, row: number, leading: number[], codes: Map<number, CodeReading>, figureCol: number): string {
  const parts: string[] = [];
  for (const c of leading) {
    if (c >= figureCol) break;
    const cell = at(row, c, true);
    if (!hasValue(cell) || typeof cell.value !== "string") continue;
    let t = cellText(cell);
    if (codes.has(c)) t = codes.get(c)!.kind === "criterion" && romanNumber(t) !== null ? "" : t.replace(CODE_PREFIX, "").trim();
    if (t && !parts.includes(t)) parts.push(t);
  }
  return normalizeText(parts.join(" ")).slice(0, 300);
}

function rowText(cells: GridCell[]): string {
  return cells
    .filter((c) => hasValue(c))
    .map((c) => cellText(c))
    .join(" | ")
    .slice(0, 120);
}

/** "B" for a column index, for the reading map's text. */
export function columnName(col: number): string {
  return columnLetters(col);
}
