/**
 * Vietnamese text typed with pre-Unicode 8-bit fonts, as it reaches us through Excel: each byte
 * read as Windows-1252/Latin-1.
 *
 * - TCVN3 (ABC, fonts ".VnTime", ".VnArial"…): one byte per lower-case letter with its tone;
 *   only Ă Â Ê Ô Ơ Ư Đ have upper-case codes (capitals with tones come from ".VnTimeH" fonts,
 *   which draw the lower-case codes as capitals, so decoding them gives lower case).
 *   "Kết quả" → "KÕt qu¶", "Đạt" → "§¹t", "Chưa đạt" → "Ch­a ®¹t" (ư is byte 0xAD, a soft
 *   hyphen, which Word often turns into "−" U+2212; both decode to ư).
 * - VNI (VNI-Windows, fonts "VNI-Times"…): a base letter followed by mark bytes, e.g.
 *   "Ñaït" (Đạt), "Chöa ñaït" (Chưa đạt), "Keát quaû" (Kết quả); ơ ư đ and some i/y forms are
 *   single bytes.
 */

import { isVietnameseSyllable } from "./vietnameseSyllable";

export type LegacyEncoding = "tcvn3" | "vni";

// TCVN3 byte (as Latin-1 character) → Unicode.
const TCVN3_PAIRS: Array<[string, string]> = [
  ["¡", "Ă"], ["¢", "Â"], ["£", "Ê"], ["¤", "Ô"], ["¥", "Ơ"], ["¦", "Ư"], ["§", "Đ"],
  ["¨", "ă"], ["©", "â"], ["ª", "ê"], ["«", "ô"], ["¬", "ơ"], ["\u00AD", "ư"], ["®", "đ"],
  ["\u2212", "ư"],
  ["µ", "à"], ["¶", "ả"], ["·", "ã"], ["¸", "á"], ["¹", "ạ"],
  ["»", "ằ"], ["¼", "ẳ"], ["½", "ẵ"], ["¾", "ắ"], ["Æ", "ặ"],
  ["Ç", "ầ"], ["È", "ẩ"], ["É", "ẫ"], ["Ê", "ấ"], ["Ë", "ậ"],
  ["Ì", "è"], ["Î", "ẻ"], ["Ï", "ẽ"], ["Ð", "é"], ["Ñ", "ẹ"],
  ["Ò", "ề"], ["Ó", "ể"], ["Ô", "ễ"], ["Õ", "ế"], ["Ö", "ệ"],
  ["×", "ì"], ["Ø", "ỉ"], ["Ü", "ĩ"], ["Ý", "í"], ["Þ", "ị"],
  ["ß", "ò"], ["á", "ỏ"], ["â", "õ"], ["ã", "ó"], ["ä", "ọ"],
  ["å", "ồ"], ["æ", "ổ"], ["ç", "ỗ"], ["è", "ố"], ["é", "ộ"],
  ["ê", "ờ"], ["ë", "ở"], ["ì", "ỡ"], ["í", "ớ"], ["î", "ợ"],
  ["ï", "ù"], ["ñ", "ủ"], ["ò", "ũ"], ["ó", "ú"], ["ô", "ụ"],
  ["õ", "ừ"], ["ö", "ử"], ["÷", "ữ"], ["ø", "ứ"], ["ù", "ự"],
  ["ú", "ỳ"], ["û", "ỷ"], ["ü", "ỹ"], ["ý", "ý"], ["þ", "ỵ"],
];
const TCVN3_MAP = new Map(TCVN3_PAIRS);
// TCVN3 letters that are symbols in Latin-1 (§ ¹ ¶ …): a strong trait of TCVN3 text. Not ° ² ³ º.
const TCVN3_SYMBOL_LETTERS = /[\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u2212]/;

// VNI single characters that are letters of their own.
const VNI_LETTERS = new Map<string, string>([
  ["ô", "ơ"], ["Ô", "Ơ"], ["ö", "ư"], ["Ö", "Ư"], ["ñ", "đ"], ["Ñ", "Đ"],
  ["ó", "ĩ"], ["Ó", "Ĩ"], ["æ", "ỉ"], ["Æ", "Ỉ"], ["ò", "ị"], ["Ò", "Ị"], ["î", "ỵ"], ["Î", "Ỵ"],
]);

const CIRC = "\u0302";
const BREVE = "\u0306";
const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";

interface VniMark {
  dia?: typeof CIRC | typeof BREVE;
  tone?: string;
}
// VNI mark characters (after a base vowel), lower and upper case alike.
const VNI_MARK_PAIRS: Array<[string, VniMark]> = [
  ["ù", { tone: ACUTE }], ["ø", { tone: GRAVE }], ["û", { tone: HOOK }], ["õ", { tone: TILDE }], ["ï", { tone: DOT }],
  ["â", { dia: CIRC }], ["ê", { dia: BREVE }],
  ["á", { dia: CIRC, tone: ACUTE }], ["à", { dia: CIRC, tone: GRAVE }], ["å", { dia: CIRC, tone: HOOK }],
  ["ã", { dia: CIRC, tone: TILDE }], ["ä", { dia: CIRC, tone: DOT }],
  ["é", { dia: BREVE, tone: ACUTE }], ["è", { dia: BREVE, tone: GRAVE }], ["ú", { dia: BREVE, tone: HOOK }],
  ["ü", { dia: BREVE, tone: TILDE }], ["ë", { dia: BREVE, tone: DOT }],
];
const VNI_MARKS = new Map<string, VniMark>();
for (const [ch, mark] of VNI_MARK_PAIRS) {
  VNI_MARKS.set(ch, mark);
  VNI_MARKS.set(ch.toUpperCase(), mark);
}

/** Converts text in the given legacy encoding to Unicode (NFC). Characters outside the encoding pass through. */
export function decodeLegacy(s: string, enc: LegacyEncoding): string {
  return enc === "tcvn3" ? decodeTcvn3(s) : decodeVni(s);
}

function decodeTcvn3(s: string): string {
  let out = "";
  for (const ch of s) out += TCVN3_MAP.get(ch) ?? ch;
  return out.normalize("NFC");
}

function decodeVni(s: string): string {
  const chars = Array.from(s);
  let out = "";
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const letter = VNI_LETTERS.get(ch);
    const base = letter ?? ch;
    const lowerBase = base.toLowerCase();
    const isVowel = "aeiouyơư".includes(lowerBase);
    if (isVowel) {
      let dia: string | undefined;
      let tone: string | undefined;
      let j = i + 1;
      while (j < chars.length) {
        const mark = VNI_MARKS.get(chars[j]);
        if (!mark) break;
        if (mark.dia) {
          const fits = mark.dia === CIRC ? "aeo".includes(lowerBase) : lowerBase === "a";
          if (!fits || dia) break;
        }
        if (mark.tone && tone) break;
        dia = mark.dia ?? dia;
        tone = mark.tone ?? tone;
        j++;
      }
      out += (base + (dia ?? "") + (tone ?? "")).normalize("NFC");
      i = j;
    } else {
      out += base;
      i++;
    }
  }
  return out.normalize("NFC");
}

// Characters that only Unicode Vietnamese has (beyond Latin-1), and combining marks (NFD input).
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]|\p{M}/u;
const NON_ASCII = /[\u0080-\uFFFF]/;
const LATIN1_LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]/;
// Token separators: white space, digits and ASCII punctuation. Latin-1 symbols stay in tokens
// because TCVN3 uses them as letters (§ ¹ ¶ …).
const TOKEN_SPLIT = /[\s\d\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e\u00A0\u2000-\u206f\u3000]+/;

function tokensOf(s: string): string[] {
  // U+2212 is a TCVN3 "ư" in Word text; keep it inside tokens (it lies outside the split class).
  return s.split(TOKEN_SPLIT).filter((t) => t.length > 0);
}

/** Tokens worth weighing: non-ASCII, and either holding a letter or at least two characters ("©" alone is a symbol). */
function weighable(token: string): boolean {
  return NON_ASCII.test(token) && (LATIN1_LETTER.test(token) || Array.from(token).length >= 2);
}

interface Score {
  enc: LegacyEncoding;
  valid: number;
  invalidChanged: number;
}

/**
 * Which legacy encoding a text is in, or null for Unicode (or plain ASCII) text.
 * Method: every non-ASCII word is tested as a Vietnamese syllable as it stands and after decoding
 * with each encoding; an encoding wins when more words are well-formed after decoding than as
 * they stand, and decoding leaves fewer broken words than good ones. Text with characters only
 * Unicode Vietnamese has (ạ, ư, đ…, or combining marks) is Unicode. Short ambiguous words that
 * read well both ways ("Có", "Không") stay Unicode.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  if (!NON_ASCII.test(s) || UNICODE_VIETNAMESE.test(s)) return null;
  const tokens = tokensOf(s).filter(weighable);
  if (tokens.length === 0) return null;
  const asIs = tokens.filter(isSyllableish).length;
  const scores: Score[] = (["tcvn3", "vni"] as const).map((enc) => {
    let valid = 0;
    let invalidChanged = 0;
    for (const t of tokens) {
      const decoded = decodeLegacy(t, enc);
      if (isSyllableish(decoded)) valid++;
      else if (decoded !== t.normalize("NFC")) invalidChanged++;
    }
    return { enc, valid, invalidChanged };
  });
  const winners = scores
    .filter((sc) => sc.valid > asIs && sc.invalidChanged < sc.valid)
    .sort((a, b) => b.valid - a.valid || a.invalidChanged - b.invalidChanged);
  if (winners.length === 0) return null;
  const [first, second] = winners;
  // Both encodings read equally well: ambiguous, do not guess.
  if (second && second.valid === first.valid && second.invalidChanged === first.invalidChanged) return null;
  return first.enc;
}

/**
 * True when the text carries traits of a legacy encoding (TCVN3 symbol letters or VNI mark pairs) inside words.
 * Used to say "unreadable: legacy encoding" when detection could not settle on a reading.
 */
export function looksLegacyEncoded(s: string): boolean {
  if (!NON_ASCII.test(s) || UNICODE_VIETNAMESE.test(s)) return false;
  // A word that reads as Vietnamese as it stands ("Hoàn", "ngoài": Latin-1 letters only) is not a trait.
  return tokensOf(s).some(
    (t) =>
      LATIN1_LETTER.test(t) &&
      (TCVN3_SYMBOL_LETTERS.test(t) || /[aeouyAEOUY][ùøûõâêáàåãäéèúüëÙØÛÕÂÊÁÀÅÃÄÉÈÚÜË]/.test(t) || /[ñÑ]/.test(t)) &&
      !isSyllableish(t),
  );
}

function isSyllableish(token: string): boolean {
  return isVietnameseSyllable(token);
}
