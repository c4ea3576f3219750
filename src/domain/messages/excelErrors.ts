import type { Lang } from "./Lang";

/** What each of Excel's formula errors means, in the words of its help pages. */
const MEANING: Record<Lang, Record<string, string>> = {
  vi: {
    "#DIV/0!": "chia cho 0: mẫu số trống hoặc bằng 0",
    "#REF!": "công thức tham chiếu đến ô hoặc trang tính đã bị xóa",
    "#N/A": "công thức không tìm thấy giá trị cần tra",
    "#VALUE!": "công thức dùng sai kiểu dữ liệu (chữ ở chỗ cần số)",
    "#NAME?": "công thức có tên hàm hoặc tên vùng không đúng",
    "#NUM!": "công thức cho một số không hợp lệ",
    "#NULL!": "hai vùng trong công thức không giao nhau",
    "#SPILL!": "kết quả công thức bị các ô bên cạnh chắn",
    "#CALC!": "Excel không tính được công thức",
  },
  en: {
    "#DIV/0!": "a division by zero: the denominator is empty or 0",
    "#REF!": "the formula refers to a cell or sheet that was deleted",
    "#N/A": "the formula did not find the value it looks up",
    "#VALUE!": "the formula uses the wrong type of value (text where a number is needed)",
    "#NAME?": "the formula names a function or range that does not exist",
    "#NUM!": "the formula gives an invalid number",
    "#NULL!": "two ranges in the formula do not intersect",
    "#SPILL!": "the formula's result is blocked by the cells beside it",
    "#CALC!": "Excel cannot calculate the formula",
  },
};

/** "#DIV/0! (chia cho 0: mẫu số trống hoặc bằng 0)"; the code alone for errors without a meaning here. */
export function excelErrorText(error: string, lang: Lang): string {
  const meaning = MEANING[lang][error];
  return meaning ? `${error} (${meaning})` : error;
}
