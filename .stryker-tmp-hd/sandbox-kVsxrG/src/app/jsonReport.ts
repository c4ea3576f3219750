// @ts-nocheck
import { formatRule } from "../domain/messages/formatRule";
import type { CommuneResult } from "../domain/evaluation/CommuneResult";
import type { Verdict } from "../domain/evaluation/Verdict";
import { cellAddress } from "../domain/grid/address";
import { problemText, reasonText, setReasonText } from "../domain/messages";
import type { SetReason } from "../domain/definitions/chooseSet";
import type { Problem } from "../domain/problems/Problem";
import type { Lang } from "../domain/messages/Lang";
import { indicatorShortfall, type Shortfall } from "../domain/evaluation/shortfall";

/** The public JSON shape of `ntm check --json` (a contract: extend only by adding fields). */
export interface JsonReport {
  file: string;
  set: string;
  /** The set's name (for a set the sheet defines, its title). */
  setName?: string;
  /** Why this set, worded: the user's choice, the title's period or year, the criteria's names. */
  setReason?: string;
  /** The same, as data: `by` is explicit | definitions | title | year | criteria | sheet | default. */
  setChoice?: JsonSetReason & { conflict: { setId: string; reason: JsonSetReason } | null };
  /** What `region` is: a region of the country (2021–2025) or a commune group ("nhom-2", 2026–2030). */
  grouping?: "region" | "group";
  region: string | null;
  province: string | null;
  commune: string | null;
  criteriaAchieved: number;
  criteriaTotal: number;
  criteria: {
    no: number;
    name: string;
    verdict: Verdict;
    selfAssessment: string | null;
    indicators: {
      code: string;
      name: string;
      verdict: Verdict;
      cell: string | null;
      figure: string | null;
      value: number | boolean | null;
      threshold: string | null;
      thresholdSource: string | null;
      thresholdOrigin: string;
      selfAssessment: string | null;
      reason: string;
      reasonCode: string;
      /** computed: figure compared with a threshold; stated: the sheet's own verdict word; null: not judged. */
      basis: "computed" | "stated" | null;
      /** Only on indicators not achieved on a figure: how far it is from the threshold. */
      shortfall?: Shortfall;
      /** "catalogue": listed in the set; "sheet": the set does not list it, code, name and threshold are the sheet's. */
      definedBy: "catalogue" | "sheet";
    }[];
  }[];
  /** Findings and other problems: the two-part code, the cell, the words, and the code's typed parameters. */
  issues: { code: Problem["code"]; cell: string | null; message: string; params: Problem["params"] }[];
}

/** `extra` are problems of the run itself (an .xls written back as .xlsx), listed first. */
export function toJsonReport(file: string, result: CommuneResult, lang: Lang, extra: Problem[] = []): JsonReport {
  return {
    file,
    set: result.setId,
    ...(result.setName ? { setName: result.setName } : {}),
    ...(result.setReason ? { setReason: setReasonText(result, lang), setChoice: { ...jsonReason(result.setReason), conflict: result.setConflict ? { setId: result.setConflict.setId, reason: jsonReason(result.setConflict.reason) } : null } } : {}),
    grouping: result.grouping ?? "region",
    region: result.region,
    province: result.province,
    commune: result.commune,
    criteriaAchieved: result.criteriaAchieved,
    criteriaTotal: result.criteriaTotal,
    criteria: result.criteria.map((c) => ({
      no: c.no,
      name: c.name,
      verdict: c.verdict,
      selfAssessment: c.selfAssessment,
      indicators: c.indicators.map((i) => {
        const shortfall = indicatorShortfall(i);
        return {
        code: i.code,
        name: i.name,
        verdict: i.verdict,
        cell: i.cellRef ? cellAddress(i.cellRef) : null,
        figure: i.figureRaw,
        value: typeof i.value === "number" ? round(i.value) : i.value,
        threshold: i.threshold.rule ? formatRule(i.threshold.rule, lang) : null,
        thresholdSource: i.threshold.source,
        thresholdOrigin: i.threshold.origin,
        selfAssessment: i.selfAssessment,
        reason: reasonText(i, lang),
        reasonCode: i.reason.code,
        basis: i.basis ?? null,
        ...(shortfall ? { shortfall } : {}),
        definedBy: i.definedBy ?? "catalogue",
      };
      }),
    })),
    issues: [...extra, ...result.findings].map((p) => ({
      code: p.code,
      cell: p.at.cell ? cellAddress(p.at.cell) : null,
      message: problemText(p, lang),
      params: p.params,
    })),
  };
}

/** A set reason with its cell as an address ("'Biểu'!A4"), as every cell in the report is. */
type JsonSetReason = { [K in SetReason["by"]]: Omit<Extract<SetReason, { by: K }>, "cell"> & (Extract<SetReason, { by: K }> extends { cell: unknown } ? { cell: string | null } : unknown) }[SetReason["by"]];

function jsonReason(r: SetReason): JsonSetReason {
  if (r.by === "title" || r.by === "year") return { ...r, cell: r.cell ? cellAddress(r.cell) : null };
  return r;
}

/** Float noise off (721/722 → 99.8615…, kept to 4 decimals). */
function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
