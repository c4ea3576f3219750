/** The pane's logic as pure functions: counts, filters, settings defaults, region and province choice. */
// @ts-nocheck

import { foldText } from "../domain/figures/normalizeText";
import type { CheckOptions } from "../domain/evaluation/context";
import type { CheckOutcome } from "../app/CheckSession";
import { problemText } from "../domain/messages";
import type { Problem } from "../domain/problems/Problem";
import type { HostProblem, WorkbookSettings } from "../app/WorkbookPort";
import type { CriteriaSet, Province } from "../domain/definitions/schema";
import type { CommuneResult, CriterionResult, IndicatorResult } from "../domain/evaluation/CommuneResult";
import type { Verdict } from "../domain/evaluation/Verdict";
import type { RegionLookup } from "./host";
import { parseColumnMapping } from "../domain/grid/columnMapping";
import type { ColumnMapping } from "../domain/grid/readSheet";
import { format, STRINGS, type StringKey } from "./strings";
import type { Lang } from "../domain/messages/Lang";

export type VerdictCounts = Record<Verdict, number> & { total: number };

export function countVerdicts(items: readonly { verdict: Verdict }[]): VerdictCounts {
  const counts: VerdictCounts = { achieved: 0, not_achieved: 0, not_assessed: 0, total: items.length };
  for (const item of items) counts[item.verdict]++;
  return counts;
}

/** Verdict counts over every indicator of every criterion. */
export function indicatorCounts(result: CommuneResult): VerdictCounts {
  return countVerdicts(result.criteria.flatMap((c) => c.indicators));
}

/** The commune wrote a verdict of its own and the check found another. */
export function disagrees(item: { verdict: Verdict; selfVerdict: Verdict | null }): boolean {
  return item.selfVerdict !== null && item.selfVerdict !== item.verdict;
}

export type CriteriaFilter = "all" | "not_achieved" | "not_assessed" | "disagreements";
export const CRITERIA_FILTERS: readonly CriteriaFilter[] = ["all", "not_achieved", "not_assessed", "disagreements"];

/** A criterion with the indicators a filter keeps. */
export interface CriterionView {
  criterion: CriterionResult;
  indicators: IndicatorResult[];
}

function keepsIndicator(ind: IndicatorResult, filter: CriteriaFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "disagreements":
      return disagrees(ind);
    default:
      return ind.verdict === filter;
  }
}

/**
 * Criteria in their own order, each with the indicators the filter keeps. A criterion stays
 * when any of its indicators does, or when the criterion itself matches (its verdict, or its
 * own self-assessment disagreeing).
 */
export function filterCriteria(result: CommuneResult, filter: CriteriaFilter): CriterionView[] {
  const views: CriterionView[] = [];
  for (const criterion of result.criteria) {
    const indicators = criterion.indicators.filter((i) => keepsIndicator(i, filter));
    const selfMatch = filter === "disagreements" ? disagrees(criterion) : filter !== "all" && criterion.verdict === filter;
    if (filter === "all" || indicators.length > 0 || selfMatch) views.push({ criterion, indicators: filter === "all" ? criterion.indicators : indicators });
  }
  return views;
}

/** How many criteria each filter shows, for the filter labels. */
export function filterCounts(result: CommuneResult): Record<CriteriaFilter, number> {
  const out = {} as Record<CriteriaFilter, number>;
  for (const f of CRITERIA_FILTERS) out[f] = filterCriteria(result, f).length;
  return out;
}

/** The set setting that means "the set the workbook names" (its title, year or criteria). */
export const AUTO_SET = "auto";

/**
 * The settings the pane opens with: those saved in the workbook when their set still exists,
 * otherwise the set the workbook names, with nothing else chosen.
 */
export function initialSettings(saved: WorkbookSettings | null, setIds: readonly string[]): WorkbookSettings {
  const fallbackSet = AUTO_SET;
  if (!saved) return { setId: fallbackSet, group: null, province: null, region: null, disadvantaged: false, overlayJson: null };
  return {
    setId: setIds.includes(saved.setId) || saved.setId === AUTO_SET ? saved.setId : fallbackSet,
    group: typeof saved.group === "string" && /^nhom-[123]$/.test(saved.group) ? saved.group : null,
    province: saved.province ?? null,
    region: saved.region ?? null,
    disadvantaged: saved.disadvantaged === true,
    overlayJson: saved.overlayJson ?? null,
    // Settings saved before the column picker have none; a damaged mapping reads as none.
    ...withColumns(parseColumnMapping(saved.columns) ?? undefined),
  };
}

/** The check found no indicator table: the pane says so and shows no verdicts ("Đạt 0/19") nor summary. */
export function noTableFound(result: CommuneResult): boolean {
  return result.findings.some((f) => f.code === "table/not-found");
}

/** `{ columns }` when there is a mapping, else nothing (the key absent, as in older settings). */
export function withColumns(columns: ColumnMapping | undefined): { columns?: ColumnMapping } {
  return columns ? { columns } : {};
}

/**
 * The options a check of this workbook runs with: the settings' and the column mapping saved for
 * it. (Consolidation takes checkOptionsFrom: other communes' workbooks are read by their headers.)
 */
export function checkOptionsForWorkbook(settings: WorkbookSettings, region: RegionState): CheckOptions {
  return { ...checkOptionsFrom(settings, region), ...withColumns(settings.columns) };
}

/**
 * How the region field behaves:
 * - "inferred": the province lies in one region of the set; shown, not editable;
 * - "spans": the province spans regions; the user picks among them;
 * - "free": no (known) province; the user may pick any region of the set, or none.
 */
export interface RegionState {
  mode: "inferred" | "spans" | "free";
  /** The region the check will use; null when none is chosen yet. */
  value: string | null;
  options: string[];
  editable: boolean;
}

export function regionState(
  province: string | null,
  lookup: RegionLookup | null,
  chosen: string | null,
  setRegionIds: readonly string[],
): RegionState {
  const inSet = (id: string) => setRegionIds.length === 0 || setRegionIds.includes(id);
  if (province && lookup && "region" in lookup && inSet(lookup.region)) {
    return { mode: "inferred", value: lookup.region, options: [lookup.region], editable: false };
  }
  if (province && lookup && "spans" in lookup) {
    const options = lookup.spans.filter(inSet);
    if (options.length > 0) {
      return { mode: "spans", value: chosen && options.includes(chosen) ? chosen : null, options, editable: true };
    }
  }
  const options = [...setRegionIds];
  return { mode: "free", value: chosen && options.includes(chosen) ? chosen : null, options, editable: true };
}


export interface ProvinceOption {
  id: string;
  /** Shown in the list: the name, with the era where two provinces share it. */
  label: string;
  /** Folded name, label and aliases, for search. */
  keys: string[];
}

/** Provinces sorted by Vietnamese name; a name used by two provinces (before/after the 2025 merger) says which. */
export function provinceOptions(provinces: readonly Province[], lang: Lang): ProvinceOption[] {
  const byName = new Map<string, number>();
  for (const p of provinces) byName.set(p.name, (byName.get(p.name) ?? 0) + 1);
  const table = STRINGS[lang];
  return provinces
    .map((p) => {
      let label = p.name;
      if ((byName.get(p.name) ?? 0) > 1 && p.era !== "both") {
        label = format(p.era === "after-2025" ? table.provinceAfter2025 : table.provinceBefore2025, { name: p.name });
      }
      const keys = [p.name, label, ...(p.aliases ?? [])].map(foldText);
      return { id: p.id, label, keys };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "vi"));
}

/** Options whose name or an alias contains the query, ignoring case and diacritics. Empty query keeps all. */
export function filterProvinces(options: readonly ProvinceOption[], query: string): ProvinceOption[] {
  const q = foldText(query);
  if (q === "") return [...options];
  return options.filter((o) => o.keys.some((k) => k.includes(q)));
}

/** A region's name in a set, in the pane's language; the id when the set does not know it. */
export function regionName(set: CriteriaSet | undefined, id: string, lang: Lang): string {
  const region = set?.regions.find((r) => r.id === id);
  if (!region) return id;
  return lang === "en" ? (region.nameEn ?? region.name) : region.name;
}

export function setName(set: CriteriaSet, lang: Lang): string {
  return lang === "en" ? (set.nameEn ?? set.name) : set.name;
}

/** A criterion's name in the pane's language (the set's English name where it has one). */
export function criterionName(set: CriteriaSet | undefined, criterion: CriterionResult, lang: Lang): string {
  if (lang === "vi") return criterion.name;
  return set?.criteria.find((c) => c.no === criterion.no)?.nameEn ?? criterion.name;
}

/** An indicator's name in the pane's language. */
export function indicatorName(set: CriteriaSet | undefined, ind: IndicatorResult, lang: Lang): string {
  if (lang === "vi") return ind.name;
  const def = set?.criteria.find((c) => c.no === ind.criterionNo)?.indicators.find((i) => i.code === ind.code);
  return def?.nameEn ?? ind.name;
}

/**
 * Whether Office's theme is dark: its body background is dark (relative luminance below 0.4).
 * Absent or unreadable colours read as light, Office's default.
 */
export function isDarkOfficeTheme(theme: { bodyBackgroundColor?: string } | null | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor?.trim() ?? "");
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  const lum = 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  return lum < 0.4;
}

/** The options a check runs with, from the settings and the region the form shows. */
export function checkOptionsFrom(settings: WorkbookSettings, region: RegionState): CheckOptions {
  return {
    setId: settings.setId === AUTO_SET || settings.setId === "" ? null : settings.setId,
    group: settings.group ?? null,
    province: settings.province,
    region: region.value,
    disadvantaged: settings.disadvantaged,
    overlayJson: settings.overlayJson,
  };
}

const STEP_KEYS: Record<string, StringKey> = { read: "stepRead", evaluate: "stepEvaluate", mark: "stepMark", done: "stepDone" };

/** A progress step code of the check, worded; an unknown code is shown as it came. */
export function progressStepText(step: string, lang: Lang): string {
  const key = STEP_KEYS[step];
  return key ? STRINGS[lang][key] : step;
}

/**
 * What to tell the user about a failed action: the check session's CheckOptionsError carries the
 * problems with the options; a host error carries a HostProblem; anything else is unexpected.
 */
export type ErrorView =
  | { kind: "options"; problems: Problem[] }
  | { kind: "host"; problem: HostProblem }
  | { kind: "unexpected"; detail: string };

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && typeof (value as Problem).code === "string" && typeof (value as Problem).at === "object";
}

export function describeError(err: unknown): ErrorView {
  if (err instanceof Error && err.name === "CheckOptionsError") {
    const problems = (err as { problems?: unknown }).problems;
    if (Array.isArray(problems) && problems.every(isProblem)) return { kind: "options", problems };
  }
  const problem = typeof err === "object" && err !== null ? (err as { problem?: unknown }).problem : undefined;
  if (isProblem(problem) && problem.code.startsWith("host/")) return { kind: "host", problem: problem as HostProblem };
  return { kind: "unexpected", detail: err instanceof Error ? err.message : String(err) };
}

/**
 * What the pane says besides the findings (it lists those itself, each with a link to its cell):
 * the options' and the host's problems, worded in the pane's language.
 */
export function otherMessages(outcome: CheckOutcome, lang: Lang): string[] {
  return outcome.problems.map((p) => problemText(p, lang));
}

/** One line naming what the next check uses, for the collapsed settings header. */
export function settingsSummary(
  settings: WorkbookSettings,
  region: RegionState,
  set: CriteriaSet | undefined,
  provinces: readonly ProvinceOption[],
  lang: Lang,
): string {
  const parts: string[] = [];
  const province = provinces.find((p) => p.id === settings.province);
  if (province) parts.push(province.label);
  if (region.value) parts.push(regionName(set, region.value, lang));
  if (settings.group) parts.push(`${lang === "vi" ? "Nhóm" : "Group"} ${settings.group.replace("nhom-", "")}`);
  if (settings.disadvantaged) parts.push(STRINGS[lang].disadvantagedLabel);
  if (settings.overlayJson) parts.push(STRINGS[lang].overlayShort);
  return parts.join(" · ");
}

/**
 * The set whose regions the region field offers: the chosen set, or with "the set the workbook
 * names", the set judged by region (2021–2025). Null for a set of commune groups (2026–2030).
 */
export function regionSetFor(setId: string, sets: readonly CriteriaSet[]): CriteriaSet | undefined {
  const chosen = sets.find((s) => s.id === setId);
  if (chosen) return chosen.grouping === "group" ? undefined : chosen;
  return sets.find((s) => (s.grouping ?? "region") === "region" && s.regions.length > 1);
}

/** The commune-group set the group field is for: the chosen one, or with "auto", the first that groups communes. */
export function groupSetFor(setId: string, sets: readonly CriteriaSet[]): CriteriaSet | undefined {
  const chosen = sets.find((s) => s.id === setId);
  if (chosen) return chosen.grouping === "group" ? chosen : undefined;
  return sets.find((s) => s.grouping === "group");
}
