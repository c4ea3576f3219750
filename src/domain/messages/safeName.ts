/**
 * A name read from a workbook's title block (the commune, the district) that looks like a formula
 * or a command ("=cmd|' /c Calc'!a", "@SUM(…)", "+1-2") is not a name: spreadsheet programs run
 * such text when it lands in a cell. Such names are rejected (null), never written anywhere.
 */
export function isFormulaLike(text: string): boolean {
  const t = text.trim();
  if (/^[=+\-@\t\r\n]/.test(t)) return true;
  // Pipes, bangs, brackets and quotes are not in Vietnamese place names; a DDE payload needs them.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return /[|!=<>{}[\]\\;"\u0000-\u001f]/.test(t);
}

/** The name, or null when it looks like a formula. */
export function safeName(name: string | null): string | null {
  return name !== null && isFormulaLike(name) ? null : name;
}
