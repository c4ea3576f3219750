import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../domain/messages";
import { PreviewPage } from "./PreviewPage";

// The same key as the task pane, so both open in the language last chosen.
const LANG_KEY = "ntm-checker.lang";

function savedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be off: the page then opens in Vietnamese.
  }
  document.documentElement.lang = lang === "en" ? "en" : "vi";
}

const root = document.getElementById("root");
if (!root) throw new Error("preview.html has no #root element");
const lang = savedLang();
document.documentElement.lang = lang === "en" ? "en" : "vi";
createRoot(root).render(<PreviewPage initialLang={lang} onLangChange={rememberLang} />);
