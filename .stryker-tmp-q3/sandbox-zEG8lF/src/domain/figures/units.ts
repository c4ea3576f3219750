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
import { foldText, normalizeText } from "./normalizeText";

/**
 * Units as officials write them, and the one normalisation figures and rules share:
 * money is counted in đồng ("23,5 triệu" → 23 500 000 đồng; "/người/năm" is dropped, it is the
 * indicator's wording, not a different unit), percent is "%", other units keep a canonical
 * spelling ("Ha" → "ha", "m2" → "m²").
 */

export const MONEY_UNIT = stryMutAct_9fa48("0") ? "" : (stryCov_9fa48("0"), "đồng");
export const PERCENT_UNIT = stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), "%");

/** Scale words before or instead of the currency, by folded spelling. */
export const MONEY_SCALES: ReadonlyMap<string, number> = new Map(stryMutAct_9fa48("2") ? [] : (stryCov_9fa48("2"), [stryMutAct_9fa48("3") ? [] : (stryCov_9fa48("3"), [stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), "trieu"), 1e6]), stryMutAct_9fa48("5") ? [] : (stryCov_9fa48("5"), [stryMutAct_9fa48("6") ? "" : (stryCov_9fa48("6"), "tr"), 1e6]), stryMutAct_9fa48("7") ? [] : (stryCov_9fa48("7"), [stryMutAct_9fa48("8") ? "" : (stryCov_9fa48("8"), "trd"), 1e6]), // "trđ": triệu đồng
stryMutAct_9fa48("9") ? [] : (stryCov_9fa48("9"), [stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), "nghin"), 1e3]), stryMutAct_9fa48("11") ? [] : (stryCov_9fa48("11"), [stryMutAct_9fa48("12") ? "" : (stryCov_9fa48("12"), "ngan"), 1e3]), stryMutAct_9fa48("13") ? [] : (stryCov_9fa48("13"), [stryMutAct_9fa48("14") ? "" : (stryCov_9fa48("14"), "ty"), 1e9]), stryMutAct_9fa48("15") ? [] : (stryCov_9fa48("15"), [stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), "ti"), 1e9])]));

/** Currency words, folded ("đồng", "đ", "VNĐ", "VND"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(stryMutAct_9fa48("17") ? [] : (stryCov_9fa48("17"), [stryMutAct_9fa48("18") ? "" : (stryCov_9fa48("18"), "dong"), stryMutAct_9fa48("19") ? "" : (stryCov_9fa48("19"), "d"), stryMutAct_9fa48("20") ? "" : (stryCov_9fa48("20"), "vnd")]));

/** What may follow money after "/": per person, household, year… (folded, one or two words). */
export const PER_WORDS: ReadonlySet<string> = new Set(stryMutAct_9fa48("21") ? [] : (stryCov_9fa48("21"), [stryMutAct_9fa48("22") ? "" : (stryCov_9fa48("22"), "nguoi"), stryMutAct_9fa48("23") ? "" : (stryCov_9fa48("23"), "ho"), stryMutAct_9fa48("24") ? "" : (stryCov_9fa48("24"), "nam"), stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), "thang"), stryMutAct_9fa48("26") ? "" : (stryCov_9fa48("26"), "ngay"), stryMutAct_9fa48("27") ? "" : (stryCov_9fa48("27"), "khau"), stryMutAct_9fa48("28") ? "" : (stryCov_9fa48("28"), "nhan khau"), stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), "lao dong"), stryMutAct_9fa48("30") ? "" : (stryCov_9fa48("30"), "ha")]));

/** Measurement units and counted nouns, folded spelling → canonical spelling. */
export const UNIT_WORDS: ReadonlyMap<string, string> = new Map(stryMutAct_9fa48("31") ? [] : (stryCov_9fa48("31"), [stryMutAct_9fa48("32") ? [] : (stryCov_9fa48("32"), [stryMutAct_9fa48("33") ? "" : (stryCov_9fa48("33"), "ha"), stryMutAct_9fa48("34") ? "" : (stryCov_9fa48("34"), "ha")]), stryMutAct_9fa48("35") ? [] : (stryCov_9fa48("35"), [stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), "km"), stryMutAct_9fa48("37") ? "" : (stryCov_9fa48("37"), "km")]), stryMutAct_9fa48("38") ? [] : (stryCov_9fa48("38"), [stryMutAct_9fa48("39") ? "" : (stryCov_9fa48("39"), "m"), stryMutAct_9fa48("40") ? "" : (stryCov_9fa48("40"), "m")]), stryMutAct_9fa48("41") ? [] : (stryCov_9fa48("41"), [stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), "m²"), stryMutAct_9fa48("43") ? "" : (stryCov_9fa48("43"), "m²")]), stryMutAct_9fa48("44") ? [] : (stryCov_9fa48("44"), [stryMutAct_9fa48("45") ? "" : (stryCov_9fa48("45"), "m³"), stryMutAct_9fa48("46") ? "" : (stryCov_9fa48("46"), "m³")]), stryMutAct_9fa48("47") ? [] : (stryCov_9fa48("47"), [stryMutAct_9fa48("48") ? "" : (stryCov_9fa48("48"), "tan"), stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), "tấn")]), stryMutAct_9fa48("50") ? [] : (stryCov_9fa48("50"), [stryMutAct_9fa48("51") ? "" : (stryCov_9fa48("51"), "kg"), stryMutAct_9fa48("52") ? "" : (stryCov_9fa48("52"), "kg")]), stryMutAct_9fa48("53") ? [] : (stryCov_9fa48("53"), [stryMutAct_9fa48("54") ? "" : (stryCov_9fa48("54"), "lit"), stryMutAct_9fa48("55") ? "" : (stryCov_9fa48("55"), "lít")]), stryMutAct_9fa48("56") ? [] : (stryCov_9fa48("56"), [stryMutAct_9fa48("57") ? "" : (stryCov_9fa48("57"), "ho"), stryMutAct_9fa48("58") ? "" : (stryCov_9fa48("58"), "hộ")]), stryMutAct_9fa48("59") ? [] : (stryCov_9fa48("59"), [stryMutAct_9fa48("60") ? "" : (stryCov_9fa48("60"), "ho gia dinh"), stryMutAct_9fa48("61") ? "" : (stryCov_9fa48("61"), "hộ")]), stryMutAct_9fa48("62") ? [] : (stryCov_9fa48("62"), [stryMutAct_9fa48("63") ? "" : (stryCov_9fa48("63"), "nguoi"), stryMutAct_9fa48("64") ? "" : (stryCov_9fa48("64"), "người")]), stryMutAct_9fa48("65") ? [] : (stryCov_9fa48("65"), [stryMutAct_9fa48("66") ? "" : (stryCov_9fa48("66"), "thon"), stryMutAct_9fa48("67") ? "" : (stryCov_9fa48("67"), "thôn")]), stryMutAct_9fa48("68") ? [] : (stryCov_9fa48("68"), [stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), "ban"), stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), "bản")]), stryMutAct_9fa48("71") ? [] : (stryCov_9fa48("71"), [stryMutAct_9fa48("72") ? "" : (stryCov_9fa48("72"), "ap"), stryMutAct_9fa48("73") ? "" : (stryCov_9fa48("73"), "ấp")]), stryMutAct_9fa48("74") ? [] : (stryCov_9fa48("74"), [stryMutAct_9fa48("75") ? "" : (stryCov_9fa48("75"), "khu dan cu"), stryMutAct_9fa48("76") ? "" : (stryCov_9fa48("76"), "khu dân cư")]), stryMutAct_9fa48("77") ? [] : (stryCov_9fa48("77"), [stryMutAct_9fa48("78") ? "" : (stryCov_9fa48("78"), "co so"), stryMutAct_9fa48("79") ? "" : (stryCov_9fa48("79"), "cơ sở")]), stryMutAct_9fa48("80") ? [] : (stryCov_9fa48("80"), [stryMutAct_9fa48("81") ? "" : (stryCov_9fa48("81"), "diem"), stryMutAct_9fa48("82") ? "" : (stryCov_9fa48("82"), "điểm")]), stryMutAct_9fa48("83") ? [] : (stryCov_9fa48("83"), [stryMutAct_9fa48("84") ? "" : (stryCov_9fa48("84"), "nha"), stryMutAct_9fa48("85") ? "" : (stryCov_9fa48("85"), "nhà")]), stryMutAct_9fa48("86") ? [] : (stryCov_9fa48("86"), [stryMutAct_9fa48("87") ? "" : (stryCov_9fa48("87"), "xa"), stryMutAct_9fa48("88") ? "" : (stryCov_9fa48("88"), "xã")]), stryMutAct_9fa48("89") ? [] : (stryCov_9fa48("89"), [stryMutAct_9fa48("90") ? "" : (stryCov_9fa48("90"), "em"), stryMutAct_9fa48("91") ? "" : (stryCov_9fa48("91"), "em")]), stryMutAct_9fa48("92") ? [] : (stryCov_9fa48("92"), [stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), "hoc sinh"), stryMutAct_9fa48("94") ? "" : (stryCov_9fa48("94"), "học sinh")]), stryMutAct_9fa48("95") ? [] : (stryCov_9fa48("95"), [stryMutAct_9fa48("96") ? "" : (stryCov_9fa48("96"), "lao dong"), stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), "lao động")]), stryMutAct_9fa48("98") ? [] : (stryCov_9fa48("98"), [stryMutAct_9fa48("99") ? "" : (stryCov_9fa48("99"), "can bo"), stryMutAct_9fa48("100") ? "" : (stryCov_9fa48("100"), "cán bộ")]), stryMutAct_9fa48("101") ? [] : (stryCov_9fa48("101"), [stryMutAct_9fa48("102") ? "" : (stryCov_9fa48("102"), "truong"), stryMutAct_9fa48("103") ? "" : (stryCov_9fa48("103"), "trường")]), stryMutAct_9fa48("104") ? [] : (stryCov_9fa48("104"), [stryMutAct_9fa48("105") ? "" : (stryCov_9fa48("105"), "thua"), stryMutAct_9fa48("106") ? "" : (stryCov_9fa48("106"), "thửa")]), stryMutAct_9fa48("107") ? [] : (stryCov_9fa48("107"), [stryMutAct_9fa48("108") ? "" : (stryCov_9fa48("108"), "cong trinh"), stryMutAct_9fa48("109") ? "" : (stryCov_9fa48("109"), "công trình")]), stryMutAct_9fa48("110") ? [] : (stryCov_9fa48("110"), [stryMutAct_9fa48("111") ? "" : (stryCov_9fa48("111"), "san pham"), stryMutAct_9fa48("112") ? "" : (stryCov_9fa48("112"), "sản phẩm")]), stryMutAct_9fa48("113") ? [] : (stryCov_9fa48("113"), [stryMutAct_9fa48("114") ? "" : (stryCov_9fa48("114"), "htx"), stryMutAct_9fa48("115") ? "" : (stryCov_9fa48("115"), "HTX")]), stryMutAct_9fa48("116") ? [] : (stryCov_9fa48("116"), [stryMutAct_9fa48("117") ? "" : (stryCov_9fa48("117"), "hop tac xa"), stryMutAct_9fa48("118") ? "" : (stryCov_9fa48("118"), "hợp tác xã")]), stryMutAct_9fa48("119") ? [] : (stryCov_9fa48("119"), [stryMutAct_9fa48("120") ? "" : (stryCov_9fa48("120"), "tieu chi"), stryMutAct_9fa48("121") ? "" : (stryCov_9fa48("121"), "tiêu chí")]), stryMutAct_9fa48("122") ? [] : (stryCov_9fa48("122"), [stryMutAct_9fa48("123") ? "" : (stryCov_9fa48("123"), "dong chi"), stryMutAct_9fa48("124") ? "" : (stryCov_9fa48("124"), "đồng chí")])]));
export interface UnitReading {
  /** Canonical unit: "đồng", "%", "ha", … */
  unit: string;
  /** Multiply a value written in this unit by `scale` to get the canonical unit (triệu → 1e6). */
  scale: number;
  money: boolean;
}

/** Folds and writes "m2"/"m3" as "m²"/"m³" so both spellings match. */
export function foldUnitText(s: string): string {
  if (stryMutAct_9fa48("125")) {
    {}
  } else {
    stryCov_9fa48("125");
    return foldText(s).replace(stryMutAct_9fa48("133") ? /(^|[^\p{L}])m([23])(?![\p{L}\D])/gu : stryMutAct_9fa48("132") ? /(^|[^\p{L}])m([23])(?![\P{L}\d])/gu : stryMutAct_9fa48("131") ? /(^|[^\p{L}])m([23])(?![^\p{L}\d])/gu : stryMutAct_9fa48("130") ? /(^|[^\p{L}])m([23])(?=[\p{L}\d])/gu : stryMutAct_9fa48("129") ? /(^|[^\p{L}])m([^23])(?![\p{L}\d])/gu : stryMutAct_9fa48("128") ? /(^|[^\P{L}])m([23])(?![\p{L}\d])/gu : stryMutAct_9fa48("127") ? /(^|[\p{L}])m([23])(?![\p{L}\d])/gu : stryMutAct_9fa48("126") ? /([^\p{L}])m([23])(?![\p{L}\d])/gu : (stryCov_9fa48("126", "127", "128", "129", "130", "131", "132", "133"), /(^|[^\p{L}])m([23])(?![\p{L}\d])/gu), stryMutAct_9fa48("134") ? () => undefined : (stryCov_9fa48("134"), (_m, pre: string, d: string) => stryMutAct_9fa48("135") ? `` : (stryCov_9fa48("135"), `${pre}m${(stryMutAct_9fa48("138") ? d !== "2" : stryMutAct_9fa48("137") ? false : stryMutAct_9fa48("136") ? true : (stryCov_9fa48("136", "137", "138"), d === (stryMutAct_9fa48("139") ? "" : (stryCov_9fa48("139"), "2")))) ? stryMutAct_9fa48("140") ? "" : (stryCov_9fa48("140"), "²") : stryMutAct_9fa48("141") ? "" : (stryCov_9fa48("141"), "³")}`)));
  }
}

/**
 * Reads a unit as written. "triệu đồng/người/năm" → { unit: "đồng", scale: 1e6, money: true };
 * "%" → { unit: "%", scale: 1 }; "Ha" → { unit: "ha", scale: 1 }; "" → { unit: "", scale: 1 }.
 * A unit we do not know keeps its normalised spelling with scale 1.
 */
export function readUnit(written: string): UnitReading {
  if (stryMutAct_9fa48("142")) {
    {}
  } else {
    stryCov_9fa48("142");
    const text = normalizeText(written);
    if (stryMutAct_9fa48("145") ? text !== "" : stryMutAct_9fa48("144") ? false : stryMutAct_9fa48("143") ? true : (stryCov_9fa48("143", "144", "145"), text === (stryMutAct_9fa48("146") ? "Stryker was here!" : (stryCov_9fa48("146"), "")))) return stryMutAct_9fa48("147") ? {} : (stryCov_9fa48("147"), {
      unit: stryMutAct_9fa48("148") ? "Stryker was here!" : (stryCov_9fa48("148"), ""),
      scale: 1,
      money: stryMutAct_9fa48("149") ? true : (stryCov_9fa48("149"), false)
    });
    if (stryMutAct_9fa48("152") ? text !== "%" : stryMutAct_9fa48("151") ? false : stryMutAct_9fa48("150") ? true : (stryCov_9fa48("150", "151", "152"), text === (stryMutAct_9fa48("153") ? "" : (stryCov_9fa48("153"), "%")))) return stryMutAct_9fa48("154") ? {} : (stryCov_9fa48("154"), {
      unit: PERCENT_UNIT,
      scale: 1,
      money: stryMutAct_9fa48("155") ? true : (stryCov_9fa48("155"), false)
    });
    const folded = foldUnitText(text);
    const [head, ...per] = folded.split(stryMutAct_9fa48("156") ? "" : (stryCov_9fa48("156"), "/")).map(stryMutAct_9fa48("157") ? () => undefined : (stryCov_9fa48("157"), p => stryMutAct_9fa48("158") ? p : (stryCov_9fa48("158"), p.trim())));
    const perOk = stryMutAct_9fa48("159") ? per.some(p => PER_WORDS.has(p)) : (stryCov_9fa48("159"), per.every(stryMutAct_9fa48("160") ? () => undefined : (stryCov_9fa48("160"), p => PER_WORDS.has(p))));
    const words = stryMutAct_9fa48("161") ? head.split(" ") : (stryCov_9fa48("161"), head.split(stryMutAct_9fa48("162") ? "" : (stryCov_9fa48("162"), " ")).filter(Boolean));
    let scale = 1;
    let i = 0;
    let money = stryMutAct_9fa48("163") ? true : (stryCov_9fa48("163"), false);
    if (stryMutAct_9fa48("166") ? i < words.length || MONEY_SCALES.has(words[i]) : stryMutAct_9fa48("165") ? false : stryMutAct_9fa48("164") ? true : (stryCov_9fa48("164", "165", "166"), (stryMutAct_9fa48("169") ? i >= words.length : stryMutAct_9fa48("168") ? i <= words.length : stryMutAct_9fa48("167") ? true : (stryCov_9fa48("167", "168", "169"), i < words.length)) && MONEY_SCALES.has(words[i]))) {
      if (stryMutAct_9fa48("170")) {
        {}
      } else {
        stryCov_9fa48("170");
        scale = stryMutAct_9fa48("171") ? MONEY_SCALES.get(words[i]) && 1 : (stryCov_9fa48("171"), MONEY_SCALES.get(words[i]) ?? 1);
        money = stryMutAct_9fa48("172") ? false : (stryCov_9fa48("172"), true);
        stryMutAct_9fa48("173") ? i-- : (stryCov_9fa48("173"), i++);
      }
    }
    if (stryMutAct_9fa48("176") ? i < words.length || CURRENCY_WORDS.has(words[i]) : stryMutAct_9fa48("175") ? false : stryMutAct_9fa48("174") ? true : (stryCov_9fa48("174", "175", "176"), (stryMutAct_9fa48("179") ? i >= words.length : stryMutAct_9fa48("178") ? i <= words.length : stryMutAct_9fa48("177") ? true : (stryCov_9fa48("177", "178", "179"), i < words.length)) && CURRENCY_WORDS.has(words[i]))) {
      if (stryMutAct_9fa48("180")) {
        {}
      } else {
        stryCov_9fa48("180");
        money = stryMutAct_9fa48("181") ? false : (stryCov_9fa48("181"), true);
        stryMutAct_9fa48("182") ? i-- : (stryCov_9fa48("182"), i++);
      }
    }
    if (stryMutAct_9fa48("185") ? money && i === words.length || perOk : stryMutAct_9fa48("184") ? false : stryMutAct_9fa48("183") ? true : (stryCov_9fa48("183", "184", "185"), (stryMutAct_9fa48("187") ? money || i === words.length : stryMutAct_9fa48("186") ? true : (stryCov_9fa48("186", "187"), money && (stryMutAct_9fa48("189") ? i !== words.length : stryMutAct_9fa48("188") ? true : (stryCov_9fa48("188", "189"), i === words.length)))) && perOk)) return stryMutAct_9fa48("190") ? {} : (stryCov_9fa48("190"), {
      unit: MONEY_UNIT,
      scale,
      money: stryMutAct_9fa48("191") ? false : (stryCov_9fa48("191"), true)
    });
    const known = (stryMutAct_9fa48("194") ? per.length !== 0 : stryMutAct_9fa48("193") ? false : stryMutAct_9fa48("192") ? true : (stryCov_9fa48("192", "193", "194"), per.length === 0)) ? UNIT_WORDS.get(head) : undefined;
    if (stryMutAct_9fa48("196") ? false : stryMutAct_9fa48("195") ? true : (stryCov_9fa48("195", "196"), known)) return stryMutAct_9fa48("197") ? {} : (stryCov_9fa48("197"), {
      unit: known,
      scale: 1,
      money: stryMutAct_9fa48("198") ? true : (stryCov_9fa48("198"), false)
    });
    return stryMutAct_9fa48("199") ? {} : (stryCov_9fa48("199"), {
      unit: stryMutAct_9fa48("200") ? text.toUpperCase() : (stryCov_9fa48("200"), text.toLowerCase()),
      scale: 1,
      money: stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201"), false)
    });
  }
}