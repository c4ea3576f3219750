// @ts-nocheck
import { OfficeHostError, toHostProblem } from "./hostProblem";

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The shape of Excel.run this adapter needs (Excel.run itself, or the fake's). */
export interface ExcelRun {
  <T>(options: Excel.RunOptions, batch: ExcelBatch<T>): Promise<T>;
  <T>(context: OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>): Promise<T>;
}

/** Excel.run of the real host; call only inside Excel (Office.onReady). */
export function officeExcelRun(): ExcelRun {
  return Excel.run;
}

/**
 * One queue for every batch: each Excel.run starts when the one before has ended. With real
 * round-trip latency two batches started together (two quick edits, an edit during a check)
 * would otherwise interleave their syncs and work on each other's half-updated marks.
 */
export function serialRun(run: ExcelRun): ExcelRun {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(first: Excel.RunOptions | OfficeExtension.ClientRequestContext, batch: ExcelBatch<T>): Promise<T> => {
    const next = tail.then(() => run(first as Excel.RunOptions, batch));
    tail = next.catch(() => undefined);
    return next;
  };
  return queued as ExcelRun;
}

/** Runs a batch; Office errors become OfficeHostError with a HostProblem. */
export async function runBatch<T>(run: ExcelRun, options: Excel.RunOptions, fn: ExcelBatch<T>): Promise<T> {
  try {
    return await run(options, fn);
  } catch (error) {
    if (error instanceof OfficeHostError) throw error;
    throw new OfficeHostError(toHostProblem(error));
  }
}
