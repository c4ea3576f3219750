import { limitText } from "../messages/fileLimits";
import { formatNumber, type Lang } from "../definitions/catalogue";
import type { Band, DistrictFigures, ExcludedFile } from "./consolidate";
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

/** Why a file was left out, for users; names the file's commune and the file counted for duplicates. */
export function excludedText(x: ExcludedFile, lang: Lang): string {
  const vi = lang === "vi";
  switch (x.reason) {
    case "encrypted":
      return vi ? "Tệp được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại." : "The file is password-protected: open it in Excel, remove the password and save it.";
    case "corrupt":
      return vi ? "Tệp bị hỏng hoặc không đầy đủ: không đọc được." : "The file is damaged or incomplete: it cannot be read.";
    case "not-a-workbook":
      return vi ? "Không phải tệp Excel (.xlsx hoặc .xls)." : "Not an Excel file (.xlsx or .xls).";
    case "no-table":
      return vi
        ? "Không tìm thấy bảng chỉ tiêu nông thôn mới trong tệp (cần cột mã chỉ tiêu và cột kết quả thực hiện)."
        : "No NTM indicator table found in the file (it needs an indicator code column and a current-figure column).";
    case "unreadable":
      if (x.detail === "ENOENT") return vi ? "Không tìm thấy tệp hoặc thư mục này." : "No such file or folder.";
      return vi ? `Không mở được tệp${x.detail ? ` (${x.detail})` : ""}.` : `Cannot open the file${x.detail ? ` (${x.detail})` : ""}.`;
    case "failed":
      return vi
        ? `Lỗi của chương trình khi kiểm tra tệp này${x.detail ? ` (${x.detail})` : ""}; các tệp khác vẫn được tổng hợp. Xin báo lỗi kèm tệp.`
        : `The checker failed on this file${x.detail ? ` (${x.detail})` : ""}; the other files are still consolidated. Please report it with the file.`;
    case "too-large":
      return x.limit ? limitText(x.limit, lang) : vi ? "Tệp quá lớn hoặc bất thường." : "File too large or abnormal.";
    case "duplicate":
      return vi
        ? `Trùng xã ${x.commune ?? ""} với tệp “${x.keptFile ?? ""}”: chỉ tính một lần (theo tệp kia).`
        : `Same commune (${x.commune ?? ""}) as “${x.keptFile ?? ""}”: counted once (from that file).`;
  }
}
