// @ts-nocheck
import type { ColumnMapping } from "./readSheet";

export const MAPPING_KEYS = ["code", "name", "figure", "threshold", "self"] as const;
export type MappingKey = (typeof MAPPING_KEYS)[number];

/** Excel's last column (XFD), 0-based. */
const LAST_COLUMN = 16383;

/**
 * A saved column mapping checked field by field: columns are 0-based whole numbers within Excel's
 * columns, `sheet` a non-empty name, and the figure or the code column named (what the reader needs).
 * Anything else is null: a damaged or foreign value is ignored, never half used.
 */
export function parseColumnMapping(raw: unknown): ColumnMapping | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  const out: ColumnMapping = {};
  for (const [key, value] of Object.entries(o)) {
    if (value === undefined) continue;
    if (key === "sheet") {
      if (typeof value !== "string" || value === "") return null;
      out.sheet = value;
    } else if ((MAPPING_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > LAST_COLUMN) return null;
      out[key as MappingKey] = value;
    } else return null;
  }
  if (out.figure === undefined && out.code === undefined) return null;
  return out;
}
