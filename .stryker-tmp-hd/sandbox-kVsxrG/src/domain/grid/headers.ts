// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { decodeLegacy, detectLegacyEncoding } from "../figures/legacyEncoding";
import { foldText } from "../figures/normalizeText";
import type { SheetGrid } from "./Grid";
import { cellText, type CellLookup } from "./mergedCells";
import { readCodeText } from "./codes";
import { groupFromText, regionFromText } from "./regions";

/** The role a column plays in an indicator table, recognised from its header. */
export type ColumnRole = "ordinal" | "code" | "name" | "figure" | "rate" | "count" | "total" | "threshold" | "generalThreshold" | "self" | "note" | "plan";

/** A reporting period named in a header ("6 tháng đầu năm 2024", "Cả năm 2024"); higher rank is later. */
export interface Period {
  label: string;
  rank: number;
}

/** One column of a header band. */
export interface HeaderColumn {
  col: number;
  role: ColumnRole | null;
  /** The header text the role was read from. */
  text: string;
  /** Region or commune group of a threshold sub-column ("TDMNPB" → "tdmn-phia-bac", "Nhóm 2" → "nhom-2"), else null. */
  region: string | null;
  period: Period | null;
}

/** A table header: one row with a figure column and one more role, plus sub-header rows above/below. */
export interface HeaderBand {
  /** First and last rows of the band (absolute, 0-based). */
  first: number;
  last: number;
  /** The row that has the roles. */
  row: number;
  columns: HeaderColumn[];
}

// Header words, folded (lower case, no diacritics). More specific phrases first: "kết quả đánh giá"
// is a self-assessment while "kết quả" alone is the figure.
const HEADER_RULES: {
  role: ColumnRole;
  test: (f: string) => boolean;
}[] = stryMutAct_9fa48("0") ? [] : (stryCov_9fa48("0"), [stryMutAct_9fa48("1") ? {} : (stryCov_9fa48("1"), {
  role: stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), "self"),
  test: stryMutAct_9fa48("3") ? () => undefined : (stryCov_9fa48("3"), f => stryMutAct_9fa48("6") ? /\b(tu danh gia|ket qua danh gia|danh gia)\b/.test(f) || !/thuc hien/.test(f) : stryMutAct_9fa48("5") ? false : stryMutAct_9fa48("4") ? true : (stryCov_9fa48("4", "5", "6"), /\b(tu danh gia|ket qua danh gia|danh gia)\b/.test(f) && (stryMutAct_9fa48("7") ? /thuc hien/.test(f) : (stryCov_9fa48("7"), !/thuc hien/.test(f)))))
}), // Before the thresholds: "Số đạt chuẩn" is a count, though it holds "đạt chuẩn".
stryMutAct_9fa48("8") ? {} : (stryCov_9fa48("8"), {
  role: stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), "count"),
  test: stryMutAct_9fa48("10") ? () => undefined : (stryCov_9fa48("10"), f => (stryMutAct_9fa48("11") ? /(so dat|so luong dat|so dat chuan)\b/ : (stryCov_9fa48("11"), /^(so dat|so luong dat|so dat chuan)\b/)).test(f))
}), stryMutAct_9fa48("12") ? {} : (stryCov_9fa48("12"), {
  role: stryMutAct_9fa48("13") ? "" : (stryCov_9fa48("13"), "generalThreshold"),
  test: stryMutAct_9fa48("14") ? () => undefined : (stryCov_9fa48("14"), f => /\bchi tieu chung\b/.test(f))
}), stryMutAct_9fa48("15") ? {} : (stryCov_9fa48("15"), {
  role: stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), "threshold"),
  test: stryMutAct_9fa48("17") ? () => undefined : (stryCov_9fa48("17"), f => /\b(chi tieu dat chuan|chi tieu theo vung|chi tieu theo nhom|theo nhom xa|yeu cau|muc chuan|nguong|dat chuan|chuan nong thon moi|tieu chuan)\b/.test(f))
}), stryMutAct_9fa48("18") ? {} : (stryCov_9fa48("18"), {
  role: stryMutAct_9fa48("19") ? "" : (stryCov_9fa48("19"), "plan"),
  test: stryMutAct_9fa48("20") ? () => undefined : (stryCov_9fa48("20"), f => /\bke hoach\b/.test(f))
}), stryMutAct_9fa48("21") ? {} : (stryCov_9fa48("21"), {
  role: stryMutAct_9fa48("22") ? "" : (stryCov_9fa48("22"), "rate"),
  test: stryMutAct_9fa48("23") ? () => undefined : (stryCov_9fa48("23"), f => stryMutAct_9fa48("26") ? /^(ty le|ti le)\b/.test(f) || f.length <= 20 : stryMutAct_9fa48("25") ? false : stryMutAct_9fa48("24") ? true : (stryCov_9fa48("24", "25", "26"), (stryMutAct_9fa48("27") ? /(ty le|ti le)\b/ : (stryCov_9fa48("27"), /^(ty le|ti le)\b/)).test(f) && (stryMutAct_9fa48("30") ? f.length > 20 : stryMutAct_9fa48("29") ? f.length < 20 : stryMutAct_9fa48("28") ? true : (stryCov_9fa48("28", "29", "30"), f.length <= 20))))
}), stryMutAct_9fa48("31") ? {} : (stryCov_9fa48("31"), {
  role: stryMutAct_9fa48("32") ? "" : (stryCov_9fa48("32"), "total"),
  test: stryMutAct_9fa48("33") ? () => undefined : (stryCov_9fa48("33"), f => (stryMutAct_9fa48("34") ? /(tong so|tong)\b/ : (stryCov_9fa48("34"), /^(tong so|tong)\b/)).test(f))
}), stryMutAct_9fa48("35") ? {} : (stryCov_9fa48("35"), {
  role: stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), "figure"),
  test: stryMutAct_9fa48("37") ? () => undefined : (stryCov_9fa48("37"), f => /\b(ket qua thuc hien|hien trang|thuc trang|ket qua|thuc hien|so lieu|gia tri)\b/.test(f))
}), stryMutAct_9fa48("38") ? {} : (stryCov_9fa48("38"), {
  role: stryMutAct_9fa48("39") ? "" : (stryCov_9fa48("39"), "note"),
  test: stryMutAct_9fa48("40") ? () => undefined : (stryCov_9fa48("40"), f => /\bghi chu\b/.test(f))
}), stryMutAct_9fa48("41") ? {} : (stryCov_9fa48("41"), {
  role: stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), "ordinal"),
  test: stryMutAct_9fa48("43") ? () => undefined : (stryCov_9fa48("43"), f => (stryMutAct_9fa48("46") ? /^(stt|so tt|so thu tu)$/ : stryMutAct_9fa48("45") ? /^(s?tt|so tt|so thu tu)/ : stryMutAct_9fa48("44") ? /(s?tt|so tt|so thu tu)$/ : (stryCov_9fa48("44", "45", "46"), /^(s?tt|so tt|so thu tu)$/)).test(f))
}), stryMutAct_9fa48("47") ? {} : (stryCov_9fa48("47"), {
  role: stryMutAct_9fa48("48") ? "" : (stryCov_9fa48("48"), "code"),
  test: stryMutAct_9fa48("49") ? () => undefined : (stryCov_9fa48("49"), f => (stryMutAct_9fa48("51") ? /^(ma|ma chi tieu|ma so|ma tieu chi)/ : stryMutAct_9fa48("50") ? /(ma|ma chi tieu|ma so|ma tieu chi)$/ : (stryCov_9fa48("50", "51"), /^(ma|ma chi tieu|ma so|ma tieu chi)$/)).test(f))
}), stryMutAct_9fa48("52") ? {} : (stryCov_9fa48("52"), {
  role: stryMutAct_9fa48("53") ? "" : (stryCov_9fa48("53"), "name"),
  test: stryMutAct_9fa48("54") ? () => undefined : (stryCov_9fa48("54"), f => /\b(noi dung|ten tieu chi|ten chi tieu|tieu chi|chi tieu)\b/.test(f))
})]);
const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set(stryMutAct_9fa48("55") ? [] : (stryCov_9fa48("55"), [stryMutAct_9fa48("56") ? "" : (stryCov_9fa48("56"), "figure"), stryMutAct_9fa48("57") ? "" : (stryCov_9fa48("57"), "rate"), stryMutAct_9fa48("58") ? "" : (stryCov_9fa48("58"), "count")]));

/** Header text as a folded string, decoding TCVN3/VNI ("KÕt qu¶ thùc hiÖn" is "Kết quả thực hiện"). */
export function headerFold(value: unknown): string {
  if (stryMutAct_9fa48("59")) {
    {}
  } else {
    stryCov_9fa48("59");
    if (stryMutAct_9fa48("62") ? typeof value !== "string" && value.length > 60 : stryMutAct_9fa48("61") ? false : stryMutAct_9fa48("60") ? true : (stryCov_9fa48("60", "61", "62"), (stryMutAct_9fa48("64") ? typeof value === "string" : stryMutAct_9fa48("63") ? false : (stryCov_9fa48("63", "64"), typeof value !== (stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), "string")))) || (stryMutAct_9fa48("68") ? value.length <= 60 : stryMutAct_9fa48("67") ? value.length >= 60 : stryMutAct_9fa48("66") ? false : (stryCov_9fa48("66", "67", "68"), value.length > 60)))) return stryMutAct_9fa48("69") ? "Stryker was here!" : (stryCov_9fa48("69"), "");
    const legacy = detectLegacyEncoding(value);
    return foldText(legacy ? decodeLegacy(value, legacy) : value);
  }
}

/** The role a header text names, or null. */
export function roleOf(folded: string): ColumnRole | null {
  if (stryMutAct_9fa48("70")) {
    {}
  } else {
    stryCov_9fa48("70");
    if (stryMutAct_9fa48("73") ? false : stryMutAct_9fa48("72") ? true : stryMutAct_9fa48("71") ? folded : (stryCov_9fa48("71", "72", "73"), !folded)) return null;
    for (const r of HEADER_RULES) if (stryMutAct_9fa48("75") ? false : stryMutAct_9fa48("74") ? true : (stryCov_9fa48("74", "75"), r.test(folded))) return r.role;
    return null;
  }
}
const PERIOD_RE = stryMutAct_9fa48("78") ? /\b(?:(6|sau) thang(?: dau nam)?|(9|chin) thang|(ca nam|uoc ca nam|uoc thuc hien ca nam)|quy (i{1,3}|iv|[^1-4]))\b/ : stryMutAct_9fa48("77") ? /\b(?:(6|sau) thang(?: dau nam)?|(9|chin) thang|(ca nam|uoc ca nam|uoc thuc hien ca nam)|quy (i|iv|[1-4]))\b/ : stryMutAct_9fa48("76") ? /\b(?:(6|sau) thang(?: dau nam)|(9|chin) thang|(ca nam|uoc ca nam|uoc thuc hien ca nam)|quy (i{1,3}|iv|[1-4]))\b/ : (stryCov_9fa48("76", "77", "78"), /\b(?:(6|sau) thang(?: dau nam)?|(9|chin) thang|(ca nam|uoc ca nam|uoc thuc hien ca nam)|quy (i{1,3}|iv|[1-4]))\b/);

/** "6 tháng đầu năm 2024" → rank 2024·10+2; "Cả năm 2024" → 2024·10+4; a year alone counts as the whole year. */
export function periodOf(folded: string): Period | null {
  if (stryMutAct_9fa48("79")) {
    {}
  } else {
    stryCov_9fa48("79");
    if (stryMutAct_9fa48("82") ? false : stryMutAct_9fa48("81") ? true : stryMutAct_9fa48("80") ? folded : (stryCov_9fa48("80", "81", "82"), !folded)) return null;
    const year = (stryMutAct_9fa48("84") ? /\b(20\d\D)\b/ : stryMutAct_9fa48("83") ? /\b(20\D\d)\b/ : (stryCov_9fa48("83", "84"), /\b(20\d\d)\b/)).exec(folded);
    const m = PERIOD_RE.exec(folded);
    if (stryMutAct_9fa48("87") ? !m || !year : stryMutAct_9fa48("86") ? false : stryMutAct_9fa48("85") ? true : (stryCov_9fa48("85", "86", "87"), (stryMutAct_9fa48("88") ? m : (stryCov_9fa48("88"), !m)) && (stryMutAct_9fa48("89") ? year : (stryCov_9fa48("89"), !year)))) return null;
    if (stryMutAct_9fa48("92") ? !m && year || !/^(nam\s+)?20\d\d$/.test(folded.trim()) : stryMutAct_9fa48("91") ? false : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91", "92"), (stryMutAct_9fa48("94") ? !m || year : stryMutAct_9fa48("93") ? true : (stryCov_9fa48("93", "94"), (stryMutAct_9fa48("95") ? m : (stryCov_9fa48("95"), !m)) && year)) && (stryMutAct_9fa48("96") ? /^(nam\s+)?20\d\d$/.test(folded.trim()) : (stryCov_9fa48("96"), !(stryMutAct_9fa48("103") ? /^(nam\s+)?20\d\D$/ : stryMutAct_9fa48("102") ? /^(nam\s+)?20\D\d$/ : stryMutAct_9fa48("101") ? /^(nam\S+)?20\d\d$/ : stryMutAct_9fa48("100") ? /^(nam\s)?20\d\d$/ : stryMutAct_9fa48("99") ? /^(nam\s+)20\d\d$/ : stryMutAct_9fa48("98") ? /^(nam\s+)?20\d\d/ : stryMutAct_9fa48("97") ? /(nam\s+)?20\d\d$/ : (stryCov_9fa48("97", "98", "99", "100", "101", "102", "103"), /^(nam\s+)?20\d\d$/)).test(stryMutAct_9fa48("104") ? folded : (stryCov_9fa48("104"), folded.trim())))))) return null;
    let part = 4;
    if (stryMutAct_9fa48("107") ? m[1] : stryMutAct_9fa48("106") ? false : stryMutAct_9fa48("105") ? true : (stryCov_9fa48("105", "106", "107"), m?.[1])) part = 2;else if (stryMutAct_9fa48("110") ? m[2] : stryMutAct_9fa48("109") ? false : stryMutAct_9fa48("108") ? true : (stryCov_9fa48("108", "109", "110"), m?.[2])) part = 3;else if (stryMutAct_9fa48("113") ? m[4] : stryMutAct_9fa48("112") ? false : stryMutAct_9fa48("111") ? true : (stryCov_9fa48("111", "112", "113"), m?.[4])) part = stryMutAct_9fa48("114") ? ({
      i: 1,
      "1": 1,
      ii: 2,
      "2": 2,
      iii: 3,
      "3": 3,
      iv: 4,
      "4": 4
    } as Record<string, number>)[m[4]] && 4 : (stryCov_9fa48("114"), ({
      i: 1,
      "1": 1,
      ii: 2,
      "2": 2,
      iii: 3,
      "3": 3,
      iv: 4,
      "4": 4
    } as Record<string, number>)[m[4]] ?? 4);
    return stryMutAct_9fa48("115") ? {} : (stryCov_9fa48("115"), {
      label: stryMutAct_9fa48("116") ? "Stryker was here!" : (stryCov_9fa48("116"), ""),
      rank: stryMutAct_9fa48("117") ? (year ? Number(year[1]) : 0) * 10 - part : (stryCov_9fa48("117"), (stryMutAct_9fa48("118") ? (year ? Number(year[1]) : 0) / 10 : (stryCov_9fa48("118"), (year ? Number(year[1]) : 0) * 10)) + part)
    });
  }
}

/** Roles of one row's cells (through merges). */
const VERDICT_WORDS = stryMutAct_9fa48("120") ? /^(chua danh gia|chua co danh gia|dat|chua dat|khong dat)/ : stryMutAct_9fa48("119") ? /(chua danh gia|chua co danh gia|dat|chua dat|khong dat)$/ : (stryCov_9fa48("119", "120"), /^(chua danh gia|chua co danh gia|dat|chua dat|khong dat)$/);
function rowRoles(sheet: SheetGrid, row: number, at: CellLookup): Map<number, {
  role: ColumnRole | null;
  text: string;
  folded: string;
}> | null {
  if (stryMutAct_9fa48("121")) {
    {}
  } else {
    stryCov_9fa48("121");
    const out = new Map<number, {
      role: ColumnRole | null;
      text: string;
      folded: string;
    }>();
    const width = stryMutAct_9fa48("122") ? sheet.rows[row - sheet.originRow]?.length && 0 : (stryCov_9fa48("122"), (stryMutAct_9fa48("123") ? sheet.rows[row - sheet.originRow].length : (stryCov_9fa48("123"), sheet.rows[stryMutAct_9fa48("124") ? row + sheet.originRow : (stryCov_9fa48("124"), row - sheet.originRow)]?.length)) ?? 0);
    for (let j = 0; stryMutAct_9fa48("127") ? j >= width : stryMutAct_9fa48("126") ? j <= width : stryMutAct_9fa48("125") ? false : (stryCov_9fa48("125", "126", "127"), j < width); stryMutAct_9fa48("128") ? j-- : (stryCov_9fa48("128"), j++)) {
      if (stryMutAct_9fa48("129")) {
        {}
      } else {
        stryCov_9fa48("129");
        const col = stryMutAct_9fa48("130") ? sheet.originCol - j : (stryCov_9fa48("130"), sheet.originCol + j);
        const cell = at(row, col);
        if (stryMutAct_9fa48("133") ? cell || typeof cell.value === "number" : stryMutAct_9fa48("132") ? false : stryMutAct_9fa48("131") ? true : (stryCov_9fa48("131", "132", "133"), cell && (stryMutAct_9fa48("135") ? typeof cell.value !== "number" : stryMutAct_9fa48("134") ? true : (stryCov_9fa48("134", "135"), typeof cell.value === (stryMutAct_9fa48("136") ? "" : (stryCov_9fa48("136"), "number")))))) return null;
        const folded = headerFold(stryMutAct_9fa48("137") ? cell.value : (stryCov_9fa48("137"), cell?.value));
        if (stryMutAct_9fa48("140") ? false : stryMutAct_9fa48("139") ? true : stryMutAct_9fa48("138") ? folded : (stryCov_9fa48("138", "139", "140"), !folded)) continue;
        // A data row is never a header: a code, or a verdict word ("Chưa đánh giá") in it.
        if (stryMutAct_9fa48("143") ? readCodeText(folded) && !periodOf(folded) && VERDICT_WORDS.test(folded) : stryMutAct_9fa48("142") ? false : stryMutAct_9fa48("141") ? true : (stryCov_9fa48("141", "142", "143"), (stryMutAct_9fa48("145") ? readCodeText(folded) || !periodOf(folded) : stryMutAct_9fa48("144") ? false : (stryCov_9fa48("144", "145"), readCodeText(folded) && (stryMutAct_9fa48("146") ? periodOf(folded) : (stryCov_9fa48("146"), !periodOf(folded))))) || VERDICT_WORDS.test(folded))) return null;
        out.set(col, stryMutAct_9fa48("147") ? {} : (stryCov_9fa48("147"), {
          role: roleOf(folded),
          text: cellText(cell),
          folded
        }));
      }
    }
    return out;
  }
}

/** The header band whose role row is `row`, or null when the row is not a header. */
export function readHeaderBand(sheet: SheetGrid, row: number, at: CellLookup): HeaderBand | null {
  if (stryMutAct_9fa48("148")) {
    {}
  } else {
    stryCov_9fa48("148");
    const own = rowRoles(sheet, row, at);
    if (stryMutAct_9fa48("151") ? false : stryMutAct_9fa48("150") ? true : stryMutAct_9fa48("149") ? own : (stryCov_9fa48("149", "150", "151"), !own)) return null;
    const roles = new Set(stryMutAct_9fa48("152") ? [...own.values()].map(c => c.role) : (stryCov_9fa48("152"), (stryMutAct_9fa48("153") ? [] : (stryCov_9fa48("153"), [...own.values()])).map(stryMutAct_9fa48("154") ? () => undefined : (stryCov_9fa48("154"), c => c.role)).filter(stryMutAct_9fa48("155") ? () => undefined : (stryCov_9fa48("155"), (r): r is ColumnRole => stryMutAct_9fa48("158") ? r === null : stryMutAct_9fa48("157") ? false : stryMutAct_9fa48("156") ? true : (stryCov_9fa48("156", "157", "158"), r !== null)))));
    if (stryMutAct_9fa48("161") ? ![...roles].some(r => FIGURE_ROLES.has(r)) && roles.size < 2 : stryMutAct_9fa48("160") ? false : stryMutAct_9fa48("159") ? true : (stryCov_9fa48("159", "160", "161"), (stryMutAct_9fa48("162") ? [...roles].some(r => FIGURE_ROLES.has(r)) : (stryCov_9fa48("162"), !(stryMutAct_9fa48("163") ? [...roles].every(r => FIGURE_ROLES.has(r)) : (stryCov_9fa48("163"), (stryMutAct_9fa48("164") ? [] : (stryCov_9fa48("164"), [...roles])).some(stryMutAct_9fa48("165") ? () => undefined : (stryCov_9fa48("165"), r => FIGURE_ROLES.has(r))))))) || (stryMutAct_9fa48("168") ? roles.size >= 2 : stryMutAct_9fa48("167") ? roles.size <= 2 : stryMutAct_9fa48("166") ? false : (stryCov_9fa48("166", "167", "168"), roles.size < 2)))) return null;

    // Sub-header rows: just below (region abbreviations, "Số đạt | Tổng số", numbering) and just above
    // (a period or "Chỉ tiêu theo vùng" merged over the role row).
    const band: number[] = stryMutAct_9fa48("169") ? [] : (stryCov_9fa48("169"), [row]);
    for (const r of stryMutAct_9fa48("170") ? [] : (stryCov_9fa48("170"), [stryMutAct_9fa48("171") ? row - 1 : (stryCov_9fa48("171"), row + 1), stryMutAct_9fa48("172") ? row - 2 : (stryCov_9fa48("172"), row + 2)])) {
      if (stryMutAct_9fa48("173")) {
        {}
      } else {
        stryCov_9fa48("173");
        if (stryMutAct_9fa48("176") ? r !== band[band.length - 1] + 1 && !isSubHeader(sheet, r, at) : stryMutAct_9fa48("175") ? false : stryMutAct_9fa48("174") ? true : (stryCov_9fa48("174", "175", "176"), (stryMutAct_9fa48("178") ? r === band[band.length - 1] + 1 : stryMutAct_9fa48("177") ? false : (stryCov_9fa48("177", "178"), r !== (stryMutAct_9fa48("179") ? band[band.length - 1] - 1 : (stryCov_9fa48("179"), band[stryMutAct_9fa48("180") ? band.length + 1 : (stryCov_9fa48("180"), band.length - 1)] + 1)))) || (stryMutAct_9fa48("181") ? isSubHeader(sheet, r, at) : (stryCov_9fa48("181"), !isSubHeader(sheet, r, at))))) break;
        band.push(r);
      }
    }
    let first = row;
    for (const r of stryMutAct_9fa48("182") ? [] : (stryCov_9fa48("182"), [stryMutAct_9fa48("183") ? row + 1 : (stryCov_9fa48("183"), row - 1), stryMutAct_9fa48("184") ? row + 2 : (stryCov_9fa48("184"), row - 2)])) {
      if (stryMutAct_9fa48("185")) {
        {}
      } else {
        stryCov_9fa48("185");
        if (stryMutAct_9fa48("188") ? (r < sheet.originRow || r !== first - 1) && !isSubHeader(sheet, r, at) : stryMutAct_9fa48("187") ? false : stryMutAct_9fa48("186") ? true : (stryCov_9fa48("186", "187", "188"), (stryMutAct_9fa48("190") ? r < sheet.originRow && r !== first - 1 : stryMutAct_9fa48("189") ? false : (stryCov_9fa48("189", "190"), (stryMutAct_9fa48("193") ? r >= sheet.originRow : stryMutAct_9fa48("192") ? r <= sheet.originRow : stryMutAct_9fa48("191") ? false : (stryCov_9fa48("191", "192", "193"), r < sheet.originRow)) || (stryMutAct_9fa48("195") ? r === first - 1 : stryMutAct_9fa48("194") ? false : (stryCov_9fa48("194", "195"), r !== (stryMutAct_9fa48("196") ? first + 1 : (stryCov_9fa48("196"), first - 1)))))) || (stryMutAct_9fa48("197") ? isSubHeader(sheet, r, at) : (stryCov_9fa48("197"), !isSubHeader(sheet, r, at))))) break;
        first = r;
      }
    }
    const rows = (stryMutAct_9fa48("198") ? [] : (stryCov_9fa48("198"), [...(stryMutAct_9fa48("199") ? Array().keys() : (stryCov_9fa48("199"), Array(stryMutAct_9fa48("200") ? band[band.length - 1] - first - 1 : (stryCov_9fa48("200"), (stryMutAct_9fa48("201") ? band[band.length - 1] + first : (stryCov_9fa48("201"), band[stryMutAct_9fa48("202") ? band.length + 1 : (stryCov_9fa48("202"), band.length - 1)] - first)) + 1)).keys()))])).map(stryMutAct_9fa48("203") ? () => undefined : (stryCov_9fa48("203"), k => stryMutAct_9fa48("204") ? first - k : (stryCov_9fa48("204"), first + k)));
    const perRow = new Map(rows.map(stryMutAct_9fa48("205") ? () => undefined : (stryCov_9fa48("205"), r => stryMutAct_9fa48("206") ? [] : (stryCov_9fa48("206"), [r, stryMutAct_9fa48("207") ? (r === row ? own : rowRoles(sheet, r, at)) && new Map() : (stryCov_9fa48("207"), ((stryMutAct_9fa48("210") ? r !== row : stryMutAct_9fa48("209") ? false : stryMutAct_9fa48("208") ? true : (stryCov_9fa48("208", "209", "210"), r === row)) ? own : rowRoles(sheet, r, at)) ?? new Map())]))));
    const cols = new Set<number>();
    for (const m of perRow.values()) for (const c of m.keys()) cols.add(c);
    const columns: HeaderColumn[] = stryMutAct_9fa48("211") ? ["Stryker was here"] : (stryCov_9fa48("211"), []);
    for (const col of stryMutAct_9fa48("212") ? [...cols] : (stryCov_9fa48("212"), (stryMutAct_9fa48("213") ? [] : (stryCov_9fa48("213"), [...cols])).sort(stryMutAct_9fa48("214") ? () => undefined : (stryCov_9fa48("214"), (a, b) => stryMutAct_9fa48("215") ? a + b : (stryCov_9fa48("215"), a - b))))) {
      if (stryMutAct_9fa48("216")) {
        {}
      } else {
        stryCov_9fa48("216");
        const here = own.get(col);
        let role = stryMutAct_9fa48("217") ? here?.role && null : (stryCov_9fa48("217"), (stryMutAct_9fa48("218") ? here.role : (stryCov_9fa48("218"), here?.role)) ?? null);
        let text = stryMutAct_9fa48("219") ? here?.text && "" : (stryCov_9fa48("219"), (stryMutAct_9fa48("220") ? here.text : (stryCov_9fa48("220"), here?.text)) ?? (stryMutAct_9fa48("221") ? "Stryker was here!" : (stryCov_9fa48("221"), "")));
        // "Ước thực hiện cả năm 2024" merged over "Kết quả | Đánh giá": a period, the row below has the roles.
        if (stryMutAct_9fa48("224") ? here || periodOf(here.folded) : stryMutAct_9fa48("223") ? false : stryMutAct_9fa48("222") ? true : (stryCov_9fa48("222", "223", "224"), here && periodOf(here.folded))) {
          if (stryMutAct_9fa48("225")) {
            {}
          } else {
            stryCov_9fa48("225");
            const below = stryMutAct_9fa48("226") ? rows.map(r => perRow.get(r)?.get(col)).find(c => c?.role) : (stryCov_9fa48("226"), rows.filter(stryMutAct_9fa48("227") ? () => undefined : (stryCov_9fa48("227"), r => stryMutAct_9fa48("231") ? r <= row : stryMutAct_9fa48("230") ? r >= row : stryMutAct_9fa48("229") ? false : stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228", "229", "230", "231"), r > row))).map(stryMutAct_9fa48("232") ? () => undefined : (stryCov_9fa48("232"), r => stryMutAct_9fa48("233") ? perRow.get(r).get(col) : (stryCov_9fa48("233"), perRow.get(r)?.get(col)))).find(stryMutAct_9fa48("234") ? () => undefined : (stryCov_9fa48("234"), c => stryMutAct_9fa48("235") ? c.role : (stryCov_9fa48("235"), c?.role))));
            if (stryMutAct_9fa48("238") ? below.role : stryMutAct_9fa48("237") ? false : stryMutAct_9fa48("236") ? true : (stryCov_9fa48("236", "237", "238"), below?.role)) {
              if (stryMutAct_9fa48("239")) {
                {}
              } else {
                stryCov_9fa48("239");
                role = below.role;
                text = below.text;
              }
            }
          }
        }
        let region: string | null = null;
        let period: Period | null = null;
        // Nearest rows first: below, then above.
        const order = stryMutAct_9fa48("241") ? rows.sort((a, b) => Math.abs(a - row) - Math.abs(b - row) || b - a) : stryMutAct_9fa48("240") ? rows.filter(r => r !== row) : (stryCov_9fa48("240", "241"), rows.filter(stryMutAct_9fa48("242") ? () => undefined : (stryCov_9fa48("242"), r => stryMutAct_9fa48("245") ? r === row : stryMutAct_9fa48("244") ? false : stryMutAct_9fa48("243") ? true : (stryCov_9fa48("243", "244", "245"), r !== row))).sort(stryMutAct_9fa48("246") ? () => undefined : (stryCov_9fa48("246"), (a, b) => stryMutAct_9fa48("249") ? Math.abs(a - row) - Math.abs(b - row) && b - a : stryMutAct_9fa48("248") ? false : stryMutAct_9fa48("247") ? true : (stryCov_9fa48("247", "248", "249"), (stryMutAct_9fa48("250") ? Math.abs(a - row) + Math.abs(b - row) : (stryCov_9fa48("250"), Math.abs(stryMutAct_9fa48("251") ? a + row : (stryCov_9fa48("251"), a - row)) - Math.abs(stryMutAct_9fa48("252") ? b + row : (stryCov_9fa48("252"), b - row)))) || (stryMutAct_9fa48("253") ? b + a : (stryCov_9fa48("253"), b - a))))));
        for (const r of stryMutAct_9fa48("254") ? [] : (stryCov_9fa48("254"), [row, ...order])) {
          if (stryMutAct_9fa48("255")) {
            {}
          } else {
            stryCov_9fa48("255");
            const c = stryMutAct_9fa48("256") ? perRow.get(r).get(col) : (stryCov_9fa48("256"), perRow.get(r)?.get(col));
            if (stryMutAct_9fa48("259") ? false : stryMutAct_9fa48("258") ? true : stryMutAct_9fa48("257") ? c : (stryCov_9fa48("257", "258", "259"), !c)) continue;
            const reg = stryMutAct_9fa48("260") ? regionFromText(c.text) && groupFromText(c.text, role === "threshold") : (stryCov_9fa48("260"), regionFromText(c.text) ?? groupFromText(c.text, stryMutAct_9fa48("263") ? role !== "threshold" : stryMutAct_9fa48("262") ? false : stryMutAct_9fa48("261") ? true : (stryCov_9fa48("261", "262", "263"), role === (stryMutAct_9fa48("264") ? "" : (stryCov_9fa48("264"), "threshold")))));
            if (stryMutAct_9fa48("267") ? reg && region === null || role === null || role === "threshold" || role === "generalThreshold" : stryMutAct_9fa48("266") ? false : stryMutAct_9fa48("265") ? true : (stryCov_9fa48("265", "266", "267"), (stryMutAct_9fa48("269") ? reg || region === null : stryMutAct_9fa48("268") ? true : (stryCov_9fa48("268", "269"), reg && (stryMutAct_9fa48("271") ? region !== null : stryMutAct_9fa48("270") ? true : (stryCov_9fa48("270", "271"), region === null)))) && (stryMutAct_9fa48("273") ? (role === null || role === "threshold") && role === "generalThreshold" : stryMutAct_9fa48("272") ? true : (stryCov_9fa48("272", "273"), (stryMutAct_9fa48("275") ? role === null && role === "threshold" : stryMutAct_9fa48("274") ? false : (stryCov_9fa48("274", "275"), (stryMutAct_9fa48("277") ? role !== null : stryMutAct_9fa48("276") ? false : (stryCov_9fa48("276", "277"), role === null)) || (stryMutAct_9fa48("279") ? role !== "threshold" : stryMutAct_9fa48("278") ? false : (stryCov_9fa48("278", "279"), role === (stryMutAct_9fa48("280") ? "" : (stryCov_9fa48("280"), "threshold")))))) || (stryMutAct_9fa48("282") ? role !== "generalThreshold" : stryMutAct_9fa48("281") ? false : (stryCov_9fa48("281", "282"), role === (stryMutAct_9fa48("283") ? "" : (stryCov_9fa48("283"), "generalThreshold")))))))) region = reg;
            const p = periodOf(c.folded);
            if (stryMutAct_9fa48("286") ? p || period === null : stryMutAct_9fa48("285") ? false : stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284", "285", "286"), p && (stryMutAct_9fa48("288") ? period !== null : stryMutAct_9fa48("287") ? true : (stryCov_9fa48("287", "288"), period === null)))) period = stryMutAct_9fa48("289") ? {} : (stryCov_9fa48("289"), {
              label: c.text,
              rank: p.rank
            });
            if (stryMutAct_9fa48("292") ? role === null || c.role : stryMutAct_9fa48("291") ? false : stryMutAct_9fa48("290") ? true : (stryCov_9fa48("290", "291", "292"), (stryMutAct_9fa48("294") ? role !== null : stryMutAct_9fa48("293") ? true : (stryCov_9fa48("293", "294"), role === null)) && c.role)) {
              if (stryMutAct_9fa48("295")) {
                {}
              } else {
                stryCov_9fa48("295");
                role = c.role;
                text = c.text;
              }
            }
            // "Kết quả" merged over "Số đạt | Tổng số | Tỷ lệ": the sub-columns say which count each one is.
            if (stryMutAct_9fa48("298") ? role === "figure" && r !== row || c.role === "count" || c.role === "total" || c.role === "rate" : stryMutAct_9fa48("297") ? false : stryMutAct_9fa48("296") ? true : (stryCov_9fa48("296", "297", "298"), (stryMutAct_9fa48("300") ? role === "figure" || r !== row : stryMutAct_9fa48("299") ? true : (stryCov_9fa48("299", "300"), (stryMutAct_9fa48("302") ? role !== "figure" : stryMutAct_9fa48("301") ? true : (stryCov_9fa48("301", "302"), role === (stryMutAct_9fa48("303") ? "" : (stryCov_9fa48("303"), "figure")))) && (stryMutAct_9fa48("305") ? r === row : stryMutAct_9fa48("304") ? true : (stryCov_9fa48("304", "305"), r !== row)))) && (stryMutAct_9fa48("307") ? (c.role === "count" || c.role === "total") && c.role === "rate" : stryMutAct_9fa48("306") ? true : (stryCov_9fa48("306", "307"), (stryMutAct_9fa48("309") ? c.role === "count" && c.role === "total" : stryMutAct_9fa48("308") ? false : (stryCov_9fa48("308", "309"), (stryMutAct_9fa48("311") ? c.role !== "count" : stryMutAct_9fa48("310") ? false : (stryCov_9fa48("310", "311"), c.role === (stryMutAct_9fa48("312") ? "" : (stryCov_9fa48("312"), "count")))) || (stryMutAct_9fa48("314") ? c.role !== "total" : stryMutAct_9fa48("313") ? false : (stryCov_9fa48("313", "314"), c.role === (stryMutAct_9fa48("315") ? "" : (stryCov_9fa48("315"), "total")))))) || (stryMutAct_9fa48("317") ? c.role !== "rate" : stryMutAct_9fa48("316") ? false : (stryCov_9fa48("316", "317"), c.role === (stryMutAct_9fa48("318") ? "" : (stryCov_9fa48("318"), "rate")))))))) role = c.role;
          }
        }
        if (stryMutAct_9fa48("321") ? role === null || region !== null : stryMutAct_9fa48("320") ? false : stryMutAct_9fa48("319") ? true : (stryCov_9fa48("319", "320", "321"), (stryMutAct_9fa48("323") ? role !== null : stryMutAct_9fa48("322") ? true : (stryCov_9fa48("322", "323"), role === null)) && (stryMutAct_9fa48("325") ? region === null : stryMutAct_9fa48("324") ? true : (stryCov_9fa48("324", "325"), region !== null)))) role = stryMutAct_9fa48("326") ? "" : (stryCov_9fa48("326"), "threshold");
        if (stryMutAct_9fa48("329") ? role === null && period === null || region === null : stryMutAct_9fa48("328") ? false : stryMutAct_9fa48("327") ? true : (stryCov_9fa48("327", "328", "329"), (stryMutAct_9fa48("331") ? role === null || period === null : stryMutAct_9fa48("330") ? true : (stryCov_9fa48("330", "331"), (stryMutAct_9fa48("333") ? role !== null : stryMutAct_9fa48("332") ? true : (stryCov_9fa48("332", "333"), role === null)) && (stryMutAct_9fa48("335") ? period !== null : stryMutAct_9fa48("334") ? true : (stryCov_9fa48("334", "335"), period === null)))) && (stryMutAct_9fa48("337") ? region !== null : stryMutAct_9fa48("336") ? true : (stryCov_9fa48("336", "337"), region === null)))) continue;
        columns.push(stryMutAct_9fa48("338") ? {} : (stryCov_9fa48("338"), {
          col,
          role,
          text,
          region,
          period
        }));
      }
    }
    return stryMutAct_9fa48("339") ? {} : (stryCov_9fa48("339"), {
      first,
      last: band[stryMutAct_9fa48("340") ? band.length + 1 : (stryCov_9fa48("340"), band.length - 1)],
      row,
      columns
    });
  }
}

/** A row that belongs to a header band: short header-like cells, no indicator data. */
function isSubHeader(sheet: SheetGrid, row: number, at: CellLookup): boolean {
  if (stryMutAct_9fa48("341")) {
    {}
  } else {
    stryCov_9fa48("341");
    const cells = sheet.rows[stryMutAct_9fa48("342") ? row + sheet.originRow : (stryCov_9fa48("342"), row - sheet.originRow)];
    if (stryMutAct_9fa48("345") ? false : stryMutAct_9fa48("344") ? true : stryMutAct_9fa48("343") ? cells : (stryCov_9fa48("343", "344", "345"), !cells)) return stryMutAct_9fa48("346") ? true : (stryCov_9fa48("346"), false);
    let any = stryMutAct_9fa48("347") ? true : (stryCov_9fa48("347"), false);
    for (let j = 0; stryMutAct_9fa48("350") ? j >= cells.length : stryMutAct_9fa48("349") ? j <= cells.length : stryMutAct_9fa48("348") ? false : (stryCov_9fa48("348", "349", "350"), j < cells.length); stryMutAct_9fa48("351") ? j-- : (stryCov_9fa48("351"), j++)) {
      if (stryMutAct_9fa48("352")) {
        {}
      } else {
        stryCov_9fa48("352");
        const cell = at(row, stryMutAct_9fa48("353") ? sheet.originCol - j : (stryCov_9fa48("353"), sheet.originCol + j));
        if (stryMutAct_9fa48("356") ? (!cell || cell.value === null) && cell.value === "" : stryMutAct_9fa48("355") ? false : stryMutAct_9fa48("354") ? true : (stryCov_9fa48("354", "355", "356"), (stryMutAct_9fa48("358") ? !cell && cell.value === null : stryMutAct_9fa48("357") ? false : (stryCov_9fa48("357", "358"), (stryMutAct_9fa48("359") ? cell : (stryCov_9fa48("359"), !cell)) || (stryMutAct_9fa48("361") ? cell.value !== null : stryMutAct_9fa48("360") ? false : (stryCov_9fa48("360", "361"), cell.value === null)))) || (stryMutAct_9fa48("363") ? cell.value !== "" : stryMutAct_9fa48("362") ? false : (stryCov_9fa48("362", "363"), cell.value === (stryMutAct_9fa48("364") ? "Stryker was here!" : (stryCov_9fa48("364"), "")))))) continue;
        any = stryMutAct_9fa48("365") ? false : (stryCov_9fa48("365"), true);
        if (stryMutAct_9fa48("368") ? typeof cell.value === "string" : stryMutAct_9fa48("367") ? false : stryMutAct_9fa48("366") ? true : (stryCov_9fa48("366", "367", "368"), typeof cell.value !== (stryMutAct_9fa48("369") ? "" : (stryCov_9fa48("369"), "string")))) return stryMutAct_9fa48("370") ? true : (stryCov_9fa48("370"), false);
        const f = headerFold(cell.value);
        if (stryMutAct_9fa48("373") ? false : stryMutAct_9fa48("372") ? true : stryMutAct_9fa48("371") ? f : (stryCov_9fa48("371", "372", "373"), !f)) return stryMutAct_9fa48("374") ? true : (stryCov_9fa48("374"), false);
        if (stryMutAct_9fa48("376") ? false : stryMutAct_9fa48("375") ? true : (stryCov_9fa48("375", "376"), (stryMutAct_9fa48("384") ? /^\(\s*\d{1,2}\S*\)$/ : stryMutAct_9fa48("383") ? /^\(\s*\d{1,2}\s\)$/ : stryMutAct_9fa48("382") ? /^\(\s*\D{1,2}\s*\)$/ : stryMutAct_9fa48("381") ? /^\(\s*\d\s*\)$/ : stryMutAct_9fa48("380") ? /^\(\S*\d{1,2}\s*\)$/ : stryMutAct_9fa48("379") ? /^\(\s\d{1,2}\s*\)$/ : stryMutAct_9fa48("378") ? /^\(\s*\d{1,2}\s*\)/ : stryMutAct_9fa48("377") ? /\(\s*\d{1,2}\s*\)$/ : (stryCov_9fa48("377", "378", "379", "380", "381", "382", "383", "384"), /^\(\s*\d{1,2}\s*\)$/)).test(f))) continue; // numbering "(1)"
        if (stryMutAct_9fa48("386") ? false : stryMutAct_9fa48("385") ? true : (stryCov_9fa48("385", "386"), periodOf(f))) continue;
        if (stryMutAct_9fa48("389") ? readCodeText(f) && VERDICT_WORDS.test(f) : stryMutAct_9fa48("388") ? false : stryMutAct_9fa48("387") ? true : (stryCov_9fa48("387", "388", "389"), readCodeText(f) || VERDICT_WORDS.test(f))) return stryMutAct_9fa48("390") ? true : (stryCov_9fa48("390"), false);
        if (stryMutAct_9fa48("393") ? (roleOf(f) || regionFromText(cell.value)) && groupFromText(cell.value) : stryMutAct_9fa48("392") ? false : stryMutAct_9fa48("391") ? true : (stryCov_9fa48("391", "392", "393"), (stryMutAct_9fa48("395") ? roleOf(f) && regionFromText(cell.value) : stryMutAct_9fa48("394") ? false : (stryCov_9fa48("394", "395"), roleOf(f) || regionFromText(cell.value))) || groupFromText(cell.value))) continue;
        return stryMutAct_9fa48("396") ? true : (stryCov_9fa48("396"), false);
      }
    }
    return any;
  }
}

/** "(1) | (2) | (3)" or "1 | 2 | 3 | 4": the column numbering row under a header. */
export function isNumberingRow(sheet: SheetGrid, row: number): boolean {
  if (stryMutAct_9fa48("397")) {
    {}
  } else {
    stryCov_9fa48("397");
    const cells = stryMutAct_9fa48("398") ? sheet.rows[row - sheet.originRow] && [] : (stryCov_9fa48("398"), sheet.rows[stryMutAct_9fa48("399") ? row + sheet.originRow : (stryCov_9fa48("399"), row - sheet.originRow)] ?? (stryMutAct_9fa48("400") ? ["Stryker was here"] : (stryCov_9fa48("400"), [])));
    const filled = stryMutAct_9fa48("401") ? cells : (stryCov_9fa48("401"), cells.filter(stryMutAct_9fa48("402") ? () => undefined : (stryCov_9fa48("402"), c => stryMutAct_9fa48("405") ? c && c.value !== null || c.value !== "" : stryMutAct_9fa48("404") ? false : stryMutAct_9fa48("403") ? true : (stryCov_9fa48("403", "404", "405"), (stryMutAct_9fa48("407") ? c || c.value !== null : stryMutAct_9fa48("406") ? true : (stryCov_9fa48("406", "407"), c && (stryMutAct_9fa48("409") ? c.value === null : stryMutAct_9fa48("408") ? true : (stryCov_9fa48("408", "409"), c.value !== null)))) && (stryMutAct_9fa48("411") ? c.value === "" : stryMutAct_9fa48("410") ? true : (stryCov_9fa48("410", "411"), c.value !== (stryMutAct_9fa48("412") ? "Stryker was here!" : (stryCov_9fa48("412"), ""))))))));
    if (stryMutAct_9fa48("416") ? filled.length >= 3 : stryMutAct_9fa48("415") ? filled.length <= 3 : stryMutAct_9fa48("414") ? false : stryMutAct_9fa48("413") ? true : (stryCov_9fa48("413", "414", "415", "416"), filled.length < 3)) return stryMutAct_9fa48("417") ? true : (stryCov_9fa48("417"), false);
    if (stryMutAct_9fa48("420") ? filled.some(c => typeof c!.value === "string" && /^\(\s*\d{1,2}\s*\)$/.test(String(c!.value).trim())) : stryMutAct_9fa48("419") ? false : stryMutAct_9fa48("418") ? true : (stryCov_9fa48("418", "419", "420"), filled.every(stryMutAct_9fa48("421") ? () => undefined : (stryCov_9fa48("421"), c => stryMutAct_9fa48("424") ? typeof c!.value === "string" || /^\(\s*\d{1,2}\s*\)$/.test(String(c!.value).trim()) : stryMutAct_9fa48("423") ? false : stryMutAct_9fa48("422") ? true : (stryCov_9fa48("422", "423", "424"), (stryMutAct_9fa48("426") ? typeof c!.value !== "string" : stryMutAct_9fa48("425") ? true : (stryCov_9fa48("425", "426"), typeof c!.value === (stryMutAct_9fa48("427") ? "" : (stryCov_9fa48("427"), "string")))) && (stryMutAct_9fa48("435") ? /^\(\s*\d{1,2}\S*\)$/ : stryMutAct_9fa48("434") ? /^\(\s*\d{1,2}\s\)$/ : stryMutAct_9fa48("433") ? /^\(\s*\D{1,2}\s*\)$/ : stryMutAct_9fa48("432") ? /^\(\s*\d\s*\)$/ : stryMutAct_9fa48("431") ? /^\(\S*\d{1,2}\s*\)$/ : stryMutAct_9fa48("430") ? /^\(\s\d{1,2}\s*\)$/ : stryMutAct_9fa48("429") ? /^\(\s*\d{1,2}\s*\)/ : stryMutAct_9fa48("428") ? /\(\s*\d{1,2}\s*\)$/ : (stryCov_9fa48("428", "429", "430", "431", "432", "433", "434", "435"), /^\(\s*\d{1,2}\s*\)$/)).test(stryMutAct_9fa48("436") ? String(c!.value) : (stryCov_9fa48("436"), String(c!.value).trim()))))))) return stryMutAct_9fa48("437") ? false : (stryCov_9fa48("437"), true);
    const nums = filled.map(stryMutAct_9fa48("438") ? () => undefined : (stryCov_9fa48("438"), c => (stryMutAct_9fa48("441") ? typeof c!.value !== "number" : stryMutAct_9fa48("440") ? false : stryMutAct_9fa48("439") ? true : (stryCov_9fa48("439", "440", "441"), typeof c!.value === (stryMutAct_9fa48("442") ? "" : (stryCov_9fa48("442"), "number")))) ? c!.value : (stryMutAct_9fa48("446") ? /^\D{1,2}$/ : stryMutAct_9fa48("445") ? /^\d$/ : stryMutAct_9fa48("444") ? /^\d{1,2}/ : stryMutAct_9fa48("443") ? /\d{1,2}$/ : (stryCov_9fa48("443", "444", "445", "446"), /^\d{1,2}$/)).test(stryMutAct_9fa48("447") ? String(c!.value) : (stryCov_9fa48("447"), String(c!.value).trim())) ? Number(c!.value) : NaN));
    return stryMutAct_9fa48("450") ? filled.length >= 4 || nums.every((n, k) => n === nums[0] + k) : stryMutAct_9fa48("449") ? false : stryMutAct_9fa48("448") ? true : (stryCov_9fa48("448", "449", "450"), (stryMutAct_9fa48("453") ? filled.length < 4 : stryMutAct_9fa48("452") ? filled.length > 4 : stryMutAct_9fa48("451") ? true : (stryCov_9fa48("451", "452", "453"), filled.length >= 4)) && (stryMutAct_9fa48("454") ? nums.some((n, k) => n === nums[0] + k) : (stryCov_9fa48("454"), nums.every(stryMutAct_9fa48("455") ? () => undefined : (stryCov_9fa48("455"), (n, k) => stryMutAct_9fa48("458") ? n !== nums[0] + k : stryMutAct_9fa48("457") ? false : stryMutAct_9fa48("456") ? true : (stryCov_9fa48("456", "457", "458"), n === (stryMutAct_9fa48("459") ? nums[0] - k : (stryCov_9fa48("459"), nums[0] + k))))))));
  }
}