/** The pane's host in the browser preview: the same shape as officeHost.ts, over a PreviewWorkbook. */
import { CheckSession } from "../app/CheckSession";
import { copyToClipboard } from "../taskpane/clipboard";
import type { PaneHost } from "../taskpane/host";
import type { PreviewWorkbook } from "./PreviewWorkbook";

export function createPreviewHost(workbook: PreviewWorkbook): PaneHost {
  const session = new CheckSession(workbook);
  return {
    loadSettings: () => workbook.readSettings(),
    check: (options, lang, onProgress) => {
      session.lang = lang;
      return session.check(options, onProgress);
    },
    clearMarks: () => session.clearMarks(),
    insertSummary: (lang) => session.insertSummary(lang),
    reportParagraph: (lang) => session.reportParagraph(lang),
    writeSheet: (layout) => workbook.writeSheet(layout),
    selectCell: async (ref) => workbook.select(ref),
    copyText: copyToClipboard,
    onRecheck: (onOutcome, onError) => {
      let live = true;
      const off = workbook.onEdit((edit) => {
        session
          .recheckEdits([edit])
          .then((outcome) => live && outcome && onOutcome(outcome))
          .catch((err) => live && onError(err));
      });
      return () => {
        live = false;
        off();
      };
    },
  };
}
