/** Sheet names for generated sheets: Excel's rules, and never a user's sheet. Shared by every adapter. */
// @ts-nocheck


/** Excel's limit on sheet name length. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts: forbidden characters []:*?/\ become "-", no leading/trailing apostrophe, ≤ 31 chars. */
export function cleanSheetName(name: string): string {
  let s = name.normalize("NFC").replace(FORBIDDEN, "-").replace(/\s+/g, " ").trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  s = [...s].slice(0, MAX_SHEET_NAME).join("").trim();
  return s === "" || s.toLowerCase() === "history" ? "Sheet" : s;
}

/**
 * The name to write a generated sheet under. Never a user's sheet: a name already taken is reused
 * only when it is one of `ownSheets` (sheets this tool created, as the caller records them);
 * otherwise "Tổng hợp NTM (2)", "(3)", … Excel compares sheet names case-insensitively.
 */
export function pickSheetName(existing: string[], preferred: string, ownSheets: string[]): string {
  const key = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");
  const taken = new Set(existing.map(key));
  const own = new Set(ownSheets.map(key).filter((k) => taken.has(k)));
  const base = cleanSheetName(preferred);
  const candidate = (n: number) => {
    if (n === 1) return base;
    const suffix = ` (${n})`;
    return [...base].slice(0, MAX_SHEET_NAME - suffix.length).join("").trimEnd() + suffix;
  };
  const limit = existing.length + 2;
  for (let n = 1; n <= limit; n++) {
    const c = candidate(n);
    if (own.has(key(c))) return existingSpelling(existing, c, key);
  }
  for (let n = 1; n <= limit; n++) {
    const c = candidate(n);
    if (!taken.has(key(c))) return c;
  }
  throw new Error("pickSheetName: no free name"); // unreachable: limit exceeds the names taken
}

function existingSpelling(existing: string[], name: string, key: (s: string) => string): string {
  return existing.find((e) => key(e) === key(name)) ?? name;
}
