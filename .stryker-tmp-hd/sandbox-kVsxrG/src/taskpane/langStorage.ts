// @ts-nocheck
import type { Lang } from "../domain/messages/Lang";

// One key for the pane and the preview, so both open in the language last chosen.
const LANG_KEY = "ntm-checker.lang";

export function savedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

/** Storage may be off in some webviews: the pane then opens in Vietnamese next time. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // nothing to do
  }
}
