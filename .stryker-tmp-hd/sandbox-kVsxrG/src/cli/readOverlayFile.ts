// @ts-nocheck
import { promises as fs } from "node:fs";
import { parseOverlayText } from "../domain/definitions/parseOverlay";
import type { Overlay } from "../domain/definitions/schema";
import type { Lang } from "../domain/messages/Lang";
import { definitionsErrorText } from "../domain/messages";
import { UsageError } from "./UsageError";

/** Reads a user's definitions/overlay JSON; a bad file is a usage error naming the file and the JSON path. */
export async function readOverlayFile(file: string, lang: Lang): Promise<Overlay> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new UsageError(lang === "vi" ? `Không đọc được tệp định nghĩa “${file}”.` : `Cannot read the definitions file “${file}”.`);
  }
  const parsed = parseOverlayText(text);
  if (!parsed.ok) throw new UsageError(`${file}: ${parsed.errors.map((e) => definitionsErrorText(e, lang)).join("; ")}`);
  return parsed.overlay;
}
