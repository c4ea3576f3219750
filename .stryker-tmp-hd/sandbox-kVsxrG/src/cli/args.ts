// @ts-nocheck
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../domain/messages/Lang";
import { DEFAULT_READ_LIMITS, limitsForMaxSize, type ReadLimits } from "../adapters/xlsx/limits";
import { UsageError } from "./UsageError";

/** Options `check` and `consolidate` share, spelled as the issues fix them. */
const COMMON = {
  province: { type: "string" },
  region: { type: "string" },
  set: { type: "string" },
  group: { type: "string" },
  criteria: { type: "string" },
  out: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  "max-size": { type: "string" },
  debug: { type: "boolean" },
} as const;

/** Parses a command's arguments (common options plus its own); a mistake is a UsageError (exit 2). */
export function parseCommand<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], own: T) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { ...COMMON, ...own } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** --lang: vi (default) or en. */
export function langOption(value: string | undefined): Lang {
  const lang = value ?? "vi";
  if (lang !== "vi" && lang !== "en") throw new UsageError(`--lang phải là vi hoặc en, không phải “${lang}”.`);
  return lang;
}

/** --max-size <MB>: the size limits a workbook is read within (default DEFAULT_READ_LIMITS). */
export function limitsOption(value: string | undefined): ReadLimits {
  if (value === undefined) return DEFAULT_READ_LIMITS;
  const mb = Number(value.replace(",", "."));
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size phải là số MB dương, không phải “${value}”.`);
  return limitsForMaxSize(mb);
}
