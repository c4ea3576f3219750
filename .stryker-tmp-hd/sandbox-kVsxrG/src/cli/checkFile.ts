// @ts-nocheck
import { promises as fs } from "node:fs";
import path from "node:path";
import { CheckOptionsError, CheckSession } from "../app/CheckSession";
import { toJsonReport } from "../app/jsonReport";
import { getSet } from "../domain/definitions/builtIn";
import { problem, type Problem } from "../domain/problems/Problem";
import { formatRule } from "../domain/messages/formatRule";
import type { Overlay } from "../domain/definitions/schema";
import type { CommuneResult } from "../domain/evaluation/CommuneResult";
import { cellAddress } from "../domain/grid/address";
import { problemText, verdictLabel, reasonText, setConflictText, setReasonText } from "../domain/messages";
import type { Lang } from "../domain/messages/Lang";
import { FileWorkbook, type SavedCopy } from "../adapters/xlsx/FileWorkbook";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../adapters/xlsx/limits";
import { openPackage } from "../adapters/xlsx/ooxml";
import { verifyCopy } from "../adapters/xlsx/verifyCopy";
import { summariseParts } from "../adapters/xlsx/workbookParts";
import { limitText } from "../domain/messages/fileLimits";
import { WorkbookReadError } from "../adapters/xlsx/readGrid";
import { readOverlayFile } from "./readOverlayFile";
import { judgeInput, readInput, samePath } from "./inputFile";
import { FileError, UsageError } from "./UsageError";
import type { ColumnMapping } from "../domain/grid/readSheet";
import type { Io } from "./main";
import { noTableFound, noTableLookedFor } from "../domain/messages/readingWords";

export interface CheckFileOptions {
  /** The file's bytes and kind, when already read and judged (main does, before loading this module). */
  input?: { bytes: Uint8Array; format: "xlsx" | "xls" };
  /** Size limits checked before the workbook is inflated (--max-size). */
  limits?: ReadLimits;
  file: string;
  /** null: the set the workbook names. */
  setId: string | null;
  group?: string | null;
  province: string | null;
  region: string | null;
  criteriaFile: string | null;
  out: string | null;
  json: boolean;
  lang: Lang;
  disadvantaged: boolean;
  /** The user's column mapping (--columns). */
  columns?: ColumnMapping;
}

/** `ntm check`: 0 when the workbook was checked, whatever the verdicts; 2 for bad usage or an unreadable file. */
export async function checkFile(o: CheckFileOptions, io: Io): Promise<number> {
  const vi = o.lang === "vi";
  const limits = o.limits ?? DEFAULT_READ_LIMITS;
  const overlays: Overlay[] = o.criteriaFile ? [await readOverlayFile(o.criteriaFile, o.lang)] : [];
  if (o.out && (await samePath(o.out, o.file))) throw new UsageError(`--out không được trùng tệp đầu vào “${o.file}”: tệp gốc không bao giờ bị ghi đè.`);
  const bytes = o.input?.bytes ?? (await readInput(o.file, limits, o.lang));
  const format = o.input?.format ?? judgeInput(o.file, bytes, limits, o.lang);

  const port = new FileWorkbook(bytes, format, limits);
  const session = new CheckSession(port, o.lang);
  let outcome;
  try {
    outcome = await session.check({
      setId: o.setId,
      group: o.group ?? null,
      province: o.province,
      region: o.region,
      disadvantaged: o.disadvantaged,
      overlayJson: null,
      overlays,
      columns: o.columns,
    });
  } catch (e) {
    if (e instanceof CheckOptionsError) throw new UsageError(e.problems.map((p) => problemText(p, o.lang)).join("\n"));
    if (e instanceof WorkbookReadError && e.limit) throw new FileError(limitText(e.limit, o.lang, o.file, true), e);
    if (e instanceof WorkbookReadError) throw new FileError(`Không đọc được “${o.file}”: ${readReason(e)}`, e);
    // Whatever else a damaged file makes the reader throw: still this file's fault, said as such.
    throw new FileError(`Không đọc được “${o.file}”: tệp bị hỏng hoặc có cấu trúc bất thường (${e instanceof Error ? e.message : String(e)}).`, e);
  }

  if (outcome.result.findings.some((f) => f.code === "table/not-found")) throw new UsageError(noTableText(o.file, o.lang));

  port.releaseGrid();
  const written: Problem[] = [];
  if (o.out) written.push(...(await writeCopy(o, port, session, format, bytes)));
  // In the JSON too: what the file reader noticed (protected sheets, a formula-like name).
  const extra: Problem[] = [...outcome.problems.filter((p) => p.code === "host/protected-sheet" || p.code === "title/formula-like"), ...written];

  if (o.json) {
    const report = toJsonReport(o.file, outcome.result, o.lang, extra);
    io.stdout.write(JSON.stringify(report, null, 2) + "\n");
  } else {
    const told = [...outcome.problems, ...outcome.result.findings, ...written];
    io.stdout.write(readableTable(o.file, outcome.result, told.map((p) => problemText(p, o.lang)), o.lang));
    if (o.out) io.stdout.write((vi ? `Đã ghi bản sao đánh dấu (đã kiểm lại từng ô): ${o.out}` : `Highlighted copy written (every cell verified): ${o.out}`) + "\n");
  }
  return 0;
}

/** No indicator table: name the file and what was looked for, rather than "Đạt 0/19". */
function noTableText(file: string, lang: Lang): string {
  const what = `“${file}”: ${noTableFound(lang)}. ${noTableLookedFor(lang)}`;
  return lang === "vi"
    ? `${what} Xem những gì đã đọc: ntm inspect “${file}”; hoặc chỉ rõ cột: --columns code=B,figure=D.`
    : `${what} See what was read: ntm inspect “${file}”; or name the columns: --columns code=B,figure=D.`;
}

/**
 * Writes the copy only once it is verified: built in memory, checked against the input
 * (verifyCopy), written to a temporary file next to the target, read back and compared, then
 * renamed into place. Any failure leaves no file behind and says why (exit 2).
 */
async function writeCopy(o: CheckFileOptions, port: FileWorkbook, session: CheckSession, format: "xlsx" | "xls", bytes: Uint8Array): Promise<Problem[]> {
  const out = o.out!;
  const vi = o.lang === "vi";
  const warnings: Problem[] = [];
  const parts = format === "xlsx" ? summariseParts(openPackage(bytes)) : null;
  const outExt = path.extname(out).toLowerCase();
  if (parts?.macros && outExt !== ".xlsm")
    throw new FileError(
      vi
        ? `“${o.file}” có macro (VBA): bản sao phải là tệp .xlsm để giữ macro, ví dụ --out ${out.replace(/\.[^./\\]*$/, "")}.xlsm. Không ghi gì.`
        : `“${o.file}” holds macros (VBA): the copy must be an .xlsm file to keep them, e.g. --out ${out.replace(/\.[^./\\]*$/, "")}.xlsm. Nothing written.`,
    );
  if (!parts?.macros && outExt === ".xlsm") throw new FileError(vi ? `“${o.file}” không có macro: hãy đặt tên bản sao đuôi .xlsx.` : `“${o.file}” has no macros: name the copy .xlsx.`);
  if (format === "xls") warnings.push(problem("file/xls-converted", { out }, { file: out }));

  let copy: SavedCopy;
  try {
    await session.insertSummary(o.lang);
    copy = await port.saveCopy();
  } catch (e) {
    throw new FileError(vi ? `Không tạo được bản sao của “${o.file}”: ${(e as Error).message ?? e}. Không ghi gì.` : `Could not build the copy of “${o.file}”: ${(e as Error).message ?? e}. Nothing written.`, e);
  }
  const problems = verifyCopy(copy.bytes, copy, copy);
  if (problems.length > 0) throw new FileError(refused(o, problems));

  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.ntm-tmp`);
  try {
    await fs.writeFile(tmp, copy.bytes);
    const back = new Uint8Array(await fs.readFile(tmp));
    if (!Buffer.from(back.buffer, back.byteOffset, back.byteLength).equals(Buffer.from(copy.bytes.buffer, copy.bytes.byteOffset, copy.bytes.byteLength))) throw new Error(vi ? "tệp đọc lại khác tệp đã ghi" : "the file read back differs from what was written");
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new FileError(vi ? `Không ghi được bản sao “${out}” (${reason}). Không có tệp nào được ghi.` : `Could not write the copy “${out}” (${reason}). No file was written.`, e);
  }
  return warnings;
}

function refused(o: CheckFileOptions, problems: string[]): string {
  const list = problems.slice(0, 5).join("; ");
  return o.lang === "vi"
    ? `Bản sao “${o.out}” không được ghi: khi đọc lại, nó không giữ nguyên dữ liệu của “${o.file}” (${list}). Tệp gốc không bị động đến.`
    : `The copy “${o.out}” was not written: read back, it does not keep the data of “${o.file}” (${list}). The input is untouched.`;
}

function readReason(e: WorkbookReadError): string {
  switch (e.reason) {
    case "encrypted":
      return "tệp được đặt mật khẩu.";
    case "corrupt":
      return `tệp bị hỏng hoặc không đầy đủ${e.message ? ` (${e.message})` : ""}.`;
    default:
      return "không phải bảng tính Excel.";
  }
}

function readableTable(file: string, result: CommuneResult, messages: string[], lang: Lang): string {
  const vi = lang === "vi";
  const set = getSet(result.setId);
  const region = set?.regions.find((r) => r.id === result.region);
  const lines: string[] = [];
  lines.push(`${vi ? "Tệp" : "File"}: ${file}`);
  const grouped = result.grouping === "group";
  const regionWord = grouped ? (vi ? "Nhóm xã" : "Commune group") : vi ? "Vùng" : "Region";
  const regionName = region ? (vi || !region.nameEn ? region.name : region.nameEn) : null;
  lines.push(`${vi ? "Xã" : "Commune"}: ${result.commune ?? (vi ? "(không rõ)" : "(unknown)")}   ${regionWord}: ${regionName ?? (vi ? "(chưa chọn)" : "(not set)")}`);
  lines.push(`${vi ? "Bộ tiêu chí" : "Criteria set"}: ${set ? (vi || !set.nameEn ? set.name : set.nameEn) : (result.setName ?? result.setId)}`);
  const why = setReasonText(result, lang);
  if (why) lines.push(`  ${why}`);
  const conflict = setConflictText(result, lang);
  if (conflict) lines.push(`  ${conflict}`);
  lines.push("");
  lines.push(vi ? `KẾT QUẢ: Đạt ${result.criteriaAchieved}/${result.criteriaTotal} tiêu chí` : `RESULT: ${result.criteriaAchieved}/${result.criteriaTotal} criteria achieved`);
  lines.push("");
  for (const c of result.criteria) {
    lines.push(`${vi ? "Tiêu chí" : "Criterion"} ${c.no}. ${c.name}: ${verdictLabel(c.verdict, lang).toUpperCase()}`);
    for (const i of c.indicators) {
      const cell = i.cellRef ? cellAddress(i.cellRef) : "—";
      const thr = i.threshold.rule ? formatRule(i.threshold.rule, lang) : vi ? "chưa có chỉ tiêu" : "no threshold";
      const own = i.definedBy === "sheet" && set?.indicatorsFrom !== "sheet" ? (vi ? "  (chỉ tiêu do biểu xác định)" : "  (defined by the form)") : "";
      lines.push(`  ${i.code.padEnd(6)} ${verdictLabel(i.verdict, lang).padEnd(14)} ${(i.figureRaw ?? "—").slice(0, 30).padEnd(30)} ${(vi ? "yêu cầu " : "needs ") + thr}${own}`);
      if (i.verdict !== "achieved") lines.push(`         ${cell}: ${reasonText(i, lang)}`);
    }
  }
  if (messages.length > 0) {
    lines.push("", vi ? "Ghi chú:" : "Notes:");
    for (const m of messages) lines.push(`  - ${m}`);
  }
  return lines.join("\n") + "\n";
}
