import { excelErrorText } from "./excelErrors";
import { limitText } from "./fileLimits";
import type { FoundValue } from "../problems/Problem";
import type { Messages } from "./Messages";

const TYPE: Record<string, string> = {
  string: "a string",
  number: "a number",
  object: "an object {…}",
  array: "a list […]",
  boolean: "true/false",
};

const got = (v: FoundValue): string => v ?? "nothing (the field is missing)";

const short = (s: string): string => (s.length > 90 ? s.slice(0, 90) + "…" : s);

/** English wording. */
export const en: Messages = {
  verdict: { achieved: "Achieved", not_achieved: "Not achieved", not_assessed: "Not assessed" },
  reason: {
    meets: (p) => `Figure “${p.figure}”, required ${p.threshold}: achieved.${p.source ? ` Source: ${p.source}.` : ""}${p.region ? ` ${p.regionIsGroup ? "Commune group" : "Region"}: ${p.region}.` : ""}`,
    fails: (p) => `Figure “${p.figure}”, required ${p.threshold}: not achieved.${p.source ? ` Source: ${p.source}.` : ""}${p.region ? ` ${p.regionIsGroup ? "Commune group" : "Region"}: ${p.region}.` : ""}`,
    "no-figure": (p) => `No figure in cell ${p.cell}.`,
    "not-found": () => "This indicator was not found in the workbook.",
    unreadable: (p) =>
      p.error
        ? `Cell ${p.cell} holds a formula error, ${p.error}: there is no figure to assess. Correct the formula or its source figures.`
        : `Cannot read the figure “${p.figure}” in cell ${p.cell}.`,
    "legacy-encoding": (p) => `Cell ${p.cell} uses a legacy encoding (TCVN3/VNI): “${p.figure}”. Convert it to Unicode.`,
    "out-of-range": (p) => `The figure “${p.figure}” in cell ${p.cell} is outside what the indicator allows (a share from 0 to 100%, a count not below zero): not assessed. Check the figure.`,
    "unknown-threshold": (p) =>
      p.unknownWhy === "group-unknown"
        ? "The threshold is given by commune group and the commune's group is not known (choose group 1, 2 or 3): not assessed."
        : p.unknownWhy === "not-in-sheet"
          ? "The form gives no threshold for this indicator: not assessed."
          : `No threshold known${p.region ? ` for region ${p.region}` : ""} to compare with: not assessed.`,
    "kind-mismatch": (p) => `The figure “${p.figure}” cannot be compared with ${p.threshold}.`,
    "unit-mismatch": (p) => `The unit of “${p.figure}” differs from that of ${p.threshold}.`,
    "marked-not-assessed": () => "The sheet says “Chưa đánh giá” (not assessed).",
    stated: (p) => `As stated in the sheet: “${p.figure}” (no figure to compare${p.threshold ? ` with ${p.threshold}` : ""}).`,
    "nothing-to-count": (p) => `The sheet says “${p.figure}”: the commune has none of what this indicator counts, counted as achieved as stated.`,
  },
  problem: {
    "table/not-found": () =>
      "No indicator table found: it needs a header row with a results column (“Kết quả thực hiện”, “Hiện trạng”, “Kết quả”, “Số liệu”) and rows with indicator codes (4.2, 17.10…).",
    "table/period-not-found": (p) =>
      p.periods.length > 0
        ? `The table has no period “${p.period}”; its periods are ${p.periods.map((x) => `“${x}”`).join(", ")}. The latest is judged.`
        : `The table has the figures of one period only; the period “${p.period}” cannot be chosen.`,
    "indicator/duplicate": (p, w) => `Indicator ${p.indicator} appears more than once; the first row is used (sheet “${p.firstSheet}”, row ${p.firstRow}).${w.where}`,
    "indicator/unknown-code": (p, w) => `Indicator code “${p.indicator}” is not in the criteria set.${w.where}`,
    "indicator/sheet-defined": (p, w) => `Indicator ${p.indicator} is not in the criteria set: judged by the name and threshold the form gives (defined by the form).${w.where}`,
    "figure/unreadable": (p, w) => `Indicator ${p.indicator}: cannot read the figure “${p.raw}”.${w.where}`,
    "figure/error-value": (p, w) => `Indicator ${p.indicator}: the figure's cell holds a formula error, ${excelErrorText(p.error, "en")}.${w.where}`,
    "figure/legacy-encoding": (p, w) => `Indicator ${p.indicator}: the cell uses a legacy encoding (TCVN3/VNI) “${p.raw}”.${w.where}`,
    "figure/out-of-range": (p, w) =>
      `Indicator ${p.indicator}: the figure “${p.raw}” cannot be right (${p.max !== null ? `a share must be from ${p.min} to ${p.max}%` : "it cannot be negative"}), so it is not assessed.${w.where}`,
    "threshold/looser-than-national": (p, w) =>
      `Indicator ${p.indicator}: ${p.provinceDocument} sets ${w.rule(p.province)}, a lower requirement than ${w.rule(p.national)} in ${p.nationalDocument}; a province may only raise a threshold, so ${w.rule(p.national)} applies.${w.where}`,
    "threshold/disagrees": (p, w) => `Indicator ${p.indicator}: the threshold in the sheet “${p.sheetThreshold}” differs from the one applied, ${w.rule(p.applied)}.${w.where}`,
    "self-assessment/mismatch": (p, w) =>
      `${p.level === "criterion" ? "Criterion" : "Indicator"} ${p.code}: the commune assessed “${p.self}” but the check gives “${w.verdict(p.computed)}”.${w.where}`,
    "set/unknown": (p) => `No criteria set “${p.setId}”. List them with: ntm sets`,
    "province/unknown": (p) => `Unknown province “${p.province}”. List them with: ntm sets`,
    "region/unknown": (p) => `No region “${p.region}”. List them with: ntm sets`,
    "group/unknown": (p) => `No commune group “${p.group}”: choose group 1, 2 or 3 (--group 1|2|3).`,
    "region/ambiguous": (p) =>
      `Province ${p.province} spans several regions (${p.spans.join(", ")}): choose one (--region). Region-dependent thresholds are not assessed.`,
    "definitions/invalid": (p, w) => "Invalid definitions file: " + p.errors.map((e) => w.definitionsError(e)).join("; "),
    "definitions/sheet-entry": (p, w) => `Definitions sheet, indicator ${p.indicator}: “${p.text}” is no threshold (e.g. “≥ 90%”, “≤ 2%”, “Đạt”); the original applies.${w.where}`,
    "definitions/other-set": (p) => `The thresholds file “${p.overlay}” is for the criteria set “${p.extends}”, not “${p.setId}”.`,
    "host/protected-sheet": (_, w) =>
      `${w.at.sheet ? `Sheet “${w.at.sheet}”` : "The sheet or workbook"} is protected, so nothing could be written. Unprotect it (Review → Unprotect Sheet) and try again.`,
    "host/cell-edit-mode": () => "Excel is editing a cell. Press Enter or Esc and try again.",
    "host/too-large": (_, w) => `The workbook is too large to process at once${w.at.sheet ? ` (sheet “${w.at.sheet}”)` : ""}.`,
    "host/not-found": (_, w) => `Could not find ${w.at.sheet ? `sheet “${w.at.sheet}”` : "the data"}${w.cellA1 ? `, cell ${w.cellA1}` : ""}.`,
    "host/unsupported": () => "This version of Excel does not support this feature.",
    "host/settings-not-saved": () =>
      "The check is done, but the settings (province, criteria set) could not be saved in the workbook, perhaps because it is open read-only. Choose the province again next time.",
    "host/other": (_, w) => `Something went wrong working with Excel${w.at.sheet ? ` (sheet “${w.at.sheet}”${w.cellA1 ? `, cell ${w.cellA1}` : ""})` : ""}. Please try again.`,
    "file/encrypted": () => "The file is password-protected: open it in Excel, remove the password and save it.",
    "file/corrupt": () => "The file is damaged or incomplete: it cannot be read.",
    "file/not-a-workbook": () => "Not an Excel file (.xlsx or .xls).",
    "file/no-table": () => "No NTM indicator table found in the file (it needs an indicator code column and a current-figure column).",
    "file/unreadable": (p) => (p.detail === "ENOENT" ? "No such file or folder." : `Cannot open the file${p.detail ? ` (${p.detail})` : ""}.`),
    "file/duplicate": (p) => `Same commune (${p.commune}) as “${p.keptFile}”: counted once (from that file).`,
    "file/check-failed": (p) =>
      `The checker failed on this file${p.detail ? ` (${p.detail})` : ""}; the other files are still consolidated. Please report it with the file.`,
    "file/xls-converted": (p) => `The .xls file was saved as .xlsx at “${p.out}”; some legacy formatting may be lost.`,
    "file/too-large": (p) => limitText(p, "en"),
    "title/formula-like": (p) => `The commune name in the title block (“${p.text.length > 40 ? p.text.slice(0, 40) + "…" : p.text}”) looks like a formula, so it is not used as the commune's name.`,
  },
  definitionsError: {
    "json-syntax": (e) => `Not valid JSON: ${e.detail}`,
    "expected-type": (e, where) => `${where}: expected ${TYPE[e.expected] ?? e.expected}, got ${got(e.got)}`,
    "bad-id": (e, where) => `${where}: ${got(e.got)} is not valid (lower-case a-z, digits and hyphens only, e.g. "lang-son")`,
    "bad-format": (e, where) => `${where}: ${got(e.got)} is not in the expected format`,
    "bad-code": (e, where) => `${where}: indicator code ${JSON.stringify(e.key)} is not valid (e.g. "4.2" or "10")`,
    "one-of": (e, where) => `${where}: only ${e.values.map((v) => JSON.stringify(v)).join(", ")} allowed, got ${got(e.got)}`,
    empty: (_, where) => `${where}: must not be empty`,
    "too-small": (_, where) => `${where}: too small or too few items`,
    "one-rule": (_, where) => `${where}: needs exactly one of atLeast, atMost, yes, none (or byRegion, one of them per region or commune group)`,
    "unknown-key": (e, where) => `${where}: unknown key "${e.key}" (allowed: ${e.allowed.join(", ")})`,
    "unknown-set": (e, where) => `${where}: no criteria set "${e.setId}" (known: ${e.known.join(", ")})`,
    "unknown-indicator": (e, where) => `${where}: set ${e.setId} has no indicator ${e.indicator}`,
    "unknown-region": (e, where) => `${where}: the set ${e.setId} has no region or commune group "${e.region}" (known: ${e.known.join(", ")})`,
    "yes-no-indicator": (e, where) => `${where}: indicator ${e.indicator} is judged yes/no, not against a number; use "yes": true`,
    "percent-range": (e, where) => `${where}: a percentage must be 0–100, got ${e.value}`,
    "percent-unit": (e, where) => `${where}: indicator ${e.indicator} is in "%", got "${e.unit}"`,
    "unknown-province": (e, where) => `${where}: no province with id "${e.province}"`,
    other: (e, where) => `${where}: ${e.detail}`,
  },
  unknownThreshold: {
    "not-in-set": (u) => `The set ${u.setId} has no indicator ${u.indicator}.`,
    "region-unknown": (u) => `The commune's region is not known, and this indicator's threshold differs by region.${u.note ? ` ${u.note}` : ""}`,
    "group-unknown": (u) => `The commune's group (1, 2, 3) is not known, and this indicator's threshold is given by group.${u.note ? ` ${u.note}` : ""}`,
    "not-in-sheet": (u) => `Indicator ${u.indicator} is defined by the form, which gives it no threshold.`,
    "no-data": (u) => u.note ?? "No threshold for this indicator in the data yet.",
  },
  rule: { yes: "Achieved", none: "None", unknown: "No threshold" },
  units: {
    "triệu đồng/người/năm": "million VND/person/year",
    "triệu đồng": "million VND",
    "đồng": "VND",
    "m²/người": "m²/person",
    "điểm phần trăm": "percentage points",
    "hộ": "households",
    "thôn": "villages",
    "người": "people",
    "trường": "schools",
    "xã": "communes",
    "km": "km",
  },
  number: { group: ",", decimal: "." },
  jsonRoot: "(root)",
  criteriaCount: (a, t) => `${a}/${t} criteria achieved`,
  setReason: (r) => {
    const at = (cell: string | null) => (cell ? ` (cell ${cell})` : "");
    switch (r.by) {
      case "explicit":
        return `Judged with ${r.set}: chosen by the user.`;
      case "definitions":
        return `Judged with ${r.set}: the definitions file “${r.file}” is for this set.`;
      case "title":
        return `Judged with ${r.set}: the title says “${short(r.text)}”${at(r.cell)}.`;
      case "year":
        return `Judged with ${r.set}: the title names the year ${r.year} (“${short(r.text)}”${at(r.cell)}).`;
      case "criteria":
        return `Judged with ${r.set}: ${r.matched} of the table's ${r.of} criterion names are this set's.`;
      case "sheet":
        return `The table follows no known criteria set: judged on its own ${r.criteria} criteria and the thresholds it gives${r.text ? ` (“${short(r.text)}”)` : ""}.`;
      case "default":
        return `Judged with ${r.set}: the workbook names no period, year or criteria that tell the set. If that is wrong, choose the set (“Criteria set” in Settings, or --set on the command line).`;
    }
  },
  setConflict: (r) => `Note: the workbook also looks like ${r.other}. If that is wrong, choose the set (“Criteria set” in Settings, or --set on the command line).`,
  sheetSetName: { name: "Bộ tiêu chí theo bảng tính", nameEn: "Criteria as the sheet lists them" },
  shortfall: (s) =>
    s.direction === "increase"
      ? `short by ${s.count ? `${s.count} (${s.amount})` : s.amount}`
      : `must come down by ${s.count ? `${s.count} (${s.amount})` : s.amount}`,
};
