/** The words of the report paragraph ("Qua rà soát, xã … tự đánh giá đạt …"), Vietnamese first. */
// @ts-nocheck

import type { Verdict } from "../evaluation/Verdict";
import type { Lang } from "./Lang";

export interface ParagraphWords {
  /** "xã Liên Sơn" / "Liên Sơn commune"; without a name, the bare word. */
  commune(name: string | null): string;
  /** " (trong đó 3 chỉ tiêu theo kết quả ghi trong biểu …)" or "" when none. */
  stated(n: number): string;
  /** The check's count alone (the sheet has no self-assessment). */
  checked(commune: string, checked: string, stated: string): string;
  /** The commune's own count, then the check's: never one presented as the other. */
  selfAndChecked(commune: string, self: string, checked: string, stated: string): string;
  groups: [Verdict, string][];
}

export const PARAGRAPH_WORDS: Record<Lang, ParagraphWords> = {
  vi: {
    commune: (n) => (n ? `xã ${n}` : "xã"),
    stated: (n) => (n > 0 ? ` (trong đó ${n} chỉ tiêu theo kết quả ghi trong biểu, không có số liệu để đối chiếu)` : ""),
    checked: (c, k, s) => `Qua kiểm tra, ${c} đạt ${k} tiêu chí${s}.`,
    selfAndChecked: (c, self, k, s) => `Qua rà soát, ${c} tự đánh giá đạt ${self} tiêu chí; qua kiểm tra, đạt ${k} tiêu chí${s}.`,
    groups: [
      ["achieved", "Các tiêu chí đạt"],
      ["not_achieved", "Các tiêu chí chưa đạt"],
      ["not_assessed", "Các tiêu chí chưa đánh giá"],
    ],
  },
  en: {
    commune: (n) => (n ? `${n} commune` : "the commune"),
    stated: (n) => (n > 0 ? ` (of which ${n} indicators as stated in the sheet, with no figure to compare)` : ""),
    checked: (c, k, s) => `Checked: ${c} achieves ${k} criteria${s}.`,
    selfAndChecked: (c, self, k, s) => `After review, ${c} assesses itself as achieving ${self} criteria; checked, it achieves ${k} criteria${s}.`,
    groups: [
      ["achieved", "Criteria achieved"],
      ["not_achieved", "Criteria not achieved"],
      ["not_assessed", "Criteria not assessed"],
    ],
  },
};
