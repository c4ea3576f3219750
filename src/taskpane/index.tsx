import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { builtinCatalogue } from "./catalogue";
import { isDarkOfficeTheme } from "./model";
import { createOfficeHost, officeBodyBackground } from "./officeHost";
import type { Lang } from "./strings";

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
    // Storage may be off in some webviews; the pane then opens in Vietnamese.
  }
}

void Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  createRoot(root).render(
    <App
      host={createOfficeHost()}
      catalogue={builtinCatalogue}
      initialLang={savedLang()}
      onLangChange={rememberLang}
      dark={isDarkOfficeTheme({ bodyBackgroundColor: officeBodyBackground() })}
    />,
  );
});
