// @ts-nocheck
import { langOption, limitsOption, parseCommand } from "./args";
import type { CheckFileOptions } from "./checkFile";
import { judgeInput, readInput, samePath } from "./inputFile";
import { parseColumnsOption } from "./inspectColumns";
import { FileError, UsageError } from "./UsageError";

/** Where the command writes; injected so tests capture output. */
export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export const USAGE = `Cách dùng / Usage:
  ntm check <tệp.xlsx|.xls> [--province <tỉnh>] [--region <vùng>] [--set <bộ tiêu chí>] [--group 1|2|3]
            [--criteria <định-nghĩa.json>] [--out <bản-sao.xlsx>] [--json] [--lang vi|en]
            [--disadvantaged] [--max-size <MB>] [--debug]
            [--columns code=B,figure=D,threshold=C,self=E[,sheet=<trang>]]
  ntm inspect <tệp.xlsx|.xls> [--json] [--province …] [--region …] [--columns …]
                bảng đã đọc: cột nào là mã, số liệu, mức chuẩn; dòng nào lấy, dòng nào bỏ qua và vì sao
  ntm consolidate <tệp hoặc thư mục…> [--province <tỉnh>] [--region <vùng>] [--set <bộ>]
            [--criteria <định-nghĩa.json>] [--out <tong-hop.xlsx>] [--json] [--jobs <n>]
            [--unit "tỉnh Lạng Sơn"] [--bands 19,15-18,10-14,5-9,0-4] [--nearly <n>]
            [--lang vi|en] [--max-size <MB>] [--debug]
  ntm thresholds [--province <tỉnh>] [--region <vùng>] [--set <bộ>] [--criteria <tệp.json>] [--json]
                mức chuẩn áp dụng cho từng chỉ tiêu, nguồn, và chỉ tiêu nào chưa có mức chuẩn
  ntm definitions export <tệp.xlsx> --out <định-nghĩa.json> [--set …] [--group 1|2|3]
                ghi mức chuẩn (và tên chỉ tiêu) của biểu ra tệp định nghĩa, để dùng cho xã khác (--criteria)
  ntm sets      liệt kê bộ tiêu chí, vùng, nhóm xã, tỉnh và mức chuẩn riêng của tỉnh

Mã thoát / exit codes: 0 đã kiểm tra; 2 sai cú pháp hoặc không đọc được tệp; 1 lỗi của chương trình.
--max-size <MB>: nâng giới hạn kích thước tệp (mặc định 300 MB giải nén, 200 MB mỗi phần).
--debug: in chi tiết kỹ thuật khi có lỗi.
`;

/**
 * Runs the command line; returns the exit code (never calls process.exit, never throws): no
 * stack trace reaches the user unless --debug asks for it.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const debug = argv.includes("--debug");
  try {
    switch (command) {
      case "check":
        return await runCheck(rest, io);
      case "consolidate": {
        const { runConsolidate } = await import("./consolidateCommand");
        return await runConsolidate(rest, io);
      }
      case "inspect": {
        const { runInspect } = await import("./inspectCommand");
        return await runInspect(rest, io);
      }
      case "thresholds": {
        const { runThresholds } = await import("./thresholdsCommand");
        return await runThresholds(rest, io);
      }
      case "definitions": {
        const { runDefinitions } = await import("./definitionsCommand");
        return await runDefinitions(rest, io);
      }
      case "sets": {
        const { listSetsText } = await import("./setsText");
        io.stdout.write(listSetsText());
        return 0;
      }
      case "--help":
      case "-h":
      case "help":
        io.stdout.write(USAGE);
        return 0;
      case undefined:
        io.stderr.write(USAGE);
        return 2;
      default:
        throw new UsageError(`Lệnh không rõ: “${command}”.`);
    }
  } catch (e) {
    if (e instanceof FileError) {
      io.stderr.write(`ntm: ${e.message}\n`);
      if (debug && e.cause) io.stderr.write(`${stackOf(e.cause)}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`ntm: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    // A bug of ours: say so plainly; the details only with --debug.
    io.stderr.write(`ntm: lỗi của chương trình / internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    io.stderr.write(debug ? `${stackOf(e)}\n` : "(--debug để xem chi tiết / for details)\n");
    return 1;
  }
}

function stackOf(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(args, { disadvantaged: { type: "boolean" }, columns: { type: "string" } });
  if (positionals.length !== 1) throw new UsageError("cần đúng một tệp để kiểm tra (check needs exactly one file).");
  const lang = langOption(values.lang);
  const options: CheckFileOptions = {
    file: positionals[0],
    setId: values.set ?? null,
    group: values.group ?? null,
    province: values.province ?? null,
    region: values.region ?? null,
    criteriaFile: values.criteria ?? null,
    out: values.out ?? null,
    json: !!values.json,
    lang,
    disadvantaged: !!values.disadvantaged,
    limits: limitsOption(values["max-size"]),
    columns: parseColumnsOption(values.columns),
  };
  // The file is read and judged (size, zip bomb, damage) before the checker itself is loaded.
  if (!(options.out && (await samePath(options.out, options.file)))) {
    const bytes = await readInput(options.file, options.limits!, lang);
    options.input = { bytes, format: judgeInput(options.file, bytes, options.limits!, lang) };
  }
  const { checkFile } = await import("./checkFile");
  return checkFile(options, io);
}
