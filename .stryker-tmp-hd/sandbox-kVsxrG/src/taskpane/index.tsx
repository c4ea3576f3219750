// @ts-nocheck
import * as React from "react";
import { createRoot } from "react-dom/client";
import { About } from "./About";
import { App } from "./App";
import { builtinCatalogue } from "./catalogue";
import { isDarkOfficeTheme } from "./model";
import { createOfficeHost, officeBodyBackground } from "./officeHost";
import { rememberLang, savedLang } from "./langStorage";

function mount(render: (root: HTMLElement) => void): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  render(root);
}

const about = () => mount((root) => createRoot(root).render(<About initialLang={savedLang()} onLangChange={rememberLang} />));

if (new URLSearchParams(window.location.search).has("about") || typeof Office === "undefined") {
  // The manifest's LearnMoreUrl and SupportUrl, or office.js not loaded: outside Office.
  about();
} else {
  void Office.onReady((info) => {
    // Opened in a browser, not in Excel: say what this is and how to install it.
    if (!info.host) {
      about();
      return;
    }
    mount((root) =>
      createRoot(root).render(
        <App
          host={createOfficeHost()}
          catalogue={builtinCatalogue}
          initialLang={savedLang()}
          onLangChange={rememberLang}
          dark={isDarkOfficeTheme({ bodyBackgroundColor: officeBodyBackground() })}
        />,
      ),
    );
  });
}
