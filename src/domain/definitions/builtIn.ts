/**
 * The built-in criteria sets, province overlays and provinces, checked for consistency at load.
 * Pure: the JSON is bundled by import, nothing is read from disk. Their schemas (zod) are checked
 * by the tests (tests/domain/definitions/shippedDefinitions.test.ts), not at load: that keeps zod
 * out of the task pane's first load and the schema walk out of every start.
 */
import setXaNtm from "../../definitions/sets/xa-ntm-2021-2025.json";
import setXaNtm2026 from "../../definitions/sets/xa-ntm-2026-2030.json";
import setNangCao from "../../definitions/sets/xa-ntm-nang-cao-2021-2025.json";
import overlayLangSon from "../../definitions/overlays/lang-son.json";
import provincesJson from "../../definitions/provinces.json";
import type { CriteriaSet, Overlay, Province } from "./schema";
import { checkProvinces, checkSet } from "./checkSet";

/** Freezes every object and array under `value` (a primitive is frozen already). */
function deepFreeze<T>(value: T): T {
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * The shipped JSON as its schema's type. The tests parse every file with its schema and require the
 * result to equal the file (no key stripped, no default added), so the cast is what zod would give.
 */
const shipped = <T>(json: unknown): T => json as T;

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

/** The shipped files by name, for the tests that check them against their schemas. */
export const SHIPPED_JSON = {
  sets: { "sets/xa-ntm-2021-2025.json": setXaNtm, "sets/xa-ntm-2026-2030.json": setXaNtm2026, "sets/xa-ntm-nang-cao-2021-2025.json": setNangCao },
  overlays: { "overlays/lang-son.json": overlayLangSon },
  provinces: { "provinces.json": provincesJson },
} as const;

const SETS: readonly CriteriaSet[] = Object.values(SHIPPED_JSON.sets).map((json) => shipped<CriteriaSet>(json));
const PROVINCES: readonly Province[] = shipped<Province[]>(provincesJson);
const OVERLAYS: readonly Overlay[] = Object.values(SHIPPED_JSON.overlays).map((json) => shipped<Overlay>(json));
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
