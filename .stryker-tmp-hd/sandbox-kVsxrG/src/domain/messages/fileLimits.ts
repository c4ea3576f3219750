// @ts-nocheck
import type { Lang } from "./Lang";
import type { FileLimit } from "../problems/Problem";

/** A workbook refused before it is opened (see FileLimit in problems/Problem). */
export type LimitProblem = FileLimit;

const MB = 1_000_000;

function mb(bytes: number, lang: Lang): string {
  const v = bytes / MB;
  const s = v >= 10 ? String(Math.round(v)) : v >= 1 ? v.toFixed(1) : v.toFixed(2);
  return `${lang === "vi" ? s.replace(".", ",") : s} MB`;
}

/**
 * The words for a refused file, starting "Tệp quá lớn hoặc bất thường". `file` is named when
 * given; `raise` adds how to raise the limit (the command line's --max-size).
 */
export function limitText(p: LimitProblem, lang: Lang, file?: string, raise = false): string {
  const vi = lang === "vi";
  const part = p.part ? (vi ? ` phần “${p.part}”` : ` part “${p.part}”`) : "";
  const named = file ? (vi ? ` “${file}”` : ` “${file}”`) : "";
  let what: string;
  switch (p.kind) {
    case "file":
      what = vi ? `tệp nặng ${mb(p.actual, lang)}, quá giới hạn ${mb(p.limit, lang)}` : `the file is ${mb(p.actual, lang)}, over the ${mb(p.limit, lang)} limit`;
      break;
    case "total":
      what = vi ? `giải nén ra ${mb(p.actual, lang)}, quá giới hạn ${mb(p.limit, lang)} cho cả tệp` : `it inflates to ${mb(p.actual, lang)}, over the ${mb(p.limit, lang)} limit for the whole file`;
      break;
    case "part":
      what = vi ? `${part.trim()} giải nén ra ${mb(p.actual, lang)}, quá giới hạn ${mb(p.limit, lang)} cho một phần` : `${part.trim()} inflates to ${mb(p.actual, lang)}, over the ${mb(p.limit, lang)} limit per part`;
      break;
    case "ratio":
      what = vi
        ? `${part.trim()} nén ${Math.round(p.actual)} lần, quá giới hạn ${p.limit} lần (bảng tính thật không nén được như vậy)`
        : `${part.trim()} is compressed ${Math.round(p.actual)}:1, over the ${p.limit}:1 limit (real spreadsheets do not compress like that)`;
      break;
    case "entries":
      what = vi ? `có ${p.actual} phần, quá giới hạn ${p.limit} phần` : `it has ${p.actual} parts, over the ${p.limit} limit`;
      break;
    case "inflate":
      what = vi ? `${part.trim()} giải nén ra nhiều hơn kích thước ghi trong tệp (${mb(p.limit, lang)})` : `${part.trim()} inflates to more than the size the file declares (${mb(p.limit, lang)})`;
      break;
    case "doctype":
      what = vi ? `${part.trim()} có khai báo DOCTYPE/ENTITY, điều tệp Excel thật không bao giờ có` : `${part.trim()} declares a DOCTYPE/ENTITY, which a real Excel file never does`;
      break;
  }
  const hint = raise && p.kind !== "inflate" && p.kind !== "doctype" ? (vi ? " Nếu tệp đúng là của bạn, dùng --max-size <MB> để nâng giới hạn." : " If the file is genuinely yours, use --max-size <MB> to raise the limit.") : "";
  return vi ? `Tệp quá lớn hoặc bất thường${named}: ${what}.${hint}` : `File too large or abnormal${named}: ${what}.${hint}`;
}
