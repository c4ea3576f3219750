/**
 * The built-in criteria sets, province overlays and provinces, validated and checked for
 * consistency at load. Pure: the JSON is bundled by import, nothing is read from disk.
 */
// @ts-nocheck

import setXaNtm from "../../definitions/sets/xa-ntm-2021-2025.json";
import setXaNtm2026 from "../../definitions/sets/xa-ntm-2026-2030.json";
import setNangCao from "../../definitions/sets/xa-ntm-nang-cao-2021-2025.json";
import overlayLangSon from "../../definitions/overlays/lang-son.json";
import provincesJson from "../../definitions/provinces.json";
import type { z } from "zod";
import {
  CriteriaSetSchema,
  ProvinceListSchema,
  type CriteriaSet,
  type Overlay,
  type Province,
} from "./schema";
import { checkProvinces, checkSet } from "./checkSet";
import { issuesToErrors } from "./issuesToErrors";
import { validateOverlay } from "./validateOverlay";

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
export function listProvinces(): readonly Province[] {
  return PROVINCES;
}

// ---- load ----

const SETS: readonly CriteriaSet[] = [
  loadBuiltIn(CriteriaSetSchema, setXaNtm, "sets/xa-ntm-2021-2025.json"),
  loadBuiltIn(CriteriaSetSchema, setXaNtm2026, "sets/xa-ntm-2026-2030.json"),
  loadBuiltIn(CriteriaSetSchema, setNangCao, "sets/xa-ntm-nang-cao-2021-2025.json"),
];
const PROVINCES: readonly Province[] = loadBuiltIn(ProvinceListSchema, provincesJson, "provinces.json");
const OVERLAYS: readonly Overlay[] = [overlayLangSon].map((json) => {
  const parsed = validateOverlay(json, { sets: SETS, provinces: PROVINCES });
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
