import type { Messages } from "./Messages";

/** English wording. */
export const en: Messages = {
  verdict: { achieved: "Achieved", not_achieved: "Not achieved", not_assessed: "Not assessed" },
  reason: {
    meets: (p) => `Figure “${p.figure}”, required ${p.threshold}: achieved.${p.source ? ` Source: ${p.source}.` : ""}${p.region ? ` Region: ${p.region}.` : ""}`,
    fails: (p) => `Figure “${p.figure}”, required ${p.threshold}: not achieved.${p.source ? ` Source: ${p.source}.` : ""}${p.region ? ` Region: ${p.region}.` : ""}`,
    "no-figure": (p) => `No figure in cell ${p.cell}.`,
    "not-found": () => "This indicator was not found in the workbook.",
    unreadable: (p) => `Cannot read the figure “${p.figure}” in cell ${p.cell}.`,
    "legacy-encoding": (p) => `Cell ${p.cell} uses a legacy encoding (TCVN3/VNI): “${p.figure}”. Convert it to Unicode.`,
    "unknown-threshold": (p) =>
      `No threshold is known for this indicator${p.region ? ` (region ${p.region})` : ""}: not assessed. Enter it in the sheet's threshold column or a definitions file.`,
    "kind-mismatch": (p) => `The figure “${p.figure}” cannot be compared with ${p.threshold}.`,
    "unit-mismatch": (p) => `The unit of “${p.figure}” differs from that of ${p.threshold}.`,
    "marked-not-assessed": () => "The sheet says “Chưa đánh giá” (not assessed).",
    stated: (p) => `As stated in the sheet: “${p.figure}” (no figure to compare${p.threshold ? ` with ${p.threshold}` : ""}).`,
    "nothing-to-count": (p) => `The sheet says “${p.figure}”: the commune has none of what this indicator counts, counted as achieved as stated.`,
  },
  finding: {
    "self-assessment-mismatch": (p) =>
      `${p.level === "criterion" ? "Criterion" : "Indicator"} ${p.code}: the commune assessed “${p.self}” but the check gives “${p.computedText}”.`,
    "threshold-disagrees": (p) => `Indicator ${p.code}: the threshold in the sheet “${p.sheet}” differs from the one applied, ${p.applied}.`,
    "unreadable-figure": (p) => `Indicator ${p.code}: cannot read the figure “${p.raw}”.`,
    "legacy-encoding": (p) => `Indicator ${p.code}: the cell uses a legacy encoding (TCVN3/VNI) “${p.raw}”.`,
    "duplicate-indicator": (p) => `Indicator ${p.code} appears more than once; the first row is used (${p.first}).`,
    "unknown-code": (p) => `Indicator code “${p.code}” is not in the criteria set.`,
    "no-table": () => "No indicator table found: it needs a header row with a results column (“Kết quả thực hiện”, “Hiện trạng”, “Kết quả”, “Số liệu”) and rows with indicator codes (4.2, 17.10…).",
    "protected-sheet": (p) => `Sheet “${p.sheet}” is protected: it cannot be highlighted.`,
    "region-unknown": (p) => `The region is not known${p.province ? ` for province ${p.province}` : ""}: indicators whose threshold depends on the region are not assessed. Choose a region.`,
  },
  host: {
    "protected-sheet": (p) => `${p.sheet ? `Sheet “${p.sheet}”` : "The sheet or workbook"} is protected, so nothing could be written. Unprotect it (Review → Unprotect Sheet) and try again.`,
    "cell-edit-mode": () => "Excel is editing a cell. Press Enter or Esc and try again.",
    "too-large": (p) => `The workbook is too large to process at once${p.sheet ? ` (sheet “${p.sheet}”)` : ""}.`,
    "not-found": (p) => `Could not find ${p.sheet ? `sheet “${p.sheet}”` : "the data"}${p.cell ? `, cell ${p.cell}` : ""}.`,
    unsupported: () => "This version of Excel does not support this feature.",
    other: (p) => `Something went wrong working with Excel${p.sheet ? ` (sheet “${p.sheet}”${p.cell ? `, cell ${p.cell}` : ""})` : ""}. Please try again.`,
  },
  criteriaCount: (a, t) => `${a}/${t} criteria achieved`,
};
