// @ts-nocheck
import type { CheckOutcome, CheckSession } from "../app/CheckSession";
import type { CheckOptions } from "../domain/evaluation/context";
import type { WorkbookPort } from "../app/WorkbookPort";
import { copyToClipboard } from "./clipboard";
import type { PaneHost } from "./host";

export interface SessionActions extends Omit<PaneHost, "selectCell" | "onRecheck"> {
  /** The last check again, with its options (after rows were inserted or deleted). */
  checkAgain(): Promise<CheckOutcome>;
}

/**
 * The pane's actions that are the same on every host (Excel, the browser preview): one CheckSession
 * over the host's port. Hosts add what differs: selecting a cell and their edit events.
 */
export function sessionActions(session: CheckSession, port: WorkbookPort): SessionActions {
  let last: CheckOptions | null = null;
  return {
    loadSettings: () => port.readSettings(),
    check: (options, lang, onProgress) => {
      session.lang = lang;
      last = options;
      return session.check(options, onProgress);
    },
    checkAgain: () => {
      if (!last) return Promise.reject(new Error("checkAgain before check"));
      return session.check(last);
    },
    clearMarks: () => session.clearMarks(),
    insertSummary: (lang) => session.insertSummary(lang),
    insertDefinitions: (lang) => session.insertDefinitions(lang),
    reportParagraph: (lang) => session.reportParagraph(lang),
    writeSheet: (layout) => port.writeSheet(layout),
    copyText: copyToClipboard,
  };
}
