import { formatNumber } from "../messages/formatRule";
import type { Lang } from "../messages/Lang";
import type { Band, BandsError, DistrictFigures, ExcludedFile } from "./consolidate";
import { messages, problemText } from "../messages";
import { problem, type Problem } from "../problems/Problem";
import { bandRanges, roundAverage } from "./consolidate";
import { criteriaLists, nearlyThere, notAchievedBy } from "./plan";
import { DISTRICT_WORDS } from "../messages/districtWords";

/** "14,29" (vi) / "14.29" (en): always two decimals, as the notices write the average. */
export function formatAverage(average: number, lang: Lang): string {
  const r = roundAverage(average);
  const text = formatNumber(r, lang);
  const sep = messages(lang).number.decimal;
  const [int, dec = ""] = text.split(sep);
  return `${int}${sep}${dec.padEnd(2, "0")}`;
}

/** "19", "15-18", "dưới 5" (vi) / "fewer than 5" (en): the band as the notices name it. */
export function bandWords(band: Pick<Band, "min" | "max">, lang: Lang): string {
  if (band.min === 0 && band.max > 0) return DISTRICT_WORDS[lang].bandBelow(band.max);
  return band.min === band.max ? String(band.min) : `${band.min}-${band.max}`;
}

/** "Số xã đạt 15-18 tiêu chí" / "Communes achieving 15-18 criteria". */
export function bandLabel(band: Pick<Band, "min" | "max">, lang: Lang): string {
  return DISTRICT_WORDS[lang].bandLabel(bandWords(band, lang));
}

/** Counts as the notices write them: "04 xã", "17 xã". */
function communeCount(n: number, lang: Lang): string {
  return DISTRICT_WORDS[lang].communeCount(n);
}

/**
 * The ready-to-paste lines of a district report (shared/domain 004, Bắc Sơn 2023):
 *   - Số xã đạt 19 tiêu chí: 04 xã (Tân Hương, Bắc Quỳnh, Chiến Thắng, Chiêu Vũ).
 *   …
 *   - Bình quân đạt 14,29 tiêu chí/xã.
 * Bands with no commune are left out, as the notices do. With a consolidating body (`unit`), the
 * lines open as the notice does: "Kết quả thực hiện … trên địa bàn tỉnh Lạng Sơn, cụ thể:".
 */
export function buildDistrictParagraph(figures: DistrictFigures, lang: Lang): string {
  const w = DISTRICT_WORDS[lang];
  const lines: string[] = [];
  if (figures.unit) lines.push(unitLeadText(figures.unit, lang));
  lines.push(`- ${w.consolidated(figures.communes.length)}`);
  for (const b of figures.bands) {
    if (b.communes.length === 0) continue;
    lines.push(`- ${bandLabel(b, lang)}: ${communeCount(b.communes.length, lang)} (${b.communes.join(", ")}).`);
  }
  if (figures.average !== null) lines.push(`- ${w.average(formatAverage(figures.average, lang))}`);
  lines.push(...buildDistrictPlanLines(figures, lang));
  return lines.join("\n");
}

/** "Tiêu chí số 2 - Giao thông" as the notices list criteria; the number alone when the name is unknown. */
export function criterionName(figures: Pick<DistrictFigures, "criterionNames">, no: number, lang: Lang): string {
  const name = figures.criterionNames[String(no)];
  const head = DISTRICT_WORDS[lang].criterionHead(no);
  return name ? `${head} - ${name}` : head;
}

/**
 * One commune's criteria in the report's own form: "Đã đạt 14/19 tiêu chí: Tiêu chí số 1 - Quy
 * hoạch; …. Các tiêu chí chưa đạt 5/19 tiêu chí: Tiêu chí số 2 - Giao thông; …."
 */
export function communeCriteriaText(figures: DistrictFigures, commune: DistrictFigures["communes"][number], lang: Lang): string {
  const l = criteriaLists(commune, figures.criterionNos);
  const t = figures.criteriaTotal;
  const names = (nos: number[]) => nos.map((no) => criterionName(figures, no, lang)).join("; ");
  const w = DISTRICT_WORDS[lang];
  const parts = [l.notAchieved.length === 0 ? w.allAchieved(t) : l.achieved.length ? w.achieved(l.achieved.length, t, names(l.achieved)) : w.noneAchieved(t)];
  if (l.notAchieved.length) parts.push(w.notAchieved(l.notAchieved.length, t, names(l.notAchieved)));
  return parts.join(" ");
}

/** "Xã gần đạt chuẩn (còn thiếu không quá 2 tiêu chí)" / "Communes close to the standard (at most 2 criteria missing)". */
export function nearlyThereLabel(maxMissing: number, lang: Lang): string {
  return DISTRICT_WORDS[lang].nearlyLabel(maxMissing);
}

/** "Long Đống: còn thiếu Tiêu chí số 2 - Giao thông; Tiêu chí số 17 - Môi trường" */
export function nearlyThereText(figures: DistrictFigures, n: { commune: string; missing: number[] }, lang: Lang): string {
  const names = n.missing.map((no) => criterionName(figures, no, lang)).join("; ");
  return DISTRICT_WORDS[lang].nearlyItem(n.commune, names);
}

/**
 * The plan lines of a consolidation: each commune's criteria, the communes nearly there, and
 * for each criterion the communes not achieving it (how the province hands work to departments).
 */
export function buildDistrictPlanLines(figures: DistrictFigures, lang: Lang, maxMissing = figures.nearlyThereMax): string[] {
  const w = DISTRICT_WORDS[lang];
  const lines: string[] = [];
  for (const e of figures.communes) lines.push(`- ${w.communeHead(e.commune)}: ${communeCriteriaText(figures, e, lang)}`);
  const near = nearlyThere(figures.communes, figures.criterionNos, maxMissing);
  if (near.length) {
    lines.push(`- ${nearlyThereLabel(maxMissing, lang)}: ${communeCount(near.length, lang)} (${near.map((n) => nearlyThereText(figures, n, lang)).join("; ")}).`);
  }
  const by = notAchievedBy(figures.communes, figures.criterionNos);
  for (const no of figures.criterionNos) {
    const names = by[String(no)];
    if (!names.length) continue;
    lines.push(`- ${w.notAchievedByLine(criterionName(figures, no, lang), communeCount(names.length, lang), names.join(", "))}`);
  }
  return lines;
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
    case "too-large":
      return x.limit ? problem("file/too-large", x.limit, at) : problem("file/corrupt", {}, at);
    case "duplicate":
      return problem("file/duplicate", { commune: x.commune ?? "", keptFile: x.keptFile ?? "" }, at);
  }
}

/** Why a file was left out, for users; names the file's commune and the file counted for duplicates. */
export function excludedText(x: ExcludedFile, lang: Lang): string {
  return problemText(excludedProblem(x), lang);
}

/** The paragraph's opening line naming the consolidating body: "Kết quả thực hiện … trên địa bàn tỉnh Lạng Sơn, cụ thể:". */
export function unitLeadText(unit: string, lang: Lang): string {
  return DISTRICT_WORDS[lang].unitLead(unit);
}

/** A --bands example for a set of `total` criteria: its default bands ("19,15-18,10-14,5-9,0-4"). */
function bandsExample(total: number): string {
  return bandRanges(total).map((b) => b.key).join(",");
}

/**
 * Why the bands cannot be used, with what is expected: "Các nhóm số tiêu chí chưa hợp lệ: thiếu
 * 4 tiêu chí. Các nhóm phải phủ kín từ 0 đến 10 tiêu chí, không chồng nhau, ví dụ “10,5-9,0-4”."
 * `total` is the set's number of criteria (null when only the wording of the list is checked).
 */
export function bandsErrorText(error: BandsError, total: number | null, lang: Lang): string {
  const w = DISTRICT_WORDS[lang];
  const what = (w.bandsError[error.kind] as (e: BandsError) => string)(error);
  return w.bandsInvalid(what, w.bandsRule(total, total === null ? "" : bandsExample(total)));
}

/** The files named in a message: all of them up to `max`, then how many more. */
function fileList(files: readonly string[], lang: Lang, max = 20): string {
  if (files.length <= max) return files.join(", ");
  return DISTRICT_WORDS[lang].moreFiles(files.slice(0, max).join(", "), files.length - max);
}

/**
 * Workbooks judged with different criteria sets cannot share one table: "Không gộp được: 3 tệp theo
 * Bộ tiêu chí … 2021 - 2025 (a.xlsx, b.xlsx, c.xlsx) và 2 tệp theo Bộ tiêu chí … 2026 - 2030 (d.xlsx,
 * e.xlsx). Gộp riêng từng bộ, hoặc chỉ rõ --set." `how` says how the user chooses a set: the
 * command line's --set, or the pane's setting.
 */
export function mixedSetsText(groups: readonly { setName: string; files: readonly string[] }[], how: "cli" | "pane", lang: Lang): string {
  const w = DISTRICT_WORDS[lang];
  const parts = groups.map((g) => w.mixedGroup(g.files.length, g.setName, fileList(g.files, lang)));
  const joined = parts.length <= 2 ? parts.join(w.and) : `${parts.slice(0, -1).join("; ")}${w.and}${parts[parts.length - 1]}`;
  return w.mixedSets(joined, how);
}
