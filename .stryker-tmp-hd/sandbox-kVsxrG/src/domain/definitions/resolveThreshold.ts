// @ts-nocheck
import type { AppliedThreshold, UnknownThreshold } from "../evaluation/AppliedThreshold";
import type { CriteriaSet, Criterion, Indicator, Overlay, OverlayRule, Rule } from "./schema";
import { formatSource } from "./formatSource";
import { normalizeRuleUnit } from "../figures/parseThreshold";

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
  let index = INDEX.get(set);
  if (!index) {
    index = new Map();
    for (const criterion of set.criteria) for (const indicator of criterion.indicators) if (!index.has(indicator.code)) index.set(indicator.code, { criterion, indicator });
    INDEX.set(set, index);
  }
  return index.get(code) ?? null;
}

/** Indicators by code, per set (sets are not changed once loaded). */
const INDEX = new WeakMap<CriteriaSet, Map<string, { criterion: Criterion; indicator: Indicator }>>();

/** Unit an overlay figure is in when it names none: "%" for percentages, else the indicator's unit. */
function defaultUnit(indicator: Indicator): string {
  if (indicator.kind === "percent") return "%";
  return indicator.unit ?? "";
}

/** The rule an overlay entry states (the schema guarantees exactly one of its four forms). */
export function overlayRule(t: OverlayRule, indicator: Indicator): Rule {
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
export function resolveThreshold(set: CriteriaSet, indicatorCode: string, context: ThresholdContext, sheetIndicator?: Indicator): AppliedThreshold {
  const found = findIndicator(set, indicatorCode) ?? (sheetIndicator ? { indicator: sheetIndicator } : null);
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
    const region = context.disadvantaged && set.disadvantagedRegion ? set.disadvantagedRegion : context.region;
    const entry: OverlayRule | undefined = t.byRegion ? (region !== null ? t.byRegion[region] : undefined) : (t as OverlayRule);
    if (!entry) {
      if (region === null) return { rule: null, origin, source, region: null, unknown: { why: set.grouping === "group" ? "group-unknown" : "region-unknown", note: null } };
      continue;
    }
    const rule = overlayRule(entry, indicator);
    // A province may raise a national threshold, never lower it: a looser figure is set aside.
    const national = origin === "overlay" ? nationalThreshold(set, indicator, context) : null;
    if (national?.rule && looser(rule, national.rule)) {
      return { ...national, looser: { rule, document: t.source ?? overlay.source, nationalDocument: national.source ?? set.decision ?? set.name } };
    }
    return { rule, origin, source, region: t.byRegion ? region : null };
  }
  return nationalThreshold(set, indicator, context);
}

/** `rule` asks less than `national`: a lower "at least", a higher "at most" (same unit). */
function looser(rule: Rule, national: Rule): boolean {
  if (rule.kind !== national.kind || (rule.kind !== "atLeast" && rule.kind !== "atMost")) return false;
  const a = normalizeRuleUnit(rule) as Extract<Rule, { kind: "atLeast" | "atMost" }>;
  const b = normalizeRuleUnit(national) as Extract<Rule, { kind: "atLeast" | "atMost" }>;
  if (a.unit !== b.unit) return false;
  return a.kind === "atLeast" ? a.value < b.value - 1e-9 : a.value > b.value + 1e-9;
}

/** The set's own threshold for the commune's region (or for all), else why there is none. */
function nationalThreshold(set: CriteriaSet, indicator: Indicator, context: ThresholdContext): AppliedThreshold {
  const region = context.disadvantaged && set.disadvantagedRegion ? set.disadvantagedRegion : context.region;
  const table = indicator.thresholds;
  const regional = region !== null ? table.byRegion?.[region] : undefined;
  if (regional) return { rule: regional.rule, origin: "catalogue", source: formatSource(regional.source), region };
  if (table.all) return { rule: table.all.rule, origin: "catalogue", source: formatSource(table.all.source), region: null };

  if (!findIndicator(set, indicator.code)) return { rule: null, origin: "none", source: null, region: null, unknown: { why: "not-in-sheet", indicator: indicator.code } };
  const hasRegional = Object.keys(table.byRegion ?? {}).length > 0;
  const note = table.unknownNote ?? null;
  const unknown: UnknownThreshold = region === null && hasRegional ? { why: "region-unknown", note } : { why: "no-data", note };
  return { rule: null, origin: "none", source: null, region: null, unknown };
}
