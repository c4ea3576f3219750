/**
 * "Tổng hợp nhiều xã": the user picks or drops commune workbooks; each is read and checked in this
 * browser (nothing uploaded) with a progress bar and a status per file; then the district figures,
 * the paragraph to paste and a button inserting the district sheet. The spreadsheet reader is
 * loaded by consolidateSources with import() only when files are chosen.
 */
// @ts-nocheck

import * as React from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  shorthands,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { CheckOptions } from "../../domain/evaluation/context";
import type { HostProblem } from "../../app/WorkbookPort";
import type { SheetLayout } from "../../domain/summary/SheetLayout";
import { buildDistrictLayout } from "../../domain/district/buildDistrictLayout";
import { bandLabel, buildDistrictParagraph, excludedText, formatAverage } from "../../domain/district/districtText";
import { consolidateSources, workbookSources, type ConsolidationOutcome, type SourceStatus, type WorkbookSource } from "../../app/consolidate/consolidateSources";
import { chosenTotal, DEFAULT_DISTRICT_SETTINGS, defaultBandsText, districtView, readSettings, setNameOf, type DistrictSettings } from "./consolidateView";
import { problemText } from "../../domain/messages";
import type { OpenWorkbook } from "../../app/consolidate/checkCommune";
import { consolidateText } from "./consolidateStrings";
import type { Lang } from "../../domain/messages/Lang";

/** What the panel asks of its host: writing a generated sheet (optional) and the clipboard. */
export interface ConsolidateActions {
  /** Writes the district sheet into the open workbook, never over a user's sheet. Absent: no insert button. */
  writeSheet?(layout: SheetLayout): Promise<{ name: string; problems: HostProblem[] }>;
  copyText(text: string): Promise<boolean>;
  /** Words a host problem (App has hostProblemText); absent: the problem's code is shown. */
  problemText?(problem: HostProblem): string;
}

export interface ConsolidatePanelProps {
  actions: ConsolidateActions;
  lang: Lang;
  /** The pane's current settings (set, province, region, overlay): every commune is checked with them. */
  options: CheckOptions;
  /** Criteria set name for the sheet's subtitle. */
  setName: string;
  /** Province display name for the subtitle, when chosen. */
  provinceName?: string | null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: {
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    textAlign: "center",
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "14em", overflowY: "auto" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  hidden: { display: "none" },
  settings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

type Phase = "idle" | "loading" | "running" | "done";

/** The spreadsheet reader (SheetJS) loads with import() when the first file is opened, so the pane opens without it. */
const openLazily: OpenWorkbook = async (file, bytes) => (await import("../../adapters/xlsx/openWorkbook")).openWorkbookBytes(file, bytes);

export function ConsolidatePanel({ actions, lang, options, setName, provinceName = null }: ConsolidatePanelProps): React.JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => consolidateText(lang), [lang]);
  const input = React.useRef<HTMLInputElement>(null);
  const abort = React.useRef<AbortController | null>(null);
  const [phase, setPhase] = React.useState<Phase>("idle");
  const [dragging, setDragging] = React.useState(false);
  const [names, setNames] = React.useState<string[]>([]);
  const [statuses, setStatuses] = React.useState<SourceStatus[]>([]);
  const [outcome, setOutcome] = React.useState<ConsolidationOutcome | null>(null);
  const [district, setDistrict] = React.useState<DistrictSettings>(DEFAULT_DISTRICT_SETTINGS);
  const [message, setMessage] = React.useState<{ intent: "success" | "warning" | "error"; text: string } | null>(null);
  const [copyState, setCopyState] = React.useState<"idle" | "copied" | "failed">("idle");

  const run = async (picked: WorkbookSource[]) => {
    const sources = workbookSources(picked);
    setOutcome(null);
    setCopyState("idle");
    if (sources.length === 0) {
      setMessage({ intent: "warning", text: t("noWorkbooks") });
      return;
    }
    setMessage(null);
    setNames(sources.map((s) => s.name));
    setStatuses(sources.map(() => ({ state: "waiting" })));
    setPhase("loading");
    const controller = new AbortController();
    abort.current = controller;
    try {
      const outcome = await consolidateSources(
        sources,
        options,
        openLazily,
        (i, status) => {
          setPhase("running");
          setStatuses((list) => list.map((s, j) => (j === i ? status : s)));
        },
        controller.signal,
      );
      setOutcome(outcome);
      if (!outcome.ok && !outcome.mixedSets) {
        setMessage({ intent: "error", text: `${t("optionsProblem")} ${outcome.problems.map((p) => problemText(p, lang)).join(" ")}` });
      } else if (outcome.ok && outcome.figures.communes.length === 0) setMessage({ intent: "warning", text: t("none") });
    } catch (err) {
      setMessage({ intent: "error", text: t("failed", { detail: err instanceof Error ? err.message : String(err) }) });
    } finally {
      abort.current = null;
      setPhase("done");
    }
  };

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (phase === "loading" || phase === "running") return;
    void run([...e.dataTransfer.files]);
  };

  const view = React.useMemo(() => (outcome ? districtView(outcome, district, lang) : null), [outcome, district, lang]);
  const figures = view?.kind === "figures" ? view.figures : null;
  // The set's size once workbooks are read; before, the pane's set gives the example and only the
  // bands' wording is checked (the workbooks may be judged with another set).
  const total = outcome?.ok ? outcome.columns.criterionNos.length : chosenTotal(options.setId);
  const fields = view?.kind === "figures" ? view.settings : readSettings(district, null, lang);
  const settingsOk = fields.bandsError === null && !fields.nearlyError;
  const paragraph = figures && figures.communes.length > 0 ? buildDistrictParagraph(figures, lang) : null;
  // The sheet names the set the workbooks were judged with.
  const sheetSetName = outcome?.ok && outcome.columns.setId !== options.setId ? setNameOf(outcome.columns.setId) : setName;

  const insertSheet = async () => {
    if (!figures || !actions.writeSheet || !settingsOk) return;
    try {
      const { name, problems } = await actions.writeSheet(buildDistrictLayout(figures, { setName: sheetSetName, province: provinceName, lang }));
      const extra = problems.map((p) => actions.problemText?.(p) ?? p.code).join(" ");
      setMessage({ intent: problems.length ? "warning" : "success", text: `${t("sheetInserted", { name })}${extra ? ` ${extra}` : ""}` });
    } catch (err) {
      setMessage({ intent: "error", text: t("failed", { detail: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const copy = async () => {
    if (!paragraph || !settingsOk) return;
    setCopyState((await actions.copyText(paragraph).catch(() => false)) ? "copied" : "failed");
  };

  const busy = phase === "loading" || phase === "running";
  const done = statuses.filter((s) => s.state === "done").length;

  return (
    <section className={styles.root} aria-label={t("title")}>
      <Text as="h2" weight="semibold">{t("title")}</Text>
      <Text as="p" size={200}>{t("intro")}</Text>
      <section aria-label={t("settingsTitle")} className={styles.settings}>
        <Text weight="semibold">{t("settingsTitle")}</Text>
        <Field label={t("unitLabel")} hint={t("unitHint")}>
          <Input value={district.unit} placeholder={t("unitPlaceholder")} onChange={(_, d) => setDistrict((s) => ({ ...s, unit: d.value }))} />
        </Field>
        <Field
          label={t("bandsLabel")}
          hint={fields.bandsError ? undefined : t("bandsHint", { example: defaultBandsText(total) })}
          validationState={fields.bandsError ? "error" : "none"}
          validationMessage={fields.bandsError ?? undefined}
        >
          <Input value={district.bands} placeholder={defaultBandsText(total).replace(/ /g, "")} onChange={(_, d) => setDistrict((s) => ({ ...s, bands: d.value }))} />
        </Field>
        <Field label={t("nearlyLabel")} validationState={fields.nearlyError ? "error" : "none"} validationMessage={fields.nearlyError ? t("nearlyError") : undefined}>
          <Input type="number" min={1} step={1} value={district.nearly} onChange={(_, d) => setDistrict((s) => ({ ...s, nearly: d.value }))} />
        </Field>
      </section>
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Text>{dragging ? t("dropActive") : t("drop")}</Text>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          onChange={(e) => {
            const files = e.currentTarget.files ? [...e.currentTarget.files] : [];
            e.currentTarget.value = "";
            void run(files);
          }}
        />
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
            {phase === "done" ? t("again") : t("choose")}
          </Button>
          {busy && <Button onClick={() => abort.current?.abort()}>{t("stop")}</Button>}
        </div>
      </div>

      {busy && (
        <Field label={t("progressLabel")} hint={phase === "loading" ? t("loading") : t("progress", { done, total: statuses.length })}>
          <ProgressBar value={statuses.length ? done / statuses.length : 0} max={1} />
        </Field>
      )}

      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {view?.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{view.text}</MessageBarBody>
        </MessageBar>
      )}

      {names.length > 0 && (
        <section aria-label={t("filesTitle", { count: names.length })}>
          <Text weight="semibold">{t("filesTitle", { count: names.length })}</Text>
          <ul className={styles.files} aria-live="polite">
            {names.map((name, i) => (
              <li key={`${i}-${name}`}>
                <FileLine name={name} status={statuses[i]} t={t} lang={lang} okClass={styles.ok} badClass={styles.bad} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {figures && figures.communes.length > 0 && (
        <section aria-label={t("summaryTitle")} className={styles.root}>
          <Text weight="semibold">{t("summaryTitle")}</Text>
          <Text size={200}>{t("summaryCounts", { communes: figures.communes.length, excluded: figures.excluded.length })}</Text>
          <ul className={styles.files}>
            {figures.bands.map((b) => (
              <li key={b.key}>
                {bandLabel(b, lang)}: {b.communes.length}
                {b.communes.length > 0 ? ` (${b.communes.join(", ")})` : ""}
              </li>
            ))}
            {figures.average !== null && <li>{lang === "vi" ? "Bình quân" : "Average"}: {formatAverage(figures.average, lang)}</li>}
          </ul>
          {figures.excluded.some((x) => x.reason === "duplicate") && (
            <ul className={styles.files}>
              {figures.excluded.filter((x) => x.reason === "duplicate").map((x) => (
                <li key={x.file} className={styles.bad}>{x.file}: {excludedText(x, lang)}</li>
              ))}
            </ul>
          )}
          <Field label={t("paragraphLabel")}>
            <Textarea readOnly resize="vertical" rows={7} value={paragraph ?? ""} />
          </Field>
          {!settingsOk && <Text size={200} className={styles.bad}>{t("settingsInvalid")}</Text>}
          <div className={styles.actions}>
            <Button disabled={!settingsOk} onClick={() => void copy()}>{t("copy")}</Button>
            {actions.writeSheet && <Button appearance="primary" disabled={!settingsOk} onClick={() => void insertSheet()}>{t("insertSheet")}</Button>}
            {copyState !== "idle" && <Text role="status">{t(copyState === "copied" ? "copied" : "copyFailed")}</Text>}
          </div>
        </section>
      )}
    </section>
  );
}

function FileLine(props: {
  name: string;
  status: SourceStatus | undefined;
  t: ReturnType<typeof consolidateText>;
  lang: Lang;
  okClass: string;
  badClass: string;
}): React.JSX.Element {
  const { name, status, t, lang } = props;
  if (!status || status.state === "waiting") return <Text size={200}>{name}: {t("waiting")}</Text>;
  if (status.state === "reading") return <Text size={200}>{name}: {t("reading")}</Text>;
  const r = status.result;
  if (!r.ok) return <Text size={200} className={props.badClass}>{name}: {excludedText(r.excluded, lang)}</Text>;
  const e = r.entry;
  return (
    <Text size={200} className={props.okClass}>
      {name}: {t("fileResult", { commune: e.commune, achieved: e.criteriaAchieved, total: e.criteriaTotal })}
      {e.communeFrom === "file" ? ` ${t("fileNamedFromFile")}` : ""}
    </Text>
  );
}
