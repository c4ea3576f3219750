/** The pane's host in the browser preview: the shared session actions plus the view's selection and edits, over a PreviewWorkbook. */
// @ts-nocheck

import { CheckSession } from "../app/CheckSession";
import { problem } from "../domain/problems/Problem";
import type { PaneHost } from "../taskpane/host";
import { sessionActions } from "../taskpane/sessionHost";
import type { PreviewWorkbook } from "./PreviewWorkbook";

export function createPreviewHost(workbook: PreviewWorkbook): PaneHost {
  const session = new CheckSession(workbook);
  return {
    ...sessionActions(session, workbook),
    selectCell: async (ref) => workbook.select(ref),
    onRecheck: (onOutcome, onProblem) => {
      let live = true;
      const off = workbook.onEdit((edit) => {
        session
          .recheckEdits([edit])
          .then((outcome) => live && outcome && onOutcome(outcome))
          .catch((err: unknown) => live && onProblem(problem("host/other", { detail: err instanceof Error ? err.message : String(err) })));
      });
      return () => {
        live = false;
        off();
      };
    },
  };
}
