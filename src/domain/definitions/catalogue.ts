/**
 * The built-in criteria sets, province overlays and provinces, validated at load, and the look-ups
 * on them. Pure: the JSON is bundled by import, nothing is read from disk.
 */
import setXaNtm from "../../definitions/sets/xa-ntm-2021-2025.json";
import overlayLangSon from "../../definitions/overlays/lang-son.json";
import provincesJson from "../../definitions/provinces.json";
import type { z } from "zod";
import {
  CriteriaSetSchema,
  OverlaySchema,
  ProvinceListSchema,
  type CriteriaSet,
  type Overlay,
  type Province,
} from "./schema";
import { issuesToErrors } from "./definitionsErrors";
import { findIndicator } from "./resolveThreshold";
import type { DefinitionsError } from "../problems/Problem";


function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Built-in data that fails its schema is a broken invariant: throw, naming the file and the JSON path. */
function loadBuiltIn<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const result = schema.safeParse(json);
  if (!result.success) throw new Error(`Invalid built-in definitions in ${file}: ${JSON.stringify(issuesToErrors(result.error.issues, json))}`);
  return result.data;
}

// ---- consistency checks (also used by tests) ----

/** Inconsistencies inside a criteria set (duplicate codes, unknown regions…); empty when sound. */
export function checkSet(set: CriteriaSet): string[] {
  const errors: string[] = [];
  const regionIds = new Set(set.regions.map((r) => r.id));
  if (regionIds.size !== set.regions.length) errors.push(`${set.id}: duplicate region ids`);
  if (set.disadvantagedRegion !== undefined && !regionIds.has(set.disadvantagedRegion))
    errors.push(`${set.id}: disadvantagedRegion "${set.disadvantagedRegion}" is not a region of the set`);
  const codes = new Set<string>();
  for (const criterion of set.criteria) {
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

function checkProvinces(provinces: Province[], regionIds: Set<string>): string[] {
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

// ---- sets ----

export function listSets(): readonly CriteriaSet[] {
  return SETS;
}

export function getSet(id: string): CriteriaSet | null {
  return SETS.find((s) => s.id === id) ?? null;
}

// ---- overlays ----

export function listOverlays(): readonly Overlay[] {
  return OVERLAYS;
}

export function getOverlay(id: string): Overlay | null {
  return OVERLAYS.find((o) => o.id === id) ?? null;
}

export type ParseOverlayResult = { ok: true; overlay: Overlay } | { ok: false; errors: DefinitionsError[] };

const OVERLAY_KEYS = ["id", "extends", "name", "source", "provinces", "thresholds"];
const THRESHOLD_KEYS = ["atLeast", "atMost", "yes", "none", "unit", "source", "quote", "note"];

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
 * Validates a province overlay or a user's definitions file (already parsed JSON). Never throws:
 * each error names the JSON path (messages/ words it: `thresholds["4.2"].atLeast: cần số, nhận
 * được "95"`). Besides the schema it checks that the set exists, that every code is an indicator
 * of that set, that numeric thresholds are not given for yes/no indicators and that percentages
 * lie in 0–100.
 */
export function parseOverlay(json: unknown): ParseOverlayResult {
  const result = OverlaySchema.safeParse(json);
  const errors = unknownKeys(json);
  if (!result.success) return { ok: false, errors: [...issuesToErrors(result.error.issues, json), ...errors] };
  const overlay = result.data;
  const set = SETS.find((s) => s.id === overlay.extends);
  if (!set) {
    errors.push({ path: ["extends"], code: "unknown-set", setId: overlay.extends, known: SETS.map((s) => s.id) });
  } else {
    for (const [code, t] of Object.entries(overlay.thresholds)) {
      const where = ["thresholds", code];
      const found = findIndicator(set, code);
      if (!found) {
        errors.push({ path: where, code: "unknown-indicator", setId: set.id, indicator: code });
        continue;
      }
      const kind = found.indicator.kind;
      const value = t.atLeast ?? t.atMost;
      if (value !== undefined && (kind === "yesNo" || kind === "none")) errors.push({ path: where, code: "yes-no-indicator", indicator: code });
      if (value !== undefined && kind === "percent") {
        if (value < 0 || value > 100) errors.push({ path: where, code: "percent-range", value });
        if (t.unit !== undefined && t.unit !== "%") errors.push({ path: [...where, "unit"], code: "percent-unit", indicator: code, unit: t.unit });
      }
    }
  }
  for (const [i, p] of (overlay.provinces ?? []).entries())
    if (!PROVINCES.some((q) => q.id === p)) errors.push({ path: ["provinces", i], code: "unknown-province", province: p });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, overlay };
}

/**
 * The one reader of a definitions file's text, for the command line and the pane alike: a
 * leading byte-order mark is dropped, a JSON syntax error becomes an error too.
 */
export function parseOverlayText(text: string): ParseOverlayResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: [], code: "json-syntax", detail }] };
  }
  return parseOverlay(json);
}

// ---- provinces ----

/** Folds case, diacritics (NFC or NFD), "đ", punctuation and a leading "Tỉnh"/"Thành phố"/"TP" away. */
export function provinceKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[-–—_.,()]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(tinh|thanh pho|tp) /, "");
}

export function listProvinces(): readonly Province[] {
  return PROVINCES;
}

/**
 * The province named or identified by `nameOrId` ("Lạng Sơn", "lang son", "Tỉnh Lạng Sơn", "lang-son").
 * Names shared by a pre-2025 province and the merged province that kept its name ("Tuyên Quang")
 * resolve to the pre-2025 one unless `era` is "after-2025"; ids are never ambiguous.
 */
export function findProvince(nameOrId: string, options: { era?: "before-2025" | "after-2025" } = {}): Province | null {
  const byId = PROVINCES.find((p) => p.id === nameOrId.trim());
  if (byId) return byId;
  const key = provinceKey(nameOrId);
  if (key === "") return null;
  const matches = PROVINCES.filter(
    (p) => provinceKey(p.id) === key || provinceKey(p.name) === key || (p.aliases ?? []).some((a) => provinceKey(a) === key),
  );
  const era = options.era ?? "before-2025";
  return matches.find((p) => p.era === era || p.era === "both") ?? matches[0] ?? null;
}

/**
 * The region of a province, or the regions it spans (merged provinces that straddle two regions).
 * Throws for a province findProvince does not know: look it up first when the name came from a user.
 */
export function regionForProvince(idOrName: string): { region: string } | { spans: string[] } {
  const p = findProvince(idOrName);
  if (!p) throw new Error(`regionForProvince: unknown province "${idOrName}"`);
  if (p.region !== undefined) return { region: p.region };
  return { spans: [...(p.spans ?? [])] };
}

/** The built-in overlay of a province (by id or name), or null when it has none. */
export function overlayForProvince(idOrName: string): Overlay | null {
  const p = findProvince(idOrName);
  if (!p) return null;
  return OVERLAYS.find((o) => (o.provinces ?? []).includes(p.id)) ?? null;
}

// ---- load (last, so that everything parseOverlay uses is initialised) ----

const SETS: readonly CriteriaSet[] = [loadBuiltIn(CriteriaSetSchema, setXaNtm, "sets/xa-ntm-2021-2025.json")];
const PROVINCES: readonly Province[] = loadBuiltIn(ProvinceListSchema, provincesJson, "provinces.json");
const OVERLAYS: readonly Overlay[] = [overlayLangSon].map((json) => {
  const parsed = parseOverlay(json);
  if (!parsed.ok) throw new Error(`Invalid built-in overlay ${String((json as { id?: unknown }).id)}: ${JSON.stringify(parsed.errors)}`);
  return parsed.overlay;
});
{
  const problems = [
    ...SETS.flatMap(checkSet),
    ...checkProvinces([...PROVINCES], new Set(SETS.flatMap((s) => s.regions.map((r) => r.id)))),
  ];
  if (problems.length > 0) throw new Error(`Inconsistent built-in definitions: ${problems.join("; ")}`);
  deepFreeze(SETS);
  deepFreeze(PROVINCES);
  deepFreeze(OVERLAYS);
}
