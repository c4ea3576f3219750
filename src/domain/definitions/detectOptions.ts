import type { DetectOptions } from "../grid/findIndicators";
import type { CriteriaSet } from "./schema";

/** What the workbook reader looks for, from a criteria set: its indicator codes and criterion numbers. */
export function detectOptionsFor(set: CriteriaSet, skipSheets?: ReadonlySet<string>): DetectOptions {
  const options: DetectOptions = {
    indicatorCodes: new Set(set.criteria.flatMap((c) => c.indicators.map((i) => i.code))),
    criterionNos: new Set(set.criteria.map((c) => c.no)),
  };
  if (skipSheets) options.skipSheets = skipSheets;
  return options;
}
