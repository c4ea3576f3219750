/**
 * A rough test of whether a word (one token, no spaces) is a well-formed Vietnamese syllable:
 * initial consonant, a known vowel cluster, a final consonant, at most one tone mark, and the
 * rule that syllables ending in p, t, c, ch take only the acute (sắc) or dot-below (nặng) tone.
 * Used to tell legacy-encoded text from Unicode text; it does not check the dictionary.
 */
// @ts-nocheck


const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ACUTE_OR_DOT = /[\u0301\u0323]/;

const INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x";
const VOWEL_CLUSTERS = [
  "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
  "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
].join("|");
const FINALS = "ch|nh|ng|c|m|n|p|t";
const SYLLABLE = new RegExp(`^(?:${INITIALS})?(?:${VOWEL_CLUSTERS})(${FINALS})?$`);

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const base = decomposed.replace(TONE_MARKS, "").normalize("NFC");
  const m = SYLLABLE.exec(base);
  if (!m) return false;
  const final = m[1];
  if (final === "p" || final === "t" || final === "c" || final === "ch") {
    return tones.length === 1 && ACUTE_OR_DOT.test(tones[0]);
  }
  return true;
}
