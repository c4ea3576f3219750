/** The pane's host over Office.js: the only taskpane file that calls Office or Excel. */
import { CheckSession } from "../app/CheckSession";
import type { HostProblem } from "../app/WorkbookPort";
import {
  OfficeHostError,
  OfficeWorkbookPort,
  officeExcelRun,
  subscribeToEdits,
  toHostProblem,
} from "../adapters/office/OfficeWorkbookPort";
import { a1 } from "../domain/grid/address";
import type { PaneHost } from "./host";
import { sessionActions } from "./sessionHost";

export function createOfficeHost(): PaneHost {
  const run = officeExcelRun();
  const port = new OfficeWorkbookPort(run);
  const session = new CheckSession(port);
  return {
    ...sessionActions(session, port),
    selectCell: async (ref) => {
      const cell = a1(ref.row, ref.col);
      try {
        await run({ delayForCellEdit: true }, async (context) => {
          context.workbook.worksheets.getItem(ref.sheet).getRange(cell).select();
          await context.sync();
        });
      } catch (err) {
        // A sheet renamed or deleted since the check: say which cell could not be reached.
        const p = toHostProblem(err, ref.sheet);
        throw new OfficeHostError({ ...p, at: { ...p.at, cell: ref } });
      }
    },
    onRecheck: (onOutcome, onProblem: (problem: HostProblem) => void) => {
      let live = true;
      const subscription = subscribeToEdits(
        run,
        async (edits) => {
          try {
            const outcome = await session.recheckEdits(edits);
            if (live && outcome) onOutcome(outcome);
          } catch (err) {
            if (live) onProblem(err instanceof OfficeHostError ? err.problem : toHostProblem(err));
          }
        },
        (problem) => live && onProblem(problem),
      );
      subscription.catch((err) => live && onProblem(toHostProblem(err)));
      return () => {
        live = false;
        subscription.then((off) => off()).catch(() => undefined); // the pane is closing: nothing to tell
      };
    },
  };
}

/** Office's body background colour, when the host tells (officeTheme is missing on some platforms). */
export function officeBodyBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}
