import type { CellInput, Figure } from "./Figure";
import { formatNumberVi } from "./formatNumber";
import { decodeLegacy, detectLegacyEncoding, looksLegacyEncoded } from "./legacyEncoding";
import { normalizeText } from "./normalizeText";
import { parseViNumber } from "./parseNumber";
import { CURRENCY_WORDS, MONEY_SCALES, MONEY_UNIT, PER_WORDS, UNIT_WORDS, foldUnitText, readUnit } from "./units";

/**
 * Reads one cell into a Figure. Never throws; what it cannot read becomes `unreadable` with a reason.
 *
 * Reading rules (see also parseNumber.ts for "," / "." and units.ts for money):
 * - Strings are NFC-normalised; text typed in TCVN3 or VNI is decoded first and `raw` keeps the
 *   text as written. Text that looks legacy-encoded but reads as neither → unreadable "legacy-encoding".
 * - Excel error values ("#N/A", "#DIV/0!", "#VALUE!"…) → unreadable "error-value".
 * - A written percent wins: "721/722 hộ (99,8%)" is 99.8 with numerator 721 and denominator 722,
 *   not the computed 99.86. A ratio alone ("721/722", "16/16") becomes a percent computed from it.
 * - When a figure and a verdict word both appear ("Đạt (100%)", "570/722 hộ đạt 78,9%") the
 *   figure is the number; the verdict word is read as a connective.
 * - Money is normalised to đồng ("23,5 triệu" → 23 500 000); "/người/năm" is dropped.
 * - Qualifiers "trên", "hơn", "khoảng", "gần", "≈", "~", ">" are dropped ("trên 95%" → 95);
 *   "dưới", "<" are not (→ unparsed): reading an upper bound as the figure would overstate it.
 * - Two different figures in one cell (two percents that disagree, money and a percent,
 *   two bare numbers) → unparsed: the cell does not say which one counts.
 * - A cell of only dashes ("-", "—") is empty.
 * - Words (Đạt, Chưa đạt, Có, Không…) match with full diacritics or with none ("chua dat");
 *   half-accented spellings ("Chua đạt") are unparsed rather than guessed.
 * - Numbers stored as numbers: a "%" number format makes a percent (0.998 → 99.8); a unit in the
 *   format's quoted text (0" ha", #,##0" đồng") makes an amount; otherwise a plain number.
 *   Booleans are yes/no. `raw` is the shown text when given, else a Vietnamese rendering.
 */
export function parseFigure(cell: CellInput): Figure {
  const { value } = cell;
  if (value === null || value === undefined) return { kind: "empty", raw: cell.text ?? "" };
  if (typeof value === "boolean") return { kind: "yesNo", value, raw: cell.text ?? (value ? "TRUE" : "FALSE") };
  if (typeof value === "number") {
    const f = parseNumberCell(value, cell.numberFormat, cell.text);
    // Near Number.MAX_VALUE, ×100 for a percent or rounding to 15 digits overflows to ±Infinity:
    // not a figure (found by tests/property).
    if ("value" in f && typeof f.value === "number" && !Number.isFinite(f.value)) return { kind: "unreadable", raw: cell.text ?? String(value), reason: "unparsed" };
    return f;
  }
  if (typeof value !== "string") return { kind: "unreadable", raw: String(value), reason: "unparsed" };
  return parseTextCell(value);
}

/** Reads a text as a figure; `raw` is the text as given. */
export function parseFigureText(text: string): Figure {
  return parseTextCell(text);
}

const ERROR_VALUE = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

function parseTextCell(raw: string): Figure {
  const trimmed = normalizeText(raw);
  if (ERROR_VALUE.test(trimmed)) return { kind: "unreadable", raw, reason: "error-value" };
  const enc = detectLegacyEncoding(raw);
  if (!enc && looksLegacyEncoded(raw)) return { kind: "unreadable", raw, reason: "legacy-encoding" };
  const text = enc ? normalizeText(decodeLegacy(raw, enc)) : trimmed;
  const reading = readText(text);
  return { ...reading, raw } as Figure;
}

// ---------------------------------------------------------------------------------------------
// Numbers stored as numbers

function parseNumberCell(value: number, numberFormat: string | undefined, text: string | undefined): Figure {
  if (!Number.isFinite(value)) return { kind: "unreadable", raw: text ?? String(value), reason: "unparsed" };
  const fmt = numberFormat ?? "";
  if (isPercentFormat(fmt)) {
    const pct = clean(value * 100);
    return { kind: "percent", value: pct, raw: text ?? `${formatNumberVi(pct)}%` };
  }
  const literal = formatLiteral(fmt);
  if (literal) {
    const u = readUnit(literal);
    if (u.money || [...UNIT_WORDS.values()].includes(u.unit)) {
      const amount = clean(value * u.scale);
      return { kind: "amount", value: amount, unit: u.unit, raw: text ?? `${formatNumberVi(value)} ${literal}` };
    }
  }
  return { kind: "number", value, raw: text ?? formatNumberVi(value) };
}

/** Strips quoted text, escaped characters and [..] blocks from a number format. */
function formatCode(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
}

function isPercentFormat(fmt: string): boolean {
  return formatCode(fmt.split(";")[0] ?? "").includes("%");
}

/** The unit text a number format prints after the number: quoted text or a [$₫-42A] currency. */
function formatLiteral(fmt: string): string {
  const section = fmt.split(";")[0] ?? "";
  const quoted = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  const currency = [...section.matchAll(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g)].map((m) => (m[1] === "₫" ? "đồng" : m[1]));
  return normalizeText([...quoted, ...currency].join(" "));
}

/** Removes binary noise (0.998 × 100 = 99.80000000000001) without touching real digits. */
function clean(n: number): number {
  return Number(n.toPrecision(15));
}

// ---------------------------------------------------------------------------------------------
// Text

type Reading =
  | { kind: "empty" }
  | { kind: "percent"; value: number; numerator?: number; denominator?: number }
  | { kind: "amount"; value: number; unit: string }
  | { kind: "number"; value: number }
  | { kind: "verdict"; value: "achieved" | "not_achieved" | "not_assessed" }
  | { kind: "yesNo"; value: boolean }
  | { kind: "unreadable"; reason: "unparsed" };

type Token =
  | { t: "num"; s: string; v: number | null; start: number; end: number }
  | { t: "sym"; s: string; start: number; end: number }
  | { t: "word"; s: string; lower: string; folded: string; start: number; end: number };

type Meaning =
  | { type: "verdict"; value: "achieved" | "not_achieved" | "not_assessed" }
  | { type: "yesNo"; value: boolean }
  | { type: "connector" };

// Keyed by the proper lower-case spelling; also matched when typed without diacritics.
const PHRASES: Array<[string, Meaning]> = [
  ["đạt", { type: "verdict", value: "achieved" }],
  ["đạt chuẩn", { type: "verdict", value: "achieved" }],
  ["đã đạt", { type: "verdict", value: "achieved" }],
  ["đạt yêu cầu", { type: "verdict", value: "achieved" }],
  ["chưa đạt", { type: "verdict", value: "not_achieved" }],
  ["không đạt", { type: "verdict", value: "not_achieved" }],
  ["chưa đạt chuẩn", { type: "verdict", value: "not_achieved" }],
  ["không đạt chuẩn", { type: "verdict", value: "not_achieved" }],
  ["chưa đạt yêu cầu", { type: "verdict", value: "not_achieved" }],
  ["chưa đánh giá", { type: "verdict", value: "not_assessed" }],
  ["chưa có đánh giá", { type: "verdict", value: "not_assessed" }],
  ["có", { type: "yesNo", value: true }],
  ["x", { type: "yesNo", value: true }],
  ["không", { type: "yesNo", value: false }],
  ["không có", { type: "yesNo", value: false }],
  ["trên", { type: "connector" }],
  ["hơn", { type: "connector" }],
  ["khoảng", { type: "connector" }],
  ["gần", { type: "connector" }],
  ["xấp xỉ", { type: "connector" }],
  ["ước", { type: "connector" }],
  ["ước đạt", { type: "connector" }],
  ["tỷ lệ", { type: "connector" }],
  ["tỉ lệ", { type: "connector" }],
  ["chiếm", { type: "connector" }],
  ["bằng", { type: "connector" }],
  ["là", { type: "connector" }],
  ["được", { type: "connector" }],
];
const PROPER = new Map(PHRASES);
const FOLDED = new Map(PHRASES.map(([k, m]) => [foldUnitText(k), m] as [string, Meaning]));
const MAX_PHRASE_WORDS = 4;

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

const NON_ASCII = /[\u0080-\uFFFF]/;
function phraseLookup(lower: string): Meaning | undefined {
  return PROPER.get(lower) ?? (NON_ASCII.test(lower) ? undefined : FOLDED.get(lower));
}

interface Numerics {
  percents: number[];
  ratios: Array<{ n: number; d: number }>;
  money: number[];
  amounts: Array<{ value: number; unit: string }>;
  bare: number[];
}

function readText(textIn: string): Reading {
  const text = textIn.replace(/(^|[^\p{L}])m([23])(?![\p{L}\d])/gu, (_m, pre: string, d: string) => `${pre}m${d === "2" ? "²" : "³"}`);
  if (text === "" || ONLY_DASHES.test(text)) return { kind: "empty" };
  // "Không có cơ sở chăn nuôi": none of the thing exists, whatever the noun (no figure in it).
  if (/^(không|khong) (có|co)\s+\p{L}/iu.test(text.normalize("NFC")) && !/\d/.test(text)) return { kind: "yesNo", value: false };
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
