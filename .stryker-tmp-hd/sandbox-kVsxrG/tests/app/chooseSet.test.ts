// @ts-nocheck
import { judgeGrid, CheckOptionsError } from "../../src/app/judgeWorkbook";
import type { CheckOptions } from "../../src/domain/evaluation/context";
import type { CommuneResult, IndicatorResult } from "../../src/domain/evaluation/CommuneResult";
import { setFromTitles } from "../../src/domain/definitions/chooseSet";
import { listSets } from "../../src/domain/definitions/builtIn";
import { reasonText, setConflictText, setReasonText } from "../../src/domain/messages";
import type { WorkbookGrid } from "../../src/domain/grid/Grid";
import { sheet } from "../fixtures/grid";

const OPTIONS: CheckOptions = { setId: null, province: null, region: null, disadvantaged: false, overlayJson: null };

function judge(grid: WorkbookGrid, extra: Partial<CheckOptions> = {}): CommuneResult {
  return judgeGrid(grid, { ...OPTIONS, ...extra }).result;
}

function ind(r: CommuneResult, code: string): IndicatorResult {
  const found = r.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
}

// A 2026–2030 form with group sub-columns, as the provinces hand them out.
const GROUP_HEADER = [
  ["TT", "Tên tiêu chí, nội dung chỉ tiêu", "Chỉ tiêu theo nhóm xã", null, null, "Kết quả thực hiện", "Tự đánh giá"],
  [null, null, "Nhóm 1", "Nhóm 2", "Nhóm 3", null, null],
];
const ROWS_2026 = [
  ["1", "Quy hoạch", null, null, null, null, "Đạt"],
  ["1.1", "Có quy hoạch chung xã được phê duyệt", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
  ["2", "Hạ tầng kinh tế - xã hội", null, null, null, null, null],
  ["2.1", "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "≥ 99%", "≥ 98%", "≥ 95%", "98,5%", "Đạt"],
  ["3", "Phát triển kinh tế nông thôn", null, null, null, null, null],
  ["3.1", "Thu nhập bình quân đầu người", "≥ 75 triệu đồng", "≥ 65 triệu đồng", "≥ 55 triệu đồng", "62 triệu", "Chưa đạt"],
  ["4", "Đào tạo nguồn nhân lực nông thôn", null, null, null, null, null],
  ["4.1", "Tỷ lệ lao động qua đào tạo", "≥ 80%", "≥ 75%", "≥ 65%", "76%", "Đạt"],
  ["5", "Văn hóa, giáo dục, y tế", null, null, null, null, null],
  ["6", "Giảm nghèo và an sinh xã hội", null, null, null, null, null],
  ["7", "Khoa học công nghệ và chuyển đổi số", null, null, null, null, null],
  ["8", "Môi trường và cảnh quan nông thôn", null, null, null, null, null],
  ["9", "Xây dựng hệ thống chính trị và hành chính công", null, null, null, null, null],
  ["10", "Tiếp cận pháp luật và an ninh, quốc phòng", null, null, null, null, null],
  ["10.1", "Xã đạt chuẩn tiếp cận pháp luật", "Đạt", "Đạt", "Đạt", "Đạt", "Đạt"],
];

function form2026(title: string | null, header = GROUP_HEADER, rows = ROWS_2026): WorkbookGrid {
  const top = title ? [["UBND XÃ MINH HÒA"], [title], []] : [];
  return { sheets: [sheet("Biểu 2026", [...top, ...header, ...rows])] };
}

describe("the 2026–2030 set, from a form with commune-group sub-columns", () => {
  const title = "BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030 (xã nhóm 2)";

  it("is chosen by the title's period, the group read from the title, each indicator judged against its group's column", () => {
    const r = judge(form2026(title));
    expect(r).toMatchObject({ setId: "xa-ntm-2026-2030", criteriaTotal: 10, region: "nhom-2", grouping: "group", setReason: { by: "title" } });
    expect(ind(r, "2.1")).toMatchObject({ verdict: "achieved", definedBy: "sheet", threshold: { origin: "sheet", region: "nhom-2", rule: { kind: "atLeast", value: 98 } } });
    // "62 triệu" against criterion 3's own income threshold, never against a 2021–2025 percentage.
    expect(ind(r, "3.1")).toMatchObject({ verdict: "not_achieved", name: "Thu nhập bình quân đầu người" });
    expect(ind(r, "4.1").verdict).toBe("achieved");
    expect(r.criteria.map((c) => c.name)[1]).toBe("Hạ tầng kinh tế - xã hội");
    // Criteria with no indicator row are not assessed, not achieved.
    expect(r.criteria.find((c) => c.no === 5)?.verdict).toBe("not_assessed");
    expect(r.criteriaAchieved).toBe(4); // 1, 2, 4, 10
    expect(setReasonText(r, "vi")).toContain("tiêu đề ghi “BIỂU TỰ ĐÁNH GIÁ");
    expect(setReasonText(r, "en")).toContain("Judged with National criteria for new rural communes, 2026–2030: the title says");
    expect(reasonText(ind(r, "3.1"), "vi")).toContain("Nhóm xã: Nhóm 2");
  });

  it("--group wins over the title's group", () => {
    const r = judge(form2026(title), { group: "1" });
    expect(r.region).toBe("nhom-1");
    expect(ind(r, "2.1").verdict).toBe("not_achieved"); // 98,5% < 99%
    expect(ind(r, "4.1").verdict).toBe("not_achieved"); // 76% < 80%
  });

  it("with no group known, group-dependent thresholds are not judged, and say why", () => {
    const r = judge(form2026("BIỂU TỰ ĐÁNH GIÁ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026 - 2030"));
    expect(r.region).toBeNull();
    const income = ind(r, "3.1");
    expect(income.verdict).toBe("not_assessed");
    expect(income.reason).toMatchObject({ code: "unknown-threshold", unknown: { why: "group-unknown" } });
    expect(reasonText(income, "vi")).toBe("Mức chuẩn ghi theo nhóm xã, chưa biết xã thuộc nhóm nào (chọn nhóm 1, 2 hoặc 3): chưa đánh giá.");
    expect(reasonText(income, "en")).toContain("choose group 1, 2 or 3");
    // The same threshold in every group's column does not depend on the group: judged.
    expect(ind(r, "1.1").verdict).toBe("achieved");
  });

  it("a bad --group is a usage problem, not a silent default", () => {
    expect(() => judge(form2026(title), { group: "4" })).toThrow(CheckOptionsError);
  });

  it("a single threshold column is the sheet's threshold for every group", () => {
    const header = [["TT", "Nội dung chỉ tiêu", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện", "Tự đánh giá"]];
    const rows = ROWS_2026.map((r) => [r[0], r[1], r[3], r[5], r[6]]);
    const r = judge(form2026("Kết quả tự đánh giá tiêu chí nông thôn mới năm 2026", header, rows));
    expect(r).toMatchObject({ setId: "xa-ntm-2026-2030", setReason: { by: "year", year: 2026 } });
    expect(ind(r, "2.1")).toMatchObject({ verdict: "achieved", threshold: { origin: "sheet" } });
    expect(ind(r, "3.1").verdict).toBe("not_achieved");
  });

  it("without a title, the criteria's names tell the set", () => {
    const r = judge(form2026(null));
    expect(r).toMatchObject({ setId: "xa-ntm-2026-2030", setReason: { by: "criteria", of: 10 } });
    expect((r.setReason as { matched: number }).matched).toBeGreaterThanOrEqual(9);
  });

  it("--set wins over the workbook, and says so", () => {
    const r = judge(form2026(title), { setId: "xa-ntm-2021-2025" });
    expect(r).toMatchObject({ setId: "xa-ntm-2021-2025", criteriaTotal: 19, setReason: { by: "explicit" } });
  });
});

describe("set detection from titles", () => {
  const sets = listSets();
  const at = (text: string) => [{ text, ref: null }];
  const id = (text: string) => {
    const t = setFromTitles(at(text), sets);
    return t === null ? null : "set" in t ? t.set.id : "sheet";
  };

  it.each([
    ["BIỂU TỰ ĐÁNH GIÁ … GIAI ĐOẠN 2026 - 2030 (xã nhóm 2)", "xa-ntm-2026-2030"],
    ["Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025", "xa-ntm-2021-2025"],
    ["Kết quả thực hiện tiêu chí NTM 6 tháng đầu năm 2027", "xa-ntm-2026-2030"],
    ["SỐ LIỆU CÁC CHỈ TIÊU NÔNG THÔN MỚI NĂM 2024", "xa-ntm-2021-2025"],
    ["BIỂU TỰ ĐÁNH GIÁ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2024", "xa-ntm-nang-cao-2021-2025"],
    ["Xã nông thôn mới nâng cao giai đoạn 2021 - 2025", "xa-ntm-nang-cao-2021-2025"],
    ["BẢNG TỰ ĐÁNH GIÁ THÔN ĐẠT CHUẨN NÔNG THÔN MỚI", "sheet"],
    ["Xã nông thôn mới kiểu mẫu năm 2024", "sheet"],
    ["UBND XÃ LIÊN SƠN", null],
    // A date is not a report year.
    ["Lạng Sơn, ngày 15 tháng 3 năm 2026", null],
  ])("%s → %s", (text, expected) => {
    expect(id(text)).toBe(expected);
  });
});

describe("sets whose indicators the sheet defines", () => {
  it("nâng cao: 15.3 is not the commune set's stunting rate; with no threshold in the sheet it is not judged", () => {
    const grid = {
      sheets: [
        sheet("NC", [
          ["BIỂU TỰ ĐÁNH GIÁ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2024"],
          ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
          ["15", "Hành chính công", null, null],
          ["15.3", "Giải quyết thủ tục hành chính đúng hạn", null, "17,72%"],
          ["15.1", "Có mô hình điển hình về cải cách hành chính", "Đạt", "Đạt"],
        ]),
      ],
    };
    const r = judge(grid);
    expect(r).toMatchObject({ setId: "xa-ntm-nang-cao-2021-2025", criteriaTotal: 19 });
    expect(r.criteria.find((c) => c.no === 15)?.name).toBe("Hành chính công");
    expect(ind(r, "15.3")).toMatchObject({ verdict: "not_assessed", reason: { code: "unknown-threshold", unknown: { why: "not-in-sheet" } } });
    expect(reasonText(ind(r, "15.3"), "vi")).toBe("Biểu không ghi mức chuẩn cho chỉ tiêu này: chưa đánh giá.");
    expect(ind(r, "15.1").verdict).toBe("achieved");
  });

  it("a village checklist of 15 criteria is judged as its own set: 15/15, never the 19 commune criteria", () => {
    const names = ["Giao thông", "Điện", "Nhà văn hóa và khu thể thao thôn", "Thông tin và truyền thông", "Nhà ở dân cư", "Thu nhập", "Hộ nghèo", "Lao động có việc làm", "Tổ chức sản xuất", "Giáo dục", "Y tế", "Văn hóa", "Môi trường", "Hệ thống chính trị", "An ninh trật tự"];
    const rows: (string | null)[][] = [["BẢNG TỰ ĐÁNH GIÁ THÔN ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2024"], ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"]];
    names.forEach((n, k) => {
      rows.push([String(k + 1), n, null, null]);
      rows.push([`${k + 1}.1`, `Chỉ tiêu của tiêu chí ${n.toLowerCase()}`, "≥ 80%", k === 14 ? "70%" : "90%"]);
    });
    const r = judge({ sheets: [sheet("Thôn Nà Pàn", rows)] });
    expect(r).toMatchObject({ setId: "sheet-defined", criteriaTotal: 15, criteriaAchieved: 14, setReason: { by: "sheet", criteria: 15 } });
    expect(r.criteria[2].name).toBe("Nhà văn hóa và khu thể thao thôn");
    expect(setReasonText(r, "vi")).toContain("đánh giá theo 15 tiêu chí và mức chuẩn ghi trong chính bảng");
  });

  it("in the 2021–2025 set, a code it does not list is judged against the sheet's threshold and reported, not dropped", () => {
    const grid = {
      sheets: [
        sheet("S", [
          ["SỐ LIỆU NĂM 2024"],
          ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
          ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%"],
          ["4.3", "Tỷ lệ hộ dùng điện mặt trời (chỉ tiêu của tỉnh)", "≥ 10%", "8%"],
        ]),
      ],
    };
    const r = judge(grid);
    expect(ind(r, "4.3")).toMatchObject({ verdict: "not_achieved", definedBy: "sheet", name: "Tỷ lệ hộ dùng điện mặt trời (chỉ tiêu của tỉnh)" });
    expect(r.findings.map((f) => f.code)).toContain("indicator/sheet-defined");
    expect(r.criteria.find((c) => c.no === 4)?.verdict).toBe("not_achieved");
  });
});

describe("the choice is never silent", () => {
  it("no title, no criterion names: the default set, said as such", () => {
    const grid = { sheets: [sheet("S", [["TT", "Nội dung", "Kết quả thực hiện"], ["4.2", "Điện", "99%"]])] };
    const r = judge(grid);
    expect(r).toMatchObject({ setId: "xa-ntm-2021-2025", setReason: { by: "default" } });
    expect(setReasonText(r, "vi")).toContain("hãy chọn bộ tiêu chí (mục “Bộ tiêu chí” trong Thiết lập, hoặc --set ở dòng lệnh)");
  });

  it("a title for one set over criteria named as another's: judged by the title, the other reading said", () => {
    const rows = [
      ["BIỂU ĐÁNH GIÁ GIAI ĐOẠN 2026 - 2030"],
      ["TT", "Nội dung", "Kết quả thực hiện"],
      ["2", "Giao thông", null],
      ["3", "Thủy lợi và phòng, chống thiên tai", null],
      ["4", "Điện", null],
      ["5", "Trường học", null],
      ["4.2", "Tỷ lệ hộ sử dụng điện", "99%"],
    ];
    const r = judge({ sheets: [sheet("S", rows)] });
    expect(r.setId).toBe("xa-ntm-2026-2030");
    expect(r.setConflict).toMatchObject({ setId: "xa-ntm-2021-2025" });
    expect(setConflictText(r, "vi")).toContain("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025");
  });
});

describe("a report year is the weakest sign", () => {
  it("an old 19-criteria form filled in 2026 is judged by its criteria, and the year is told", () => {
    const rows = [
      ["KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2026"],
      ["TT", "Nội dung", "Chỉ tiêu đạt chuẩn", "Kết quả thực hiện"],
      ["2", "Giao thông", null, null],
      ["3", "Thủy lợi và phòng, chống thiên tai", null, null],
      ["4", "Điện", null, null],
      ["4.2", "Tỷ lệ hộ sử dụng điện", "≥ 95%", "99%"],
      ["5", "Trường học", null, null],
      ["17", "Môi trường và an toàn thực phẩm", null, null],
      ["17.1", "Tỷ lệ hộ được sử dụng nước sạch", "≥ 60%", "70%"],
    ];
    const r = judge({ sheets: [sheet("S", rows)] });
    expect(r).toMatchObject({ setId: "xa-ntm-2021-2025", criteriaTotal: 19, setReason: { by: "criteria" }, setConflict: { setId: "xa-ntm-2026-2030", reason: { by: "year", year: 2026 } } });
    expect(ind(r, "17.1").verdict).toBe("achieved");
    expect(setConflictText(r, "vi")).toContain("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030");
  });

  it("a 2026 form with the new criteria's names stays with the year's set", () => {
    const r = judge(form2026("Kết quả thực hiện các tiêu chí nông thôn mới năm 2026"));
    expect(r).toMatchObject({ setId: "xa-ntm-2026-2030", setReason: { by: "year" }, setConflict: null });
  });
});
