// @ts-nocheck
import type { CommuneResult } from "../evaluation/CommuneResult";
import type { Verdict } from "../evaluation/Verdict";
import { bareName, COMMUNE_PREFIXES, criterionPhrase, type SummaryMeta } from "./summaryText";
import { PARAGRAPH_WORDS } from "../messages/paragraphWords";

/**
 * The paragraph commune reports open their results with, e.g. (report 003, Liên Sơn 2024):
 * "Qua rà soát, xã Liên Sơn tự đánh giá đạt 11/19 tiêu chí; qua kiểm tra, đạt 9/19 tiêu chí. Các tiêu
 * chí đạt (Tiêu chí số 1 về Quy hoạch; …). Các tiêu chí chưa đạt (…)." plus the not-assessed ones.
 * The commune's own count appears only when the sheet has a self-assessment, and is never the
 * check's; verdicts taken as stated in the sheet are counted apart.
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
  const total = result.criteriaTotal;
  const w = PARAGRAPH_WORDS[lang];
  const name = w.commune(commune);
  // The commune's own count, only where the sheet has a self-assessment: never presented as the check's.
  const self = selfCount(result);
  const statedNote = w.stated(result.criteria.flatMap((c) => c.indicators).filter((i) => i.basis === "stated").length);
  const checked = `${result.criteriaAchieved}/${total}`;
  const parts: string[] = [self === null ? w.checked(name, checked, statedNote) : w.selfAndChecked(name, `${self}/${total}`, checked, statedNote)];
  const groups = w.groups;
  for (const [v, label] of groups) {
    const l = list(v);
    if (l) parts.push(`${label} (${l}).`);
  }
  return parts.join(" ");
}

/**
 * Criteria the commune assessed itself as achieving: the criterion row's own self-assessment, else
 * all its indicators' self-assessments achieved. Null when the sheet has no self-assessment at all.
 */
function selfCount(result: CommuneResult): number | null {
  const any = result.criteria.some((c) => c.selfVerdict !== null || c.indicators.some((i) => i.selfVerdict !== null));
  if (!any) return null;
  return result.criteria.filter((c) => {
    if (c.selfVerdict !== null) return c.selfVerdict === "achieved";
    return c.indicators.length > 0 && c.indicators.every((i) => i.selfVerdict === "achieved");
  }).length;
}
