// @ts-nocheck
import { formatNumber } from "../messages/formatRule";
import type { Lang } from "../messages/Lang";
import type { Band, BandsError, DistrictFigures, ExcludedFile } from "./consolidate";
import { problemText } from "../messages";
import { problem, type Problem } from "../problems/Problem";
import { bandRanges, roundAverage } from "./consolidate";
import { criteriaLists, nearlyThere, notAchievedBy } from "./plan";

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
 * Bands with no commune are left out, as the notices do. With a consolidating body (`unit`), the
 * lines open as the notice does: "Kết quả thực hiện … trên địa bàn tỉnh Lạng Sơn, cụ thể:".
 */
export function buildDistrictParagraph(figures: DistrictFigures, lang: Lang): string {
  const n = figures.communes.length;
  const lines: string[] = [];
  if (figures.unit) lines.push(unitLeadText(figures.unit, lang));
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
  lines.push(...buildDistrictPlanLines(figures, lang));
  return lines.join("\n");
}

/** "Tiêu chí số 2 - Giao thông" as the notices list criteria; the number alone when the name is unknown. */
export function criterionName(figures: Pick<DistrictFigures, "criterionNames">, no: number, lang: Lang): string {
  const name = figures.criterionNames[String(no)];
  const head = lang === "vi" ? `Tiêu chí số ${no}` : `Criterion ${no}`;
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
  const parts: string[] = [];
  if (lang === "vi") {
    parts.push(
      l.notAchieved.length === 0 ? `Đã đạt ${t}/${t} tiêu chí.` : l.achieved.length ? `Đã đạt ${l.achieved.length}/${t} tiêu chí: ${names(l.achieved)}.` : `Chưa đạt tiêu chí nào (0/${t}).`,
    );
    if (l.notAchieved.length) parts.push(`Các tiêu chí chưa đạt ${l.notAchieved.length}/${t} tiêu chí: ${names(l.notAchieved)}.`);
  } else {
    parts.push(
      l.notAchieved.length === 0 ? `Achieved ${t}/${t} criteria.` : l.achieved.length ? `Achieved ${l.achieved.length}/${t} criteria: ${names(l.achieved)}.` : `No criterion achieved (0/${t}).`,
    );
    if (l.notAchieved.length) parts.push(`Not achieved ${l.notAchieved.length}/${t} criteria: ${names(l.notAchieved)}.`);
  }
  return parts.join(" ");
}

/** "Xã gần đạt chuẩn (còn thiếu không quá 2 tiêu chí)" / "Communes close to the standard (at most 2 criteria missing)". */
export function nearlyThereLabel(maxMissing: number, lang: Lang): string {
  return lang === "vi" ? `Xã gần đạt chuẩn (còn thiếu không quá ${maxMissing} tiêu chí)` : `Communes close to the standard (at most ${maxMissing} criteria missing)`;
}

/** "Long Đống: còn thiếu Tiêu chí số 2 - Giao thông; Tiêu chí số 17 - Môi trường" */
export function nearlyThereText(figures: DistrictFigures, n: { commune: string; missing: number[] }, lang: Lang): string {
  const names = n.missing.map((no) => criterionName(figures, no, lang)).join("; ");
  return lang === "vi" ? `${n.commune}: còn thiếu ${names}` : `${n.commune}: missing ${names}`;
}

/**
 * The plan lines of a consolidation: each commune's criteria, the communes nearly there, and
 * for each criterion the communes not achieving it (how the province hands work to departments).
 */
export function buildDistrictPlanLines(figures: DistrictFigures, lang: Lang, maxMissing = figures.nearlyThereMax): string[] {
  const vi = lang === "vi";
  const lines: string[] = [];
  for (const e of figures.communes) lines.push(`- ${vi ? `Xã ${e.commune}` : `${e.commune} commune`}: ${communeCriteriaText(figures, e, lang)}`);
  const near = nearlyThere(figures.communes, figures.criterionNos, maxMissing);
  if (near.length) {
    lines.push(`- ${nearlyThereLabel(maxMissing, lang)}: ${communeCount(near.length, lang)} (${near.map((n) => nearlyThereText(figures, n, lang)).join("; ")}).`);
  }
  const by = notAchievedBy(figures.communes, figures.criterionNos);
  for (const no of figures.criterionNos) {
    const names = by[String(no)];
    if (!names.length) continue;
    lines.push(
      vi
        ? `- ${criterionName(figures, no, lang)}: ${communeCount(names.length, lang)} chưa đạt (${names.join(", ")}).`
        : `- ${criterionName(figures, no, lang)}: not achieved by ${communeCount(names.length, lang)} (${names.join(", ")}).`,
    );
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
  return lang === "vi"
    ? `Kết quả thực hiện các tiêu chí của các xã trên địa bàn ${unit}, cụ thể:`
    : `Results of the communes of ${unit} against the criteria:`;
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
  const vi = lang === "vi";
  const span = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);
  let what: string;
  switch (error.kind) {
    case "empty":
      what = vi ? "chưa có nhóm nào" : "no band given";
      break;
    case "syntax":
      what = vi ? `“${error.part}” không phải một số hoặc một khoảng như “5-9”` : `“${error.part}” is neither a number nor a range such as “5-9”`;
      break;
    case "reversed":
      what = vi ? `“${error.part}”: số đầu phải nhỏ hơn số sau` : `“${error.part}”: the first number must be the smaller`;
      break;
    case "beyond":
      what = vi ? `“${error.part}” vượt quá ${error.total} tiêu chí của bộ` : `“${error.part}” goes beyond the set's ${error.total} criteria`;
      break;
    case "overlap":
      what = vi ? `nhóm “${error.first}” và “${error.second}” chồng nhau` : `bands “${error.first}” and “${error.second}” overlap`;
      break;
    case "gap":
      what = vi ? `không nhóm nào chứa ${span(error.from, error.to)} tiêu chí` : `no band holds ${span(error.from, error.to)} criteria`;
      break;
  }
  const rule =
    total === null
      ? vi
        ? "Viết các nhóm cách nhau bằng dấu phẩy, ví dụ “19,15-18,10-14,5-9,0-4”."
        : "Write the bands separated by commas, e.g. “19,15-18,10-14,5-9,0-4”."
      : vi
        ? `Các nhóm phải phủ kín từ 0 đến ${total} tiêu chí, không chồng nhau, ví dụ “${bandsExample(total)}”.`
        : `The bands must cover 0 to ${total} criteria with no gap or overlap, e.g. “${bandsExample(total)}”.`;
  return vi ? `Các nhóm số tiêu chí chưa hợp lệ: ${what}. ${rule}` : `The criteria bands are not valid: ${what}. ${rule}`;
}

/** The files named in a message: all of them up to `max`, then how many more. */
function fileList(files: readonly string[], lang: Lang, max = 20): string {
  if (files.length <= max) return files.join(", ");
  const more = files.length - max;
  return `${files.slice(0, max).join(", ")}${lang === "vi" ? ` và ${more} tệp khác` : ` and ${more} more`}`;
}

/**
 * Workbooks judged with different criteria sets cannot share one table: "Không gộp được: 3 tệp theo
 * Bộ tiêu chí … 2021 - 2025 (a.xlsx, b.xlsx, c.xlsx) và 2 tệp theo Bộ tiêu chí … 2026 - 2030 (d.xlsx,
 * e.xlsx). Gộp riêng từng bộ, hoặc chỉ rõ --set." `how` says how the user chooses a set: the
 * command line's --set, or the pane's setting.
 */
export function mixedSetsText(groups: readonly { setName: string; files: readonly string[] }[], how: "cli" | "pane", lang: Lang): string {
  const vi = lang === "vi";
  const parts = groups.map((g) =>
    vi ? `${g.files.length} tệp theo ${g.setName} (${fileList(g.files, lang)})` : `${g.files.length} ${g.files.length === 1 ? "file" : "files"} judged with ${g.setName} (${fileList(g.files, lang)})`,
  );
  const joined = parts.length <= 2 ? parts.join(vi ? " và " : " and ") : `${parts.slice(0, -1).join("; ")}${vi ? " và " : " and "}${parts[parts.length - 1]}`;
  if (vi) return `Không gộp được: ${joined}. Gộp riêng từng bộ, hoặc ${how === "cli" ? "chỉ rõ --set" : "chọn bộ tiêu chí trong phần thiết lập"}.`;
  return `Cannot consolidate: ${joined}. Consolidate each set separately, or ${how === "cli" ? "name the set with --set" : "choose the criteria set in the settings"}.`;
}
