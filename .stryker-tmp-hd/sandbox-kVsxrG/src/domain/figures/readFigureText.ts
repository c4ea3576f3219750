// @ts-nocheck
import { clean } from "./numberCell";
import { MAX_PHRASE_WORDS, phraseLookup } from "./figureWords";
import { parseViNumber } from "./parseNumber";
import { CURRENCY_WORDS, MONEY_SCALES, MONEY_UNIT, PER_WORDS, UNIT_WORDS, foldUnitText } from "./units";

/** What a text figure says, before its raw text is attached. */
export type Reading =
  | { kind: "empty" }
  | { kind: "percent"; value: number; numerator?: number; denominator?: number }
  | { kind: "amount"; value: number; unit: string }
  | { kind: "number"; value: number }
  | { kind: "verdict"; value: "achieved" | "not_achieved" | "not_assessed" }
  | { kind: "yesNo"; value: boolean; nothing?: true }
  | { kind: "unreadable"; reason: "unparsed" };

type Token =
  | { t: "num"; s: string; v: number | null; start: number; end: number }
  | { t: "sym"; s: string; start: number; end: number }
  | { t: "word"; s: string; lower: string; folded: string; start: number; end: number };

const CONNECTOR_SYMS = new Set(["=", "(", ")", "[", "]", ":", ",", ";", ".", "-", "–", "—", "≈", "~", ">", "≥", "+", "*", "\"", "'", "“", "”", "…"]);
const TICKS = new Set(["✓", "✔", "☑", "✅"]);
const ONLY_DASHES = /^[-–—.…\s]+$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}²³]+)|(\S)/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1] !== undefined) tokens.push({ t: "num", s: m[1], v: parseViNumber(m[1]), start, end });
    else if (m[2] !== undefined) {
      const lower = m[2].toLowerCase();
      tokens.push({ t: "word", s: m[2], lower, folded: foldUnitText(lower), start, end });
    } else tokens.push({ t: "sym", s: m[3], start, end });
  }
  return tokens;
}

/** Longest run of word tokens at `i` (up to `max`) whose joined spelling satisfies `test`; returns its length or 0. */
function matchWords<T>(tokens: Token[], i: number, lookup: (lower: string, folded: string) => T | undefined): { len: number; hit: T } | null {
  for (let len = MAX_PHRASE_WORDS; len >= 1; len--) {
    const words = tokens.slice(i, i + len);
    if (words.length < len || words.some((w) => w.t !== "word")) continue;
    const ws = words as Array<Extract<Token, { t: "word" }>>;
    const hit = lookup(ws.map((w) => w.lower).join(" "), ws.map((w) => w.folded).join(" "));
    if (hit !== undefined) return { len, hit };
  }
  return null;
}

interface Numerics {
  percents: number[];
  ratios: Array<{ n: number; d: number }>;
  money: number[];
  amounts: Array<{ value: number; unit: string }>;
  bare: number[];
}

/** Reads a normalised, decoded text (see parseFigure for the rules). */
export function readText(textIn: string): Reading {
  const text = textIn.replace(/(^|[^\p{L}])m([23])(?![\p{L}\d])/gu, (_m, pre: string, d: string) => `${pre}m${d === "2" ? "²" : "³"}`);
  if (text === "" || ONLY_DASHES.test(text)) return { kind: "empty" };
  const nfc = text.normalize("NFC");
  // "Không có cơ sở chăn nuôi", "Không phát sinh", "Không có": nothing of the kind exists (no figure in it).
  if (/^(không|khong) (có|co|phát sinh|phat sinh)(\s+\p{L}|[\s.]*$)/iu.test(nfc) && !/\d/.test(text)) return { kind: "yesNo", value: false, nothing: true };
  // "(Đạt) không có cơ sở trên địa bàn": the verdict, then why.
  const lead = /^\(\s*(đạt|chưa đạt|không đạt|dat|chua dat|khong dat)\s*\)\s*[-–:,]?\s*\p{L}/iu.exec(nfc);
  if (lead && !/\d/.test(text)) return { kind: "verdict", value: /^(đạt|dat)$/i.test(lead[1]) ? "achieved" : "not_achieved" };
  const tokens = tokenize(text);
  const nums: Numerics = { percents: [], ratios: [], money: [], amounts: [], bare: [] };
  const verdicts = new Set<"achieved" | "not_achieved" | "not_assessed">();
  const yesNos = new Set<boolean>();
  const unparsed: Reading = { kind: "unreadable", reason: "unparsed" };

  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (tok.t === "num") {
      if (tok.v === null) return unparsed;
      const prev = tokens[i - 1];
      const negative = prev?.t === "sym" && (prev.s === "-" || prev.s === "−") && prev.end === tok.start && tokens[i - 2]?.t !== "num";
      const v = negative ? -tok.v : tok.v;
      const next = tokens[i + 1];
      const next2 = tokens[i + 2];
      if (next?.t === "sym" && next.s === "/" && next2?.t === "num") {
        if (next2.v === null) return unparsed;
        nums.ratios.push({ n: v, d: next2.v });
        i += 3;
        const noun = matchWords(tokens, i, (_l, f) => UNIT_WORDS.get(f));
        if (noun) i += noun.len;
        continue;
      }
      if (next?.t === "sym" && next.s === "%") {
        nums.percents.push(v);
        i += 2;
        continue;
      }
      let j = i + 1;
      let scale = 1;
      let money = false;
      const w1 = tokens[j];
      if (w1?.t === "word" && MONEY_SCALES.has(w1.folded)) {
        scale = MONEY_SCALES.get(w1.folded) ?? 1;
        money = true;
        j++;
      }
      const w2 = tokens[j];
      if (w2?.t === "word" && CURRENCY_WORDS.has(w2.folded)) {
        money = true;
        j++;
      }
      if (money) {
        // "/người/năm" after money belongs to the wording, not the unit.
        for (;;) {
          const slash = tokens[j];
          if (slash?.t !== "sym" || slash.s !== "/") break;
          const per = matchWords(tokens, j + 1, (_l, f) => (PER_WORDS.has(f) ? true : undefined));
          if (!per) break;
          j += 1 + per.len;
        }
        nums.money.push(clean(v * scale));
        i = j;
        continue;
      }
      const unit = matchWords(tokens, j, (_l, f) => UNIT_WORDS.get(f));
      if (unit) {
        nums.amounts.push({ value: v, unit: unit.hit });
        i = j + unit.len;
        continue;
      }
      nums.bare.push(v);
      i++;
      continue;
    }
    if (tok.t === "sym") {
      if (TICKS.has(tok.s)) yesNos.add(true);
      else if (!CONNECTOR_SYMS.has(tok.s) && !(tok.s === "-" || tok.s === "−")) return unparsed;
      i++;
      continue;
    }
    const phrase = matchWords(tokens, i, (lower) => phraseLookup(lower));
    if (!phrase) return unparsed;
    if (phrase.hit.type === "verdict") verdicts.add(phrase.hit.value);
    else if (phrase.hit.type === "yesNo") yesNos.add(phrase.hit.value);
    i += phrase.len;
  }
  return decide(nums, verdicts, yesNos);
}

const SAME = 1e-9;

function decide(nums: Numerics, verdicts: Set<"achieved" | "not_achieved" | "not_assessed">, yesNos: Set<boolean>): Reading {
  const unparsed: Reading = { kind: "unreadable", reason: "unparsed" };
  const { percents, ratios, money, amounts, bare } = nums;
  const numericCount = percents.length + ratios.length + money.length + amounts.length + bare.length;
  if (percents.length > 0) {
    const p = percents[0];
    if (percents.some((q) => Math.abs(q - p) > SAME)) return unparsed;
    if (ratios.length > 1 || money.length + amounts.length + bare.length > 0) return unparsed;
    const r = ratios[0];
    return r ? { kind: "percent", value: p, numerator: r.n, denominator: r.d } : { kind: "percent", value: p };
  }
  if (numericCount > 1) return unparsed;
  if (ratios.length === 1) {
    const { n, d } = ratios[0];
    if (d === 0) return unparsed;
    return { kind: "percent", value: (n * 100) / d, numerator: n, denominator: d };
  }
  if (money.length === 1) return { kind: "amount", value: money[0], unit: MONEY_UNIT };
  if (amounts.length === 1) return { kind: "amount", value: amounts[0].value, unit: amounts[0].unit };
  if (bare.length === 1) return { kind: "number", value: bare[0] };
  if (verdicts.size === 1 && yesNos.size === 0) return { kind: "verdict", value: [...verdicts][0] };
  if (yesNos.size === 1 && verdicts.size === 0) return { kind: "yesNo", value: [...yesNos][0] };
  return unparsed;
}
