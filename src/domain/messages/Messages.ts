import type { Finding, ReasonCode, Verdict } from "../evaluation/Verdict";
import type { HostProblemCode } from "./hostProblem";

export type Params = Record<string, string | number | undefined>;
export type Lang = "vi" | "en";

/** One language's words, chosen by code (as ESLint rules carry message ids). */
export interface Messages {
  verdict: Record<Verdict, string>;
  reason: Record<ReasonCode, (p: Params) => string>;
  finding: Record<Finding["code"], (p: Params) => string>;
  host: Record<HostProblemCode, (p: Params) => string>;
  criteriaCount: (achieved: number, total: number) => string;
}
