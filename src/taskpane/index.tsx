import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { builtinCatalogue } from "./catalogue";
import { isDarkOfficeTheme } from "./model";
import { createOfficeHost, officeBodyBackground } from "./officeHost";
import { rememberLang, savedLang } from "./langStorage";

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
