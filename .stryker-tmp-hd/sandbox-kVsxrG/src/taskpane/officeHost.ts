/** The pane's host over Office.js: the only taskpane file that calls Office or Excel. */
// @ts-nocheck

import { officeExcelRun } from "../adapters/office/excelRun";
import { OfficeWorkbookPort } from "../adapters/office/OfficeWorkbookPort";
import { CheckSession } from "../app/CheckSession";
import type { PaneHost } from "./host";
import { recheckOnEdits } from "./recheckOnEdits";
import { sessionActions } from "./sessionHost";

export function createOfficeHost(): PaneHost {
  const port = new OfficeWorkbookPort(officeExcelRun(), {
    undoGroup: isSetSupported("ExcelApi", "1.20"),
    listSeparatorGuess: listSeparatorGuess(),
  });
  const session = new CheckSession(port);
  const actions = sessionActions(session, port);
  return {
    ...actions,
    selectCell: (ref) => port.selectCell(ref),
    onRecheck: (onOutcome, onProblem) => {
      const watch = recheckOnEdits({ port, session, fullCheck: actions.checkAgain, onOutcome, onProblem });
      return () => void watch.stop();
    },
  };
}

function isSetSupported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/**
 * First guess of the list separator getRanges takes (the port probes it once anyway): "," on
 * Excel on the web; on desktop the Windows default follows the decimal separator of the locale
 * (";" where decimals are written with a comma, as in Vietnamese).
 */
function listSeparatorGuess(): "," | ";" {
  try {
    if (Office.context.platform === Office.PlatformType.OfficeOnline) return ",";
    const locale = Office.context.contentLanguage || navigator.language;
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value;
    return decimal === "," ? ";" : ",";
  } catch {
    return ",";
  }
}

/** Office's body background colour, when the host tells (officeTheme is missing on some platforms). */
export function officeBodyBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}
