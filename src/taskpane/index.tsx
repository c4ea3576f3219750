/**
 * The task pane's entry: its first load (webpack.config.js, FIRST_LOAD_BUDGET) is React, Fluent's
 * provider and button, the pane's words and PaneShell. Everything else is a lazy chunk.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { LazyPane } from "./LazyPane";
import { rememberLang, savedLang } from "./langStorage";
import { isDarkOfficeTheme, officeBodyBackground } from "./theme";

function mount(render: (root: HTMLElement) => void): void {
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root element");
  render(root);
}

// Outside Excel only: not part of the first load.
const about = () =>
  void import(/* webpackChunkName: "about" */ "./About").then(({ About }) =>
    mount((root) => createRoot(root).render(<About initialLang={savedLang()} onLangChange={rememberLang} />)),
  );

const loadPane = () => import(/* webpackChunkName: "pane" */ "./officePane");

if (new URLSearchParams(window.location.search).has("about") || typeof Office === "undefined") {
  // The manifest's LearnMoreUrl and SupportUrl, or office.js not loaded: outside Office.
  about();
} else {
  // Fetched while office.js gets ready: the shell is shown as soon as Office is.
  const chunk = loadPane();
  chunk.catch(() => undefined);
  // The host is made once Office is ready (it asks Office which API sets it supports).
  const load = () => chunk.then((m) => m.officePane());
  void Office.onReady((info) => {
    // Opened in a browser, not in Excel: say what this is and how to install it.
    if (!info.host) {
      about();
      return;
    }
    mount((root) =>
      createRoot(root).render(
        <LazyPane load={load} initialLang={savedLang()} onLangChange={rememberLang} dark={isDarkOfficeTheme({ bodyBackgroundColor: officeBodyBackground() })} />,
      ),
    );
  });
}
