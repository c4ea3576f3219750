/**
 * Node's zlib for every zip part the command line reads or writes: several times faster than the
 * JavaScript inflate the browser uses (pako, SheetJS's), and bounded by maxOutputLength. Imported
 * for its effect by every entry that opens a workbook (check, consolidate and its workers).
 */
import zlib from "node:zlib";
import { useInflateRaw } from "../adapters/xlsx/readXlsxCells";
import { useNativeZlib } from "../adapters/xlsx/zip";

useNativeZlib({
  inflateRaw: (data, maxOutput) => new Uint8Array(zlib.inflateRawSync(data, { maxOutputLength: maxOutput })),
  deflateRaw: (data, level) => new Uint8Array(zlib.deflateRawSync(data, { level })),
});
useInflateRaw((data, size) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }));
