/**
 * The highlighted copy, written by patching the original zip: every part is carried over byte for
 * byte (macros, external links, protection, tables, filters, drawings…) except
 *  - the sheets that get highlights: our conditional formats go in after the cells, the cells
 *    themselves are not rewritten;
 *  - the generated sheets (summary): new parts, or the parts of the ones we made before;
 *  - workbook.xml, its rels, [Content_Types].xml and styles.xml, where we append.
 * Pure over bytes (Node and the browser); drawing the generated sheet is given by the caller.
 */
// @ts-nocheck

import type { Verdict } from "../../domain/evaluation/Verdict";
import { MARK_TAG, markFormulaBody } from "../../app/marks";
import { VERDICT_COLOURS as MARK_COLOURS } from "../../domain/evaluation/verdictColours";
import { attributes, dirOf, escapeXml, joinSheet, relationships, relsPathOf, resolveTarget, splitSheet, type SheetSplit, type XlsxPackage } from "./ooxml";
import { pakoDeflate, writeZip, type Deflate, type ZipPart } from "./zip";

export const GENERATED_NAME_DEFAULT = "ntm_checker_generated";

/** A generated sheet drawn alone in a one-sheet workbook (by exceljs): its parts as text. */
export interface DrawnSheet {
  sheetXml: string;
  stylesXml: string;
  sharedStringsXml: string | null;
  /** Print titles and the like, with `localSheetId` of the drawn workbook (0). */
  definedNames: { name: string; value: string }[];
}

export interface CopyPlan {
  /** Highlights per sheet name: cells (A1) per verdict. Sheets not listed lose our old marks. */
  marks: Map<string, Map<Verdict, string[]>>;
  /** Sheets not to touch at all (protected): their old marks stay, no new ones. */
  untouchable: Set<string>;
  /** Generated sheets to (re)write, by final name. */
  sheets: { name: string; drawn: DrawnSheet }[];
  /** Defined name listing our generated sheets. */
  generatedName: string;
}

export interface CopyOutcome {
  bytes: Uint8Array;
  /** Parts rewritten (everything else is byte for byte the original). */
  rewritten: Set<string>;
  /** Sheet parts that received marks or lost old ones. */
  markedParts: Set<string>;
  /** Parts added. */
  added: Set<string>;
}

const enc = new TextEncoder();
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function writePatchedCopy(pkg: XlsxPackage, plan: CopyPlan, deflate: Deflate = pakoDeflate): CopyOutcome {
  const replaced = new Map<string, string>();
  const added = new Map<string, string>();
  const wbRelsPath = relsPathOf(pkg.workbookPart);
  const wbRels = relationships(pkg.text(wbRelsPath));
  const stylesRel = wbRels.find((r) => r.type.endsWith("/styles"));
  if (!stylesRel) throw new Error("the workbook has no styles part");
  const stylesPath = resolveTarget(dirOf(pkg.workbookPart), stylesRel.target);
  let styles = pkg.text(stylesPath);
  const stylesBefore = styles;

  // Highlights.
  const dxf = ensureMarkDxfs(styles);
  styles = dxf.styles;
  const markedParts = new Set<string>();
  const replacedBytes = new Map<string, Uint8Array>();
  for (const s of pkg.sheets) {
    if (plan.untouchable.has(s.name) || !pkg.has(s.part)) continue;
    const wanted = plan.marks.get(s.name);
    const split = splitSheet(pkg.raw(s.part));
    if (!wanted && !split.tail.includes(MARK_TAG)) continue;
    const tail = patchSheetTail(split.tail, split.prefix, wanted ?? new Map(), dxf.ids);
    if (tail !== split.tail) {
      replacedBytes.set(s.part, joinSheet(split.head, tail));
      markedParts.add(s.part);
    }
  }
  if (!dxf.added || markedParts.size === 0) styles = stylesBefore;

  // Generated sheets.
  let workbook = pkg.text(pkg.workbookPart);
  let rels = pkg.text(wbRelsPath);
  let types = pkg.text("[Content_Types].xml");
  const sheetOrder = pkg.sheets.map((s) => s.name);
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
  let nextRel = 1 + Math.max(0, ...wbRels.map((r) => Number(/(\d+)$/.exec(r.id)?.[1] ?? 0)));
  const usedParts = new Set(pkg.entries.keys());
  const printNames: { name: string; value: string; sheet: string }[] = [];
  for (const g of plan.sheets) {
    const merged = mergeStyles(styles, g.drawn.stylesXml);
    styles = merged.styles;
    const xml = inlineStrings(remapStyleIds(g.drawn.sheetXml, merged.xfMap), g.drawn.sharedStringsXml);
    const existing = pkg.sheets.find((s) => s.name === g.name);
    if (existing) {
      replaced.set(existing.part, xml);
    } else {
      let n = 1;
      while (usedParts.has(`xl/worksheets/sheet${n}.xml`)) n++;
      const part = `xl/worksheets/sheet${n}.xml`;
      usedParts.add(part);
      added.set(part, xml);
      const rId = `rId${nextRel++}`;
      const target = relativeTarget(dirOf(pkg.workbookPart), part);
      rels = rels.replace(/<\/(\w+:)?Relationships>\s*$/, (m) => `<Relationship Id="${rId}" Type="${NS_REL}/worksheet" Target="${escapeXml(target)}"/>${m}`);
      workbook = addSheetElement(workbook, `<sheet name="${escapeXml(g.name)}" sheetId="${nextSheetId++}" r:id="${rId}"/>`);
      types = types.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
      sheetOrder.push(g.name);
    }
    for (const d of g.drawn.definedNames) printNames.push({ ...d, sheet: g.name });
  }
  if (plan.sheets.length > 0) {
    const generated = new Set([...readDefinedNameSheets(workbook, plan.generatedName), ...plan.sheets.map((s) => s.name)]);
    workbook = setDefinedNames(workbook, plan.generatedName, [...generated].filter((n) => sheetOrder.includes(n)), printNames, sheetOrder);
    if (!/xmlns:r=/.test(/<(\w+:)?workbook\b[^>]*>/.exec(workbook)?.[0] ?? "")) workbook = workbook.replace(/<((\w+:)?workbook)\b/, `<$1 xmlns:r="${NS_REL}"`);
    replaced.set(pkg.workbookPart, workbook);
    replaced.set(wbRelsPath, rels);
    if (added.size > 0) replaced.set("[Content_Types].xml", types);
  }
  if (styles !== stylesBefore) replaced.set(stylesPath, styles);

  const parts: ZipPart[] = [];
  for (const [name, e] of pkg.entries) {
    const text = replaced.get(name);
    const data = replacedBytes.get(name);
    parts.push(data ? { name, data } : text === undefined ? { name, copy: e, from: pkg.bytes } : { name, data: enc.encode(text) });
  }
  for (const [name, text] of added) parts.push({ name, data: enc.encode(text) });
  return { bytes: writeZip(parts, deflate), rewritten: new Set([...replaced.keys(), ...replacedBytes.keys()]), markedParts, added: new Set(added.keys()) };
}

function relativeTarget(fromDir: string, part: string): string {
  return fromDir && part.startsWith(fromDir + "/") ? part.slice(fromDir.length + 1) : "/" + part;
}

// ---------------------------------------------------------------------------------------------
// Conditional formats in a sheet.

/** Elements that come after conditionalFormatting in CT_Worksheet. */
const AFTER_CF = new Set([
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
]);

const OUR_CF = /<((?:\w+:)?)conditionalFormatting\b[^>]*>[\s\S]*?<\/\1conditionalFormatting>/g;

/** A sheet's tail (after its cells) without our conditional formats. */
export function stripOwnMarksTail(tail: string): string {
  if (!tail.includes(MARK_TAG)) return tail;
  return tail.replace(OUR_CF, (block) => {
    if (!block.includes(MARK_TAG)) return block;
    const rules = [...block.matchAll(/<((?:\w+:)?)cfRule\b[\s\S]*?(?:\/>|<\/\1cfRule>)/g)].map((m) => m[0]);
    const kept = rules.filter((r) => !r.includes(MARK_TAG));
    if (kept.length === 0) return "";
    const open = /^<[^>]*>/.exec(block)![0];
    const close = /<\/[^>]*>$/.exec(block)![0];
    return open + kept.join("") + close;
  });
}

/** A sheet part without our conditional formats (the cells are not decoded). */
export function stripOwnMarks(bytes: Uint8Array): SheetSplit {
  const s = splitSheet(bytes);
  return { ...s, tail: stripOwnMarksTail(s.tail) };
}

/** Replaces our highlights in one sheet's tail: old ones out, one conditional format per verdict in. */
export function patchSheetTail(tail: string, prefix: string, marks: Map<Verdict, string[]>, dxfIds: Record<Verdict, number>): string {
  const stripped = stripOwnMarksTail(tail);
  let block = "";
  for (const [verdict, cells] of marks) {
    if (cells.length === 0) continue;
    block += `<${prefix}conditionalFormatting sqref="${cells.join(" ")}"><${prefix}cfRule type="expression" dxfId="${dxfIds[verdict]}" priority="1"><${prefix}formula>${escapeXml(markFormulaBody(verdict))}</${prefix}formula></${prefix}cfRule></${prefix}conditionalFormatting>`;
  }
  if (!block) return stripped;
  const at = insertionPoint(stripped, 0, prefix);
  return stripped.slice(0, at) + block + stripped.slice(at);
}

/** Where conditional formats go: before the first element that must follow them, else before the root's end. */
function insertionPoint(xml: string, from: number, prefix: string): number {
  let p = from;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0) return xml.length;
    if (xml.startsWith("</", lt)) return lt;
    if (xml.startsWith("<!--", lt)) {
      p = xml.indexOf("-->", lt) + 3;
      continue;
    }
    if (xml.startsWith("<?", lt)) {
      p = xml.indexOf("?>", lt) + 2;
      continue;
    }
    const m = /^<([\w:.-]+)/.exec(xml.slice(lt, lt + 200));
    if (!m) return lt;
    const qname = m[1];
    const local = qname.startsWith(prefix) ? qname.slice(prefix.length) : qname;
    if (AFTER_CF.has(local) && qname === prefix + local) return lt;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) return xml.length;
    if (xml[gt - 1] === "/") {
      p = gt + 1;
      continue;
    }
    const end = xml.indexOf(`</${qname}>`, gt);
    if (end < 0) return lt;
    p = end + qname.length + 3;
  }
}

// ---------------------------------------------------------------------------------------------
// styles.xml

interface StyleList { open: string; items: string[]; close: string; start: number; end: number }

export function styleList(xml: string, tag: string, item: string): StyleList | null {
  const re = new RegExp(`<((?:\\w+:)?)${tag}\\b[^>]*?(/?)>`);
  const m = re.exec(xml);
  if (!m) return null;
  const prefix = m[1];
  if (m[2] === "/") return { open: m[0].replace(/\/>$/, ">"), items: [], close: `</${prefix}${tag}>`, start: m.index, end: m.index + m[0].length };
  const closeTag = `</${prefix}${tag}>`;
  const endIdx = xml.indexOf(closeTag, m.index);
  const body = xml.slice(m.index + m[0].length, endIdx);
  const itemRe = new RegExp(`<${prefix}${item}\\b[^>]*?/>|<${prefix}${item}\\b[^>]*?>[\\s\\S]*?</${prefix}${item}>`, "g");
  return { open: m[0], items: body.match(itemRe) ?? [], close: closeTag, start: m.index, end: endIdx + closeTag.length };
}

function renderList(l: StyleList): string {
  return l.open.replace(/\bcount="\d+"/, `count="${l.items.length}"`).replace(/^(<[\w:]+)(?![^>]*\bcount=)/, `$1 count="${l.items.length}"`) + l.items.join("") + l.close;
}

/** Order of styleSheet children, to insert a missing list at its place. */
const STYLE_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
const STYLE_ITEM: Record<string, string> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf", dxfs: "dxf" };

function getList(xml: string, tag: string): StyleList {
  const found = styleList(xml, tag, STYLE_ITEM[tag]);
  if (found) return found;
  const prefix = /<(\w+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
  // Insert an empty list before the first later sibling (or at the end).
  let at = xml.lastIndexOf(`</${prefix}styleSheet>`);
  for (const later of STYLE_ORDER.slice(STYLE_ORDER.indexOf(tag) + 1)) {
    const m = new RegExp(`<${prefix}${later}\\b`).exec(xml);
    if (m) {
      at = m.index;
      break;
    }
  }
  return { open: `<${prefix}${tag} count="0">`, items: [], close: `</${prefix}${tag}>`, start: at, end: at };
}

function putList(xml: string, l: StyleList): string {
  return xml.slice(0, l.start) + renderList(l) + xml.slice(l.end);
}

function dxfXml(verdict: Verdict, prefix: string): string {
  const c = MARK_COLOURS[verdict];
  return `<${prefix}dxf><${prefix}font><${prefix}color rgb="FF${c.font}"/></${prefix}font><${prefix}fill><${prefix}patternFill patternType="solid"><${prefix}bgColor rgb="FF${c.fill}"/></${prefix}patternFill></${prefix}fill></${prefix}dxf>`;
}

/** Our three highlight formats in <dxfs>: reused when there from an earlier copy, else appended. */
export function ensureMarkDxfs(styles: string): { styles: string; ids: Record<Verdict, number>; added: boolean } {
  const prefix = /<(\w+:)?styleSheet\b/.exec(styles)?.[1] ?? "";
  const list = getList(styles, "dxfs");
  const ids = {} as Record<Verdict, number>;
  let added = false;
  for (const v of Object.keys(MARK_COLOURS) as Verdict[]) {
    const want = dxfXml(v, prefix);
    let i = list.items.indexOf(want);
    if (i < 0) {
      list.items.push(want);
      i = list.items.length - 1;
      added = true;
    }
    ids[v] = i;
  }
  return { styles: added ? putList(styles, list) : styles, ids, added };
}

/**
 * Appends the drawn workbook's fonts, fills, borders, number formats and cell formats to the
 * original's (nothing of the original changes index) and says where each drawn xf went.
 */
export function mergeStyles(styles: string, drawn: string): { styles: string; xfMap: number[] } {
  let out = styles;
  const offsets: Record<string, number> = {};
  for (const tag of ["fonts", "fills", "borders"]) {
    const mine = getList(out, tag);
    const theirs = styleList(drawn, tag, STYLE_ITEM[tag])?.items ?? [];
    offsets[tag] = mine.items.length;
    mine.items.push(...theirs.map((x) => unprefix(x)));
    out = putList(out, mine);
  }
  // Number formats: custom ids (164+) renumbered past the original's.
  const fmts = getList(out, "numFmts");
  let nextFmt = Math.max(163, ...fmts.items.map((x) => Number(attributes(x).numFmtId ?? 0))) + 1;
  const fmtMap = new Map<number, number>();
  for (const x of styleList(drawn, "numFmts", "numFmt")?.items ?? []) {
    const id = Number(attributes(x).numFmtId);
    const code = attributes(x).formatCode ?? "";
    const same = fmts.items.find((y) => attributes(y).formatCode === code);
    if (same) {
      fmtMap.set(id, Number(attributes(same).numFmtId));
      continue;
    }
    fmtMap.set(id, nextFmt);
    fmts.items.push(`<numFmt numFmtId="${nextFmt}" formatCode="${escapeXml(code)}"/>`);
    nextFmt++;
  }
  if (fmts.items.length > 0) out = putList(out, fmts);
  const xfs = getList(out, "cellXfs");
  const xfMap: number[] = [];
  for (const x of styleList(drawn, "cellXfs", "xf")?.items ?? []) {
    const xf = unprefix(x).replace(/\b(fontId|fillId|borderId|numFmtId|xfId)="(\d+)"/g, (_m, k: string, v: string) => {
      const n = Number(v);
      if (k === "fontId") return `fontId="${n + offsets.fonts}"`;
      if (k === "fillId") return `fillId="${n + offsets.fills}"`;
      if (k === "borderId") return `borderId="${n + offsets.borders}"`;
      if (k === "numFmtId") return `numFmtId="${fmtMap.get(n) ?? n}"`;
      return `xfId="0"`;
    });
    xfMap.push(xfs.items.length);
    xfs.items.push(xf);
  }
  out = putList(out, xfs);
  return { styles: out, xfMap };
}

function unprefix(x: string): string {
  return x.replace(/<(\/?)\w+:/g, "<$1");
}

/** The drawn sheet's style indexes (s="n" on cells and rows, style="n" on columns) mapped to the merged ones. */
export function remapStyleIds(sheet: string, xfMap: number[]): string {
  return sheet.replace(/<(c|row|col)\b[^>]*>/g, (tag) => tag.replace(/\s(s|style)="(\d+)"/, (_m, k: string, v: string) => ` ${k}="${xfMap[Number(v)] ?? 0}"`));
}

/** Shared-string cells of the drawn sheet made inline strings, so the original sharedStrings.xml is untouched. */
export function inlineStrings(sheet: string, sst: string | null): string {
  if (!sst) return sheet;
  const items = [...sst.matchAll(/<(\w+:)?si\b[^>]*>([\s\S]*?)<\/\1si>/g)].map((m) => unprefix(m[2]));
  return sheet.replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, idx: string) => `<c${a} t="inlineStr"${b}><is>${items[Number(idx)] ?? "<t></t>"}</is></c>`);
}

// ---------------------------------------------------------------------------------------------
// workbook.xml

function addSheetElement(workbook: string, el: string): string {
  return workbook.replace(/<\/((?:\w+:)?)sheets>/, (m, prefix: string) => (prefix ? el.replace(/^<sheet/, `<${prefix}sheet`) : el) + m);
}

/** Sheet names listed in a defined name (our generated-sheets list). */
export function readDefinedNameSheets(workbook: string, name: string): string[] {
  const m = new RegExp(`<((?:\\w+:)?)definedName\\b[^>]*\\bname="${name}"[^>]*>([\\s\\S]*?)</\\1definedName>`).exec(workbook);
  if (!m) return [];
  const value = m[2].replace(/&apos;/g, "'").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  return value.split(",").map((p) => /^'?((?:[^']|'')+?)'?!/.exec(p.trim())?.[1]?.replace(/''/g, "'") ?? "").filter(Boolean);
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function setDefinedNames(workbook: string, generatedName: string, generated: string[], prints: { name: string; value: string; sheet: string }[], order: string[]): string {
  const prefix = /<(\w+:)?workbook\b/.exec(workbook)?.[1] ?? "";
  let wb = workbook;
  const re = new RegExp(`<${prefix}definedNames\\b[^>]*?(?:/>|>([\\s\\S]*?)</${prefix}definedNames>)`);
  const m = re.exec(wb);
  let items = m?.[1] ? [...m[1].matchAll(new RegExp(`<${prefix}definedName\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}definedName>)`, "g"))].map((x) => x[0]) : [];
  // Ours are replaced; print titles of the sheets we rewrite too.
  const rewritten = new Set(prints.map((p) => p.sheet));
  items = items.filter((x) => {
    const a = attributes(/^<[^>]*>/.exec(x)![0]);
    if (a.name === generatedName) return false;
    if (a.localSheetId !== undefined && rewritten.has(order[Number(a.localSheetId)] ?? "")) return false;
    return true;
  });
  items.push(`<${prefix}definedName name="${generatedName}" hidden="1">${escapeXml(generated.map((n) => `${quote(n)}!$A$1`).join(","))}</${prefix}definedName>`);
  for (const p of prints) {
    const value = p.value.replace(/^'?(?:[^'!]|'')+'?!/, `${quote(p.sheet)}!`);
    items.push(`<${prefix}definedName name="${escapeXml(p.name)}" localSheetId="${order.indexOf(p.sheet)}">${escapeXml(value)}</${prefix}definedName>`);
  }
  const block = `<${prefix}definedNames>${items.join("")}</${prefix}definedNames>`;
  if (m) return wb.slice(0, m.index) + block + wb.slice(m.index + m[0].length);
  // After sheets / functionGroups / externalReferences, whichever comes last.
  let at = -1;
  for (const tag of ["sheets", "functionGroups", "externalReferences"]) {
    const close = `</${prefix}${tag}>`;
    const i = wb.indexOf(close);
    if (i >= 0) at = Math.max(at, i + close.length);
    const self = new RegExp(`<${prefix}${tag}\\b[^>]*/>`).exec(wb);
    if (self) at = Math.max(at, self.index + self[0].length);
  }
  if (at < 0) throw new Error("workbook.xml without sheets");
  wb = wb.slice(0, at) + block + wb.slice(at);
  return wb;
}
