// @ts-nocheck
import type { CommuneEntry } from "./consolidate";

/** Default for "xã gần đạt chuẩn": communes missing at most this many criteria. */
export const NEARLY_THERE_MAX_MISSING = 2;

/** One commune's criteria split as the reports list them ("Đã đạt 14/19 tiêu chí: …; Các tiêu chí chưa đạt 5/19 …"). */
export interface CommuneCriteriaLists {
  /** Criterion numbers achieved, ascending. */
  achieved: number[];
  /** Criterion numbers not achieved, ascending: judged not achieved, or not assessed (not yet shown achieved). */
  notAchieved: number[];
  /** Of `notAchieved`, those that could not be assessed (no figure or no threshold). */
  notAssessed: number[];
}

/** The criteria lists of one commune, over the set's criterion numbers (a criterion absent from the entry is not assessed). */
export function criteriaLists(entry: Pick<CommuneEntry, "criteria">, criterionNos: readonly number[]): CommuneCriteriaLists {
  const out: CommuneCriteriaLists = { achieved: [], notAchieved: [], notAssessed: [] };
  for (const no of [...criterionNos].sort((a, b) => a - b)) {
    const v = entry.criteria[String(no)] ?? "not_assessed";
    if (v === "achieved") out.achieved.push(no);
    else {
      out.notAchieved.push(no);
      if (v === "not_assessed") out.notAssessed.push(no);
    }
  }
  return out;
}

/** A commune close to the standard, with the criteria it still misses. */
export interface NearlyThere {
  commune: string;
  missing: number[];
}

/**
 * Communes missing between 1 and `maxMissing` criteria, fewest missing first, then in the
 * communes' own order. Communes that achieve every criterion are not "nearly" there.
 */
export function nearlyThere(
  communes: readonly Pick<CommuneEntry, "commune" | "criteria">[],
  criterionNos: readonly number[],
  maxMissing = NEARLY_THERE_MAX_MISSING,
): NearlyThere[] {
  const rows = communes
    .map((e, i) => ({ i, commune: e.commune, missing: criteriaLists(e, criterionNos).notAchieved }))
    .filter((r) => r.missing.length >= 1 && r.missing.length <= maxMissing);
  rows.sort((a, b) => a.missing.length - b.missing.length || a.i - b.i);
  return rows.map(({ commune, missing }) => ({ commune, missing }));
}

/**
 * For each criterion number, the communes not achieving it, in the communes' order: how a province
 * hands each criterion's communes to the department responsible. Every criterion of the set has a key.
 */
export function notAchievedBy(
  communes: readonly Pick<CommuneEntry, "commune" | "criteria">[],
  criterionNos: readonly number[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const no of [...criterionNos].sort((a, b) => a - b)) {
    out[String(no)] = communes.filter((e) => (e.criteria[String(no)] ?? "not_assessed") !== "achieved").map((e) => e.commune);
  }
  return out;
}
