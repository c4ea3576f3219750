/**
 * An .xlsx package seen as its zip parts: which part holds which sheet, parts as text, and small
 * string-level helpers for the few XML parts the copy rewrites. Never parses a sheet's cells.
 */
// @ts-nocheck

import { inflateEntry, lastIndexOfBytes, readZipDirectory, type ZipEntry } from "./zip";

export interface SheetPart {
  name: string;
  sheetId: number;
  rId: string;
  /** Zip path, like xl/worksheets/sheet2.xml. */
  part: string;
}

export interface XlsxPackage {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  /** Zip path of the workbook part (xl/workbook.xml, as the package's root rels say). */
  workbookPart: string;
  sheets: SheetPart[];
  text(part: string): string;
  /** The part's inflated bytes. */
  raw(part: string): Uint8Array;
  has(part: string): boolean;
}

const decoder = new TextDecoder("utf-8");

export function openPackage(bytes: Uint8Array, entries: ZipEntry[] = readZipDirectory(bytes)): XlsxPackage {
  const map = new Map(entries.map((e) => [e.name, e]));
  const raw = (part: string): Uint8Array => {
    const e = map.get(part);
    if (!e) throw new Error(`part ${part} missing`);
    return inflateEntry(bytes, e);
  };
  const text = (part: string): string => decoder.decode(raw(part));
  let workbookPart = "xl/workbook.xml";
  if (map.has("_rels/.rels")) {
    for (const rel of relationships(text("_rels/.rels"))) if (rel.type.endsWith("/officeDocument")) workbookPart = resolveTarget("", rel.target);
  }
  const sheets: SheetPart[] = [];
  if (map.has(workbookPart)) {
    const rels = new Map(relationships(text(relsPathOf(workbookPart))).map((r) => [r.id, r]));
    for (const m of text(workbookPart).matchAll(/<(?:\w+:)?sheet\b[^>]*?\/?>/g)) {
      const a = attributes(m[0]);
      const rId = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      const rel = rels.get(rId);
      if (!rel) continue;
      sheets.push({ name: a.name ?? "", sheetId: Number(a.sheetId ?? 0), rId, part: resolveTarget(dirOf(workbookPart), rel.target) });
    }
  }
  return { bytes, entries: map, workbookPart, sheets, text, raw, has: (p) => map.has(p) };
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?\/?>/g)) {
    const a = attributes(m[0]);
    out.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
  }
  return out;
}

/** Attributes of one start tag, values unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    switch (e) {
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return '"';
      case "apos": return "'";
      case "amp": return "&";
      default: {
        const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
      }
    }
  });
}

export function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

export function relsPathOf(part: string): string {
  const d = dirOf(part);
  const f = part.slice(d ? d.length + 1 : 0);
  return `${d ? d + "/" : ""}_rels/${f}.rels`;
}

/** A relationship target resolved against the source part's folder ("/xl/x.xml" is absolute). */
export function resolveTarget(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : (baseDir ? baseDir + "/" : "") + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/**
 * A sheet part cut where its cells end: `head` (bytes, up to and including </sheetData>) is
 * never decoded, so a 100 MB sheet costs no string; `tail` (what follows: protection, merges,
 * conditional formats, page setup…) is small text.
 */
export interface SheetSplit {
  head: Uint8Array;
  tail: string;
  /** The root's namespace prefix ("" or "x:"). */
  prefix: string;
}

const encoder = new TextEncoder();

export function splitSheet(bytes: Uint8Array): SheetSplit {
  const start = decoder.decode(bytes.subarray(0, 4096));
  const prefix = /<(\w+:)?worksheet\b/.exec(start)?.[1] ?? "";
  const close = encoder.encode(`</${prefix}sheetData>`);
  const at = lastIndexOfBytes(bytes, close);
  if (at >= 0) return { head: bytes.subarray(0, at + close.length), tail: decoder.decode(bytes.subarray(at + close.length)), prefix };
  const xml = decoder.decode(bytes);
  const empty = new RegExp(`<${prefix}sheetData\\b[^>]*/>`).exec(xml);
  if (!empty) throw new Error("sheet without cells element");
  const cut = empty.index + empty[0].length;
  return { head: encoder.encode(xml.slice(0, cut)), tail: xml.slice(cut), prefix };
}

export function joinSheet(head: Uint8Array, tail: string): Uint8Array {
  const t = encoder.encode(tail);
  const out = new Uint8Array(head.length + t.length);
  out.set(head, 0);
  out.set(t, head.length);
  return out;
}
