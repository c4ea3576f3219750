// @ts-nocheck
import { columnIndex } from "../domain/grid/address";
import type { ColumnMapping } from "../domain/grid/readSheet";
import { UsageError } from "./UsageError";

const KEYS = new Set(["code", "name", "figure", "threshold", "self"]);

/**
 * `--columns code=B,figure=D,threshold=C,self=E[,sheet=TC 1-9]`: the user's column mapping.
 * Columns are letters; `sheet` limits it to one sheet. A mistake is a UsageError (exit 2).
 */
export function parseColumnsOption(value: string | undefined): ColumnMapping | undefined {
  if (value === undefined) return undefined;
  const mapping: ColumnMapping = {};
  for (const part of value.split(",")) {
    const m = /^\s*([a-z]+)\s*=\s*(.+?)\s*$/i.exec(part);
    if (!m) throw new UsageError(`--columns: “${part}” không đúng dạng khóa=cột (ví dụ code=B,figure=D).`);
    const key = m[1].toLowerCase();
    if (key === "sheet") {
      mapping.sheet = m[2];
      continue;
    }
    if (!KEYS.has(key)) throw new UsageError(`--columns: không biết “${m[1]}”; dùng code, name, figure, threshold, self, sheet.`);
    if (!/^[A-Z]{1,3}$/i.test(m[2])) throw new UsageError(`--columns: “${m[2]}” không phải tên cột (A, B, … AA).`);
    mapping[key as "code" | "name" | "figure" | "threshold" | "self"] = columnIndex(m[2]);
  }
  if (mapping.figure === undefined && mapping.code === undefined) throw new UsageError("--columns cần ít nhất cột số liệu (figure=…) hoặc cột mã (code=…).");
  return mapping;
}
