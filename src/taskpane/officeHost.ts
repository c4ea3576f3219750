/** The pane's host over Office.js: the only taskpane file that calls Office or Excel. */
import { CheckSession, type CheckOutcome } from "../app/CheckSession";
import { OfficeWorkbookPort, subscribeToEdits } from "../adapters/office/OfficeWorkbookPort";
import { a1 } from "../domain/grid/address";
import { copyToClipboard } from "./clipboard";
import type { PaneHost } from "./host";

/** Excel.run that waits for the user to leave cell-edit mode instead of failing. */
export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

export function createOfficeHost(): PaneHost {
  const port = new OfficeWorkbookPort(excelRun);
  const session = new CheckSession(port);
  return {
    loadSettings: () => port.readSettings(),
    check: (options, lang, onProgress) => {
      session.lang = lang;
      return session.check(options, onProgress);
    },
    clearMarks: () => session.clearMarks(),
    insertSummary: (lang) => session.insertSummary(lang),
    reportParagraph: (lang) => session.reportParagraph(lang),
    selectCell: (ref) =>
      excelRun(async (context) => {
        context.workbook.worksheets.getItem(ref.sheet).getRange(a1(ref.row, ref.col)).select();
        await context.sync();
      }),
    copyText: copyToClipboard,
    onRecheck: (onOutcome: (outcome: CheckOutcome) => void, onError: (err: unknown) => void) => {
      let live = true;
      const unsubscribe = subscribeToEdits(excelRun, (edits) => {
        session
          .recheckEdits(edits)
          .then((outcome) => live && outcome && onOutcome(outcome))
          .catch((err) => live && onError(err));
      });
      return () => {
        live = false;
        void Promise.resolve(unsubscribe).then((off) => (typeof off === "function" ? off() : undefined));
      };
    },
  };
}

/** Office's theme is dark (when the host tells: officeTheme is missing on some platforms). */
export function officeBodyBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}
