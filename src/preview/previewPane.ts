/** The preview's task pane past the shell (a lazy chunk, as in Excel): App and the built-in catalogue. */
import { App } from "../taskpane/App";
import { builtinCatalogue } from "../taskpane/catalogue";
import type { PaneHost } from "../taskpane/host";
import type { LoadedPane } from "../taskpane/LazyPane";

export function previewPane(host: PaneHost): LoadedPane {
  return { App, host, catalogue: builtinCatalogue };
}
