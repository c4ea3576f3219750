// @ts-nocheck
import { issuesToErrors } from "./issuesToErrors";
import { findIndicator } from "./resolveThreshold";
import { OverlaySchema, type CriteriaSet, type Overlay, type OverlayRule, type Province } from "./schema";
import type { DefinitionsError } from "../problems/Problem";

export type ParseOverlayResult = { ok: true; overlay: Overlay } | { ok: false; errors: DefinitionsError[] };

const OVERLAY_KEYS = ["id", "extends", "name", "source", "provinces", "criteria", "indicators", "thresholds"];

/** The id of a set a sheet (or a definitions file with `criteria`) defines. */
export const SHEET_DEFINED_SET = "sheet-defined";

/** The set a definitions file defines whole (its `criteria`), as the engine judges it. */
export function fileDefinedSet(overlay: Overlay): CriteriaSet | null {
  if (!overlay.criteria || overlay.extends !== SHEET_DEFINED_SET) return null;
  return {
    id: SHEET_DEFINED_SET,
    name: overlay.name,
    decision: overlay.source,
    period: "",
    level: "sheet",
    indicatorsFrom: "sheet",
    regions: [{ id: "chung", name: "Chung", nameEn: "All" }],
    criteria: [...overlay.criteria].sort((a, b) => a.no - b.no).map((c) => ({ ...c, indicators: [] })),
  };
}
const THRESHOLD_KEYS = ["atLeast", "atMost", "yes", "none", "unit", "byRegion", "source", "quote", "note"];

function unknownKeys(json: unknown): DefinitionsError[] {
  const errors: DefinitionsError[] = [];
  if (!json || typeof json !== "object" || Array.isArray(json)) return errors;
  for (const key of Object.keys(json)) if (!OVERLAY_KEYS.includes(key)) errors.push({ path: [], code: "unknown-key", key, allowed: OVERLAY_KEYS });
  const thresholds = (json as Record<string, unknown>).thresholds;
  if (thresholds && typeof thresholds === "object" && !Array.isArray(thresholds))
    for (const [code, t] of Object.entries(thresholds))
      if (t && typeof t === "object" && !Array.isArray(t))
        for (const key of Object.keys(t))
          if (!THRESHOLD_KEYS.includes(key)) errors.push({ path: ["thresholds", code], code: "unknown-key", key, allowed: THRESHOLD_KEYS });
  return errors;
}

/**
 * Validates a province overlay or a user's definitions file (already parsed JSON) against the
 * sets and provinces it may name. Never throws:
 * each error names the JSON path (messages/ words it: `thresholds["4.2"].atLeast: cần số, nhận
 * được "95"`). Besides the schema it checks that the set exists, that every code is an indicator
 * of that set, that numeric thresholds are not given for yes/no indicators and that percentages
 * lie in 0–100.
 */
export function validateOverlay(json: unknown, known: { sets: readonly CriteriaSet[]; provinces: readonly Province[] }): ParseOverlayResult {
  const result = OverlaySchema.safeParse(json);
  const errors = unknownKeys(json);
  if (!result.success) return { ok: false, errors: [...issuesToErrors(result.error.issues, json), ...errors] };
  const overlay = result.data;
  const set = known.sets.find((s) => s.id === overlay.extends) ?? fileDefinedSet(overlay);
  if (overlay.criteria && overlay.extends !== SHEET_DEFINED_SET)
    errors.push({ path: ["criteria"], code: "other", detail: `"criteria" is only for a set the file defines whole ("extends": "${SHEET_DEFINED_SET}")` });
  if (!set) {
    errors.push({ path: ["extends"], code: "unknown-set", setId: overlay.extends, known: known.sets.map((s) => s.id) });
  } else {
    for (const [code, t] of Object.entries(overlay.thresholds)) {
      const where = ["thresholds", code];
      const found = findIndicator(set, code);
      // A set whose indicators come from the sheet takes any code under one of its criteria.
      const open = set.indicatorsFrom === "sheet" && set.criteria.some((c) => String(c.no) === code.split(".")[0]);
      if (!found && !open) {
        errors.push({ path: where, code: "unknown-indicator", setId: set.id, indicator: code });
        continue;
      }
      const kind = found?.indicator.kind ?? overlay.indicators?.[code]?.kind ?? null;
      const rules: [readonly (string | number)[], OverlayRule][] = t.byRegion ? Object.entries(t.byRegion).map(([r, rule]) => [[...where, "byRegion", r], rule]) : [[where, t]];
      for (const [path, rule] of rules) {
        const value = rule.atLeast ?? rule.atMost;
        if (value !== undefined && (kind === "yesNo" || kind === "none")) errors.push({ path, code: "yes-no-indicator", indicator: code });
        if (value !== undefined && kind === "percent") {
          if (value < 0 || value > 100) errors.push({ path, code: "percent-range", value });
          if (rule.unit !== undefined && rule.unit !== "%") errors.push({ path: [...path, "unit"], code: "percent-unit", indicator: code, unit: rule.unit });
        }
      }
      for (const r of Object.keys(t.byRegion ?? {}))
        if (!set.regions.some((x) => x.id === r)) errors.push({ path: [...where, "byRegion", r], code: "unknown-region", setId: set.id, region: r, known: set.regions.map((x) => x.id) });
    }
    for (const code of Object.keys(overlay.indicators ?? {}))
      if (!set.criteria.some((c) => String(c.no) === code.split(".")[0]))
        errors.push({ path: ["indicators", code], code: "unknown-indicator", setId: set.id, indicator: code });
  }
  for (const [i, p] of (overlay.provinces ?? []).entries())
    if (!known.provinces.some((q) => q.id === p)) errors.push({ path: ["provinces", i], code: "unknown-province", province: p });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, overlay };
}
