// @ts-nocheck
import * as React from "react";
import type { CheckOutcome } from "../app/CheckSession";
import type { CheckOptions } from "../domain/evaluation/context";
import type { HostProblem } from "../app/WorkbookPort";
import type { CellRef } from "../domain/grid/Grid";
import { a1 } from "../domain/grid/address";
import { problemText } from "../domain/messages";
import type { PaneHost } from "./host";
import { describeError, progressStepText } from "./model";
import { translator, type StringKey, type Translate } from "./strings";
import type { Lang } from "../domain/messages/Lang";

export type Busy = null | "settings" | "check" | "clear" | "summary" | "definitions";

/** A notice, worded when shown: switching the language rewords the notices already there. */
export interface Notice {
  id: number;
  intent: "success" | "warning" | "error" | "info";
  words(lang: Lang, t: Translate): { text: string; detail?: string };
}

/** Identity of a notice's words, so the same words twice are shown once. */
const noticeKey = (n: Notice) => JSON.stringify(n.words("vi", translator("vi")));

let noticeSeq = 0;

export interface CheckRun {
  busy: Busy;
  progress: { fraction: number; step: string } | null;
  outcome: CheckOutcome | null;
  /** The outcome came from a re-check after an edit. */
  rechecked: boolean;
  notices: Notice[];
  dismiss(id: number): void;
  check(options: CheckOptions): Promise<boolean>;
  clear(): Promise<void>;
  insertSummary(): Promise<void>;
  /** Inserts the definitions sheet; null when the host cannot. */
  insertDefinitions: (() => Promise<void>) | null;
  selectCell(ref: CellRef): void;
  /** A failed action, worded: the session's or the host's own words where it has them. */
  failed(action: StringKey, err: unknown): void;
  settingsLoaded(): void;
}

/**
 * The pane's check session as React state: running a check, clearing, inserting the summary,
 * selecting a cell, the re-checks after edits, and the notices each leaves.
 */
export function useCheckRun(host: PaneHost, lang: Lang, t: Translate): CheckRun {
  const [busy, setBusy] = React.useState<Busy>("settings");
  const [progress, setProgress] = React.useState<CheckRun["progress"]>(null);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [rechecked, setRechecked] = React.useState(false);
  const [notices, setNotices] = React.useState<Notice[]>([]);

  const notify = React.useCallback((intent: Notice["intent"], words: Notice["words"]) => {
    const next: Notice = { id: ++noticeSeq, intent, words };
    // The same words twice (two actions meeting one host problem) say nothing new.
    setNotices((list) => (list.some((n) => noticeKey(n) === noticeKey(next)) ? list : [...list, next]));
  }, []);
  const say = (key: StringKey, params?: Record<string, string | number>): Notice["words"] => (_, tr) => ({ text: tr(key, params) });
  const hostWords = (p: HostProblem): Notice["words"] => (l) => ({ text: problemText(p, l) });
  const failed = React.useCallback(
    (action: StringKey, err: unknown) => {
      const view = describeError(err);
      // Worded when shown, so a language switch re-words them.
      if (view.kind === "options") notify("error", (l, tr) => ({ text: tr("optionsProblem"), detail: view.problems.map((p) => problemText(p, l)).join("\n") }));
      else if (view.kind === "host") notify("error", (l) => ({ text: problemText(view.problem, l) }));
      else notify("error", (_, tr) => ({ text: tr("unexpectedError", { action: tr(action) }), detail: tr("errorDetail", { detail: view.detail }) }));
    },
    [notify],
  );
  const reportProblems = (problems: HostProblem[]) => problems.forEach((p) => notify("warning", hostWords(p)));

  // Quick re-checks after cell edits (the adapter ignores our own writes).
  React.useEffect(() => {
    if (!host.onRecheck) return;
    return host.onRecheck(
      (next) => {
        setOutcome(next);
        setRechecked(true);
      },
      (problem) => notify("warning", (l) => ({ text: problemText(problem, l) })),
    );
  }, [host, notify]);

  return {
    busy,
    progress,
    outcome,
    rechecked,
    notices,
    dismiss: (id) => setNotices((list) => list.filter((x) => x.id !== id)),
    settingsLoaded: () => setBusy(null),
    failed,
    check: async (options) => {
      setBusy("check");
      setNotices([]);
      setProgress({ fraction: 0, step: t("working") });
      try {
        const next = await host.check(options, lang, (fraction, step) => setProgress({ fraction, step: progressStepText(step, lang) }));
        setOutcome(next);
        setRechecked(false);
        // The outcome's messages already word the marking problems.
        if (next.markReport.applied > 0) notify("success", say("marksApplied", { count: next.markReport.applied }));
        return true;
      } catch (err) {
        failed("actionCheck", err);
        return false;
      } finally {
        setProgress(null);
        setBusy(null);
      }
    },
    clear: async () => {
      setBusy("clear");
      try {
        const report = await host.clearMarks();
        notify("success", say("marksCleared"));
        reportProblems(report.problems);
      } catch (err) {
        failed("actionClear", err);
      } finally {
        setBusy(null);
      }
    },
    insertSummary: async () => {
      setBusy("summary");
      try {
        const { name, problems } = await host.insertSummary(lang);
        if (problems.length === 0) notify("success", say("summaryInserted", { name }));
        reportProblems(problems);
      } catch (err) {
        failed("actionSummary", err);
      } finally {
        setBusy(null);
      }
    },
    insertDefinitions: host.insertDefinitions
      ? async () => {
          setBusy("definitions");
          try {
            const { name, problems } = await host.insertDefinitions!(lang);
            if (problems.length === 0) notify("success", say("definitionsInserted", { name }));
            reportProblems(problems);
          } catch (err) {
            failed("actionDefinitions", err);
          } finally {
            setBusy(null);
          }
        }
      : null,
    selectCell: (ref) => {
      host
        .selectCell(ref)
        .then((r) => r && r.wasHidden && notify("info", say("sheetWasHidden", { sheet: ref.sheet, cell: a1(ref.row, ref.col) })))
        .catch((err) => failed("actionSelect", err));
    },
  };
}
