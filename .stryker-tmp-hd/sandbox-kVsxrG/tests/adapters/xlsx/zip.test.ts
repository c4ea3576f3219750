// @ts-nocheck
import { readFileSync } from "node:fs";
import { checkReadLimits, DEFAULT_READ_LIMITS, limitsForMaxSize } from "../../../src/adapters/xlsx/limits";
import { crc32, inflateEntry, InflateLimitError, readZipDirectory, writeZip, ZipFormatError } from "../../../src/adapters/xlsx/zip";
import { limitText } from "../../../src/domain/messages/fileLimits";
import * as H from "../../fixtures/hostile/make";

// Real files through the whole reader and writer, on a shared machine.
jest.setTimeout(60_000);

const enc = new TextEncoder();

describe("zip reading and writing", () => {
  it("CRC-32 of the standard check string", () => {
    expect(crc32(enc.encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const a = enc.encode("UBND XÃ ");
    const b = enc.encode("LIÊN SƠN");
    expect(crc32(b, crc32(a))).toBe(crc32(enc.encode("UBND XÃ LIÊN SƠN")));
    expect(H.crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(enc.encode("UBND XÃ LIÊN SƠN")));
  });

  it("copied parts keep their stored bytes; new parts read back", () => {
    const src = new Uint8Array(readFileSync(H.EXAMPLE));
    const entries = readZipDirectory(src);
    const out = writeZip([...entries.map((e) => ({ name: e.name, copy: e, from: src })), { name: "xl/new.xml", data: enc.encode("<x>mới</x>") }]);
    const back = readZipDirectory(out);
    expect(back.map((e) => e.name)).toEqual([...entries.map((e) => e.name), "xl/new.xml"]);
    for (const e of entries) {
      const o = back.find((x) => x.name === e.name)!;
      expect([e.name, o.crc, o.size, o.compressedSize]).toEqual([e.name, e.crc, e.size, e.compressedSize]);
      expect(Buffer.from(inflateEntry(out, o)).equals(Buffer.from(inflateEntry(src, e)))).toBe(true);
    }
    expect(new TextDecoder().decode(inflateEntry(out, back.at(-1)!))).toBe("<x>mới</x>");
  });

  it("truncated, overlapping and inconsistent zips are damaged, not read", () => {
    expect(() => readZipDirectory(H.truncated(0.9))).toThrow(ZipFormatError);
    expect(() => readZipDirectory(new Uint8Array(10))).toThrow(/shorter/);
    // Two directory entries pointing at the same data: the "overlapping files" bomb.
    const src = new Uint8Array(readFileSync(H.EXAMPLE));
    const entries = readZipDirectory(src);
    const dup = src.slice();
    const dv = new DataView(dup.buffer);
    let seen = 0;
    for (let p = dup.length - 22; p > 0 && seen < 2; p--) {
      if (dv.getUint32(p, true) !== 0x02014b50) continue;
      seen++;
      if (seen === 2) dv.setUint32(p + 42, entries.at(-1)!.localOffset, true);
    }
    expect(() => readZipDirectory(dup)).toThrow(/overlap|local header|disagree/);
  });

  it("an entry inflating past its declared size stops early", () => {
    const liar = H.lyingBomb(50e6);
    const e = readZipDirectory(liar).find((x) => x.name === "xl/worksheets/sheet3.xml")!;
    expect(e.size).toBe(4096);
    expect(() => inflateEntry(liar, e)).toThrow(InflateLimitError);
  });
});

describe("read limits, from the directory", () => {
  it("the example passes; its sizes are far below the limits", () => {
    const v = checkReadLimits(new Uint8Array(readFileSync(H.EXAMPLE)));
    expect(v.ok).toBe(true);
  });

  it.each([
    ["part", H.zipBomb(250e6), "part", "xl/worksheets/sheet3.xml"],
    ["ratio", H.zipBomb(60e6), "ratio", "xl/worksheets/sheet3.xml"],
    ["lying directory", H.lyingBomb(450e6), "inflate", "xl/worksheets/sheet3.xml"],
    ["DTD", H.entityLaden(), "doctype", "xl/worksheets/sheet2.xml"],
  ])("%s", (_l, bytes, kind, part) => {
    const v = checkReadLimits(bytes);
    expect(v).toMatchObject({ ok: false, problem: { kind, part } });
  });

  it("the total and the count of parts", () => {
    const small = { ...DEFAULT_READ_LIMITS, maxTotalBytes: 40_000, maxPartBytes: 39_000 };
    expect(checkReadLimits(new Uint8Array(readFileSync(H.EXAMPLE)), small)).toMatchObject({ ok: false, problem: { kind: "total", limit: 40_000 } });
    expect(checkReadLimits(new Uint8Array(readFileSync(H.EXAMPLE)), { ...DEFAULT_READ_LIMITS, maxEntries: 5 })).toMatchObject({ ok: false, problem: { kind: "entries", actual: 18 } });
    expect(checkReadLimits(new Uint8Array(readFileSync(H.EXAMPLE)), { ...DEFAULT_READ_LIMITS, maxTotalBytes: 1000 })).toMatchObject({ ok: false, problem: { kind: "file" } });
  });

  it("--max-size raises the size limits and lifts the ratio limit", () => {
    const l = limitsForMaxSize(1000);
    expect(l).toMatchObject({ maxTotalBytes: 1e9, maxPartBytes: 1e9, maxRatio: null });
    expect(checkReadLimits(H.zipBomb(60e6), l).ok).toBe(true);
  });

  it("damaged XML parts are damaged files", () => {
    expect(checkReadLimits(H.garbageSheet())).toMatchObject({ ok: false, damaged: { reason: "malformed" } });
    expect(checkReadLimits(H.truncated())).toMatchObject({ ok: false, damaged: { reason: "truncated" } });
  });

  it("the words name the part, the size and the limit, in both languages", () => {
    const p = { kind: "part" as const, part: "xl/worksheets/sheet3.xml", actual: 450e6, limit: 200e6 };
    expect(limitText(p, "vi", "xa.xlsx", true)).toBe(
      "Tệp quá lớn hoặc bất thường “xa.xlsx”: phần “xl/worksheets/sheet3.xml” giải nén ra 450 MB, quá giới hạn 200 MB cho một phần. Nếu tệp đúng là của bạn, dùng --max-size <MB> để nâng giới hạn.",
    );
    expect(limitText(p, "en")).toBe("File too large or abnormal: part “xl/worksheets/sheet3.xml” inflates to 450 MB, over the 200 MB limit per part.");
    expect(limitText({ kind: "ratio", part: "a.xml", actual: 375.4, limit: 200 }, "vi")).toContain("nén 375 lần, quá giới hạn 200 lần");
  });
});
