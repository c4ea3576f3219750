import type { Finding, IndicatorResult, Verdict } from "../evaluation/Verdict";
import { listSets } from "../definitions/catalogue";
import { cellAddress } from "../grid/address";
import { en } from "./en";
import type { HostProblemCode } from "./hostProblem";
import type { Lang, Messages, Params } from "./Messages";
import { vi } from "./vi";

export type { Lang, Messages } from "./Messages";

const BY_LANG: Record<Lang, Messages> = { vi, en };

export function messages(lang: Lang): Messages {
  return BY_LANG[lang];
}

export function verdictLabel(v: Verdict, lang: Lang = "vi"): string {
  return BY_LANG[lang].verdict[v];
}

/** The reason for an indicator's verdict, worded: figure vs threshold, its source and region. */
export function reasonText(ind: IndicatorResult, lang: Lang = "vi"): string {
  const t = ind.threshold;
  const params: Params = {
    figure: ind.reason.figure ?? ind.figureRaw ?? "",
    threshold: ind.reason.threshold ?? "",
    source: t.source ?? undefined,
    region: t.region ? regionName(t.region, lang) : undefined,
    cell: ind.cellRef ? cellAddress(ind.cellRef) : "",
    // The data's notes are Vietnamese.
    note: lang === "vi" ? t.unknownNote : undefined,
  };
  return BY_LANG[lang].reason[ind.reason.code](params);
}

export function findingText(f: Finding, lang: Lang = "vi"): string {
  const p: Params = { ...f.params };
  if (typeof p.computed === "string") p.computedText = BY_LANG[lang].verdict[p.computed as Verdict] ?? p.computed;
  const where = f.cellRef ? ` [${cellAddress(f.cellRef)}]` : "";
  return BY_LANG[lang].finding[f.code](p) + where;
}

export function hostProblemText(p: { code: HostProblemCode; sheet?: string; cell?: string; detail?: string }, lang: Lang = "vi"): string {
  return BY_LANG[lang].host[p.code]({ sheet: p.sheet, cell: p.cell, detail: p.detail });
}

function regionName(id: string, lang: Lang): string {
  for (const set of listSets()) {
    const r = set.regions.find((x) => x.id === id);
    if (r) return lang === "en" && r.nameEn ? r.nameEn : r.name;
  }
  return id;
}
