/**
 * A fast .xlsx reader for what the check needs and nothing else: sheet names and visibility, the
 * generated-sheet name, cell values, number formats and shown text, hidden rows, merges. It reads
 * the parts' XML directly (no styles beyond number formats, no themes, no formulas, no HTML) and
 * gives exactly the grid the SheetJS reader gives (readGrid's `sheetJsGrid`, pinned by tests over
 * every workbook in the repository); anything it does not handle the same way (a date cell, a
 * formula without a cached value, a chart sheet, the 1904 date system, an unknown number format)
 * returns null and the caller reads the file with SheetJS instead.
 * The zip directory is read here; parts are inflated by zlib in Node (useInflateRaw), else by
 * SheetJS's own inflate.
 */
// @ts-nocheck

import * as XLSX from "@e965/xlsx";
import type { CellInput } from "../../domain/figures/Figure";
import type { GridCell, Merge, SheetGrid, WorkbookGrid } from "../../domain/grid/Grid";

/** SheetJS's built-in number formats, before any workbook adds its own (SheetJS keeps them in one global table). */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = { ...(XLSX.SSF.get_table() as Record<number, string>) };

const ERRORS: Record<string, true> = { "#NULL!": true, "#DIV/0!": true, "#VALUE!": true, "#REF!": true, "#NAME?": true, "#NUM!": true, "#N/A": true, "#GETTING_DATA": true, "#WAITING!": true };

const utf8 = new TextDecoder("utf-8");

/** Not handled like SheetJS: the caller falls back to it. */
class Unsupported extends Error {}

/** Inflates raw deflate data to `size` bytes. Node passes zlib's (useInflateRaw); else SheetJS's own, in JavaScript. */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

let inflateRaw: InflateRaw = (data, size) => {
  const payload = data.slice() as Uint8Array & { l: number };
  payload.l = 0;
  return XLSX.CFB.utils._inflateRaw(payload, size) as Uint8Array;
};

/** Node hosts: inflate with zlib (several times faster than JavaScript). */
export function useInflateRaw(fn: InflateRaw): void {
  inflateRaw = fn;
}

/**
 * The grid, or null when this reader does not handle something in the file (then SheetJS reads
 * it). Only the parts the check needs are inflated: no themes, drawings, images or properties.
 */
export function readXlsxCells(bytes: Uint8Array, generatedName: string): WorkbookGrid | null {
  const entries = zipDirectory(bytes);
  if (!entries) return null;
  const text = (p: string): string | null => {
    const e = entries.get(p.replace(/^\//, "").toLowerCase());
    return e ? utf8.decode(partBytes(bytes, e)) : null;
  };
  try {
    return readParts(text, generatedName);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

interface ZipEntry {
  method: number;
  compressed: number;
  size: number;
  local: number;
}

/** The zip's central directory by lower-case part name; null for what is left to SheetJS (zip64, encrypted entries). */
function zipDirectory(b: Uint8Array): Map<string, ZipEntry> | null {
  const u16 = (o: number) => b[o] | (b[o + 1] << 8);
  const u32 = (o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(eocd + 10);
  let o = u32(eocd + 16);
  if (count === 0xffff || o === 0xffffffff) return null;
  const out = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (o + 46 > b.length || u32(o) !== 0x02014b50) return null;
    const flags = u16(o + 8);
    const method = u16(o + 10);
    const compressed = u32(o + 20);
    const size = u32(o + 24);
    const nameLen = u16(o + 28);
    const local = u32(o + 42);
    if (flags & 1 || (method !== 0 && method !== 8) || compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return null;
    const name = utf8.decode(b.subarray(o + 46, o + 46 + nameLen)).replace(/\\/g, "/").toLowerCase();
    out.set(name, { method, compressed, size, local });
    o += 46 + nameLen + u16(o + 30) + u16(o + 32);
  }
  return out;
}

function partBytes(b: Uint8Array, e: ZipEntry): Uint8Array {
  const o = e.local;
  if (o + 30 > b.length || b[o] !== 0x50 || b[o + 1] !== 0x4b || b[o + 2] !== 0x03 || b[o + 3] !== 0x04) unsupported();
  const start = o + 30 + (b[o + 26] | (b[o + 27] << 8)) + (b[o + 28] | (b[o + 29] << 8));
  const data = b.subarray(start, start + e.compressed);
  if (data.length < e.compressed) unsupported();
  const out = e.method === 0 ? data : inflateRaw(data, e.size);
  if (out.length !== e.size) unsupported();
  return out;
}

function readParts(text: (p: string) => string | null, generatedName: string): WorkbookGrid {
  const root = relationships(text("_rels/.rels") ?? unsupported());
  const bookPath = [...root.values()].find((r) => r.type.endsWith("/officeDocument"))?.target.replace(/^\//, "") ?? unsupported();
  if (bookPath.toLowerCase() !== "xl/workbook.xml") unsupported();
  const book = text(bookPath) ?? unsupported();
  if (/<(?:\w+:)?workbookPr\b[^>]*\bdate1904=["'](?:1|true)["']/.test(book)) unsupported();
  const rels = relationships(text("xl/_rels/workbook.xml.rels") ?? unsupported());
  const partOf = (target: string) => (target.startsWith("/") ? target.slice(1) : `xl/${target}`);

  let strings: (string | undefined)[] = [];
  let formats: number[] = [];
  let custom: Record<number, string> = {};
  for (const r of rels.values()) {
    if (r.type.endsWith("/sharedStrings")) strings = sharedStrings(text(partOf(r.target)) ?? "");
    else if (r.type.endsWith("/styles")) ({ formats, custom } = numberFormats(text(partOf(r.target)) ?? ""));
  }

  const generated = new Set<string>();
  for (const m of book.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g)) {
    if (attr(m[1], "name") !== generatedName) continue;
    for (const part of unescapeXml(m[2]).split(",")) {
      const n = /^'?((?:[^']|'')+?)'?!/.exec(part.trim());
      if (n) generated.add(n[1].replace(/''/g, "'"));
    }
  }

  const sheets: SheetGrid[] = [];
  const sheetTags = [...book.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)];
  if (sheetTags.length === 0) unsupported();
  for (const m of sheetTags) {
    const name = unescapeXml(attr(m[1], "name") ?? unsupported());
    const rel = rels.get(attr(m[1], "id") ?? unsupported()) ?? unsupported();
    if (!rel.type.endsWith("/worksheet")) unsupported();
    const xml = text(partOf(rel.target)) ?? unsupported();
    const state = attr(m[1], "state");
    const cellFormat = (s: number) => formatOf(s, formats, custom);
    sheets.push(sheetGrid(name, xml, strings, cellFormat, state === "hidden" || state === "veryHidden", generated.has(name)));
  }
  return { sheets };
}

function unsupported(): never {
  throw new Unsupported();
}

/** Id → type and target of a relationships part. */
function relationships(xml: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "Id");
    const type = attr(m[1], "Type");
    const target = attr(m[1], "Target");
    if (attr(m[1], "TargetMode") === "External") continue;
    if (id && type && target) out.set(id, { type, target: unescapeXml(target) });
  }
  return out;
}

/** One attribute's raw value (namespace prefix ignored, as SheetJS does). */
function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Row and column attributes read often: plain regexes, compiled once. */
const R_ATTR = /\sr=["']([^"']*)["']/;
const T_ATTR = /\st=["']([^"']*)["']/;
const S_ATTR = /\ss=["']([^"']*)["']/;
const HIDDEN_ATTR = /\shidden=["']([^"']*)["']/;

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const ENTITIES: Record<string, string> = { "&quot;": '"', "&apos;": "'", "&gt;": ">", "&lt;": "<", "&amp;": "&" };
const CODE = /_x([\da-fA-F]{4})_/gi;

/** XML text as SheetJS unescapes it: entities, CDATA sections, Excel's _xHHHH_ escapes. */
function unescapeXml(s: string): string {
  const i = s.indexOf("<![CDATA[");
  if (i === -1) {
    if (s.indexOf("&") === -1 && s.indexOf("_x") === -1) return s;
    return s
      .replace(ENTITY, ($$, $1: string) => ENTITIES[$$] || String.fromCharCode(parseInt($1, $$.indexOf("x") > -1 ? 16 : 10)) || $$)
      .replace(CODE, (_m, c: string) => String.fromCharCode(parseInt(c, 16)));
  }
  const j = s.indexOf("]]>");
  return unescapeXml(s.slice(0, i)) + s.slice(i + 9, j) + unescapeXml(s.slice(j + 3));
}

/** Text of a cell string (Excel's line breaks as "\n"). */
function cellText(s: string): string {
  const out = unescapeXml(s);
  return out.indexOf("\r\n") === -1 ? out : out.replace(/\r\n/g, "\n");
}

const RPH = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;
const T_RUN = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const ANY_TAG = /<[\s\S]*?>/g;

/** One shared or inline string (CT_Rst): plain text, or the runs' text without phonetic guides. */
function stringItem(x: string): string | undefined {
  if (!x) return "";
  if (/^\s*<(?:\w+:)?t[^>]*>/.test(x)) return cellText(x.slice(x.indexOf(">") + 1).split(/<\/(?:\w+:)?t>/)[0] || "");
  if (/<(?:\w+:)?r\b[^<>]*>/.test(x)) return cellText((x.replace(RPH, "").match(T_RUN) || []).join("").replace(ANY_TAG, ""));
  return undefined;
}

function sharedStrings(xml: string): (string | undefined)[] {
  const start = /<(?:\w+:)?sst\b[^<>]*>/.exec(xml);
  if (!start) return [];
  const end = xml.slice(start.index).search(/<\/(?:\w+:)?sst>/);
  if (end < 0) return [];
  const body = xml.slice(start.index + start[0].length, start.index + end);
  return body.replace(/<(?:\w+:)?(?:si|sstItem)>/g, "").split(/<\/(?:\w+:)?(?:si|sstItem)>/).map((s) => stringItem(s.trim()));
}

/** cellXfs' number format ids in order, and the workbook's own formats. */
function numberFormats(xml: string): { formats: number[]; custom: Record<number, string> } {
  const custom: Record<number, string> = {};
  // Only the numFmts section: dxfs (conditional formats) hold numFmt elements too.
  const section = /<(?:\w+:)?numFmts([^>]*)>[\S\s]*?<\/(?:\w+:)?numFmts>/.exec(xml)?.[0] ?? "";
  for (const m of section.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const id = parseInt(attr(m[1], "numFmtId") ?? "", 10);
    const code = attr(m[1], "formatCode");
    if (!Number.isFinite(id) || code === undefined) unsupported();
    if (id > 0x188) unsupported();
    // SheetJS keeps a workbook's format 0 out of its table: General stays General.
    if (id > 0) custom[id] = unescapeXml(code);
  }
  const formats: number[] = [];
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (xfs) {
    for (const m of xfs[1].matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)) {
      const id = attr(m[1], "numFmtId");
      const n = id ? parseInt(id, 10) : 0;
      if (!Number.isFinite(n) || n > 0x188) unsupported();
      formats.push(n);
    }
  }
  return { formats, custom };
}

/** Format id and code of a cell's style index. */
function formatOf(style: number, formats: number[], custom: Record<number, string>): { id: number; code: string } {
  const id = formats[style] ?? 0;
  const code = custom[id] ?? BUILTIN_FORMATS[id];
  if (code === undefined) unsupported();
  return { id, code };
}

/** Column index of a cell reference's letters ("AB12" → 27), as SheetJS decodes it. */
function colOf(ref: string): number {
  let idx = 0;
  for (let i = 0; i < ref.length; i++) {
    const cc = ref.charCodeAt(i) - 64;
    if (cc < 1 || cc > 26) break;
    idx = 26 * idx + cc;
  }
  return idx - 1;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && !(ref.charCodeAt(i) >= 48 && ref.charCodeAt(i) <= 57)) i++;
  return parseInt(ref.slice(i), 10) - 1;
}

function decodeRange(ref: string): { s: { r: number; c: number }; e: { r: number; c: number } } {
  const [a, b = a] = ref.split(":");
  return { s: { r: rowOf(a), c: colOf(a) }, e: { r: rowOf(b), c: colOf(b) } };
}

const ROW_END = /<\/(?:\w+:)?row>/;
const CELL_START = /<(?:\w+:)?c[ />]/;
const V_TAG = /<(?:\w+:)?v\b[^<>]*>([\s\S]*?)<\/(?:\w+:)?v>/;
const IS_TAG = /<(?:\w+:)?is\b[^<>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const F_TAG = /<(?:\w+:)?f\b/;
const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;

/** A stored cell: a value, or null for a stub (an empty styled cell: its row exists, its value does not). */
type Stored = GridCell;

function sheetGrid(name: string, xml: string, strings: (string | undefined)[], format: (s: number) => { id: number; code: string }, hidden: boolean, generated: boolean): SheetGrid {
  let dataStart = /<(?:\w+:)?sheetData\b[^<>]*>/.exec(xml);
  const dataEnd = dataStart ? xml.search(/<\/(?:\w+:)?sheetData>/) : -1;
  // "<sheetData/>" (no closing tag): SheetJS then reads the whole part as head and tail, no cells.
  if (dataEnd < 0) dataStart = null;
  const head = dataStart ? xml.slice(0, dataStart.index) : xml;
  const body = dataStart ? xml.slice(dataStart.index + dataStart[0].length, dataEnd) : "";
  const tail = dataStart ? xml.slice(dataEnd) : xml;

  let ref: string | null = null;
  const dim = head.search(/<(?:\w*:)?dimension/);
  if (dim > 0) {
    const m = /"(\w*:\w*)"/.exec(head.slice(dim, dim + 50));
    if (m) {
      const d = decodeRange(m[1]);
      if (d.s.r <= d.e.r && d.s.c <= d.e.c && d.s.r >= 0 && d.s.c >= 0) ref = m[1];
    }
  }

  const data: Stored[][] = [];
  const hiddenRows = new Set<number>();
  const guess = { s: { r: 2000000, c: 2000000 }, e: { r: 0, c: 0 } };
  let tagr = 0;
  for (const chunk of body ? body.split(ROW_END) : []) {
    const x = chunk.trim();
    if (x.length === 0) continue;
    // Self-closing rows before this chunk's row: only their hidden flag counts (as in SheetJS).
    let ri = 0;
    let rstart = 0;
    let found = false;
    for (; ri < x.length; ri++) {
      const ch = x[ri];
      if (ch === "<") rstart = ri;
      else if (ch === ">") {
        const tag = x.slice(rstart, ri);
        const r = R_ATTR.exec(tag);
        tagr = r ? parseInt(r[1], 10) : tagr + 1;
        const h = HIDDEN_ATTR.exec(tag);
        if (h && (h[1] === "1" || h[1] === "true")) hiddenRows.add(tagr - 1);
        if (x[ri - 1] !== "/") {
          ri++;
          found = true;
          break;
        }
      }
    }
    if (!found) {
      // No open row tag in the chunk: SheetJS takes its last tag as the row, with no cells.
      const tag = x.slice(rstart);
      const r = R_ATTR.exec(tag);
      tagr = r ? parseInt(r[1], 10) : tagr + 1;
      const h = HIDDEN_ATTR.exec(tag);
      if (h && (h[1] === "1" || h[1] === "true")) hiddenRows.add(tagr - 1);
      ri = x.length;
    }
    if (guess.s.r > tagr - 1) guess.s.r = tagr - 1;
    if (guess.e.r < tagr - 1) guess.e.r = tagr - 1;

    let tagc = -1;
    const cells = x.slice(ri).split(CELL_START);
    let first = 0;
    while (first < cells.length && cells[first].trim().charAt(0) === "<") first++;
    for (let k = first; k < cells.length; k++) {
      const cx = cells[k].trim();
      if (cx.length === 0) continue;
      const gt = cx.indexOf(">");
      const tag = " " + cx.slice(0, gt < 0 ? cx.length : gt);
      const rm = R_ATTR.exec(tag);
      let cref: string;
      if (rm) {
        cref = rm[1];
        tagc = colOf(cref);
      } else {
        tagc++;
        cref = XLSX.utils.encode_cell({ r: tagr - 1, c: tagc });
      }
      const d = gt < 0 ? "" : cx.slice(gt + 1);
      const vm = V_TAG.exec(d);
      const raw = vm && vm[1] !== "" ? unescapeXml(vm[1]) : undefined;
      const t = T_ATTR.exec(tag)?.[1];
      if (t === undefined && raw === undefined && F_TAG.test(d)) unsupported(); // formula without cached value: SheetJS reads 0
      if (guess.s.c > tagc) guess.s.c = tagc;
      if (guess.e.c < tagc) guess.e.c = tagc;
      const sm = S_ATTR.exec(tag);
      const cell = toCell(t ?? "n", raw, d, strings, sm ? parseInt(sm[1], 10) : -1, format);
      const r = rowOf(cref);
      const c = colOf(cref);
      (data[r] ??= [])[c] = cell;
    }
  }

  if (!ref && guess.e.c >= guess.s.c && guess.e.r >= guess.s.r) ref = XLSX.utils.encode_range(guess);
  // A <sheetProtection> element after the cells: the sheet is protected (SheetJS sets "!protect").
  const protectedSheet = /<(?:\w+:)?sheetProtection\b/.test(tail);
  if (!ref) return { name, originRow: 0, originCol: 0, rows: [], hidden, generated, protected: protectedSheet };

  const range = decodeRange(ref);
  const rows: GridCell[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const src = data[r];
    const row: GridCell[] = [];
    if (src) for (let c = range.s.c; c <= range.e.c; c++) row.push(src[c] ?? null);
    rows.push(row);
  }
  const merges: Merge[] = (tail.match(MERGE) ?? []).map((m) => {
    const d = decodeRange(/ref=["']([A-Z0-9:]+)/.exec(m)![1]);
    return { r1: d.s.r, c1: d.s.c, r2: d.e.r, c2: d.e.c };
  });
  return { name, originRow: range.s.r, originCol: range.s.c, rows, hiddenRows: [...hiddenRows].sort((a, b) => a - b), merges, hidden, generated, protected: protectedSheet };
}

/** A cell as readGrid's toCell makes it from SheetJS's cell object; null for a stub. */
function toCell(t: string, raw: string | undefined, d: string, strings: (string | undefined)[], style: number, format: (s: number) => { id: number; code: string }): GridCell {
  const fmt = style >= 0 ? format(style) : { id: 0, code: BUILTIN_FORMATS[0] };
  const out: CellInput = { value: null };
  switch (t) {
    case "n": {
      if (raw === undefined || raw === "") return null;
      const v = parseFloat(raw);
      out.value = v;
      out.text = shown(v, fmt);
      break;
    }
    case "s": {
      if (raw === undefined) return null;
      const s = strings[parseInt(raw, 10)];
      if (s === undefined && !(parseInt(raw, 10) in strings)) unsupported();
      out.value = s === undefined ? null : s;
      break;
    }
    case "str":
      out.value = raw !== undefined ? cellText(raw) : "";
      break;
    case "inlineStr": {
      const m = IS_TAG.exec(d);
      const s = m ? stringItem(m[1]) : "";
      out.value = s === undefined ? null : s;
      break;
    }
    case "b": {
      const v = raw === "1" || raw === "true";
      out.value = v;
      out.text = shown(v, fmt);
      break;
    }
    case "e":
      if (raw === undefined || !ERRORS[raw]) unsupported();
      out.value = raw;
      out.text = raw;
      break;
    default:
      unsupported(); // "d" (ISO dates) and unknown types
  }
  if (fmt.code !== "General") out.numberFormat = fmt.code;
  return out;
}

/** The shown text SheetJS gives a number or boolean in this format (undefined where it fails). */
function shown(v: number | boolean, fmt: { id: number; code: string }): string | undefined {
  try {
    if (fmt.id === 0 && typeof v === "number" && (v | 0) === v) return v.toString(10);
    return XLSX.SSF.format(fmt.id === 0 ? "General" : fmt.code, v);
  } catch {
    return undefined;
  }
}
