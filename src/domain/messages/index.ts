/** Words by code: every problem, reason and verdict the user reads is looked up here. */
import type { CommuneResult, IndicatorResult } from "../evaluation/CommuneResult";
import type { SetReason } from "../definitions/chooseSet";
import type { UnknownThreshold } from "../evaluation/AppliedThreshold";
import type { Verdict } from "../evaluation/Verdict";
import { listSets } from "../definitions/builtIn";
import { a1, cellAddress } from "../grid/address";
import type { DefinitionsError, Problem } from "../problems/Problem";
import { en } from "./en";
import { excelErrorText } from "./excelErrors";
import { formatAmount, formatNumber, formatRule } from "./formatRule";
import { MONEY_UNIT } from "../figures/units";
import type { Shortfall } from "../evaluation/shortfall";
import type { Lang } from "./Lang";
import type { Messages, ReasonWords, SetReasonWords, Wording } from "./Messages";
import { vi } from "./vi";

const BY_LANG: Record<Lang, Messages> = { vi, en };

export function messages(lang: Lang): Messages {
  return BY_LANG[lang];
}

export function verdictLabel(v: Verdict, lang: Lang): string {
  return BY_LANG[lang].verdict[v];
}

/** The reason for an indicator's verdict, worded: figure vs threshold, its source and region. */
export function reasonText(ind: IndicatorResult, lang: Lang): string {
  const t = ind.threshold;
  const r = ind.reason;
  const words: ReasonWords = {
    figure: ("figure" in r ? r.figure : null) ?? ind.figureRaw ?? "",
    threshold: "rule" in r && r.rule ? formatRule(r.rule, lang) : t.rule ? formatRule(t.rule, lang) : "",
    source: t.source ?? undefined,
    region: t.region ? regionName(t.region, lang) : undefined,
    regionIsGroup: t.region ? t.region.startsWith("nhom-") : undefined,
    unknownWhy: r.code === "unknown-threshold" && (r.unknown?.why === "group-unknown" || r.unknown?.why === "not-in-sheet") ? r.unknown.why : undefined,
    cell: ind.cellRef ? cellAddress(ind.cellRef) : "",
    error: r.code === "unreadable" && r.error ? excelErrorText(r.error, lang) : undefined,
  };
  return BY_LANG[lang].reason[r.code](words);
}

/**
 * A shortfall worded: "còn thiếu 2 hộ (1,09 điểm phần trăm)", "còn thiếu 11 triệu đồng/người/năm",
 * "phải giảm 3 hộ (0,35 điểm phần trăm)". Amounts to two decimals, as reports write percentages.
 */
export function shortfallText(s: Shortfall, lang: Lang): string {
  const m = BY_LANG[lang];
  const unit = (u: string | undefined) => (u ? ` ${m.units[u] ?? u}` : "");
  const amount = s.unit === MONEY_UNIT ? formatAmount(Math.round(s.value), s.unit, lang) : `${formatNumber(Math.round(s.value * 100) / 100, lang)}${unit(s.unit)}`;
  const count = s.count !== undefined ? `${s.count}${unit(s.countUnit)}` : undefined;
  return m.shortfall({ direction: s.direction, amount, count });
}

/** Why no threshold is known, worded (the data's own note is Vietnamese in both languages). */
export function unknownThresholdText(u: UnknownThreshold, lang: Lang): string {
  const m = BY_LANG[lang].unknownThreshold;
  switch (u.why) {
    case "not-in-set":
      return m["not-in-set"](u);
    case "region-unknown":
      return m["region-unknown"](u);
    case "group-unknown":
      return m["group-unknown"](u);
    case "not-in-sheet":
      return m["not-in-sheet"](u);
    case "no-data":
      return m["no-data"](u);
  }
}

/** Why the result's set was used, worded (empty when the result does not say). */
export function setReasonText(result: Pick<CommuneResult, "setReason" | "setName" | "setId">, lang: Lang): string {
  if (!result.setReason) return "";
  return BY_LANG[lang].setReason(setReasonWords(result.setReason, setLabel(result, lang)));
}

/** A second reading that points to another set, worded; "" when there is none. */
export function setConflictText(result: Pick<CommuneResult, "setReason" | "setName" | "setId" | "setConflict">, lang: Lang): string {
  const c = result.setConflict;
  if (!c || !result.setReason) return "";
  const other = listSets().find((s) => s.id === c.setId);
  return BY_LANG[lang].setConflict({ ...setReasonWords(result.setReason, setLabel(result, lang)), other: other ? setName(other, lang) : c.setId });
}

function setReasonWords(r: SetReason, set: string): SetReasonWords {
  if (r.by === "title" || r.by === "year") return { ...r, set, cell: r.cell ? cellAddress(r.cell) : null };
  return { ...r, set };
}

function setLabel(result: Pick<CommuneResult, "setName" | "setId">, lang: Lang): string {
  const set = listSets().find((s) => s.id === result.setId);
  return set ? setName(set, lang) : (result.setName ?? result.setId);
}

function setName(set: { name: string; nameEn?: string }, lang: Lang): string {
  return lang === "en" && set.nameEn ? set.nameEn : set.name;
}

/** Any problem, worded; problems in a cell end with it: " ['TC 10-19'!D8]". */
export function problemText(p: Problem, lang: Lang): string {
  const m = BY_LANG[lang];
  const w: Wording = {
    at: p.at,
    where: p.at.cell ? ` [${cellAddress(p.at.cell)}]` : "",
    cellA1: p.at.cell ? a1(p.at.cell.row, p.at.cell.col) : undefined,
    rule: (rule) => formatRule(rule, lang),
    verdict: (v) => m.verdict[v],
    definitionsError: (e) => definitionsErrorText(e, lang),
  };
  // The union is closed: each code's words take that code's parameters.
  const word = m.problem[p.code] as (params: typeof p.params, w: Wording) => string;
  return word(p.params, w);
}

/** One error of a definitions file, worded, starting with its JSON path. */
export function definitionsErrorText(e: DefinitionsError, lang: Lang): string {
  const word = BY_LANG[lang].definitionsError[e.code] as (e: DefinitionsError, where: string) => string;
  return word(e, formatJsonPath(e.path, lang));
}

/** A JSON path as users read it: `thresholds["4.2"].atLeast`, `provinces[0]`; the root is `(gốc tệp)` / `(root)`. */
export function formatJsonPath(path: readonly (string | number)[], lang: Lang): string {
  if (path.length === 0) return BY_LANG[lang].jsonRoot;
  let out = "";
  path.forEach((key, i) => {
    // Indicator codes (keys under "thresholds") always in brackets: thresholds["x1"], thresholds["10"].
    const isCode = i > 0 && path[i - 1] === "thresholds";
    if (typeof key === "number") out += `[${key}]`;
    else if (!isCode && /^[A-Za-z_$][\w$]*$/.test(key)) out += (out === "" ? "" : ".") + key;
    else out += `[${JSON.stringify(key)}]`;
  });
  return out;
}

function regionName(id: string, lang: Lang): string {
  for (const set of listSets()) {
    const r = set.regions.find((x) => x.id === id);
    if (r) return lang === "en" && r.nameEn ? r.nameEn : r.name;
  }
  return id;
}
