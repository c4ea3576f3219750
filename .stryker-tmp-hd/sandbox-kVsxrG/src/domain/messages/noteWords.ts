/** Short words of the summary sheet's cells: a criterion's label, a missing threshold, why an indicator is not achieved. */
// @ts-nocheck

import type { ReasonCode } from "../evaluation/Reason";
import type { Lang } from "./Lang";

export interface NoteWords {
  criterionLabel(no: number, name: string): string;
  criterionPhrase(no: number, name: string): string;
  noThreshold: string;
  quoted(s: string): string;
  /** The commune's own verdict, when it differs from the check's. */
  selfSays(quoted: string): string;
  /** Why an indicator is not achieved, by reason; null when the verdict says it all. */
  reason: Record<Exclude<ReasonCode, "fails">, string | null>;
  failsYes: string;
  failsNone: string;
}

export const NOTE_WORDS: Record<Lang, NoteWords> = {
  vi: {
    criterionLabel: (no, name) => `Tiêu chí số ${no} - ${name}`,
    criterionPhrase: (no, name) => `Tiêu chí số ${no} về ${name}`,
    noThreshold: "Chưa có",
    quoted: (s) => `“${s}”`,
    selfSays: (q) => `Xã tự đánh giá ${q}`,
    reason: {
      meets: null,
      "no-figure": "Chưa có số liệu",
      "not-found": "Không có trong bảng tính",
      unreadable: "Không đọc được số liệu",
      "legacy-encoding": "Chữ mã TCVN3/VNI, cần chuyển sang Unicode",
      "unknown-threshold": "Chưa có mức chuẩn",
      "kind-mismatch": "Số liệu không so được với yêu cầu",
      "unit-mismatch": "Khác đơn vị với yêu cầu",
      "marked-not-assessed": "Biểu ghi “Chưa đánh giá”",
      "out-of-range": "Số liệu ngoài giới hạn, cần kiểm tra lại",
      stated: "Theo kết quả ghi trong biểu",
      "nothing-to-count": "Theo kết quả ghi trong biểu",
    },
    failsYes: "Chưa đáp ứng yêu cầu",
    failsNone: "Yêu cầu “Không có”",
  },
  en: {
    criterionLabel: (no, name) => `Criterion ${no} - ${name}`,
    criterionPhrase: (no, name) => `Criterion ${no} on ${name}`,
    noThreshold: "None yet",
    quoted: (s) => `"${s}"`,
    selfSays: (q) => `The commune says ${q}`,
    reason: {
      meets: null,
      "no-figure": "No figure",
      "not-found": "Not in the workbook",
      unreadable: "Figure cannot be read",
      "legacy-encoding": "TCVN3/VNI text: convert to Unicode",
      "unknown-threshold": "No threshold yet",
      "kind-mismatch": "Figure cannot be compared",
      "unit-mismatch": "Unit differs from the threshold's",
      "marked-not-assessed": `The sheet says "not assessed"`,
      "out-of-range": "Figure out of range: check it",
      stated: "As stated in the sheet",
      "nothing-to-count": "As stated in the sheet",
    },
    failsYes: "Requirement not met",
    failsNone: `Must be "none"`,
  },
};
