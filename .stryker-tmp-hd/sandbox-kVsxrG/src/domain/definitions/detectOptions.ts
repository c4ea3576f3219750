// @ts-nocheck
import type { DetectOptions } from "../grid/findIndicators";
import type { CriteriaSet } from "./schema";

/** What the workbook reader looks for, from a criteria set: its indicator codes and criterion numbers. */
export function detectOptionsFor(set: CriteriaSet, skipSheets?: ReadonlySet<string>): DetectOptions {
  const options: DetectOptions = {
    indicatorCodes: new Set(set.criteria.flatMap((c) => c.indicators.map((i) => i.code))),
    criterionNos: new Set(set.criteria.map((c) => c.no)),
    // Every criterion takes the rows the set does not list: they are judged as the sheet defines them.
    openCriteria: new Set(set.criteria.map((c) => c.no)),
  };
  if (skipSheets) options.skipSheets = skipSheets;
  return options;
}
