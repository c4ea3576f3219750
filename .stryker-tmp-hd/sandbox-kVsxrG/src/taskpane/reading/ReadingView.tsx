// @ts-nocheck
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { WorkbookReading } from "../../app/CheckSession";
import { a1, cellAddress, columnLetters } from "../../domain/grid/address";
import type { CellRef } from "../../domain/grid/Grid";
import type { ColumnChoice, RowReading, SheetReading, TableReading } from "../../domain/grid/ReadingMap";
import { regionAbbreviation } from "../../domain/grid/regions";
import type { Lang } from "../../domain/messages/Lang";
import { codePrefixText, columnByText, columnRoleText, periodText, rowReadingText, type ColumnRole } from "../../domain/messages/readingWords";
import { rowCounts } from "./readingModel";
import type { ReadingT } from "./readingStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  block: { display: "block" },
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  sheetTitle: { display: "block", margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  columns: { display: "grid", gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, margin: 0, alignItems: "baseline" },
  role: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, minWidth: 0 },
  link: { height: "auto", minWidth: 0, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left", justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere", whiteSpace: "normal" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  row: { width: "100%", height: "auto", minWidth: 0, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left", justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", whiteSpace: "normal" },
});

export interface ReadingViewProps {
  lang: Lang;
  tr: ReadingT;
  reading: WorkbookReading;
  onSelectCell(ref: CellRef): void;
  /** Opens the column picker for a sheet; absent: no picker button. */
  onPickColumns?(sheet: string): void;
  /** Rendered after a sheet's tables (the picker, when open on that sheet). */
  afterSheet?(sheet: string): React.ReactNode;
}

/** "Bảng đã đọc": per sheet, each table found, its columns, the rows taken and skipped, with why. */
export function ReadingView({ lang, tr, reading, onSelectCell, onPickColumns, afterSheet }: ReadingViewProps): React.JSX.Element {
  const styles = useStyles();
  const sheets = reading.map.sheets;
  return (
    <div className={styles.root}>
      <Text as="p" size={200} className={styles.block}>{tr("intro")}</Text>
      {sheets.length === 0 && <Text as="p">{tr("noSheets")}</Text>}
      {sheets.map((s) => (
        <section key={s.sheet} className={styles.sheet} aria-label={tr("sheet", { sheet: s.sheet })}>
          <h3 className={styles.sheetTitle}>{sheetTitle(s, tr)}</h3>
          {s.skipped === "generated" && <Text className={styles.muted}>{tr("sheetGenerated")}</Text>}
          {s.skipped === "no-table" && <Text className={styles.muted}>{tr("sheetNoTable")}</Text>}
          {s.tables.map((t, i) => (
            <TableView key={i} lang={lang} tr={tr} table={t} labels={reading.sheets.find((c) => c.sheet === s.sheet)?.columns ?? []} onSelectCell={onSelectCell} />
          ))}
          {onPickColumns && s.skipped !== "generated" && reading.sheets.some((c) => c.sheet === s.sheet && c.columns.length > 0) && (
            <div>
              <Button size="small" onClick={() => onPickColumns(s.sheet)}>{tr("pickColumns")}</Button>
            </div>
          )}
          {afterSheet?.(s.sheet)}
        </section>
      ))}
    </div>
  );
}

function sheetTitle(s: SheetReading, tr: ReadingT): string {
  const extra = [s.hidden ? tr("sheetHidden") : null, s.commune ? tr("commune", { commune: s.commune }) : null].filter(Boolean);
  return `${tr("sheet", { sheet: s.sheet })}${extra.length ? ` — ${extra.join(", ")}` : ""}`;
}

interface TableViewProps {
  lang: Lang;
  tr: ReadingT;
  table: TableReading;
  labels: readonly { col: number; label: string }[];
  onSelectCell(ref: CellRef): void;
}

const SHOWN: readonly ColumnRole[] = ["code", "ordinal", "criterion", "name", "threshold", "generalThreshold", "figure", "self", "count", "total"];

function TableView({ lang, tr, table, labels, onSelectCell }: TableViewProps): React.JSX.Element {
  const styles = useStyles();
  const c = table.columns;
  // A column is shown at the header row (or the table's first row when the user's mapping replaced the header).
  const headRow = table.header?.row ?? table.rows[0]?.row ?? 0;
  const at = (col: number): CellRef => ({ sheet: table.sheet, row: headRow, col });
  const headerRows = table.header ? `${table.header.first + 1}${table.header.last > table.header.first ? `–${table.header.last + 1}` : ""}` : "";
  const counts = rowCounts(table.rows);
  const skipped = table.rows.filter((r) => r.as === "skipped");
  const taken = table.rows.filter((r) => r.as !== "skipped");

  const columnText = (choice: ColumnChoice): string => {
    const header = choice.header || labels.find((l) => l.col === choice.col)?.label || "";
    return [columnLetters(choice.col), header ? `“${header}”` : null, columnByText(choice.by, lang)].filter(Boolean).join(" · ");
  };
  const entries: { role: ColumnRole; text: string; col: number | null }[] = [];
  for (const role of SHOWN) {
    const choice = c[role];
    if (choice) {
      const region = role === "threshold" && c.threshold?.region ? ` · ${tr("region", { region: regionAbbreviation(c.threshold.region) })}` : "";
      entries.push({ role, text: `${columnText(choice)}${region}`, col: choice.col });
    } else if (role === "threshold" && c.regionColumns.length > 0) entries.push({ role, text: tr("noRegionChosen"), col: null });
  }
  const period = periodText(table, lang);
  const prefix = codePrefixText(table, lang);
  const firstCol = c.code?.col ?? c.ordinal?.col ?? c.figure?.col ?? 0;

  const rowRef = (r: RowReading): CellRef => ({
    sheet: table.sheet,
    row: r.row,
    col: r.as === "indicator" && r.figure ? r.figure.col : firstCol,
  });
  const rowButton = (r: RowReading, i: number) => {
    const ref = rowRef(r);
    return (
      <li key={`${r.row}-${r.as}-${i}`}>
        <Button appearance="subtle" size="small" className={styles.row} title={cellAddress(ref)} onClick={() => onSelectCell(ref)}>
          {rowReadingText(r, lang)}
        </Button>
      </li>
    );
  };

  return (
    <div className={styles.sheet}>
      <div>
        <Button appearance="transparent" size="small" className={styles.link} title={cellAddress(at(firstCol))} onClick={() => onSelectCell(at(firstCol))}>
          {table.header ? tr("tableHeader", { rows: headerRows }) : tr("tableByMapping")}
        </Button>
      </div>
      <dl className={styles.columns}>
        {entries.map((e) => (
          <React.Fragment key={e.role}>
            <dt className={styles.role}>{columnRoleText(e.role, lang)}</dt>
            <dd className={styles.value}>
              {e.col === null ? (
                <Text size={200}>{e.text}</Text>
              ) : (
                <Button appearance="transparent" size="small" className={styles.link} title={a1(headRow, e.col)} onClick={() => onSelectCell(at(e.col!))}>
                  {e.text}
                </Button>
              )}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      {c.regionColumns.length > 0 && (
        <Text size={200} className={styles.block}>
          {`${tr("regionColumns")}: ${c.regionColumns.map((r) => `${regionAbbreviation(r.region)} ${columnLetters(r.col)}`).join(", ")}`}
        </Text>
      )}
      {period && <Text size={200} className={styles.block}>{period}</Text>}
      {prefix && <Text size={200} className={styles.block}>{prefix}</Text>}
      <Text size={200} className={styles.block}>{tr("counts", counts)}</Text>
      <Accordion multiple collapsible defaultOpenItems={skipped.length > 0 && skipped.length <= 20 ? ["skipped"] : []}>
        {skipped.length > 0 && (
          <AccordionItem value="skipped">
            <AccordionHeader size="small">{tr("rowsSkipped", { count: skipped.length })}</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>{skipped.map(rowButton)}</ul>
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="taken">
          <AccordionHeader size="small">{tr("rowsTaken", { count: taken.length })}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>{taken.map(rowButton)}</ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
