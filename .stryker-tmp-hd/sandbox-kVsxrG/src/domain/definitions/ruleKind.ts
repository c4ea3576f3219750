// @ts-nocheck
import { normalizeRuleUnit } from "../figures/parseThreshold";
import type { Rule, ValueKind } from "./schema";

/**
 * The kind of indicator a threshold judges: "Đạt" a yes/no, "Không" none allowed, a percentage a
 * share, a value with a unit an amount (with that unit), a bare number a count.
 */
export function ruleKind(rule: Rule): { kind: ValueKind; unit?: string } {
  if (rule.kind === "yes") return { kind: "yesNo" };
  if (rule.kind === "none") return { kind: "none" };
  const { unit } = normalizeRuleUnit(rule) as Extract<Rule, { kind: "atLeast" | "atMost" }>;
  if (unit === "%") return { kind: "percent" };
  return unit ? { kind: "amount", unit } : { kind: "count" };
}
