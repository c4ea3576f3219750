// @ts-nocheck
import { findProvince, overlayForProvince, regionForProvince } from "../definitions/provinces";
import { getOverlay, getSet } from "../definitions/builtIn";
import { parseOverlayText } from "../definitions/parseOverlay";
import { problem, type ProblemOf } from "../problems/Problem";
import type { CriteriaSet, Overlay } from "../definitions/schema";
import type { EvaluationContext } from "./evaluate";
import { groupFromText, regionFromText } from "../grid/regions";
import type { ColumnMapping } from "../grid/readSheet";

/** What a user chooses: the set, where the commune is, and optionally their own definitions. */
export interface CheckOptions {
  /** The set's id, or null to take the set the workbook names (its title, year or criteria). */
  setId: string | null;
  /** Commune group of a set that groups communes (2026–2030: "1", "2", "3", "nhom-2", "Nhóm 2"); else null. */
  group?: string | null;
  /** Province id or name ("lang-son", "Lạng Sơn"); implies the region and the province overlay. */
  province: string | null;
  /** Region id; overrides the one implied by the province. */
  region: string | null;
  disadvantaged: boolean;
  /** A user's definitions/overlay JSON text; wins over everything else. */
  overlayJson: string | null;
  /** Extra overlay ids to apply (e.g. from the command line --criteria file already parsed). */
  overlays?: Overlay[];
  /** The user's column mapping for reading the workbook (not used for thresholds). */
  columns?: ColumnMapping;
}

/** What can be wrong with the options: an unknown set, province or region, a bad definitions file. */
export type ContextProblem = ProblemOf<
  "set/unknown" | "province/unknown" | "region/unknown" | "region/ambiguous" | "group/unknown" | "definitions/invalid" | "definitions/other-set"
>;

export type ContextResult = { ok: true; ctx: EvaluationContext; problems: ContextProblem[] } | { ok: false; problems: ContextProblem[] };

/** The set judged with when neither the user nor the workbook names one. */
export const DEFAULT_SET_ID = "xa-ntm-2021-2025";

/** "2", "II", "nhom-2", "Nhóm 2", "xã nhóm 2" → "nhom-2"; null when it names no group. */
export function groupId(text: string): string | null {
  const t = text.trim();
  if (/^nhom-[123]$/.test(t)) return t;
  // A bare number ("2", "II") reads as "nhóm 2".
  return groupFromText(/^(1|2|3|iii|ii|i)$/i.test(t) ? `nhóm ${t}` : t);
}

/**
 * Resolves options into an evaluation context; usage mistakes come back as problems, not throws.
 * `chosen` is the set already chosen for the workbook (or one a sheet defines); else `options.setId`.
 */
export function buildContext(options: CheckOptions, chosen?: CriteriaSet): ContextResult {
  const problems: ContextProblem[] = [];
  const setId = options.setId ?? DEFAULT_SET_ID;
  const set = chosen ?? getSet(setId);
  if (!set) return { ok: false, problems: [problem("set/unknown", { setId })] };
  // 2026–2030: thresholds by commune group, not by region; the province's region does not apply.
  const grouped = set.grouping === "group";

  let provinceId: string | null = null;
  let region: string | null = null;
  const overlays: EvaluationContext["overlays"] = [];
  if (options.province) {
    const p = findProvince(options.province);
    if (!p) return { ok: false, problems: [problem("province/unknown", { province: options.province })] };
    provinceId = p.id;
    const r = regionForProvince(p.id);
    if (grouped) {
      // the group is set below
    } else if ("region" in r) region = r.region;
    else if (!options.region) problems.push(problem("region/ambiguous", { province: p.name, spans: r.spans }));
    const ov = overlayForProvince(p.id);
    if (ov && ov.extends === set.id) overlays.push({ overlay: ov, origin: "overlay" });
  }
  if (options.group && grouped) {
    const id = groupId(options.group);
    if (!id || !set.regions.some((r) => r.id === id)) return { ok: false, problems: [problem("group/unknown", { group: options.group })] };
    region = id;
  }
  if (options.region && !grouped) {
    // The id, or the abbreviation the forms use ("TDMNPB", "ĐBSH").
    const id = set.regions.some((r) => r.id === options.region) ? options.region : regionFromText(options.region);
    if (!id || !set.regions.some((r) => r.id === id)) return { ok: false, problems: [problem("region/unknown", { region: options.region })] };
    region = id;
  }
  for (const ov of options.overlays ?? []) overlays.push({ overlay: ov, origin: "definitions" });
  if (options.overlayJson) {
    const parsed = parseOverlayText(options.overlayJson);
    if (!parsed.ok) return { ok: false, problems: [problem("definitions/invalid", { errors: parsed.errors })] };
    overlays.push({ overlay: parsed.overlay, origin: "definitions" });
  }
  for (const { overlay } of overlays) {
    const base = getOverlay(overlay.extends);
    const extendsSet = base ? base.extends : overlay.extends;
    if (extendsSet !== set.id) problems.push(problem("definitions/other-set", { overlay: overlay.id, extends: overlay.extends, setId: set.id }));
  }
  return { ok: true, ctx: { set, region, province: provinceId, disadvantaged: options.disadvantaged, overlays }, problems };
}
