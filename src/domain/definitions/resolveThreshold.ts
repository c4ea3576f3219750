import type { AppliedThreshold, UnknownThreshold } from "../evaluation/AppliedThreshold";
import type { CriteriaSet, Criterion, Indicator, Overlay, OverlayThreshold, Rule } from "./schema";
import { formatSource } from "./formatSource";

/** An overlay and where it came from: the province's built-in overlay or a user's definitions file. */
export interface OverlayRef {
  overlay: Overlay;
  origin: "overlay" | "definitions";
}

export interface ThresholdContext {
  /** Region id of the commune; null when unknown. */
  region: string | null;
  /** Extremely disadvantaged commune: uses the set's `disadvantagedRegion` thresholds. */
  disadvantaged?: boolean;
  /** In increasing precedence: the last overlay that has the indicator wins. */
  overlays?: readonly OverlayRef[];
}

/** The indicator with this code ("4.2", "10") and its criterion, or null. */
export function findIndicator(set: CriteriaSet, code: string): { criterion: Criterion; indicator: Indicator } | null {
  for (const criterion of set.criteria) {
    const indicator = criterion.indicators.find((i) => i.code === code);
    if (indicator) return { criterion, indicator };
  }
  return null;
}

/** Unit an overlay figure is in when it names none: "%" for percentages, else the indicator's unit. */
function defaultUnit(indicator: Indicator): string {
  if (indicator.kind === "percent") return "%";
  return indicator.unit ?? "";
}

/** The rule an overlay entry states (the schema guarantees exactly one of its four forms). */
export function overlayRule(t: OverlayThreshold, indicator: Indicator): Rule {
  if (t.atLeast !== undefined) return { kind: "atLeast", value: t.atLeast, unit: t.unit ?? defaultUnit(indicator) };
  if (t.atMost !== undefined) return { kind: "atMost", value: t.atMost, unit: t.unit ?? defaultUnit(indicator) };
  if (t.none) return { kind: "none" };
  return { kind: "yes" };
}

/**
 * The threshold that applies to one indicator. Precedence: the overlays, last first (callers pass
 * [provinceOverlay, userDefinitions]); then the set's own figure for the commune's region
 * (`byRegion`, else `all`; an extremely disadvantaged commune uses `disadvantagedRegion`);
 * else no rule, origin "none", with why in `unknown`.
 * Overlays made for another set are ignored.
 */
export function resolveThreshold(set: CriteriaSet, indicatorCode: string, context: ThresholdContext): AppliedThreshold {
  const found = findIndicator(set, indicatorCode);
  if (!found) {
    return {
      rule: null,
      origin: "none",
      source: null,
      region: null,
      unknown: { why: "not-in-set", setId: set.id, indicator: indicatorCode },
    };
  }
  const { indicator } = found;

  const overlays = context.overlays ?? [];
  for (let i = overlays.length - 1; i >= 0; i--) {
    const { overlay, origin } = overlays[i];
    if (overlay.extends !== set.id) continue;
    const t = overlay.thresholds[indicatorCode];
    if (!t) continue;
    const source = formatSource({ document: t.source ?? overlay.source, quote: t.quote });
    return { rule: overlayRule(t, indicator), origin, source, region: null };
  }

  const region = context.disadvantaged && set.disadvantagedRegion ? set.disadvantagedRegion : context.region;
  const table = indicator.thresholds;
  const regional = region !== null ? table.byRegion?.[region] : undefined;
  if (regional) return { rule: regional.rule, origin: "catalogue", source: formatSource(regional.source), region };
  if (table.all) return { rule: table.all.rule, origin: "catalogue", source: formatSource(table.all.source), region: null };

  const hasRegional = Object.keys(table.byRegion ?? {}).length > 0;
  const note = table.unknownNote ?? null;
  const unknown: UnknownThreshold = region === null && hasRegional ? { why: "region-unknown", note } : { why: "no-data", note };
  return { rule: null, origin: "none", source: null, region: null, unknown };
}
