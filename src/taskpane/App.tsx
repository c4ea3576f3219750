import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  Textarea,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { CheckOutcome } from "../app/CheckSession";
import type { HostProblem, WorkbookSettings } from "../app/WorkbookPort";
import type { CellRef } from "../domain/grid/Grid";
import { problemText } from "../domain/messages";
import { ConsolidatePanel } from "./consolidate/ConsolidatePanel";
import { ResultView } from "./components/ResultView";
import { SettingsForm } from "./components/SettingsForm";
import type { PaneCatalogue, PaneHost } from "./host";
import {
  checkOptionsFrom,
  initialSettings,
  otherMessages,
  progressStepText,
  provinceOptions,
  regionState,
  settingsSummary,
  describeError,
} from "./model";
import { translator, type StringKey } from "./strings";
import type { Lang } from "../domain/messages/Lang";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  notices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  block: { display: "block" },
  summary: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  host: PaneHost;
  catalogue: PaneCatalogue;
  initialLang?: Lang;
  onLangChange?(lang: Lang): void;
  /** Follow Office's dark theme. */
  dark?: boolean;
}

type Busy = null | "settings" | "check" | "clear" | "summary";

interface Notice {
  id: number;
  intent: "success" | "warning" | "error" | "info";
  text: string;
  detail?: string;
}

let noticeSeq = 0;

export function App({ host, catalogue, initialLang = "vi", onLangChange, dark = false }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = React.useMemo(() => translator(lang), [lang]);
  const langRef = React.useRef(lang);
  langRef.current = lang;
  const sets = React.useMemo(() => catalogue.listSets(), [catalogue]);
  const [settings, setSettings] = React.useState<WorkbookSettings>(() => initialSettings(null, sets.map((s) => s.id)));
  const [settingsOpen, setSettingsOpen] = React.useState(true);
  const [busy, setBusy] = React.useState<Busy>("settings");
  const [progress, setProgress] = React.useState<{ fraction: number; step: string } | null>(null);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [rechecked, setRechecked] = React.useState(false);
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [paragraph, setParagraph] = React.useState<string | null>(null);
  const [copyState, setCopyState] = React.useState<"idle" | "copied" | "failed">("idle");

  const set = sets.find((s) => s.id === settings.setId);
  const region = regionState(
    settings.province,
    settings.province ? catalogue.regionForProvince(settings.province) : null,
    settings.region,
    set?.regions.map((r) => r.id) ?? [],
  );

  const provinces = React.useMemo(() => provinceOptions(catalogue.listProvinces(), lang), [catalogue, lang]);
  const summary = settingsSummary(settings, region, set, provinces, lang);

  const notify = React.useCallback((intent: Notice["intent"], text: string, detail?: string) => {
    // The same words twice (two actions meeting one host problem) say nothing new.
    setNotices((list) => (list.some((n) => n.text === text && n.detail === detail) ? list : [...list, { id: ++noticeSeq, intent, text, detail }]));
  }, []);
  /** Words a failed action: the session's or the host's own words where it has them. */
  const failed = React.useCallback(
    (action: StringKey, err: unknown) => {
      const view = describeError(err);
      if (view.kind === "options") notify("error", t("optionsProblem"), view.problems.map((p) => problemText(p, lang)).join("\n"));
      else if (view.kind === "host") notify("error", problemText(view.problem, lang));
      else notify("error", t("unexpectedError", { action: t(action) }), t("errorDetail", { detail: view.detail }));
    },
    [notify, t, lang],
  );
  const reportProblems = React.useCallback(
    (problems: HostProblem[]) => problems.forEach((p) => notify("warning", problemText(p, lang))),
    [notify, lang],
  );

  // Settings saved in the workbook: the next check needs no clicks.
  React.useEffect(() => {
    let live = true;
    host
      .loadSettings()
      .then((saved) => {
        if (!live) return;
        setSettings(initialSettings(saved, sets.map((s) => s.id)));
        if (saved) setSettingsOpen(false);
      })
      .catch((err) => live && failed("actionSettings", err))
      .finally(() => live && setBusy(null));
    return () => {
      live = false;
    };
  }, [host]);

  // Quick re-checks after cell edits (the adapter ignores our own writes).
  React.useEffect(() => {
    if (!host.onRecheck) return;
    return host.onRecheck(
      (next) => {
        setOutcome(next);
        setRechecked(true);
      },
      (problem) => notify("warning", problemText(problem, langRef.current)),
    );
  }, [host, notify]);

  React.useEffect(() => {
    setParagraph(outcome ? host.reportParagraph(lang) : null);
    setCopyState("idle");
  }, [host, outcome, lang]);

  const changeLang = () => {
    const next: Lang = lang === "vi" ? "en" : "vi";
    setLang(next);
    onLangChange?.(next);
  };

  const runCheck = async () => {
    setBusy("check");
    setNotices([]);
    setProgress({ fraction: 0, step: t("working") });
    try {
      const next = await host.check(checkOptionsFrom(settings, region), lang, (fraction, step) =>
        setProgress({ fraction, step: progressStepText(step, lang) }),
      );
      setOutcome(next);
      setRechecked(false);
      setSettingsOpen(false);
      // The outcome's messages already word the marking problems.
      if (next.markReport.applied > 0) notify("success", t("marksApplied", { count: next.markReport.applied }));
    } catch (err) {
      failed("actionCheck", err);
    } finally {
      setProgress(null);
      setBusy(null);
    }
  };

  const runClear = async () => {
    setBusy("clear");
    try {
      const report = await host.clearMarks();
      notify("success", t("marksCleared"));
      reportProblems(report.problems);
    } catch (err) {
      failed("actionClear", err);
    } finally {
      setBusy(null);
    }
  };

  const runSummary = async () => {
    setBusy("summary");
    try {
      const { name, problems } = await host.insertSummary(lang);
      notify("success", t("summaryInserted", { name }));
      reportProblems(problems);
    } catch (err) {
      failed("actionSummary", err);
    } finally {
      setBusy(null);
    }
  };

  const selectCell = (ref: CellRef) => {
    host.selectCell(ref).catch((err) => failed("actionSelect", err));
  };

  const copy = async () => {
    if (!paragraph) return;
    setCopyState((await host.copyText(paragraph).catch(() => false)) ? "copied" : "failed");
  };

  const disabled = busy !== null;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <main className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          <Button size="small" appearance="subtle" onClick={changeLang} title={t("languageSwitchHint")} aria-label={t("languageSwitchHint")}>
            {t("languageSwitch")}
          </Button>
        </header>

        <Accordion collapsible openItems={settingsOpen ? ["settings"] : []} onToggle={(_, data) => setSettingsOpen(data.openItems.includes("settings"))}>
          <AccordionItem value="settings">
            <AccordionHeader>
              {t("settingsTitle")}
              {!settingsOpen && summary && <Text size={200} className={styles.summary}>{` · ${summary}`}</Text>}
            </AccordionHeader>
            <AccordionPanel>
              <SettingsForm t={t} lang={lang} catalogue={catalogue} sets={sets} settings={settings} region={region}
                disabled={disabled} onChange={setSettings} />
              <Text size={200}>{t("settingsSaved")}</Text>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>

        <div className={styles.actions}>
          <Button appearance="primary" disabled={disabled || !set} onClick={() => void runCheck()}>
            {t("checkButton")}
          </Button>
          {outcome && (
            <>
              <Button disabled={disabled} onClick={() => void runCheck()}>{t("recheckButton")}</Button>
              <Button disabled={disabled} onClick={() => void runClear()}>{t("clearMarksButton")}</Button>
              <Button disabled={disabled} onClick={() => void runSummary()}>{t("insertSummaryButton")}</Button>
            </>
          )}
        </div>

        {progress && (
          <Field label={t("progressLabel")} hint={progress.step} validationState="none">
            <ProgressBar value={progress.fraction} max={1} aria-valuetext={progress.step} />
          </Field>
        )}

        {notices.length > 0 && (
          <div className={styles.notices} role="status" aria-live="polite">
            {notices.map((n) => (
              <MessageBar key={n.id} intent={n.intent}>
                <MessageBarBody>
                  {n.text}
                  {n.detail && <Text as="p" size={200}>{n.detail}</Text>}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button appearance="transparent" size="small" aria-label={t("dismiss")}
                      onClick={() => setNotices((list) => list.filter((x) => x.id !== n.id))}>
                      ×
                    </Button>
                  }
                />
              </MessageBar>
            ))}
          </div>
        )}

        {outcome && otherMessages(outcome, lang).length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("messagesTitle")}</MessageBarTitle>
              <ul>
                {otherMessages(outcome, lang).map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}

        {outcome ? (
          <>
            {rechecked && <Text size={200}>{t("recheckedAfterEdit")}</Text>}
            <ResultView t={t} lang={lang} result={outcome.result} set={sets.find((s) => s.id === outcome.result.setId)} onSelectCell={selectCell} />
            <section className={styles.report} aria-label={t("reportTitle")}>
              <Field label={t("reportTitle")} hint={paragraph ? t("reportHint") : t("reportNone")}>
                <Textarea readOnly resize="vertical" rows={6} value={paragraph ?? ""} />
              </Field>
              <div className={styles.actions}>
                <Button disabled={!paragraph} onClick={() => void copy()}>{t("copyButton")}</Button>
                {copyState !== "idle" && <Text role="status">{t(copyState === "copied" ? "copied" : "copyFailed")}</Text>}
              </div>
            </section>
          </>
        ) : (
          busy !== "check" && (
            <section aria-label={t("emptyStateTitle")}>
              <Text as="h2" weight="semibold" className={styles.block}>{t("emptyStateTitle")}</Text>
              <Text as="p" className={styles.block}>{t("emptyStateBody")}</Text>
            </section>
          )
        )}

        <Accordion collapsible>
          <AccordionItem value="consolidate">
            <AccordionHeader>{t("consolidateTitle")}</AccordionHeader>
            <AccordionPanel>
              <ConsolidatePanel
                lang={lang}
                options={checkOptionsFrom(settings, region)}
                setName={set?.name ?? settings.setId}
                provinceName={catalogue.listProvinces().find((p) => p.id === settings.province)?.name ?? null}
                actions={{
                  copyText: (text) => host.copyText(text),
                  writeSheet: host.writeSheet ? (layout) => host.writeSheet!(layout) : undefined,
                  problemText: (p) => problemText(p, lang),
                }}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
