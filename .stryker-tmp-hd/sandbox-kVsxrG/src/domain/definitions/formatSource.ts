// @ts-nocheck
import type { Source } from "./schema";

/**
 * A source in one line, as users cite it: `document: “quote”` (quote only when present). The
 * `file` a figure was read from is a path in this repository: provenance for maintainers, never shown.
 */
export function formatSource(source: Source): string {
  let text = source.document;
  if (source.quote) text += `: “${source.quote}”`;
  return text;
}
