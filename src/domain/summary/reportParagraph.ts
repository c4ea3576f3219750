import type { CommuneResult } from "../evaluation/CommuneResult";
import type { Verdict } from "../evaluation/Verdict";
import { bareName, COMMUNE_PREFIXES, criterionPhrase, type SummaryMeta } from "./summaryText";

/**
 * The paragraph commune reports open their results with, e.g. (report 003, Liên Sơn 2024):
 * "Qua rà soát, xã Liên Sơn tự đánh giá đạt 11/19 tiêu chí. Các tiêu chí đạt (Tiêu chí số 1 về
 * Quy hoạch; …). Các tiêu chí chưa đạt (…)." plus the not-assessed ones where any.
 * Groups with no criteria are left out.
 */
export function buildReportParagraph(result: CommuneResult, meta: Pick<SummaryMeta, "commune" | "lang">): string {
  const lang = meta.lang;
  const commune = bareName(meta.commune ?? result.commune, COMMUNE_PREFIXES);
  const list = (v: Verdict) =>
    result.criteria
      .filter((c) => c.verdict === v)
      .sort((a, b) => a.no - b.no)
      .map((c) => criterionPhrase(c, lang))
      .join("; ");
  const score = `${result.criteriaAchieved}/${result.criteriaTotal}`;
  const vi = lang === "vi";
  const parts: string[] = [
    vi
      ? `Qua rà soát, ${commune ? `xã ${commune}` : "xã"} tự đánh giá đạt ${score} tiêu chí.`
      : `After review, ${commune ? `${commune} commune` : "the commune"} assesses itself as achieving ${score} criteria.`,
  ];
  const groups: [Verdict, string][] = vi
    ? [["achieved", "Các tiêu chí đạt"], ["not_achieved", "Các tiêu chí chưa đạt"], ["not_assessed", "Các tiêu chí chưa đánh giá"]]
    : [["achieved", "Criteria achieved"], ["not_achieved", "Criteria not achieved"], ["not_assessed", "Criteria not assessed"]];
  for (const [v, label] of groups) {
    const l = list(v);
    if (l) parts.push(`${label} (${l}).`);
  }
  return parts.join(" ");
}
