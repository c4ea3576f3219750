// @ts-nocheck
import { promises as fs } from "node:fs";
import { readWorkbookGrid, WorkbookReadError } from "../adapters/xlsx/readGrid";
import { sniffFormat } from "../adapters/xlsx/sniffFormat";
import { CheckOptionsError, judgeGrid, validateOptions } from "../app/judgeWorkbook";
import { problemText } from "../domain/messages";
import { langOption, parseCommand } from "./args";
import { parseColumnsOption } from "./inspectColumns";
import { readingMapJson, readingMapText } from "./inspectText";
import type { Io } from "./main";
import { UsageError } from "./UsageError";

/** `ntm inspect <file> [--json] [--columns …]`: prints what the reader took from each sheet, and why. */
export async function runInspect(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { columns: { type: "string" } });
  if (positionals.length !== 1) throw new UsageError("cần đúng một tệp để xem (inspect needs exactly one file).");
  const lang = langOption(values.lang);
  const file = positionals[0];
  const options = { setId: values.set ?? null, group: values.group ?? null, province: values.province ?? null, region: values.region ?? null, disadvantaged: false, overlayJson: null, columns: parseColumnsOption(values.columns) };
  try {
    validateOptions(options);
  } catch (e) {
    if (e instanceof CheckOptionsError) throw new UsageError(e.problems.map((p) => problemText(p, lang)).join("\n"));
    throw e;
  }
  const bytes = await readBytes(file);
  const format = sniffFormat(bytes);
  if (format === "encrypted") throw new UsageError(`“${file}” được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.`);
  if (format === "unknown") throw new UsageError(`“${file}” không phải tệp Excel (.xlsx hoặc .xls).`);
  let grid;
  try {
    grid = readWorkbookGrid(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new UsageError(`Không đọc được “${file}”: ${e.reason === "corrupt" ? "tệp bị hỏng hoặc không đầy đủ." : "không phải bảng tính Excel."}`);
    throw new UsageError(`Không đọc được “${file}”: tệp bị hỏng hoặc không đầy đủ.`);
  }
  const { detection } = judgeGrid(grid, options);
  if (values.json) io.stdout.write(JSON.stringify(readingMapJson(file, detection.map), null, 2) + "\n");
  else io.stdout.write(readingMapText(file, detection.map, lang));
  return 0;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`Không tìm thấy tệp “${file}”.`);
    if (code === "EISDIR") throw new UsageError(`“${file}” là thư mục, không phải tệp.`);
    throw new UsageError(`Không mở được “${file}”: ${code ?? (e as Error).message}`);
  }
}
