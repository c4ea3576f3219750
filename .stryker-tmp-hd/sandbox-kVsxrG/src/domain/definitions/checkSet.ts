// @ts-nocheck
import type { CriteriaSet, Province } from "./schema";

/** Inconsistencies inside a criteria set (duplicate codes, unknown regions…); empty when sound. */
export function checkSet(set: CriteriaSet): string[] {
  const errors: string[] = [];
  const regionIds = new Set(set.regions.map((r) => r.id));
  if (regionIds.size !== set.regions.length) errors.push(`${set.id}: duplicate region ids`);
  if (set.disadvantagedRegion !== undefined && !regionIds.has(set.disadvantagedRegion))
    errors.push(`${set.id}: disadvantagedRegion "${set.disadvantagedRegion}" is not a region of the set`);
  const codes = new Set<string>();
  const nos = new Set<number>();
  for (const criterion of set.criteria) {
    if (nos.has(criterion.no)) errors.push(`${set.id}: duplicate criterion ${criterion.no}`);
    nos.add(criterion.no);
    if (criterion.indicators.length === 0 && set.indicatorsFrom !== "sheet")
      errors.push(`${set.id}: criterion ${criterion.no} has no indicators (only a set whose indicators come from the sheet may)`);
    for (const ind of criterion.indicators) {
      if (codes.has(ind.code)) errors.push(`${set.id}: duplicate indicator code ${ind.code}`);
      codes.add(ind.code);
      if (ind.code.split(".")[0] !== String(criterion.no))
        errors.push(`${set.id}: indicator ${ind.code} listed under criterion ${criterion.no}`);
      for (const region of Object.keys(ind.thresholds.byRegion ?? {}))
        if (!regionIds.has(region)) errors.push(`${set.id}: indicator ${ind.code} has a threshold for unknown region "${region}"`);
      const covered = ind.thresholds.all !== undefined || set.regions.every((r) => ind.thresholds.byRegion?.[r.id]);
      if (!covered && !ind.thresholds.unknownNote)
        errors.push(`${set.id}: indicator ${ind.code} lacks a threshold for some regions and has no unknownNote`);
    }
  }
  return errors;
}

/** Inconsistencies in the province list (duplicate ids, unknown regions, merges from nowhere); empty when sound. */
export function checkProvinces(provinces: Province[], regionIds: Set<string>): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const p of provinces) {
    if (ids.has(p.id)) errors.push(`provinces: duplicate id ${p.id}`);
    ids.add(p.id);
    if ((p.region === undefined) === (p.spans === undefined)) errors.push(`provinces: ${p.id} needs exactly one of region, spans`);
    for (const r of [p.region, ...(p.spans ?? [])])
      if (r !== undefined && !regionIds.has(r)) errors.push(`provinces: ${p.id} has unknown region "${r}"`);
  }
  for (const p of provinces)
    for (const from of p.mergedFrom ?? []) {
      const source = provinces.find((q) => q.id === from);
      if (!source || source.era === "after-2025") errors.push(`provinces: ${p.id} merged from unknown province ${from}`);
    }
  return errors;
}
