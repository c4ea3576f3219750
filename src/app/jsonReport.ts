import { formatRule } from "../domain/messages/formatRule";
import type { CommuneResult } from "../domain/evaluation/CommuneResult";
import type { Verdict } from "../domain/evaluation/Verdict";
import { cellAddress } from "../domain/grid/address";
import { problemText, reasonText } from "../domain/messages";
import type { Problem } from "../domain/problems/Problem";
import type { Lang } from "../domain/messages/Lang";
import { indicatorShortfall, type Shortfall } from "../domain/evaluation/shortfall";

/** The public JSON shape of `ntm check --json` (a contract: extend only by adding fields). */
export interface JsonReport {
  file: string;
  set: string;
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

/** Float noise off (721/722 → 99.8615…, kept to 4 decimals). */
function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
