// @ts-nocheck
import type { OfficeWorkbookPort } from "../adapters/office/OfficeWorkbookPort";
import { OfficeHostError, toHostProblem } from "../adapters/office/hostProblem";
import { subscribeToEdits } from "../adapters/office/subscribeToEdits";
import type { CellEdit } from "../domain/grid/Grid";
import type { CheckOutcome, CheckSession } from "../app/CheckSession";
import type { HostProblem } from "../app/WorkbookPort";

export interface RecheckOptions {
  port: OfficeWorkbookPort;
  session: CheckSession;
  /** A whole check with the last options (after rows were inserted or deleted, a sort…). */
  fullCheck(): Promise<CheckOutcome>;
  onOutcome(outcome: CheckOutcome): void;
  onProblem(problem: HostProblem): void;
  /** Quiet time before a re-check, ms (default 300): a burst of edits makes one re-check. */
  debounceMs?: number;
}

export interface RecheckWatch {
  /** Resolves when the event handlers are registered. */
  ready: Promise<void>;
  /** Resolves when no re-check is waiting or running. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Re-checks after the user's edits: edits are gathered while the user keeps typing, then judged
 * once; structural changes and recalculated formulas are followed. Everything goes through the
 * port's one queue, so a re-check never interleaves with another batch.
 */
export function recheckOnEdits(o: RecheckOptions): RecheckWatch {
  const debounceMs = o.debounceMs ?? 300;
  let pending = new Map<string, CellEdit>();
  let structural = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let live = true;

  const problem = (err: unknown) => live && o.onProblem(err instanceof OfficeHostError ? err.problem : toHostProblem(err));

  const flush = async (): Promise<void> => {
    const edits = [...pending.values()];
    const full = structural;
    pending = new Map();
    structural = false;
    if (!live || !o.session.lastResult) return;
    try {
      const outcome = full ? await o.fullCheck() : await o.session.recheckEdits(edits);
      if (live && outcome) o.onOutcome(outcome);
    } catch (err) {
      problem(err);
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      running = running.then(flush);
    }, debounceMs);
  };

  const subscription = subscribeToEdits(o.port.run, {
    onEdits: (edits) => {
      for (const e of edits) pending.set(`${e.ref.sheet.toLowerCase()}\u0000${e.ref.row},${e.ref.col}`, e);
      schedule();
    },
    onStructure: () => {
      structural = true;
      schedule();
    },
    watchedCells: () =>
      o.session.lastResult?.criteria.flatMap((c) => c.indicators.flatMap((i) => (i.cellRef ? [i.cellRef] : []))) ?? [],
    onProblem: (p) => live && o.onProblem(p),
    alsoLoad: (ctx) => o.port.queueMarksRefresh(ctx),
  });
  subscription.catch(problem);

  return {
    ready: subscription.then(() => undefined),
    idle: async () => {
      while (timer !== null) await new Promise((r) => setTimeout(r, debounceMs));
      await running;
    },
    stop: async () => {
      live = false;
      if (timer) clearTimeout(timer);
      await subscription.then((off) => off()).catch(() => undefined); // the pane is closing: nothing to tell
    },
  };
}
