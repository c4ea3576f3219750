/**
 * What the "Tổng hợp nhiều xã" panel shows from an outcome and the user's consolidation settings
 * (body's name, bands, nearly-there limit): pure, so the panel rebuilds the figures as the user
 * types without reading the files again, and tests check it without a browser.
 */
// @ts-nocheck

import { getSet } from "../../domain/definitions/builtIn";
import { bandRanges, bandsFor, consolidate, parseBands, type BandRange, type ConsolidateOptions, type DistrictFigures } from "../../domain/district/consolidate";
import { bandsErrorText, mixedSetsText } from "../../domain/district/districtText";
import { NEARLY_THERE_MAX_MISSING } from "../../domain/district/plan";
import type { ConsolidationOutcome } from "../../app/consolidate/consolidateSources";
import type { Lang } from "../../domain/messages/Lang";

/** The settings as typed in the panel's fields. */
export interface DistrictSettings {
  unit: string;
  /** "10,7-9,5-6,0-4"; empty: the set's own bands. */
  bands: string;
  nearly: string;
}

export const DEFAULT_DISTRICT_SETTINGS: DistrictSettings = { unit: "", bands: "", nearly: String(NEARLY_THERE_MAX_MISSING) };

/** The settings read: what to consolidate with, and what is wrong with a field (null: nothing). */
export interface ReadSettings {
  options: ConsolidateOptions;
  bandsError: string | null;
  nearlyError: boolean;
}

/**
 * Reads the fields against a set of `total` criteria (null before any workbook is read: only the
 * wording of the bands is checked). A field in error falls back to its default in `options`.
 */
export function readSettings(settings: DistrictSettings, total: number | null, lang: Lang): ReadSettings {
  let bands: BandRange[] | null = null;
  let bandsError: string | null = null;
  if (settings.bands.trim() !== "") {
    const r = total === null ? parseBands(settings.bands) : bandsFor(settings.bands, total);
    if (r.ok) bands = r.bands;
    else bandsError = bandsErrorText(r.error, total, lang);
  }
  const text = settings.nearly.trim();
  const n = Number(text);
  const nearlyError = text === "" || !Number.isInteger(n) || n < 1;
  return { options: { bands: total === null ? null : bands, nearlyThereMax: nearlyError ? null : n, unit: settings.unit.trim() || null }, bandsError, nearlyError };
}

/** A set's name as users read it (the id of a set that is not built in). */
export function setNameOf(setId: string | null): string {
  return setId === null ? "" : (getSet(setId)?.name ?? setId);
}

/** The set's own bands as an example: "19, 15-18, 10-14, 5-9, 0-4". */
export function defaultBandsText(total: number | null): string {
  return total === null ? "19, 15-18, 10-14, 5-9, 0-4" : bandRanges(total).map((b) => b.key).join(", ");
}

/** The number of criteria of the set chosen in the pane (null when it is not built in). */
export function chosenTotal(setId: string | null): number | null {
  return setId === null ? null : (getSet(setId)?.criteria.length ?? null);
}

export type DistrictView =
  | { kind: "figures"; figures: DistrictFigures; settings: ReadSettings }
  | { kind: "error"; text: string };

/** The figures under the current settings, or the error to show instead (workbooks of different sets). */
export function districtView(outcome: ConsolidationOutcome, settings: DistrictSettings, lang: Lang): DistrictView | null {
  if (!outcome.ok) {
    if (!outcome.mixedSets) return null;
    return { kind: "error", text: mixedSetsText(outcome.mixedSets.map((g) => ({ setName: setNameOf(g.setId), files: g.files })), "pane", lang) };
  }
  const read = readSettings(settings, outcome.columns.criterionNos.length, lang);
  return { kind: "figures", figures: consolidate(outcome.entries, outcome.excluded, outcome.columns, read.options), settings: read };
}
