// @ts-nocheck
import { promises as fs } from "node:fs";
import path from "node:path";
import { CheckOptionsError, judgeGrid, validateOptions } from "../app/judgeWorkbook";
import { readWorkbookGrid, WorkbookReadError } from "../adapters/xlsx/readGrid";
import { limitText } from "../domain/messages/fileLimits";
import { definitionsFromForm } from "../domain/definitions/exportDefinitions";
import { parseOverlay } from "../domain/definitions/parseOverlay";
import { definitionsErrorText, problemText } from "../domain/messages";
import { langOption, limitsOption, parseCommand } from "./args";
import { judgeInput, readInput, samePath } from "./inputFile";
import type { Io } from "./main";
import { FileError, UsageError } from "./UsageError";

/**
 * `ntm definitions export <workbook> --out <defs.json>`: a definitions file from the form's own
 * threshold column(s), to hand to other communes (`--criteria defs.json`, or the pane's import).
 * The file is validated as `--criteria` validates it before it is written; an existing file is not overwritten.
 */
export async function runDefinitions(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "export") throw new UsageError(`ntm definitions: cần lệnh con “export” (needs the sub-command “export”), không phải “${sub ?? ""}”.`);
  const { values, positionals } = parseCommand(rest, {});
  const lang = langOption(values.lang);
  const vi = lang === "vi";
  if (positionals.length !== 1) throw new UsageError(vi ? "cần đúng một bảng tính để lấy định nghĩa." : "needs exactly one workbook to export from.");
  const file = positionals[0];
  const out = values.out;
  if (!out) throw new UsageError(vi ? "cần --out <tệp.json> để ghi tệp định nghĩa." : "needs --out <file.json> to write the definitions file.");
  if (await samePath(out, file)) throw new UsageError(vi ? `--out không được trùng tệp đầu vào “${file}”.` : `--out must not be the input “${file}”.`);
  if (await exists(out)) throw new UsageError(vi ? `“${out}” đã có: không ghi đè. Hãy chọn tên khác hoặc xóa tệp đó.` : `“${out}” exists: not overwritten. Choose another name or remove it.`);

  const options = { setId: values.set ?? null, group: values.group ?? null, province: values.province ?? null, region: values.region ?? null, disadvantaged: false, overlayJson: null };
  try {
    validateOptions(options);
  } catch (e) {
    if (e instanceof CheckOptionsError) throw new UsageError(e.problems.map((p) => problemText(p, lang)).join("\n"));
    throw e;
  }
  const limits = limitsOption(values["max-size"]);
  const bytes = await readInput(file, limits, lang);
  judgeInput(file, bytes, limits, lang);
  let grid;
  try {
    grid = readWorkbookGrid(bytes, limits);
  } catch (e) {
    if (e instanceof WorkbookReadError && e.limit) throw new FileError(limitText(e.limit, lang, file, true), e);
    throw new FileError(vi ? `Không đọc được “${file}”: tệp bị hỏng hoặc không đầy đủ.` : `Cannot read “${file}”: the file is damaged or incomplete.`, e);
  }
  const { detection, result } = judgeGrid(grid, options);
  const id = path.basename(file).replace(/\.[^.]+$/, "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "dinh-nghia";
  const defs = definitionsFromForm(grid, detection, result, { file: path.basename(file), id });
  const checked = parseOverlay(JSON.parse(JSON.stringify(defs)));
  if (!checked.ok) throw new FileError((vi ? "Không tạo được tệp định nghĩa hợp lệ: " : "Could not make a valid definitions file: ") + checked.errors.map((e) => definitionsErrorText(e, lang)).join("; "));
  const count = Object.keys(defs.thresholds).length;
  if (count === 0) throw new UsageError(vi ? `“${file}”: không có mức chuẩn nào trong biểu để ghi.` : `“${file}”: the form gives no thresholds to write.`);
  const tmp = `${out}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(defs, null, 2) + "\n", { flag: "wx" });
  await fs.rename(tmp, out);
  io.stdout.write(
    vi
      ? `Đã ghi ${out}: ${count} mức chuẩn của bộ ${result.setName ?? result.setId}, lấy từ “${file}”. Dùng cho xã khác: ntm check <tệp> --criteria ${out}\n`
      : `Wrote ${out}: ${count} thresholds of ${result.setName ?? result.setId}, from “${file}”. Use for another commune: ntm check <file> --criteria ${out}\n`,
  );
  return 0;
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}
