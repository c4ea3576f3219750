// @ts-nocheck
import { bandLabel, bandWords, excludedProblem, excludedText, formatAverage } from "../../../src/domain/district/districtText";
import type { ExcludedFile } from "../../../src/domain/district/consolidate";

describe("files left out, as problems about the file", () => {
  it.each<[ExcludedFile, string, string, string]>([
    [{ file: "a.xlsx", reason: "encrypted" }, "file/encrypted", "Tệp được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.", "The file is password-protected: open it in Excel, remove the password and save it."],
    [{ file: "a.xlsx", reason: "corrupt" }, "file/corrupt", "Tệp bị hỏng hoặc không đầy đủ: không đọc được.", "The file is damaged or incomplete: it cannot be read."],
    [{ file: "a.pdf", reason: "not-a-workbook" }, "file/not-a-workbook", "Không phải tệp Excel (.xlsx hoặc .xls).", "Not an Excel file (.xlsx or .xls)."],
    [{ file: "can-bo.xlsx", reason: "no-table" }, "file/no-table", "Không tìm thấy bảng chỉ tiêu nông thôn mới trong tệp (cần cột mã chỉ tiêu và cột kết quả thực hiện).", "No NTM indicator table found in the file (it needs an indicator code column and a current-figure column)."],
    [{ file: "x", reason: "unreadable", detail: "ENOENT" }, "file/unreadable", "Không tìm thấy tệp hoặc thư mục này.", "No such file or folder."],
    [{ file: "x", reason: "unreadable", detail: "EACCES" }, "file/unreadable", "Không mở được tệp (EACCES).", "Cannot open the file (EACCES)."],
    [{ file: "x", reason: "unreadable" }, "file/unreadable", "Không mở được tệp.", "Cannot open the file."],
    [{ file: "x", reason: "failed", detail: "RangeError" }, "file/check-failed", "Lỗi của chương trình khi kiểm tra tệp này (RangeError); các tệp khác vẫn được tổng hợp. Xin báo lỗi kèm tệp.", "The checker failed on this file (RangeError); the other files are still consolidated. Please report it with the file."],
    [{ file: "b.xlsx", reason: "duplicate", commune: "Tân Hương", keptFile: "a.xlsx" }, "file/duplicate", "Trùng xã Tân Hương với tệp “a.xlsx”: chỉ tính một lần (theo tệp kia).", "Same commune (Tân Hương) as “a.xlsx”: counted once (from that file)."],
  ])("%j", (x, code, vi, en) => {
    const p = excludedProblem(x);
    expect(p.code).toBe(code);
    expect(p.at).toEqual({ file: x.file });
    expect(excludedText(x, "vi")).toBe(vi);
    expect(excludedText(x, "en")).toBe(en);
  });

  it("the typed parameters carry the detail, the commune and the file kept", () => {
    expect(excludedProblem({ file: "b.xlsx", reason: "duplicate", commune: "Tân Hương", keptFile: "a.xlsx" }).params).toEqual({ commune: "Tân Hương", keptFile: "a.xlsx" });
    expect(excludedProblem({ file: "x", reason: "failed" }).params).toEqual({ detail: null });
    expect(excludedProblem({ file: "x", reason: "unreadable", detail: "EISDIR" }).params).toEqual({ detail: "EISDIR" });
  });
});

describe("bands and the average as the notices write them", () => {
  it("band words and labels", () => {
    expect(bandWords({ min: 19, max: 19 }, "vi")).toBe("19");
    expect(bandWords({ min: 15, max: 18 }, "vi")).toBe("15-18");
    expect(bandWords({ min: 0, max: 4 }, "vi")).toBe("dưới 5");
    expect(bandWords({ min: 0, max: 4 }, "en")).toBe("fewer than 5");
    expect(bandWords({ min: 0, max: 0 }, "vi")).toBe("0");
    expect(bandLabel({ min: 10, max: 14 }, "vi")).toBe("Số xã đạt 10-14 tiêu chí");
    expect(bandLabel({ min: 10, max: 14 }, "en")).toBe("Communes achieving 10-14 criteria");
  });

  it("the average always has two decimals", () => {
    expect(formatAverage(14, "vi")).toBe("14,00");
    expect(formatAverage(14.5, "en")).toBe("14.50");
    expect(formatAverage(243 / 17, "vi")).toBe("14,29");
    expect(formatAverage(1234.5, "vi")).toBe("1.234,50");
  });
});
