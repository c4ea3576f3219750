/**
 * Just enough of the zip format to judge a workbook before inflating it, and to write a copy that
 * keeps every untouched part byte for byte. Pure functions over bytes: Node and the browser.
 */
// @ts-nocheck

import pako from "pako";

/** One entry of the central directory, with where its data lies in the file. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  localOffset: number;
  /** Offset of the (compressed) data, after the local header. */
  dataOffset: number;
  time: number;
  date: number;
}

/** Why the bytes are not a zip we can trust, in data. */
export class ZipFormatError extends Error {
  constructor(public readonly reason: "truncated" | "malformed" | "encrypted" | "unsupported", detail: string) {
    super(detail);
    this.name = "ZipFormatError";
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/**
 * The central directory, checked for consistency: every entry's data lies inside the file, before
 * the directory, without overlapping another entry, and its local header agrees with the directory.
 * Throws ZipFormatError otherwise (a truncated download, a crafted file).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const n = bytes.length;
  if (n < 22) throw new ZipFormatError("truncated", "shorter than an end-of-directory record");
  let eocd = -1;
  for (let i = n - 22, stop = Math.max(0, n - 22 - 0xffff); i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("truncated", "no end-of-directory record (the file is cut short)");
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== 0x07064b50) throw new ZipFormatError("malformed", "zip64 locator missing");
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > n || u32(bytes, rec) !== 0x06064b50) throw new ZipFormatError("malformed", "zip64 record missing");
    count = u64(bytes, rec + 32);
    cdSize = u64(bytes, rec + 40);
    cdOffset = u64(bytes, rec + 48);
  }
  if (cdOffset + cdSize > n) throw new ZipFormatError("truncated", "the directory lies past the end of the file");
  if (count > (cdSize / 46) + 1) throw new ZipFormatError("malformed", "more entries announced than the directory holds");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > cdOffset + cdSize || u32(bytes, p) !== 0x02014b50) throw new ZipFormatError("malformed", `directory entry ${k} is damaged`);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const time = u16(bytes, p + 12);
    const date = u16(bytes, p + 14);
    const crc = u32(bytes, p + 16) >>> 0;
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    // Zip64 extra field: the 0xffffffff fields, in order.
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + len) {
          size = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= e + 4 + len) localOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    p = eEnd + commentLen;
    if (flags & 0x41) throw new ZipFormatError("encrypted", `“${name}” is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipFormatError("unsupported", `“${name}” uses compression method ${method}`);
    if (localOffset + 30 > cdOffset || u32(bytes, localOffset) !== 0x04034b50) throw new ZipFormatError("malformed", `“${name}” has no local header`);
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataOffset + compressedSize > cdOffset) throw new ZipFormatError("truncated", `“${name}” runs past the end of the data`);
    if (!(flags & 0x08)) {
      // Readers (SheetJS) trust the local header: it must say what the directory says.
      const lc = u32(bytes, localOffset + 18);
      const lu = u32(bytes, localOffset + 22);
      if ((lc !== compressedSize && lc !== 0xffffffff) || (lu !== size && lu !== 0xffffffff)) throw new ZipFormatError("malformed", `“${name}”: local header and directory disagree on its size`);
    }
    if (method === 0 && compressedSize !== size) throw new ZipFormatError("malformed", `“${name}” is stored with two sizes`);
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset, dataOffset, time, date });
  }
  // Entries sharing or overlapping data are the "overlapping files" zip bomb.
  const byOffset = entries.slice().sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    if (prev.dataOffset + prev.compressedSize > byOffset[i].localOffset) throw new ZipFormatError("malformed", `“${prev.name}” and “${byOffset[i].name}” overlap`);
  }
  return entries;
}

/** The entry's compressed bytes, as stored (a view, no copy). */
export function rawData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  return bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
}

/**
 * A native zlib (Node's), used instead of pako when given: several times faster on big parts.
 * `inflateRaw` must throw a RangeError when the output would pass `maxOutput` bytes.
 */
export interface NativeZlib {
  inflateRaw(data: Uint8Array, maxOutput: number): Uint8Array;
  deflateRaw: Deflate;
}
let native: NativeZlib | null = null;
export function useNativeZlib(z: NativeZlib | null): void {
  native = z;
}

/** Thrown when an entry inflates to more than its directory says (or than allowed). */
export class InflateLimitError extends Error {
  constructor(public readonly entry: string, public readonly limit: number) {
    super(`“${entry}” inflates to more than ${limit} bytes`);
    this.name = "InflateLimitError";
  }
}

/**
 * Inflates one entry; never produces more than `max` bytes (default: the size the directory gives):
 * a part that lies about its size stops early with InflateLimitError instead of filling memory.
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, max = e.size): Uint8Array {
  const raw = rawData(bytes, e);
  if (e.method === 0) return raw.slice();
  if (native) {
    const limit = Math.min(max, e.size);
    let out: Uint8Array;
    try {
      out = native.inflateRaw(raw, Math.max(1, limit));
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError(e.name, limit);
      throw new ZipFormatError("malformed", `“${e.name}”: ${(err as Error).message}`);
    }
    if (out.length !== e.size) throw new ZipFormatError("malformed", `“${e.name}” inflates to ${out.length} bytes, not ${e.size}`);
    return out;
  }
  const out = new Uint8Array(e.size);
  let filled = 0;
  let over = false;
  const inf = new pako.Inflate({ raw: true, chunkSize: 1 << 16 });
  inf.onData = (chunk: Uint8Array) => {
    if (over) return;
    if (filled + chunk.length > Math.min(max, e.size)) {
      over = true;
      return;
    }
    out.set(chunk, filled);
    filled += chunk.length;
  };
  inf.onEnd = () => undefined;
  // Feed in slices, so a lying entry is stopped after at most one slice of output beyond the limit.
  const step = 1 << 16;
  for (let i = 0; i < raw.length && !over; i += step) {
    const last = i + step >= raw.length;
    inf.push(raw.subarray(i, i + step), last);
    if (inf.err) throw new ZipFormatError("malformed", `“${e.name}”: ${inf.msg || "bad deflate data"}`);
  }
  if (over) throw new InflateLimitError(e.name, Math.min(max, e.size));
  if (filled !== e.size) throw new ZipFormatError("malformed", `“${e.name}” inflates to ${filled} bytes, not ${e.size}`);
  return out;
}

/**
 * How many bytes an entry really inflates to, stopping at `max` + 1 (nothing is kept). For parts
 * whose stored size could hide a bomb.
 */
export function inflatedSizeUpTo(bytes: Uint8Array, e: ZipEntry, max: number): number {
  const raw = rawData(bytes, e);
  if (e.method === 0) return raw.length;
  if (native) {
    try {
      return native.inflateRaw(raw, max + 1).length;
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return max + 1;
      return 0;
    }
  }
  let total = 0;
  const inf = new pako.Inflate({ raw: true, chunkSize: 1 << 16 });
  inf.onData = (chunk: Uint8Array) => {
    total += chunk.length;
  };
  inf.onEnd = () => undefined;
  const step = 1 << 14;
  for (let i = 0; i < raw.length && total <= max; i += step) {
    inf.push(raw.subarray(i, i + step), i + step >= raw.length);
    if (inf.err) return total;
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
// CRC-32 (the zip polynomial), table driven.

let crcTable: Int32Array | null = null;
function table(): Int32Array {
  if (crcTable) return crcTable;
  const t = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    t[256 + n] = (t[n] >>> 8) ^ t[t[n] & 0xff];
    t[512 + n] = (t[256 + n] >>> 8) ^ t[t[256 + n] & 0xff];
    t[768 + n] = (t[512 + n] >>> 8) ^ t[t[512 + n] & 0xff];
  }
  crcTable = t;
  return t;
}

/** CRC-32 of `data`, continuing from `crc` (0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = table();
  let c = ~crc;
  let i = 0;
  const n = data.length;
  for (; i + 4 <= n; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[(c >>> 24) & 0xff];
  }
  for (; i < n; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Writing.

/** A part of the zip to write: either copied as stored from the source, or new bytes to deflate. */
export type ZipPart =
  | { name: string; copy: ZipEntry; from: Uint8Array }
  | { name: string; data: Uint8Array; level?: number }
  /** Already deflated (raw) bytes with their CRC and inflated size. */
  | { name: string; deflated: Uint8Array; crc: number; size: number };

/** Deflates raw (no zlib header). Replaceable, so Node can use its native zlib for big parts. */
export type Deflate = (data: Uint8Array, level: number) => Uint8Array;
export const pakoDeflate: Deflate = (data, level) => (native ? native.deflateRaw(data, level) : pako.deflateRaw(data, { level: level as 6 }));

/** Last index of `pattern` in `bytes` at or before `from` (−1 when absent). */
export function lastIndexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from = bytes.length - pattern.length): number {
  const first = pattern[0];
  outer: for (let i = Math.min(from, bytes.length - pattern.length); i >= 0; i--) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

const enc = new TextEncoder();

/**
 * Writes a zip. Copied parts keep their compressed bytes, CRC, sizes, flags and dates exactly;
 * new parts are deflated. Zip64 records are written when sizes or offsets need them.
 */
export function writeZip(parts: readonly ZipPart[], deflate: Deflate = pakoDeflate): Uint8Array {
  interface Out { name: Uint8Array; method: number; flags: number; crc: number; csize: number; usize: number; time: number; date: number; data: Uint8Array; offset: number }
  const outs: Out[] = [];
  const now = dosTime(new Date());
  for (const p of parts) {
    const name = enc.encode(p.name);
    if ("copy" in p) {
      const e = p.copy;
      outs.push({ name, method: e.method, flags: (e.flags & ~0x08) | 0x800, crc: e.crc, csize: e.compressedSize, usize: e.size, time: e.time, date: e.date, data: rawData(p.from, e), offset: 0 });
    } else if ("deflated" in p) {
      outs.push({ name, method: 8, flags: 0x800, crc: p.crc >>> 0, csize: p.deflated.length, usize: p.size, time: now.time, date: now.date, data: p.deflated, offset: 0 });
    } else {
      const data = p.data;
      // Big parts (a 1,000,000-row sheet) at level 1: a third of the time, a few % larger.
      const packed = data.length === 0 ? new Uint8Array([3, 0]) : deflate(data, p.level ?? (data.length > 8_000_000 ? 1 : 6));
      outs.push({ name, method: 8, flags: 0x800, crc: crc32(data), csize: packed.length, usize: data.length, time: now.time, date: now.date, data: packed, offset: 0 });
    }
  }
  const LIM = 0xffffffff;
  let size = 0;
  for (const o of outs) {
    o.offset = size;
    const z64 = o.csize >= LIM || o.usize >= LIM || o.offset >= LIM;
    size += 30 + o.name.length + (z64 ? 20 : 0) + o.csize;
  }
  const cdStart = size;
  for (const o of outs) {
    const z64 = o.csize >= LIM || o.usize >= LIM || o.offset >= LIM;
    size += 46 + o.name.length + (z64 ? 28 : 0);
  }
  const cdEnd = size;
  const need64 = outs.length >= 0xffff || cdStart >= LIM || cdEnd - cdStart >= LIM || outs.some((o) => o.offset >= LIM);
  size += (need64 ? 56 + 20 : 0) + 22;
  const buf = new Uint8Array(size);
  const dv = new DataView(buf.buffer);
  let p = 0;
  const w16 = (v: number) => (dv.setUint16(p, v, true), (p += 2));
  const w32 = (v: number) => (dv.setUint32(p, v >>> 0, true), (p += 4));
  const w64 = (v: number) => (dv.setUint32(p, v % 0x100000000, true), dv.setUint32(p + 4, Math.floor(v / 0x100000000), true), (p += 8));
  for (const o of outs) {
    const z64 = o.csize >= LIM || o.usize >= LIM || o.offset >= LIM;
    w32(0x04034b50); w16(z64 ? 45 : 20); w16(o.flags); w16(o.method); w16(o.time); w16(o.date); w32(o.crc);
    w32(z64 ? LIM : o.csize); w32(z64 ? LIM : o.usize); w16(o.name.length); w16(z64 ? 20 : 0);
    buf.set(o.name, p); p += o.name.length;
    if (z64) { w16(1); w16(16); w64(o.usize); w64(o.csize); }
    buf.set(o.data, p); p += o.data.length;
  }
  for (const o of outs) {
    const z64 = o.csize >= LIM || o.usize >= LIM || o.offset >= LIM;
    w32(0x02014b50); w16(z64 ? 45 : 20); w16(z64 ? 45 : 20); w16(o.flags); w16(o.method); w16(o.time); w16(o.date); w32(o.crc);
    w32(z64 ? LIM : o.csize); w32(z64 ? LIM : o.usize); w16(o.name.length); w16(z64 ? 28 : 0); w16(0); w16(0); w16(0); w32(0);
    w32(z64 ? LIM : o.offset);
    buf.set(o.name, p); p += o.name.length;
    if (z64) { w16(1); w16(24); w64(o.usize); w64(o.csize); w64(o.offset); }
  }
  if (need64) {
    const rec = p;
    w32(0x06064b50); w64(44); w16(45); w16(45); w32(0); w32(0); w64(outs.length); w64(outs.length); w64(cdEnd - cdStart); w64(cdStart);
    w32(0x07064b50); w32(0); w64(rec); w32(1);
  }
  w32(0x06054b50); w16(0); w16(0);
  w16(Math.min(outs.length, 0xffff)); w16(Math.min(outs.length, 0xffff));
  w32(need64 ? LIM : cdEnd - cdStart); w32(need64 ? LIM : cdStart); w16(0);
  return buf;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The first `n` inflated bytes of an entry (or fewer, if it is shorter or damaged). */
export function inflateHead(bytes: Uint8Array, e: ZipEntry, n: number): Uint8Array {
  const raw = rawData(bytes, e);
  if (e.method === 0) return raw.subarray(0, n);
  const chunks: Uint8Array[] = [];
  let got = 0;
  const inf = new pako.Inflate({ raw: true, chunkSize: n });
  inf.onData = (chunk: Uint8Array) => {
    chunks.push(chunk);
    got += chunk.length;
  };
  inf.onEnd = () => undefined;
  const step = 1024;
  for (let i = 0; i < raw.length && got < n; i += step) {
    inf.push(raw.subarray(i, i + step), i + step >= raw.length ? true : 2);
    if (inf.err) break;
  }
  const out = new Uint8Array(Math.min(n, got));
  let p = 0;
  for (const c of chunks) {
    if (p >= out.length) break;
    const take = c.subarray(0, out.length - p);
    out.set(take, p);
    p += take.length;
  }
  return out;
}
