/**
 * The preview's task pane past the shell (a lazy chunk, as in Excel): App, the built-in catalogue
 * and the pane's host over the workbook shown (the check session and its engine).
 */
import { App } from "../taskpane/App";
import { builtinCatalogue } from "../taskpane/catalogue";
import type { LoadedPane } from "../taskpane/LazyPane";
import { createPreviewHost } from "./previewHost";
import type { PreviewWorkbook } from "./PreviewWorkbook";

export function previewPane(workbook: PreviewWorkbook): LoadedPane {
  return { App, host: createPreviewHost(workbook), catalogue: builtinCatalogue };
}
