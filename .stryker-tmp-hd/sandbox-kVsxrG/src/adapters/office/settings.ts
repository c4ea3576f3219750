/**
 * The tool's settings in the workbook (Workbook.settings, ExcelApi 1.4): they travel with the
 * file. Persistence has regressed on Excel on the web before, so every write is read back in the
 * same sync (operations run in order within one sync).
 */
// @ts-nocheck

import { problem } from "../../domain/problems/Problem";
import type { HostProblem, WorkbookSettings } from "../../app/WorkbookPort";
import { parseColumnMapping } from "../../domain/grid/columnMapping";

/** Workbook setting with this tool's settings (JSON text). */
export const SETTINGS_KEY = "ntm-checker.settings";

/** Queues a read of the saved settings; call the result after the sync. */
export function queueSettingsRead(ctx: Excel.RequestContext): () => WorkbookSettings | null {
  const item = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return () => (item.isNullObject ? null : parseSettings(item.value));
}

/**
 * Queues writing the settings and reading them back; after the sync the result tells whether they
 * stuck (a problem when not, e.g. a read-only workbook or a host that drops settings).
 */
export function queueSettingsWrite(ctx: Excel.RequestContext, settings: WorkbookSettings): () => HostProblem | null {
  const json = JSON.stringify(settings);
  ctx.workbook.settings.add(SETTINGS_KEY, json);
  const back = ctx.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  back.load("value");
  return () => (!back.isNullObject && back.value === json ? null : problem("host/settings-not-saved", {}));
}

export function parseSettings(raw: unknown): WorkbookSettings | null {
  let v: unknown = raw;
  if (typeof raw === "string") {
    try {
      v = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (typeof v !== "object" || v === null) return null;
  const o = v as Record<string, unknown>;
  const strOrNull = (x: unknown) => x === null || typeof x === "string";
  if (typeof o.setId !== "string" || !strOrNull(o.province) || !strOrNull(o.region) || !strOrNull(o.overlayJson) || typeof o.disadvantaged !== "boolean") {
    return null;
  }
  // Settings saved before the column picker have no `columns`; a damaged mapping is dropped alone.
  const columns = o.columns === undefined ? null : parseColumnMapping(o.columns);
  // The commune group (2026–2030) came later too: absent or not a group, none.
  const group = typeof o.group === "string" && /^nhom-[123]$/.test(o.group) ? o.group : null;
  return {
    setId: o.setId,
    ...(group ? { group } : {}),
    province: o.province as string | null,
    region: o.region as string | null,
    overlayJson: o.overlayJson as string | null,
    disadvantaged: o.disadvantaged,
    ...(columns ? { columns } : {}),
  };
}
