import type { UnknownThreshold } from "../evaluation/AppliedThreshold";
import type { ReasonCode } from "../evaluation/Reason";
import type { Verdict } from "../evaluation/Verdict";
import type { DefinitionsErrorKind, Location, ProblemCode, ProblemParams } from "../problems/Problem";
import type { Rule } from "../definitions/schema";

/** What a reason's words are built from, already formatted in the language (the figure is raw). */
export interface ReasonWords {
  figure: string;
  /** The rule applied, formatted ("≥ 95%"); "" when none. */
  threshold: string;
  source?: string;
  region?: string;
  /** `region` is a commune group ("Nhóm 2" of the 2026–2030 set), not a region of the country. */
  regionIsGroup?: boolean;
  /** Why the threshold is unknown, when a short sentence of its own says it better (group not known, none in the sheet). */
  unknownWhy?: "group-unknown" | "not-in-sheet";
  /** The cell of the figure, 'Sheet'!D8; "" when not found. */
  cell: string;
  /** The formula error in the figure's cell, with its meaning: "#DIV/0! (chia cho 0: …)". */
  error?: string;
}

/** Helpers a problem's words may use, in the same language. */
export interface Wording {
  at: Location;
  /** " ['Sheet'!D8]" when the problem has a cell, else "". */
  where: string;
  /** The cell as A1 ("D8"), when the problem has one. */
  cellA1?: string;
  rule(rule: Rule): string;
  verdict(v: Verdict): string;
  definitionsError(e: DefinitionsErrorKind & { path: readonly (string | number)[] }): string;
}

type ErrorOf<C extends DefinitionsErrorKind["code"]> = Extract<DefinitionsErrorKind, { code: C }>;
type UnknownOf<W extends UnknownThreshold["why"]> = Extract<UnknownThreshold, { why: W }>;

/** One language's words, chosen by code (as ESLint rules carry message ids). */
export interface Messages {
  verdict: Record<Verdict, string>;
  reason: Record<ReasonCode, (p: ReasonWords) => string>;
  problem: { [C in ProblemCode]: (p: ProblemParams[C], w: Wording) => string };
  /** One error in a definitions file; `where` is its JSON path as users read it. */
  definitionsError: { [C in DefinitionsErrorKind["code"]]: (e: ErrorOf<C>, where: string) => string };
  /** Why no threshold is known. */
  unknownThreshold: { [W in UnknownThreshold["why"]]: (u: UnknownOf<W>) => string };
  /** Words of a rule: "Đạt", "Không có", "Chưa có ngưỡng". */
  rule: { yes: string; none: string; unknown: string };
  /** Unit names in this language (those not listed are shown as written). */
  units: Record<string, string>;
  /** A number's separators: thousands, decimals. */
  number: { group: string; decimal: string };
  /** The JSON root, when an error is about the whole file. */
  jsonRoot: string;
  criteriaCount: (achieved: number, total: number) => string;
  /** Why the workbook is judged with this set: "Bộ tiêu chí 2026 - 2030: tiêu đề ghi “…” (A2)". */
  setReason: (r: SetReasonWords) => string;
  /** Another reading of the workbook points to another set. */
  setConflict: (r: SetReasonWords & { other: string }) => string;
  /** The name of a set a sheet defines, when no title names it. */
  sheetSetName: { name: string; nameEn: string };
  /** How far a figure is from its threshold: "còn thiếu 2 hộ", "phải giảm 0,5 điểm phần trăm". */
  shortfall: (s: ShortfallWords) => string;
}

/** A set choice's parts: the set's name, and the decisive text or figures. */
export type SetReasonWords = { set: string } & (
  | { by: "explicit" | "default" }
  | { by: "definitions"; file: string }
  | { by: "title"; text: string; cell: string | null }
  | { by: "year"; year: number; text: string; cell: string | null }
  | { by: "criteria"; matched: number; of: number }
  | { by: "sheet"; criteria: number; text: string | null }
);

/** A shortfall's parts, already formatted in the language. */
export interface ShortfallWords {
  direction: "increase" | "decrease";
  /** "0,3 điểm phần trăm", "11 triệu đồng/người/năm". */
  amount: string;
  /** "2 hộ", "1 thôn", "2" (no counted noun in the sheet); absent when the figure gives no counts. */
  count?: string;
}
