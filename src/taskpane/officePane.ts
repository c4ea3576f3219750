/**
 * The task pane in Excel past its first load (one lazy chunk, loaded by index.tsx right after the
 * shell shows): App and its views, the check engine over Office.js, the built-in catalogue.
 */
import { App } from "./App";
import { builtinCatalogue } from "./catalogue";
import type { LoadedPane } from "./LazyPane";
import { createOfficeHost } from "./officeHost";

export function officePane(): LoadedPane {
  return { App, host: createOfficeHost(), catalogue: builtinCatalogue };
}
