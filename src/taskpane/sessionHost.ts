import type { CheckSession } from "../app/CheckSession";
import type { WorkbookPort } from "../app/WorkbookPort";
import { copyToClipboard } from "./clipboard";
import type { PaneHost } from "./host";

/**
 * The pane's actions that are the same on every host (Excel, the browser preview): one CheckSession
 * over the host's port. Hosts add what differs: selecting a cell and their edit events.
 */
export function sessionActions(session: CheckSession, port: WorkbookPort): Omit<PaneHost, "selectCell" | "onRecheck"> {
  return {
    loadSettings: () => port.readSettings(),
    check: (options, lang, onProgress) => {
      session.lang = lang;
      return session.check(options, onProgress);
    },
    clearMarks: () => session.clearMarks(),
    insertSummary: (lang) => session.insertSummary(lang),
    reportParagraph: (lang) => session.reportParagraph(lang),
    writeSheet: (layout) => port.writeSheet(layout),
    copyText: copyToClipboard,
  };
}
