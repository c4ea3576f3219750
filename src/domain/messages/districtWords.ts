/** The words of a consolidation: the district sheet, the report's lines, its usage errors. Vietnamese first, English complete. */
import type { BandsError } from "../district/consolidate";
import type { Lang } from "./Lang";

/** The district sheet's name, by language. */
export const DISTRICT_SHEET_NAME = "Tổng hợp các xã";
export const DISTRICT_SHEET_NAME_EN = "Communes summary";

/** Titles are upper case, the consolidating body's name too ("TỈNH LẠNG SƠN"). */
const upper = (text: string) => text.toLocaleUpperCase("vi");

const bandShort = (min: number, max: number, total: number) => (min === total ? `${total}` : min === 0 ? `< ${max + 1}` : `${min}-${max}`);

type ErrorOf<K extends BandsError["kind"]> = Extract<BandsError, { kind: K }>;

export interface DistrictWords {
  /** The district sheet's headings and labels. */
  sheet: {
    title(unit: string | null): string;
    subtitle(set: string, province?: string | null): string;
    tt: string;
    commune: string;
    criteria: string;
    criterion(no: number): string;
    achieved: string;
    band: string;
    file: string;
    perCriterion: string;
    figures(unit: string | null): string;
    count: string;
    names: string;
    average: string;
    paragraph: string;
    missing: string;
    nearly(max: number): string;
    nearlyNone: string;
    byCriterion: string;
    criterionCol: string;
    notAchievedCount: string;
    excluded: string;
    /** A band in a narrow column: "19", "15-18", "< 5". */
    bandShort(min: number, max: number, total: number): string;
  };
  /** A band as the notices name it; `span` is "15-18" or "19". */
  bandBelow(max: number): string;
  bandLabel(band: string): string;
  /** "04 xã", "17 xã" / "4 communes". */
  communeCount(n: number): string;
  consolidated(n: number): string;
  average(average: string): string;
  criterionHead(no: number): string;
  allAchieved(total: number): string;
  achieved(n: number, total: number, names: string): string;
  noneAchieved(total: number): string;
  notAchieved(n: number, total: number, names: string): string;
  nearlyLabel(maxMissing: number): string;
  nearlyItem(commune: string, names: string): string;
  /** The head of a commune's line: "Xã Tân Lập" / "Tân Lập commune". */
  communeHead(commune: string): string;
  notAchievedByLine(criterion: string, count: string, names: string): string;
  unitLead(unit: string): string;
  bandsError: { [K in BandsError["kind"]]: (e: ErrorOf<K>) => string };
  /** What bands must be; `example` the set's default bands, null when only the list's wording is checked. */
  bandsRule(total: number | null, example: string): string;
  bandsInvalid(what: string, rule: string): string;
  moreFiles(list: string, more: number): string;
  mixedGroup(count: number, setName: string, files: string): string;
  and: string;
  mixedSets(joined: string, how: "cli" | "pane"): string;
}

const span = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);

const VI: DistrictWords = {
  sheet: {
    title: (unit) => `BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CỦA CÁC XÃ${unit ? ` TRÊN ĐỊA BÀN ${upper(unit)}` : ""}`,
    subtitle: (set, province) => (set ? `(Theo ${set}${province ? `; tỉnh ${province}` : ""})` : province ? `(Tỉnh ${province})` : ""),
    tt: "TT",
    commune: "Tên xã",
    criteria: "Kết quả thực hiện các tiêu chí",
    criterion: (no) => `TC ${no}`,
    achieved: "Số tiêu chí đạt",
    band: "Nhóm",
    file: "Tệp",
    perCriterion: "Số xã đạt tiêu chí",
    figures: (unit) => (unit ? `SỐ LIỆU TỔNG HỢP CỦA ${upper(unit)}` : "SỐ LIỆU TỔNG HỢP"),
    count: "Số xã",
    names: "Tên các xã",
    average: "Bình quân tiêu chí đạt/xã",
    paragraph: "ĐOẠN VĂN ĐỂ DÁN VÀO BÁO CÁO",
    missing: "Tiêu chí chưa đạt",
    nearly: (max) => `XÃ GẦN ĐẠT CHUẨN (CÒN THIẾU KHÔNG QUÁ ${max} TIÊU CHÍ)`,
    nearlyNone: "Không có xã nào.",
    byCriterion: "CÁC XÃ CHƯA ĐẠT THEO TỪNG TIÊU CHÍ",
    criterionCol: "Tiêu chí",
    notAchievedCount: "Số xã chưa đạt",
    excluded: "CÁC TỆP KHÔNG ĐƯỢC TỔNG HỢP",
    bandShort,
  },
  bandBelow: (max) => `dưới ${max + 1}`,
  bandLabel: (band) => `Số xã đạt ${band} tiêu chí`,
  communeCount: (n) => `${n < 10 ? `0${n}` : n} xã`,
  consolidated: (n) => `Tổng số xã được tổng hợp: ${n} xã.`,
  average: (a) => `Bình quân đạt ${a} tiêu chí/xã.`,
  criterionHead: (no) => `Tiêu chí số ${no}`,
  allAchieved: (t) => `Đã đạt ${t}/${t} tiêu chí.`,
  achieved: (n, t, names) => `Đã đạt ${n}/${t} tiêu chí: ${names}.`,
  noneAchieved: (t) => `Chưa đạt tiêu chí nào (0/${t}).`,
  notAchieved: (n, t, names) => `Các tiêu chí chưa đạt ${n}/${t} tiêu chí: ${names}.`,
  nearlyLabel: (max) => `Xã gần đạt chuẩn (còn thiếu không quá ${max} tiêu chí)`,
  nearlyItem: (commune, names) => `${commune}: còn thiếu ${names}`,
  communeHead: (c) => `Xã ${c}`,
  notAchievedByLine: (criterion, count, names) => `${criterion}: ${count} chưa đạt (${names}).`,
  unitLead: (unit) => `Kết quả thực hiện các tiêu chí của các xã trên địa bàn ${unit}, cụ thể:`,
  bandsError: {
    empty: () => "chưa có nhóm nào",
    syntax: (e) => `“${e.part}” không phải một số hoặc một khoảng như “5-9”`,
    reversed: (e) => `“${e.part}”: số đầu phải nhỏ hơn số sau`,
    beyond: (e) => `“${e.part}” vượt quá ${e.total} tiêu chí của bộ`,
    overlap: (e) => `nhóm “${e.first}” và “${e.second}” chồng nhau`,
    gap: (e) => `không nhóm nào chứa ${span(e.from, e.to)} tiêu chí`,
  },
  bandsRule: (total, example) =>
    total === null
      ? "Viết các nhóm cách nhau bằng dấu phẩy, ví dụ “19,15-18,10-14,5-9,0-4”."
      : `Các nhóm phải phủ kín từ 0 đến ${total} tiêu chí, không chồng nhau, ví dụ “${example}”.`,
  bandsInvalid: (what, rule) => `Các nhóm số tiêu chí chưa hợp lệ: ${what}. ${rule}`,
  moreFiles: (list, more) => `${list} và ${more} tệp khác`,
  mixedGroup: (count, setName, files) => `${count} tệp theo ${setName} (${files})`,
  and: " và ",
  mixedSets: (joined, how) => `Không gộp được: ${joined}. Gộp riêng từng bộ, hoặc ${how === "cli" ? "chỉ rõ --set" : "chọn bộ tiêu chí trong phần thiết lập"}.`,
};

const EN: DistrictWords = {
  sheet: {
    title: (unit) => `SUMMARY OF COMMUNES' RESULTS AGAINST THE NEW RURAL COMMUNE CRITERIA${unit ? `: ${upper(unit)}` : ""}`,
    subtitle: (set, province) => (set ? `(Under ${set}${province ? `; ${province} province` : ""})` : province ? `(${province} province)` : ""),
    tt: "No.",
    commune: "Commune",
    criteria: "Criteria",
    criterion: (no) => `C${no}`,
    achieved: "Criteria achieved",
    band: "Band",
    file: "File",
    perCriterion: "Communes achieving it",
    figures: (unit) => (unit ? `CONSOLIDATED FIGURES: ${upper(unit)}` : "CONSOLIDATED FIGURES"),
    count: "Communes",
    names: "Names",
    average: "Average criteria per commune",
    paragraph: "TEXT FOR THE REPORT",
    missing: "Criteria not achieved",
    nearly: (max) => `COMMUNES CLOSE TO THE STANDARD (AT MOST ${max} CRITERIA MISSING)`,
    nearlyNone: "None.",
    byCriterion: "COMMUNES NOT ACHIEVING EACH CRITERION",
    criterionCol: "Criterion",
    notAchievedCount: "Communes not achieving it",
    excluded: "FILES NOT CONSOLIDATED",
    bandShort,
  },
  bandBelow: (max) => `fewer than ${max + 1}`,
  bandLabel: (band) => `Communes achieving ${band} criteria`,
  communeCount: (n) => `${n} ${n === 1 ? "commune" : "communes"}`,
  consolidated: (n) => `Communes consolidated: ${n}.`,
  average: (a) => `Average: ${a} criteria per commune.`,
  criterionHead: (no) => `Criterion ${no}`,
  allAchieved: (t) => `Achieved ${t}/${t} criteria.`,
  achieved: (n, t, names) => `Achieved ${n}/${t} criteria: ${names}.`,
  noneAchieved: (t) => `No criterion achieved (0/${t}).`,
  notAchieved: (n, t, names) => `Not achieved ${n}/${t} criteria: ${names}.`,
  nearlyLabel: (max) => `Communes close to the standard (at most ${max} criteria missing)`,
  nearlyItem: (commune, names) => `${commune}: missing ${names}`,
  communeHead: (c) => `${c} commune`,
  notAchievedByLine: (criterion, count, names) => `${criterion}: not achieved by ${count} (${names}).`,
  unitLead: (unit) => `Results of the communes of ${unit} against the criteria:`,
  bandsError: {
    empty: () => "no band given",
    syntax: (e) => `“${e.part}” is neither a number nor a range such as “5-9”`,
    reversed: (e) => `“${e.part}”: the first number must be the smaller`,
    beyond: (e) => `“${e.part}” goes beyond the set's ${e.total} criteria`,
    overlap: (e) => `bands “${e.first}” and “${e.second}” overlap`,
    gap: (e) => `no band holds ${span(e.from, e.to)} criteria`,
  },
  bandsRule: (total, example) =>
    total === null ? "Write the bands separated by commas, e.g. “19,15-18,10-14,5-9,0-4”." : `The bands must cover 0 to ${total} criteria with no gap or overlap, e.g. “${example}”.`,
  bandsInvalid: (what, rule) => `The criteria bands are not valid: ${what}. ${rule}`,
  moreFiles: (list, more) => `${list} and ${more} more`,
  mixedGroup: (count, setName, files) => `${count} ${count === 1 ? "file" : "files"} judged with ${setName} (${files})`,
  and: " and ",
  mixedSets: (joined, how) => `Cannot consolidate: ${joined}. Consolidate each set separately, or ${how === "cli" ? "name the set with --set" : "choose the criteria set in the settings"}.`,
};

export const DISTRICT_WORDS: Record<Lang, DistrictWords> = { vi: VI, en: EN };
