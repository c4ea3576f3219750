import { formatNumber } from "../messages/formatRule";
import type { Lang } from "../messages/Lang";
import type { Band, DistrictFigures, ExcludedFile } from "./consolidate";
import { problemText } from "../messages";
import { problem, type Problem } from "../problems/Problem";
import { roundAverage } from "./consolidate";

/** "14,29" (vi) / "14.29" (en): always two decimals, as the notices write the average. */
export function formatAverage(average: number, lang: Lang): string {
  const r = roundAverage(average);
  const text = formatNumber(r, lang);
  const sep = lang === "vi" ? "," : ".";
  const [int, dec = ""] = text.split(sep);
  return `${int}${sep}${dec.padEnd(2, "0")}`;
}

/** "19", "15-18", "dưới 5" (vi) / "fewer than 5" (en): the band as the notices name it. */
export function bandWords(band: Pick<Band, "min" | "max">, lang: Lang): string {
  if (band.min === 0 && band.max > 0) return lang === "vi" ? `dưới ${band.max + 1}` : `fewer than ${band.max + 1}`;
  return band.min === band.max ? String(band.min) : `${band.min}-${band.max}`;
}

/** "Số xã đạt 15-18 tiêu chí" / "Communes achieving 15-18 criteria". */
export function bandLabel(band: Pick<Band, "min" | "max">, lang: Lang): string {
  const w = bandWords(band, lang);
  return lang === "vi" ? `Số xã đạt ${w} tiêu chí` : `Communes achieving ${w} criteria`;
}

/** Counts as the notices write them: "04 xã", "17 xã". */
function communeCount(n: number, lang: Lang): string {
  if (lang === "en") return `${n} ${n === 1 ? "commune" : "communes"}`;
  return `${n < 10 ? `0${n}` : n} xã`;
}

/**
 * The ready-to-paste lines of a district report (shared/domain 004, Bắc Sơn 2023):
 *   - Số xã đạt 19 tiêu chí: 04 xã (Tân Hương, Bắc Quỳnh, Chiến Thắng, Chiêu Vũ).
 *   …
 *   - Bình quân đạt 14,29 tiêu chí/xã.
 * Bands with no commune are left out, as the notices do.
 */
export function buildDistrictParagraph(figures: DistrictFigures, lang: Lang): string {
  const n = figures.communes.length;
  const lines: string[] = [];
  if (lang === "vi") {
    lines.push(`- Tổng số xã được tổng hợp: ${n} xã.`);
    for (const b of figures.bands) {
      if (b.communes.length === 0) continue;
      lines.push(`- ${bandLabel(b, lang)}: ${communeCount(b.communes.length, lang)} (${b.communes.join(", ")}).`);
    }
    if (figures.average !== null) lines.push(`- Bình quân đạt ${formatAverage(figures.average, lang)} tiêu chí/xã.`);
  } else {
    lines.push(`- Communes consolidated: ${n}.`);
    for (const b of figures.bands) {
      if (b.communes.length === 0) continue;
      lines.push(`- ${bandLabel(b, lang)}: ${communeCount(b.communes.length, lang)} (${b.communes.join(", ")}).`);
    }
    if (figures.average !== null) lines.push(`- Average: ${formatAverage(figures.average, lang)} criteria per commune.`);
  }
  return lines.join("\n");
}

/** Why a file was left out, as a problem about that file. */
export function excludedProblem(x: ExcludedFile): Problem {
  const at = { file: x.file };
  switch (x.reason) {
    case "encrypted":
      return problem("file/encrypted", {}, at);
    case "corrupt":
      return problem("file/corrupt", {}, at);
    case "not-a-workbook":
      return problem("file/not-a-workbook", {}, at);
    case "no-table":
      return problem("file/no-table", {}, at);
    case "unreadable":
      return problem("file/unreadable", { detail: x.detail ?? null }, at);
    case "failed":
      return problem("file/check-failed", { detail: x.detail ?? null }, at);
    case "duplicate":
      return problem("file/duplicate", { commune: x.commune ?? "", keptFile: x.keptFile ?? "" }, at);
  }
}

/** Why a file was left out, for users; names the file's commune and the file counted for duplicates. */
export function excludedText(x: ExcludedFile, lang: Lang): string {
  return problemText(excludedProblem(x), lang);
}
