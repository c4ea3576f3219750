// @ts-nocheck
import type { CellInput, Figure } from "./Figure";
import { decodeLegacy, detectLegacyEncoding, looksLegacyEncoded } from "./legacyEncoding";
import { normalizeText } from "./normalizeText";
import { parseNumberCell } from "./numberCell";
import { readText } from "./readFigureText";

/**
 * Reads one cell into a Figure. Never throws; what it cannot read becomes `unreadable` with a reason.
 *
 * Reading rules (see also parseNumber.ts for "," / "." and units.ts for money):
 * - Strings are NFC-normalised; text typed in TCVN3 or VNI is decoded first and `raw` keeps the
 *   text as written. Text that looks legacy-encoded but reads as neither → unreadable "legacy-encoding".
 * - Excel error values ("#N/A", "#DIV/0!", "#VALUE!"…) → unreadable "error-value".
 * - A written percent wins: "721/722 hộ (99,8%)" is 99.8 with numerator 721 and denominator 722,
 *   not the computed 99.86. A ratio alone ("721/722", "16/16") becomes a percent computed from it.
 * - When a figure and a verdict word both appear ("Đạt (100%)", "570/722 hộ đạt 78,9%") the
 *   figure is the number; the verdict word is read as a connective.
 * - Money is normalised to đồng ("23,5 triệu" → 23 500 000); "/người/năm" is dropped.
 * - Qualifiers "trên", "hơn", "khoảng", "gần", "≈", "~", ">" are dropped ("trên 95%" → 95);
 *   "dưới", "<" are not (→ unparsed): reading an upper bound as the figure would overstate it.
 * - Two different figures in one cell (two percents that disagree, money and a percent,
 *   two bare numbers) → unparsed: the cell does not say which one counts.
 * - A cell of only dashes ("-", "—") is empty.
 * - Words (Đạt, Chưa đạt, Có, Không…) match with full diacritics or with none ("chua dat");
 *   half-accented spellings ("Chua đạt") are unparsed rather than guessed.
 * - Numbers stored as numbers: a "%" number format makes a percent (0.998 → 99.8); a unit in the
 *   format's quoted text (0" ha", #,##0" đồng") makes an amount; otherwise a plain number.
 *   Booleans are yes/no. `raw` is the shown text when given, else a Vietnamese rendering.
 */
export function parseFigure(cell: CellInput): Figure {
  const { value } = cell;
  if (value === null || value === undefined) return { kind: "empty", raw: cell.text ?? "" };
  if (typeof value === "boolean") return { kind: "yesNo", value, raw: cell.text ?? (value ? "TRUE" : "FALSE") };
  if (typeof value === "number") {
    const f = parseNumberCell(value, cell.numberFormat, cell.text);
    // Near Number.MAX_VALUE, ×100 for a percent or rounding to 15 digits overflows to ±Infinity:
    // not a figure (found by tests/property).
    if ("value" in f && typeof f.value === "number" && !Number.isFinite(f.value)) return { kind: "unreadable", raw: cell.text ?? String(value), reason: "unparsed" };
    return f;
  }
  if (typeof value !== "string") return { kind: "unreadable", raw: String(value), reason: "unparsed" };
  return parseTextCell(value);
}

/** Reads a text as a figure; `raw` is the text as given. */
export function parseFigureText(text: string): Figure {
  return parseTextCell(text);
}

const ERROR_VALUE = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

function parseTextCell(raw: string): Figure {
  const trimmed = normalizeText(raw);
  if (ERROR_VALUE.test(trimmed)) return { kind: "unreadable", raw, reason: "error-value" };
  const enc = detectLegacyEncoding(raw);
  if (!enc && looksLegacyEncoded(raw)) return { kind: "unreadable", raw, reason: "legacy-encoding" };
  const text = enc ? normalizeText(decodeLegacy(raw, enc)) : trimmed;
  const reading = readText(text);
  return { ...reading, raw } as Figure;
}

