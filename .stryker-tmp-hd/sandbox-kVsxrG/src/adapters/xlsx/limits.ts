/**
 * Limits checked before a workbook is inflated, from its zip directory alone (plus, for the few
 * parts big enough to hide a bomb, a bounded inflate that keeps nothing). A pure function over
 * the bytes: the command line, the worker threads and the browser call the same one.
 */
// @ts-nocheck

import type { LimitProblem } from "../../domain/messages/fileLimits";
import { inflatedSizeUpTo, inflateHead, readZipDirectory, ZipFormatError, type ZipEntry } from "./zip";

export type { LimitProblem } from "../../domain/messages/fileLimits";

export interface ReadLimits {
  /** Bytes all parts may inflate to together (and the largest file read at all). */
  maxTotalBytes: number;
  /** Bytes one part may inflate to. */
  maxPartBytes: number;
  /** Largest compression ratio of a part bigger than `ratioFromBytes`; null: not checked. */
  maxRatio: number | null;
  ratioFromBytes: number;
  /** Parts in the zip. */
  maxEntries: number;
}

const MB = 1_000_000;

/**
 * Defaults: a commune's workbook is well under 10 MB inflated; a 1,000,000-row workbook about
 * 100 MB. Real sheet XML compresses 5–50:1; 200:1 over 10 MB is a bomb (deflate tops out at 1032:1).
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxTotalBytes: 300 * MB,
  maxPartBytes: 200 * MB,
  maxRatio: 200,
  ratioFromBytes: 10 * MB,
  maxEntries: 10_000,
};

/** `--max-size <MB>`: the size limits become `mb` megabytes, and the ratio is no longer judged. */
export function limitsForMaxSize(mb: number): ReadLimits {
  const bytes = Math.round(mb * MB);
  return { ...DEFAULT_READ_LIMITS, maxTotalBytes: bytes, maxPartBytes: bytes, maxRatio: null };
}

/** Deflate cannot compress more than this: a part whose directory claims less output may lie. */
const DEFLATE_MAX_RATIO = 1032;

export type LimitVerdict =
  | { ok: true; entries: ZipEntry[] | null }
  | { ok: false; problem: LimitProblem }
  | { ok: false; damaged: ZipFormatError };

/**
 * Judges a workbook's bytes against the limits without inflating it. A zip (.xlsx) is judged by
 * its directory; anything else (.xls) by its length. A damaged zip directory is reported as such.
 */
export function checkReadLimits(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): LimitVerdict {
  // The same bytes judged twice (the command line first, then the reader) are judged once.
  const known = passed.get(bytes);
  if (known && known.limits === limits) return known.verdict;
  const verdict = judge(bytes, limits);
  if (verdict.ok) passed.set(bytes, { limits, verdict });
  return verdict;
}

const passed = new WeakMap<Uint8Array, { limits: ReadLimits; verdict: LimitVerdict }>();

function judge(bytes: Uint8Array, limits: ReadLimits): LimitVerdict {
  if (bytes.length > limits.maxTotalBytes) return { ok: false, problem: { kind: "file", actual: bytes.length, limit: limits.maxTotalBytes } };
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) return { ok: true, entries: null };
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError) return { ok: false, damaged: e };
    throw e;
  }
  if (entries.length > limits.maxEntries) return { ok: false, problem: { kind: "entries", actual: entries.length, limit: limits.maxEntries } };
  let total = 0;
  for (const e of entries) {
    if (e.size > limits.maxPartBytes) return { ok: false, problem: { kind: "part", part: e.name, actual: e.size, limit: limits.maxPartBytes } };
    if (limits.maxRatio !== null && e.size > limits.ratioFromBytes) {
      const ratio = e.size / Math.max(1, e.compressedSize);
      if (ratio > limits.maxRatio) return { ok: false, problem: { kind: "ratio", part: e.name, actual: ratio, limit: limits.maxRatio } };
    }
    total += e.size;
  }
  if (total > limits.maxTotalBytes) return { ok: false, problem: { kind: "total", actual: total, limit: limits.maxTotalBytes } };
  // A part small on paper but big in bytes could inflate past the limit if the directory lies:
  // inflate it (keeping nothing) and stop one byte past its declared size.
  // The same for the total: the parts that could hide the most are checked until what the rest
  // could hide fits.
  const worst = (e: ZipEntry) => (e.method === 8 ? Math.max(e.size, e.compressedSize * DEFLATE_MAX_RATIO) : e.size);
  let worstTotal = entries.reduce((n, e) => n + worst(e), 0);
  for (const e of entries.slice().sort((a, b) => b.compressedSize - a.compressedSize)) {
    if (worst(e) === e.size) continue;
    if (worst(e) <= limits.maxPartBytes && worstTotal <= limits.maxTotalBytes) continue;
    if (inflatedSizeUpTo(bytes, e, e.size) > e.size) return { ok: false, problem: { kind: "inflate", part: e.name, actual: e.size + 1, limit: e.size } };
    worstTotal -= worst(e) - e.size;
  }
  // The XML parts the reader parses must start as XML of their kind, without a DTD (a spreadsheet
  // never has one; entity definitions are how "billion laughs" files blow up parsers).
  for (const e of entries) {
    const root = XML_ROOTS.find(([re]) => re.test(e.name))?.[1];
    if (!root) continue;
    const head = latin1.decode(inflateHead(bytes, e, 4096));
    if (/<!DOCTYPE|<!ENTITY/i.test(head)) return { ok: false, problem: { kind: "doctype", part: e.name, actual: 1, limit: 0 } };
    const start = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, "").replace(/^\s*(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, "");
    if (!new RegExp(`^<(\\w+:)?${root}\\b`).test(start)) return { ok: false, damaged: new ZipFormatError("malformed", `“${e.name}” is not ${root} XML`) };
  }
  return { ok: true, entries };
}

const latin1 = new TextDecoder("latin1");

/** Parts the reader parses, and the root element each must have. */
const XML_ROOTS: [RegExp, string][] = [
  [/^xl\/worksheets\/[^/]+\.xml$/i, "worksheet"],
  [/^xl\/sharedStrings\.xml$/i, "sst"],
  [/^xl\/workbook\.xml$/i, "workbook"],
  [/^xl\/styles\.xml$/i, "styleSheet"],
];
