/**
 * Reading the input workbook and judging it before anything heavy is loaded: a file too big, a
 * zip bomb, a truncated or encrypted file is refused here, in well under a second, with a message
 * naming the file (exit 2). Only the zip directory is read (see adapters/xlsx/limits).
 */
// @ts-nocheck

import { promises as fs } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { checkReadLimits, type ReadLimits } from "../adapters/xlsx/limits";
import { sniffFormat } from "../adapters/xlsx/sniffFormat";
import { limitText } from "../domain/messages/fileLimits";
import type { Lang } from "../domain/messages/Lang";
import { useNativeZlib } from "../adapters/xlsx/zip";
import { FileError } from "./UsageError";

// Node's zlib for the zip parts (pako stays the browser's): bounded by maxOutputLength.
useNativeZlib({
  inflateRaw: (data, maxOutput) => new Uint8Array(zlib.inflateRawSync(data, { maxOutputLength: maxOutput })),
  deflateRaw: (data, level) => new Uint8Array(zlib.deflateRawSync(data, { level })),
});

/** The file's bytes, refused before reading when the file alone is over the limit. */
export async function readInput(file: string, limits: ReadLimits, lang: Lang): Promise<Uint8Array> {
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new FileError(`“${file}” là thư mục, không phải tệp.`);
    if (st.size > limits.maxTotalBytes) throw new FileError(limitText({ kind: "file", actual: st.size, limit: limits.maxTotalBytes }, lang, file, true));
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FileError(`Không tìm thấy tệp “${file}”.`);
    if (code === "EISDIR") throw new FileError(`“${file}” là thư mục, không phải tệp.`);
    throw new FileError(`Không mở được “${file}”: ${code ?? (e as Error).message}`, e);
  }
}

/** The workbook's kind, once its bytes passed the limits; FileError otherwise. */
export function judgeInput(file: string, bytes: Uint8Array, limits: ReadLimits, lang: Lang): "xlsx" | "xls" {
  const format = sniffFormat(bytes);
  if (format === "encrypted") throw new FileError(`“${file}” được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.`);
  if (format === "unknown") throw new FileError(`“${file}” không phải tệp Excel (.xlsx hoặc .xls).`);
  const judged = checkReadLimits(bytes, limits);
  if (!judged.ok && "problem" in judged) throw new FileError(limitText(judged.problem, lang, file, true));
  if (!judged.ok) {
    const why = judged.damaged.reason === "encrypted" ? "tệp được đặt mật khẩu." : `tệp bị hỏng hoặc không đầy đủ (${judged.damaged.message}).`;
    throw new FileError(`Không đọc được “${file}”: ${why}`, judged.damaged);
  }
  return format;
}

export async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}
