/**
 * A seeded generator of 2026–2030 self-assessment forms (Decision 51/2025/QĐ-TTg: 10 criteria, the
 * indicators and thresholds the form's own), laid out the ways provinces hand them out. Each comes
 * with the verdict a right check must give every indicator, computed here from the generator's own
 * figures and thresholds, and the group (or none) the check should use.
 */
// @ts-nocheck

import type { CellInput } from "../../src/domain/figures/Figure";
import type { GridCell, Merge, SheetGrid, WorkbookGrid } from "../../src/domain/grid/Grid";
import type { Verdict } from "../../src/domain/evaluation/Verdict";
import { getSet } from "../../src/domain/definitions/builtIn";
import { rng } from "./layoutGenerator";

const SET = getSet("xa-ntm-2026-2030")!;

export interface Form2026Layout {
  /** What the title says: period and group, period only, a year, or nothing (the criteria's names tell). */
  title: "periodGroup" | "period" | "year" | "none";
  criterionRows: "heading" | "numberName" | "upper";
  threshold: "groups" | "single" | "singleForGroup";
  codeStyle: "plain" | "dot" | "said";
  stt: boolean;
  self: boolean;
  notes: boolean;
  sheets: 1 | 2;
  numbers: boolean;
  nfd: boolean;
  /** The group is given as an option (--group) rather than by the title. */
  groupOption: boolean;
}

export interface ExpectedVerdict {
  code: string;
  verdict: Verdict;
}

export interface Generated2026 {
  seed: number;
  layout: Form2026Layout;
  grid: WorkbookGrid;
  /** The group the check is given (null when the title names it or nobody does). */
  groupOption: string | null;
  /** The group that should be used, or null when none is known. */
  group: string | null;
  expected: ExpectedVerdict[];
  achieved: number;
}

type Kind = "percent" | "lowPercent" | "yesNo" | "amount";
interface Ind {
  code: string;
  name: string;
  kind: Kind;
  /** Thresholds of groups 1, 2, 3 (the form's own), as numbers (percent, or million đồng); null for yes/no. */
  byGroup: [number, number, number] | null;
}


const NAMES: Record<Kind, string[]> = {
  percent: ["Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "Tỷ lệ lao động qua đào tạo", "Tỷ lệ người dân tham gia bảo hiểm y tế", "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn", "Tỷ lệ chất thải rắn được thu gom, xử lý"],
  lowPercent: ["Tỷ lệ hộ nghèo đa chiều", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi"],
  yesNo: ["Có quy hoạch chung xã được phê duyệt", "Xã đạt chuẩn tiếp cận pháp luật", "Xã có hợp tác xã hoạt động hiệu quả", "Cán bộ, công chức xã đạt chuẩn"],
  amount: ["Thu nhập bình quân đầu người (triệu đồng/người/năm)"],
};

export function generate2026(seed: number): Generated2026 {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number): boolean => r() < p;
  const layout: Form2026Layout = {
    title: pick(["periodGroup", "periodGroup", "period", "year", "none"] as const),
    criterionRows: pick(["heading", "numberName", "upper"] as const),
    threshold: pick(["groups", "groups", "single", "singleForGroup"] as const),
    codeStyle: pick(["plain", "dot", "said"] as const),
    stt: chance(0.4),
    self: chance(0.7),
    notes: chance(0.4),
    sheets: pick([1, 1, 2] as const),
    numbers: chance(0.4),
    nfd: chance(0.2),
    groupOption: false,
  };
  layout.groupOption = layout.title !== "periodGroup" && chance(0.5);
  const text = (s: string): string => (layout.nfd ? s.normalize("NFD") : s);
  const groupNo = 1 + Math.floor(r() * 3);
  const titleGroup = layout.title === "periodGroup" ? groupNo : null;
  const optionGroup = layout.groupOption ? groupNo : null;
  const known = titleGroup ?? optionGroup ?? (layout.threshold === "singleForGroup" ? groupNo : null);
  const gi = groupNo - 1;

  // Indicators: 1–3 per criterion, kinds mixed, thresholds per group (group 1 strictest).
  const criteria = SET.criteria.map((c) => {
    const n = 1 + Math.floor(r() * 3);
    const inds: Ind[] = [];
    for (let k = 1; k <= n; k++) {
      const kind = pick(["percent", "percent", "lowPercent", "yesNo", "yesNo", "amount"] as const);
      const base = kind === "percent" ? 70 + Math.floor(r() * 20) : kind === "lowPercent" ? 1 + Math.floor(r() * 4) : kind === "amount" ? 50 + Math.floor(r() * 20) : 0;
      const same = chance(0.2);
      const byGroup: Ind["byGroup"] =
        kind === "yesNo" ? null : kind === "lowPercent" ? (same ? [base, base, base] : [base, base + 1, base + 2]) : same ? [base, base, base] : [base + 10, base + 5, base];
      inds.push({ code: `${c.no}.${k}`, name: pick(NAMES[kind]), kind, byGroup });
    }
    return { no: c.no, name: c.name, inds };
  });

  const ruleText = (ind: Ind, g: number): string => {
    if (!ind.byGroup) return "Đạt";
    const v = ind.byGroup[g];
    if (ind.kind === "lowPercent") return pick([`≤ ${v}%`, `Tối đa ${v}%`]);
    if (ind.kind === "amount") return `≥ ${v} triệu đồng`;
    return pick([`≥ ${v}%`, `Từ ${v}% trở lên`]);
  };

  let col = 0;
  const cols = {
    stt: layout.stt ? col++ : -1,
    code: col++,
    name: col++,
    groups: layout.threshold === "groups" ? [col++, col++, col++] : [],
    single: layout.threshold !== "groups" ? col++ : -1,
    figure: col++,
    self: layout.self ? col++ : -1,
    note: layout.notes ? col++ : -1,
  };
  const width = col;
  const expected: ExpectedVerdict[] = [];
  const sheets: SheetGrid[] = [];
  const halves = layout.sheets === 1 ? [criteria] : [criteria.slice(0, 5), criteria.slice(5)];
  let achieved = 0;

  halves.forEach((part, s) => {
    const rows: GridCell[][] = [];
    const merges: Merge[] = [];
    const blank = (): GridCell[] => Array.from({ length: width }, () => null);
    const put = (row: GridCell[], c: number, v: CellInput | string | number | null): void => {
      if (c < 0 || v === null) return;
      row[c] = typeof v === "object" ? v : { value: typeof v === "string" ? text(v) : v };
    };
    if (s === 0 && layout.title !== "none") {
      const a = blank();
      put(a, 0, `UBND XÃ ${pick(["MINH HÒA", "TÂN LẬP", "HỒNG PHONG", "NÀ PÀN"])}`);
      const b = blank();
      const period = pick(["GIAI ĐOẠN 2026 - 2030", "giai đoạn 2026-2030", "GIAI ĐOẠN 2026 – 2030"]);
      const title =
        layout.title === "periodGroup"
          ? `BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI ${period} ${pick([`(xã nhóm ${groupNo})`, `(Áp dụng cho xã nhóm ${groupNo})`, `- XÃ NHÓM ${["I", "II", "III"][gi]}`])}`
          : layout.title === "period"
            ? `BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI ${period}`
            : `Kết quả thực hiện các tiêu chí nông thôn mới ${pick(["năm 2026", "6 tháng đầu năm 2027", "năm 2028"])}`;
      put(b, 0, title);
      merges.push({ r1: 1, c1: 0, r2: 1, c2: width - 1 });
      rows.push(a, b, blank());
    }
    const h = blank();
    put(h, cols.stt, "STT");
    put(h, cols.code, pick(["TT", "Mã chỉ tiêu", "Mã số"]));
    put(h, cols.name, pick(["Tên tiêu chí, nội dung chỉ tiêu", "Nội dung tiêu chí", "Nội dung"]));
    if (cols.groups.length) put(h, cols.groups[0], pick(["Chỉ tiêu theo nhóm xã", "Mức chuẩn theo nhóm xã"]));
    put(h, cols.single, layout.threshold === "singleForGroup" ? `Chỉ tiêu đạt chuẩn (xã nhóm ${groupNo})` : pick(["Chỉ tiêu đạt chuẩn", "Yêu cầu", "Mức chuẩn"]));
    put(h, cols.figure, pick(["Kết quả thực hiện", "Hiện trạng", "Kết quả"]));
    put(h, cols.self, pick(["Tự đánh giá", "Đánh giá"]));
    put(h, cols.note, "Ghi chú");
    const headerRow = rows.length;
    rows.push(h);
    if (cols.groups.length) {
      const sub = blank();
      cols.groups.forEach((c, k) => put(sub, c, pick([`Nhóm ${k + 1}`, `Xã nhóm ${k + 1}`])));
      merges.push({ r1: headerRow, c1: cols.groups[0], r2: headerRow, c2: cols.groups[2] });
      for (const c of [cols.stt, cols.code, cols.name, cols.figure, cols.self, cols.note]) if (c >= 0) merges.push({ r1: headerRow, c1: c, r2: headerRow + 1, c2: c });
      rows.push(sub);
    }

    let ordinal = 0;
    for (const c of part) {
      const cr = blank();
      if (layout.criterionRows === "heading") {
        put(cr, 0, `Tiêu chí số ${c.no}: ${c.name}`);
        merges.push({ r1: rows.length, c1: 0, r2: rows.length, c2: width - 1 });
      } else if (layout.criterionRows === "upper") {
        put(cr, cols.code, String(c.no));
        put(cr, cols.name, `TIÊU CHÍ SỐ ${c.no} - ${c.name.toLocaleUpperCase("vi")}`);
      } else {
        put(cr, cols.code, layout.numbers ? c.no : String(c.no));
        put(cr, cols.name, c.name);
      }
      rows.push(cr);
      let criterionVerdicts: Verdict[] = [];
      for (const ind of c.inds) {
        const row = blank();
        put(row, cols.stt, ++ordinal);
        put(row, cols.code, layout.codeStyle === "plain" ? ind.code : layout.codeStyle === "dot" ? `${ind.code}.` : `Chỉ tiêu ${ind.code}`);
        put(row, cols.name, ind.name);
        const texts = [0, 1, 2].map((g) => ruleText(ind, g));
        if (cols.groups.length) cols.groups.forEach((col, g) => put(row, col, texts[g]));
        else put(row, cols.single, texts[layout.threshold === "singleForGroup" ? gi : gi]);
        // The figure: meets or misses the group's threshold, sometimes blank.
        const meets = chance(0.6);
        let figure: CellInput | null;
        if (!ind.byGroup) figure = { value: text(meets ? pick(["Đạt", "Có"]) : "Chưa đạt") };
        else {
          const t = ind.byGroup[gi];
          // A share never above 100%.
          const v = ind.kind === "lowPercent" ? (meets ? Math.max(0, t - 0.5) : t + 1.5) : meets ? (ind.kind === "amount" ? t + 3 : Math.min(100, t + 1.5)) : t - 2.5;
          if (ind.kind === "amount") figure = { value: text(`${v} triệu đồng/người/năm`) };
          else if (layout.numbers) figure = { value: v / 100, numberFormat: "0.0%" };
          else figure = { value: text(`${String(v).replace(".", ",")}%`) };
        }
        const blankFigure = chance(0.06);
        if (blankFigure) figure = null;
        put(row, cols.figure, figure);
        if (cols.self >= 0 && chance(0.8)) put(row, cols.self, pick(["Đạt", "Chưa đạt"]));
        if (cols.note >= 0 && chance(0.3)) put(row, cols.note, pick(["722 hộ", "Đạt 2/3 thôn", "Năm 2025: 85%"]));
        rows.push(row);
        // The verdict a right check gives: by the group's threshold; with groups unknown, only a threshold the same for every group.
        const sameForAll = texts.every((x) => x === texts[0]);
        const judged = layout.threshold !== "groups" || known !== null || sameForAll;
        const verdict: Verdict = blankFigure || !judged ? "not_assessed" : meets ? "achieved" : "not_achieved";
        expected.push({ code: ind.code, verdict });
        criterionVerdicts.push(verdict);
        if (layout.notes && chance(0.15)) {
          const note = blank();
          put(note, cols.name, pick(["Trong đó: 2 thôn chưa đạt, 3 thôn đạt", "Ghi chú: số liệu đến 30/6/2026, 722 hộ"]));
          rows.push(note);
        }
      }
      if (!criterionVerdicts.includes("not_achieved") && criterionVerdicts.every((v) => v === "achieved")) achieved++;
      criterionVerdicts = [];
    }
    sheets.push({ name: layout.sheets === 1 ? "Biểu 2026" : `TC ${s === 0 ? "1-5" : "6-10"}`, originRow: 0, originCol: 0, rows, merges });
  });
  return {
    seed,
    layout,
    grid: { sheets },
    groupOption: optionGroup ? String(optionGroup) : null,
    group: titleGroup ?? optionGroup ? `nhom-${titleGroup ?? optionGroup}` : null,
    expected,
    achieved,
  };
}
