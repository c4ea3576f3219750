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
import { problemText, verdictLabel, reasonText } from "../domain/messages";
import type { Lang } from "../domain/messages/Lang";
import { FileWorkbook } from "../adapters/xlsx/FileWorkbook";
import { WorkbookReadError } from "../adapters/xlsx/readGrid";
import { readOverlayFile } from "./readOverlayFile";
import { sniffFormat } from "../adapters/xlsx/sniffFormat";
import { UsageError } from "./UsageError";
import type { ColumnMapping } from "../domain/grid/readSheet";
import type { Io } from "./main";

export interface CheckFileOptions {
  file: string;
  setId: string;
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
  const overlays: Overlay[] = o.criteriaFile ? [await readOverlayFile(o.criteriaFile, o.lang)] : [];
  if (o.out && (await samePath(o.out, o.file))) throw new UsageError(`--out không được trùng tệp đầu vào “${o.file}”: tệp gốc không bao giờ bị ghi đè.`);
  const bytes = await readInput(o.file);
  const format = sniffFormat(bytes);
  if (format === "encrypted") throw new UsageError(`“${o.file}” được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.`);
  if (format === "unknown") throw new UsageError(`“${o.file}” không phải tệp Excel (.xlsx hoặc .xls).`);

  const port = new FileWorkbook(bytes, format);
  const session = new CheckSession(port, o.lang);
  let outcome;
  try {
    outcome = await session.check({
      setId: o.setId,
      province: o.province,
      region: o.region,
      disadvantaged: o.disadvantaged,
      overlayJson: null,
      overlays,
      columns: o.columns,
    });
  } catch (e) {
    if (e instanceof CheckOptionsError) throw new UsageError(e.problems.map((p) => problemText(p, o.lang)).join("\n"));
    if (e instanceof WorkbookReadError) throw new UsageError(`Không đọc được “${o.file}”: ${readReason(e)}`);
    throw e;
  }

  if (outcome.result.findings.some((f) => f.code === "table/not-found")) throw new UsageError(noTableText(o.file, o.lang));

  const extra: Problem[] = [];
  if (o.out) {
    await session.insertSummary(o.lang);
    const outBytes = await port.save();
    await fs.mkdir(path.dirname(path.resolve(o.out)), { recursive: true });
    await fs.writeFile(o.out, outBytes);
    if (format === "xls") extra.push(problem("file/xls-converted", { out: o.out }, { file: o.out }));
  }

  if (o.json) {
    const report = toJsonReport(o.file, outcome.result, o.lang, extra);
    io.stdout.write(JSON.stringify(report, null, 2) + "\n");
  } else {
    const told = [...outcome.problems, ...outcome.result.findings, ...extra];
    io.stdout.write(readableTable(o.file, outcome.result, told.map((p) => problemText(p, o.lang)), o.lang));
    if (o.out) io.stdout.write((o.lang === "vi" ? `Đã ghi bản sao đánh dấu: ${o.out}` : `Highlighted copy written: ${o.out}`) + "\n");
  }
  return 0;
}

/** No indicator table: name the file and what was looked for, rather than "Đạt 0/19". */
function noTableText(file: string, lang: Lang): string {
  return lang === "vi"
    ? `“${file}”: không tìm thấy bảng chỉ tiêu. Cần một dòng tiêu đề có cột số liệu (“Kết quả thực hiện”, “Hiện trạng”, “Kết quả”, “Số liệu”) và các dòng có mã chỉ tiêu (4.2, 1.4.2, “Chỉ tiêu 4.2”, 17.10). Xem những gì đã đọc: ntm inspect “${file}”; hoặc chỉ rõ cột: --columns code=B,figure=D.`
    : `“${file}”: no indicator table found. It needs a header row with a figure column (“Kết quả thực hiện”, “Hiện trạng”, “Kết quả”, “Số liệu”) and rows with indicator codes (4.2, 1.4.2, “Chỉ tiêu 4.2”, 17.10). See what was read: ntm inspect “${file}”; or name the columns: --columns code=B,figure=D.`;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`Không tìm thấy tệp “${file}”.`);
    if (code === "EISDIR") throw new UsageError(`“${file}” là thư mục, không phải tệp.`);
    throw new UsageError(`Không mở được “${file}”: ${code ?? (e as Error).message}`);
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

function readReason(e: WorkbookReadError): string {
  switch (e.reason) {
    case "encrypted":
      return "tệp được đặt mật khẩu.";
    case "corrupt":
      return "tệp bị hỏng hoặc không đầy đủ.";
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
  lines.push(`${vi ? "Xã" : "Commune"}: ${result.commune ?? (vi ? "(không rõ)" : "(unknown)")}   ${vi ? "Vùng" : "Region"}: ${region?.name ?? (vi ? "(chưa chọn)" : "(not set)")}`);
  lines.push(`${vi ? "Bộ tiêu chí" : "Criteria set"}: ${set?.name ?? result.setId}`);
  lines.push("");
  lines.push(vi ? `KẾT QUẢ: Đạt ${result.criteriaAchieved}/${result.criteriaTotal} tiêu chí` : `RESULT: ${result.criteriaAchieved}/${result.criteriaTotal} criteria achieved`);
  lines.push("");
  for (const c of result.criteria) {
    lines.push(`${vi ? "Tiêu chí" : "Criterion"} ${c.no}. ${c.name}: ${verdictLabel(c.verdict, lang).toUpperCase()}`);
    for (const i of c.indicators) {
      const cell = i.cellRef ? cellAddress(i.cellRef) : "—";
      const thr = i.threshold.rule ? formatRule(i.threshold.rule, lang) : vi ? "chưa có chỉ tiêu" : "no threshold";
      lines.push(`  ${i.code.padEnd(6)} ${verdictLabel(i.verdict, lang).padEnd(14)} ${(i.figureRaw ?? "—").slice(0, 30).padEnd(30)} ${(vi ? "yêu cầu " : "needs ") + thr}`);
      if (i.verdict !== "achieved") lines.push(`         ${cell}: ${reasonText(i, lang)}`);
    }
  }
  if (messages.length > 0) {
    lines.push("", vi ? "Ghi chú:" : "Notes:");
    for (const m of messages) lines.push(`  - ${m}`);
  }
  return lines.join("\n") + "\n";
}
