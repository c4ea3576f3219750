import type { Source } from "./schema";

/** A source in one line: `document: “quote” (file)`; quote and file only when present. */
export function formatSource(source: Source): string {
  let text = source.document;
  if (source.quote) text += `: “${source.quote}”`;
  if (source.file) text += ` (${source.file})`;
  return text;
}
