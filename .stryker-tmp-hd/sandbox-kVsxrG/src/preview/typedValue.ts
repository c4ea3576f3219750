// @ts-nocheck
import type { CellInput } from "../domain/figures/Figure";

// Vietnamese number as typed in Excel set to vi-VN: "." groups thousands, "," is the decimal mark.
const VI_NUMBER = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * What Excel (vi-VN) stores when a user types `typed` into a cell: a plain Vietnamese number
 * becomes a number, "92%" or "17,5%" a percent-formatted number, an empty entry clears the cell;
 * anything else stays text exactly as typed (the engine reads figures such as "28 triệu" from text).
 */
export function typedValue(typed: string): CellInput {
  const text = typed.trim();
  if (text === "") return { value: null };
  const percent = text.endsWith("%");
  const m = VI_NUMBER.exec(percent ? text.slice(0, -1).trimEnd() : text);
  if (!m) return { value: typed };
  const n = Number(`${m[1]}${m[2].replace(/\./g, "")}${m[3] ? `.${m[3]}` : ""}`);
  if (!percent) return { value: n };
  const decimals = m[3]?.length ?? 0;
  return { value: n / 100, numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%", text };
}

/** The text a cell shows: Excel's formatted text when known, else its value. */
export function shownText(cell: CellInput | null | undefined): string {
  if (!cell || cell.value === null) return cell?.text ?? "";
  if (cell.text !== undefined) return cell.text;
  if (typeof cell.value === "number") return String(cell.value).replace(".", ",");
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return cell.value;
}

/** The text put in the editor when a user starts editing a cell (what Excel's formula bar shows). */
export function editText(cell: CellInput | null | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "number" && cell.numberFormat?.includes("%")) return cell.text ?? `${formatVi(cell.value * 100)}%`;
  if (typeof cell.value === "number") return formatVi(cell.value);
  return shownText(cell);
}

function formatVi(n: number): string {
  // Round away binary noise (0.1 * 100 = 10.000000000000002) before showing the decimal comma.
  return String(Number(n.toPrecision(15))).replace(".", ",");
}
