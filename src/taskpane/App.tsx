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
import type { WorkbookSettings } from "../app/WorkbookPort";
import { problemText } from "../domain/messages";
import { HelpPanel } from "./components/HelpPanel";
import { PANE_LAYOUT } from "./paneLayout";
import { ResultView } from "./components/ResultView";
import { SettingsForm } from "./components/SettingsForm";
import type { PaneCatalogue, PaneHost } from "./host";
import { AUTO_SET, checkOptionsFrom, initialSettings, otherMessages, provinceOptions, regionSetFor, regionState, settingsSummary } from "./model";
import { translator } from "./strings";
import type { Lang } from "../domain/messages/Lang";
import { useCheckRun } from "./useCheckRun";
import { checkOptionsForWorkbook, noTableFound, withColumns } from "./model";
import type { ColumnMapping } from "../domain/grid/readSheet";

// Consolidation loads when its section is first opened: not part of the pane's first load.
const SetView = React.lazy(() => import("./components/SetView").then((m) => ({ default: m.SetView })));
const ConsolidatePanel = React.lazy(() => import("./consolidate/ConsolidatePanel").then((m) => ({ default: m.ConsolidatePanel })));
// "Bảng đã đọc" and the column picker: fetched while the first check runs, not part of the first load.
const loadReading = () => import("./reading/ReadingPanel");
const ReadingPanel = React.lazy(() => loadReading().then((m) => ({ default: m.ReadingPanel })));

const useStyles = makeStyles({
  ...PANE_LAYOUT,
  accordionHeader: { minWidth: 0 },
  settingsHead: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, minWidth: 0, overflow: "hidden" },
  settingsTitle: { flexShrink: 0 },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  secondary: { display: "flex", gap: tokens.spacingHorizontalS },
  copyRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  notices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  block: { display: "block" },
  summary: { color: tokens.colorNeutralForeground3, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export interface AppProps {
  host: PaneHost;
  catalogue: PaneCatalogue;
  initialLang?: Lang;
  onLangChange?(lang: Lang): void;
  /** Follow Office's dark theme. */
  dark?: boolean;
  /** Check as soon as the workbook's settings are read (the check button was chosen while the pane loaded). */
  checkOnLoad?: boolean;
}

export function App({ host, catalogue, initialLang = "vi", onLangChange, dark = false, checkOnLoad = false }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const t = React.useMemo(() => translator(lang), [lang]);
  const sets = React.useMemo(() => catalogue.listSets(), [catalogue]);
  const [settings, setSettings] = React.useState<WorkbookSettings>(() => initialSettings(null, sets.map((s) => s.id)));
  const [settingsOpen, setSettingsOpen] = React.useState(true);
  const [provinceError, setProvinceError] = React.useState(false);
  const [paragraph, setParagraph] = React.useState<string | null>(null);
  const [copyState, setCopyState] = React.useState<"idle" | "copied" | "failed">("idle");
  /** "due": the settings are read and the check asked for while the pane loaded is to run now. */
  const [queuedCheck, setQueuedCheck] = React.useState<"waiting" | "due" | "done">(checkOnLoad ? "waiting" : "done");
  const run = useCheckRun(host, lang, t);
  const { busy, progress, outcome, rechecked, notices } = run;
  const noTable = outcome ? noTableFound(outcome.result) : false;

  const set = sets.find((s) => s.id === settings.setId);
  const regionSet = regionSetFor(settings.setId, sets);
  const region = regionState(
    settings.province,
    regionSet && settings.province ? catalogue.regionForProvince(settings.province) : null,
    regionSet ? settings.region : null,
    regionSet?.regions.map((r) => r.id) ?? [],
  );

  const provinces = React.useMemo(() => provinceOptions(catalogue.listProvinces(), lang), [catalogue, lang]);
  const summary = settingsSummary(settings, region, regionSet, provinces, lang);

  // Settings saved in the workbook: the next check needs no clicks.
  React.useEffect(() => {
    let live = true;
    host
      .loadSettings()
      .then((saved) => {
        if (!live) return;
        setSettings(initialSettings(saved, sets.map((s) => s.id)));
        if (saved?.province) setSettingsOpen(false);
      })
      .catch((err) => live && run.failed("actionSettings", err))
      .finally(() => {
        if (!live) return;
        run.settingsLoaded();
        setQueuedCheck((q) => (q === "waiting" ? "due" : q));
      });
    return () => {
      live = false;
    };
  }, [host]);

  React.useEffect(() => {
    setParagraph(outcome ? host.reportParagraph(lang) : null);
    setCopyState("idle");
  }, [host, outcome, lang]);

  const changeLang = () => {
    const next: Lang = lang === "vi" ? "en" : "vi";
    setLang(next);
    onLangChange?.(next);
  };

  const changeSettings = (next: WorkbookSettings) => {
    if (next.province) setProvinceError(false);
    setSettings(next);
  };

  /** The province changes verdicts: it is asked for before the first check, never silently skipped. */
  const runCheck = async (next: WorkbookSettings = settings) => {
    if (!next.province) {
      setProvinceError(true);
      setSettingsOpen(true);
      return;
    }
    void loadReading().catch(() => undefined);
    if (await run.check(checkOptionsForWorkbook(next, region))) setSettingsOpen(false);
  };

  // Runs with the settings just read: this render has them (set in the same update as "due").
  React.useEffect(() => {
    if (queuedCheck !== "due") return;
    setQueuedCheck("done");
    if (set || settings.setId === AUTO_SET) void runCheck();
  }, [queuedCheck]);

  /** The column picker's choice (undefined: automatic reading) is saved by the check it runs. */
  const applyColumns = (columns: ColumnMapping | undefined) => {
    const { columns: _old, ...rest } = settings;
    const next: WorkbookSettings = { ...rest, ...withColumns(columns) };
    setSettings(next);
    void runCheck(next);
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
          <Button className={styles.langButton} size="small" appearance="subtle" onClick={changeLang} title={t("languageSwitchHint")} aria-label={t("languageSwitchHint")}>
            {t("languageSwitch")}
          </Button>
        </header>

        <Accordion collapsible openItems={settingsOpen ? ["settings"] : []} onToggle={(_, data) => setSettingsOpen(data.openItems.includes("settings"))}>
          <AccordionItem value="settings">
            <AccordionHeader className={styles.accordionHeader}>
              <span className={styles.settingsHead}>
                <span className={styles.settingsTitle}>{t("settingsTitle")}</span>
                {!settingsOpen && summary && <Text size={200} className={styles.summary} title={summary}>{`· ${summary}`}</Text>}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <SettingsForm t={t} lang={lang} catalogue={catalogue} sets={sets} settings={settings} region={region}
                disabled={disabled} onChange={changeSettings} provinceRequired={provinceError} />
              <Text size={200}>{t("settingsSaved")}</Text>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>

        <div className={styles.actions}>
          {/* One primary action: "Kiểm tra" before the first check, "Kiểm tra lại" after. */}
          <Button appearance="primary" disabled={disabled || (!set && settings.setId !== AUTO_SET)} onClick={() => void runCheck()}>
            {outcome ? t("recheckButton") : t("checkButton")}
          </Button>
          {outcome && (
            <div className={styles.secondary}>
              {!noTable && <Button disabled={disabled} onClick={() => void run.insertSummary()}>{t("insertSummaryButton")}</Button>}
              <Button disabled={disabled} appearance="subtle" onClick={() => void run.clear()}>{t("clearMarksButton")}</Button>
            </div>
          )}
        </div>

        {progress && (
          <Field label={t("progressLabel")} hint={progress.step} validationState="none">
            <ProgressBar value={progress.fraction} max={1} aria-valuetext={progress.step} />
          </Field>
        )}

        {notices.length > 0 && (
          <div className={styles.notices} role="status" aria-live="polite">
            {notices.map((n) => {
              const { text, detail } = n.words(lang, t);
              return (
              <MessageBar key={n.id} intent={n.intent} layout="multiline">
                <MessageBarBody>
                  {text}
                  {detail && <Text as="p" size={200}>{detail}</Text>}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button appearance="transparent" size="small" aria-label={t("dismiss")}
                      onClick={() => run.dismiss(n.id)}>
                      ×
                    </Button>
                  }
                />
              </MessageBar>
              );
            })}
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
            {!noTable && (
              <>
                <ResultView t={t} lang={lang} result={outcome.result} set={sets.find((s) => s.id === outcome.result.setId)} onSelectCell={run.selectCell} />
                <section className={styles.report} aria-label={t("reportTitle")}>
                  <Field label={t("reportTitle")} hint={paragraph ? t("reportHint") : t("reportNone")}>
                    <Textarea readOnly resize="vertical" rows={6} value={paragraph ?? ""} />
                  </Field>
                  <div className={styles.copyRow}>
                    <Button disabled={!paragraph} onClick={() => void copy()}>{t("copyButton")}</Button>
                    {copyState !== "idle" && <Text role="status">{t(copyState === "copied" ? "copied" : "copyFailed")}</Text>}
                  </div>
                </section>
              </>
            )}
            <React.Suspense fallback={null}>
              <ReadingPanel lang={lang} reading={outcome.reading} noTable={noTable} saved={settings.columns} disabled={disabled}
                onSelectCell={run.selectCell} onApplyColumns={applyColumns} />
            </React.Suspense>
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
              <React.Suspense fallback={<ProgressBar />}>
                <ConsolidatePanel
                  lang={lang}
                  options={checkOptionsFrom(settings, region)}
                  setName={set?.name ?? t("setAuto")}
                  provinceName={catalogue.listProvinces().find((p) => p.id === settings.province)?.name ?? null}
                  actions={{
                    copyText: (text) => host.copyText(text),
                    writeSheet: host.writeSheet ? (layout) => host.writeSheet!(layout) : undefined,
                    problemText: (p) => problemText(p, lang),
                  }}
                />
              </React.Suspense>
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="criteria-set">
            <AccordionHeader>{t("setViewTitle")}</AccordionHeader>
            <AccordionPanel>
              <React.Suspense fallback={<ProgressBar />}>
                <SetView t={t} lang={lang} chosen={set} sets={sets} result={outcome?.result ?? null} onSelectCell={run.selectCell}
                  onInsertDefinitions={run.insertDefinitions ? () => void run.insertDefinitions!() : undefined} busy={disabled} />
              </React.Suspense>
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="help">
            <AccordionHeader>{t("helpTitle")}</AccordionHeader>
            <AccordionPanel>
              <HelpPanel t={t} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
