// @ts-nocheck
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../domain/messages/Lang";
import { rememberLang, savedLang } from "../taskpane/langStorage";
import { PreviewPage } from "./PreviewPage";

function rememberLangHere(lang: Lang): void {
  rememberLang(lang);
  document.documentElement.lang = lang === "en" ? "en" : "vi";
}

const root = document.getElementById("root");
if (!root) throw new Error("preview.html has no #root element");
const lang = savedLang();
document.documentElement.lang = lang === "en" ? "en" : "vi";
createRoot(root).render(<PreviewPage initialLang={lang} onLangChange={rememberLangHere} />);
