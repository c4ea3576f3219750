// @ts-nocheck
import type { GridCell } from "./Grid";
import { foldText } from "../figures/normalizeText";

/** What the leading text of a cell says about its row. */
export type CodeReading =
  /** "4.2", "4.2.", "1.4.2", "Chỉ tiêu 4.2", 17.1 (a number): an indicator code, as written (parts, no section fix). */
  | { kind: "dotted"; parts: number[]; said: boolean; numeric: boolean; rest: string }
  /** "4", "4.", 4 (a number), "Chỉ tiêu 5": a whole number; criterion or single-indicator code. */
  | { kind: "whole"; no: number; said: boolean; numeric: boolean; rest: string }
  /** "Tiêu chí số 4: Điện", "Tiêu chí 4 - Điện", "1.4. Tiêu chí số 4 về Điện": a criterion heading. */
  | { kind: "criterion"; no: number; rest: string };

const CODE_RE = /^(?:(chi tieu|ct)\s*(?:so\s*)?)?(\d{1,2}(?:\s*\.\s*\d{1,2}){0,2})\s*\.?(?=$|[\s:)\-–]|[a-z])/;
const CRITERION_RE = /^(?:\d{1,2}(?:\s*\.\s*\d{1,2})*\s*\.?\s*)?(?:tieu chi|tc)(?: so)?\s*(\d{1,2})\b/;

/**
 * Reads a code or criterion heading at the start of a cell. Numbers stored as numbers lose trailing
 * zeros (17.10 → 17.1): the caller fixes that from the sequence. `rest` is the folded text after the code.
 */
export function readCode(cell: GridCell): CodeReading | null {
  if (!cell || cell.value === null) return null;
  if (typeof cell.value === "number") {
    const v = cell.value;
    if (!Number.isFinite(v) || v <= 0 || v >= 100) return null;
    const shown = cell.text && /^\d+(\.\d+)?$/.test(cell.text.trim()) ? cell.text.trim() : String(v);
    const parts = shown.split(".").map(Number);
    if (parts.length === 1) return Number.isInteger(v) ? { kind: "whole", no: v, said: false, numeric: true, rest: "" } : null;
    if (parts.length !== 2 || parts[1] === 0 || String(parts[1]).length > 2) return null;
    return { kind: "dotted", parts, said: false, numeric: true, rest: "" };
  }
  if (typeof cell.value !== "string") return null;
  return readCodeText(foldText(cell.value));
}

/** As readCode, for folded text (lower case, no diacritics). */
export function readCodeText(f: string): CodeReading | null {
  const crit = CRITERION_RE.exec(f);
  if (crit) return { kind: "criterion", no: Number(crit[1]), rest: f.slice(crit[0].length).trim() };
  const m = CODE_RE.exec(f);
  if (!m) return null;
  const parts = m[2].replace(/\s+/g, "").split(".").filter((p) => p !== "").map(Number);
  const said = m[1] !== undefined;
  const rest = f.slice(m[0].length).replace(/^[\s.:\-–)]+/, "");
  if (parts.length === 1) return { kind: "whole", no: parts[0], said, numeric: false, rest };
  return { kind: "dotted", parts, said, numeric: false, rest };
}

/** The major number (criterion) of a code reading. */
export function majorOf(r: CodeReading): number {
  return r.kind === "dotted" ? r.parts[0] : r.no;
}
