/** The pane's "Bảng đã đọc" section, the column picker and the no-table notice: loaded after the first check. */
// @ts-nocheck

import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { WorkbookReading } from "../../app/CheckSession";
import type { CellRef } from "../../domain/grid/Grid";
import type { ColumnMapping } from "../../domain/grid/readSheet";
import type { Lang } from "../../domain/messages/Lang";
import { noTableLookedFor } from "../../domain/messages/readingWords";
import { ColumnPicker } from "./ColumnPicker";
import { ReadingView } from "./ReadingView";
import { readingText } from "./readingStrings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  block: { display: "block" },
  saved: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

export interface ReadingPanelProps {
  lang: Lang;
  reading: WorkbookReading;
  /** The check found no indicator table. */
  noTable: boolean;
  /** The column mapping saved in the workbook, if any. */
  saved: ColumnMapping | undefined;
  disabled: boolean;
  onSelectCell(ref: CellRef): void;
  /** Saves the mapping (undefined: back to automatic reading) and checks again. */
  onApplyColumns(mapping: ColumnMapping | undefined): void;
}

export function ReadingPanel({ lang, reading, noTable, saved, disabled, onSelectCell, onApplyColumns }: ReadingPanelProps): React.JSX.Element {
  const styles = useStyles();
  const tr = React.useMemo(() => readingText(lang), [lang]);
  const [pickerSheet, setPickerSheet] = React.useState<string | null>(null);
  const [open, setOpen] = React.useState(() => noTable || saved !== undefined);
  const apply = (mapping: ColumnMapping | undefined) => {
    setPickerSheet(null);
    onApplyColumns(mapping);
  };

  const savedNote = saved && (
    <div className={styles.saved}>
      <Text size={200}>{saved.sheet ? tr("savedOne", { sheet: saved.sheet }) : tr("savedAll")}</Text>
      <Button size="small" disabled={disabled} title={tr("resetHint")} onClick={() => apply(undefined)}>{tr("reset")}</Button>
    </div>
  );

  return (
    <div className={styles.root}>
      {noTable && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{tr("noTableTitle")}</MessageBarTitle>
              <Text as="p" className={styles.block}>{noTableLookedFor(lang)}</Text>
              <Text as="p" className={styles.block}>{tr("noTableChoose")}</Text>
              <Text as="p" size={200} className={styles.block}>{tr("noTableNoSummary")}</Text>
            </MessageBarBody>
          </MessageBar>
          {savedNote}
          <ColumnPicker tr={tr} reading={reading} saved={saved} disabled={disabled} onApply={apply} />
        </>
      )}
      <Accordion collapsible openItems={open ? ["reading"] : []} onToggle={(_, data) => setOpen(data.openItems.includes("reading"))}>
        <AccordionItem value="reading">
          <AccordionHeader>{tr("title")}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.root}>
              {!noTable && savedNote}
              <ReadingView
                lang={lang}
                tr={tr}
                reading={reading}
                onSelectCell={onSelectCell}
                onPickColumns={noTable ? undefined : (sheet) => setPickerSheet(sheet === pickerSheet ? null : sheet)}
                afterSheet={(sheet) =>
                  sheet === pickerSheet && <ColumnPicker tr={tr} reading={reading} saved={saved} sheet={sheet} disabled={disabled} onApply={apply} />
                }
              />
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
