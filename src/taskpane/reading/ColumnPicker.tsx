import * as React from "react";
import { Button, Checkbox, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { WorkbookReading } from "../../app/CheckSession";
import { columnLetters } from "../../domain/grid/address";
import type { MappingKey } from "../../domain/grid/columnMapping";
import type { ColumnMapping } from "../../domain/grid/readSheet";
import { periodsOf } from "../../domain/grid/findIndicators";
import { defaultSheet, mappingFromChoice, pickerDefaults, type PickerChoice, type PickerProblem } from "./readingModel";
import type { ReadingStringKey, ReadingT } from "./readingStrings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { display: "block", margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  block: { display: "block" },
  select: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const ROLE_LABEL: Record<MappingKey, ReadingStringKey> = {
  code: "roleCode",
  name: "roleName",
  figure: "roleFigure",
  threshold: "roleThreshold",
  self: "roleSelf",
};

/** The roles in the order a form's columns usually run. */
const ORDER: readonly MappingKey[] = ["code", "name", "threshold", "figure", "self"];

export interface ColumnPickerProps {
  tr: ReadingT;
  reading: WorkbookReading;
  /** The mapping saved in the workbook, if any. */
  saved: ColumnMapping | undefined;
  /** The sheet the picker is for; absent: the user picks it. */
  sheet?: string;
  disabled: boolean;
  onApply(mapping: ColumnMapping): void;
}

/** Says which column is code, name, threshold, figure and self-assessment, for one sheet or every sheet. */
export function ColumnPicker({ tr, reading, saved, sheet: fixedSheet, disabled, onApply }: ColumnPickerProps): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  const offered = reading.sheets.filter((s) => s.columns.length > 0);
  const [sheet, setSheet] = React.useState<string | null>(() => fixedSheet ?? defaultSheet(reading.map, reading.sheets, saved));
  const [allSheets, setAllSheets] = React.useState(() => saved !== undefined && saved.sheet === undefined);
  const [choice, setChoice] = React.useState<PickerChoice>(() => (sheet ? pickerDefaults(reading.map, sheet) : {}));
  const [problem, setProblem] = React.useState<PickerProblem | null>(null);
  const [period, setPeriod] = React.useState<string | undefined>(() => saved?.period);

  React.useEffect(() => {
    if (fixedSheet) setSheet(fixedSheet);
  }, [fixedSheet]);
  React.useEffect(() => {
    setChoice(sheet ? pickerDefaults(reading.map, sheet) : {});
    setProblem(null);
  }, [reading, sheet]);

  const columns = offered.find((s) => s.sheet === sheet)?.columns ?? [];
  const periods = periodsOf(reading.map, allSheets ? null : sheet);
  const apply = () => {
    const built = mappingFromChoice(choice, allSheets ? null : sheet, periods.length > 0 ? period : undefined);
    if (!built.ok) return setProblem(built.problem);
    setProblem(null);
    onApply(built.mapping);
  };
  const problemWords = (p: PickerProblem) =>
    p.kind === "need-figure"
      ? tr("needFigure")
      : tr("sameColumn", { letter: columnLetters(p.col), a: tr(ROLE_LABEL[p.roles[0]]), b: tr(ROLE_LABEL[p.roles[1]]) });

  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={styles.title}>{tr("pickerTitle")}</h3>
      <Text as="p" size={200} className={styles.block}>{tr("pickerIntro")}</Text>
      {!fixedSheet && (
        <Field label={tr("pickerSheet")}>
          <Select className={styles.select} value={sheet ?? ""} disabled={disabled} onChange={(_, data) => setSheet(data.value)}>
            {offered.map((s) => (
              <option key={s.sheet} value={s.sheet}>{s.sheet}</option>
            ))}
          </Select>
        </Field>
      )}
      {periods.length > 0 && (
        <Field label={tr("pickerPeriod")}>
          <Select
            className={styles.select}
            disabled={disabled}
            value={period !== undefined && periods.includes(period) ? period : ""}
            onChange={(_, data) => {
              setProblem(null);
              setPeriod(data.value === "" ? undefined : data.value);
              // Another period has its own figure and self-assessment columns: the reader finds them.
              setChoice((c) => ({ ...c, figure: undefined, self: undefined }));
            }}
          >
            <option value="">{tr("optionLatest")}</option>
            {periods.map((p) => (
              <option key={p} value={p}>{p}</option>
            ))}
          </Select>
        </Field>
      )}
      {ORDER.map((key) => (
        <Field key={key} label={tr(ROLE_LABEL[key])} validationState={problem && problemRoles(problem).includes(key) ? "error" : "none"}>
          <Select
            className={styles.select}
            disabled={disabled}
            value={choice[key] === undefined ? "" : String(choice[key])}
            onChange={(_, data) => {
              setProblem(null);
              setChoice((c) => ({ ...c, [key]: data.value === "" ? undefined : Number(data.value) }));
            }}
          >
            <option value="">{tr("optionAuto")}</option>
            {columns.map((c) => (
              <option key={c.col} value={String(c.col)}>
                {`${tr("optionColumn", { letter: columnLetters(c.col) })}${c.label ? ` · ${c.label}` : ""}`}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Checkbox label={tr("pickerAllSheets")} checked={allSheets} disabled={disabled} onChange={(_, data) => setAllSheets(data.checked === true)} />
      {problem && <Text role="alert" className={styles.error}>{problemWords(problem)}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled || sheet === null} onClick={apply}>{tr("apply")}</Button>
      </div>
    </section>
  );
}

function problemRoles(p: PickerProblem): MappingKey[] {
  return p.kind === "need-figure" ? ["figure"] : [...p.roles];
}
