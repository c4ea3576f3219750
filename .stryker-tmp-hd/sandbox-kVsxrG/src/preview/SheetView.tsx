// @ts-nocheck
import * as React from "react";
import { a1, cellAddress, columnLetters } from "../domain/grid/address";
import type { CellRef } from "../domain/grid/Grid";
import { verdictLabel } from "../domain/messages";
import type { Lang } from "../domain/messages/Lang";
import { VERDICT_COLOURS } from "../domain/evaluation/verdictColours";
import type { PreviewWorkbook } from "./PreviewWorkbook";
import { cellStyle, clamp, firstCell, key, sheetModel, type Pos } from "./sheetModel";
import type { PreviewT } from "./strings";
import { editText, shownText } from "./typedValue";

/** Rows drawn at most (more would make the page slow); the pane still reads every row. */
export const MAX_SHOWN_ROWS = 1000;

export interface SheetViewProps {
  workbook: PreviewWorkbook;
  lang: Lang;
  t: PreviewT;
}

/**
 * One sheet at a time as an accessible grid (role="grid", one tab stop, arrow keys), with sheet
 * tabs, our highlights from the port's marks, editable cells (Enter/F2/typing or double-click;
 * Enter saves, Esc cancels) and the cell the pane selects scrolled into view and outlined.
 */
export function SheetView({ workbook, lang, t }: SheetViewProps): React.JSX.Element {
  React.useSyncExternalStore(workbook.subscribe, () => workbook.version);
  const sheets = workbook.sheets.filter((s) => !s.hidden);
  const [sheetName, setSheetName] = React.useState(() => sheets[0]?.name ?? "");
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets[0];
  const [active, setActive] = React.useState<Pos>(() => firstCell(sheet));
  const [editing, setEditing] = React.useState<{ pos: Pos; text: string } | null>(null);
  const focusCell = React.useRef(false);
  const scrollToActive = React.useRef(false);
  const tableRef = React.useRef<HTMLTableElement>(null);
  const gridId = React.useId();

  // The pane asked to select a cell: show its sheet, make it the active cell, scroll to it.
  const selected = workbook.selected;
  React.useEffect(() => {
    if (!selected) return;
    setEditing(null);
    setSheetName(selected.ref.sheet);
    setActive({ row: selected.ref.row, col: selected.ref.col });
    scrollToActive.current = true;
  }, [selected?.seq]);

  const layout = sheet ? workbook.layoutOf(sheet.name) : undefined;
  const model = React.useMemo(() => (sheet ? sheetModel(sheet, layout) : null), [sheet, layout, workbook.version]);

  React.useLayoutEffect(() => {
    if (!scrollToActive.current && !focusCell.current) return;
    const cell = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${a1(active.row, active.col)}"]`);
    if (cell && scrollToActive.current) scrollWithin(cell, focusCell.current ? "nearest" : "center");
    if (cell && focusCell.current) cell.focus({ preventScroll: true });
    scrollToActive.current = false;
    focusCell.current = false;
  });

  if (!sheet || !model) return <p>{t("emptySheet")}</p>;
  const readOnly = !!sheet.generated;
  const lastShownRow = Math.max(MAX_SHOWN_ROWS - 1, active.row);
  const shownRows = model.visibleRows.filter((r) => r <= lastShownRow);

  const switchSheet = (name: string) => {
    const next = sheets.find((s) => s.name === name);
    setEditing(null);
    setSheetName(name);
    setActive(firstCell(next));
  };

  const moveTo = (pos: Pos) => {
    setActive(model.anchor(clamp(pos, model)));
    focusCell.current = true;
    scrollToActive.current = true;
  };

  const commit = (pos: Pos, text: string) => {
    setEditing(null);
    workbook.typeInto({ sheet: sheet.name, row: pos.row, col: pos.col }, text);
  };

  const startEdit = (pos: Pos, text?: string) => {
    if (readOnly) return;
    const ref = { sheet: sheet.name, ...pos };
    setEditing({ pos, text: text ?? editText(workbook.cellAt(ref)) });
  };

  const onKeyDown = (ev: React.KeyboardEvent) => {
    if (editing) return;
    const { row, col } = active;
    const span = model.spanAt(row, col);
    const step: Record<string, Pos | undefined> = {
      ArrowUp: { row: model.prevVisible(row), col },
      ArrowDown: { row: model.nextVisible(row + span.rows - 1), col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + span.cols },
      Home: ev.ctrlKey ? { row: model.firstRow, col: 0 } : { row, col: 0 },
      End: ev.ctrlKey ? { row: model.lastRow, col: model.lastCol } : { row, col: model.lastCol },
      PageUp: { row: row - 20, col },
      PageDown: { row: row + 20, col },
    };
    const target = step[ev.key];
    if (target) {
      ev.preventDefault();
      moveTo(target);
    } else if (ev.key === "Enter" || ev.key === "F2") {
      ev.preventDefault();
      startEdit(active);
    } else if ((ev.key === "Delete" || ev.key === "Backspace") && !readOnly) {
      ev.preventDefault();
      commit(active, "");
    } else if (ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !readOnly) {
      ev.preventDefault();
      startEdit(active, ev.key);
    }
  };

  return (
    <div className="sheet-view">
      <p id={`${gridId}-help`} className="sheet-help">
        {readOnly ? t("generatedReadOnly") : t("gridHelp")}
      </p>
      <div id={`${gridId}-panel`} className="grid-scroll" role="tabpanel" aria-labelledby={`${gridId}-tab-${sheets.indexOf(sheet)}`}>
        <table
          ref={tableRef}
          className="grid"
          role="grid"
          aria-label={t("grid", { sheet: sheet.name })}
          aria-describedby={`${gridId}-help`}
          aria-readonly={readOnly || undefined}
          aria-rowcount={model.lastRow + 2}
          aria-colcount={model.lastCol + 2}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr aria-rowindex={1}>
              <td className="corner" role="gridcell" aria-colindex={1} />
              {model.columns.map((c) => (
                <th key={c} role="columnheader" scope="col" aria-colindex={c + 2}
                  className={c === active.col ? "header-active" : undefined}
                  style={model.widths[c] ? { minWidth: model.widths[c], maxWidth: model.widths[c] } : undefined}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((r) => (
              <tr key={r} aria-rowindex={r + 2}>
                <th role="rowheader" scope="row" aria-colindex={1} className={r === active.row ? "header-active" : undefined}>
                  {r + 1}
                </th>
                {model.columns.map((c) => {
                  const span = model.spans.get(key(r, c));
                  if (span === null) return null; // covered by a merged area
                  const ref: CellRef = { sheet: sheet.name, row: r, col: c };
                  const isActive = active.row === r && active.col === c;
                  const isEditing = editing && editing.pos.row === r && editing.pos.col === c;
                  const mark = workbook.markAt(ref);
                  const style = cellStyle(model.styleAt(r, c), mark?.verdict ? VERDICT_COLOURS[mark.verdict] : undefined, {
                    top: !!model.styleAt(r - 1, c)?.border,
                    left: !!model.styleAt(r, c - 1)?.border,
                  });
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      data-cell={a1(r, c)}
                      aria-colindex={c + 2}
                      aria-selected={isActive}
                      tabIndex={isActive && !isEditing ? 0 : -1}
                      rowSpan={span?.rows}
                      colSpan={span?.cols}
                      className={isActive ? "cell active" : "cell"}
                      style={style}
                      title={mark?.note}
                      onMouseDown={() => {
                        if (isEditing) return;
                        setActive({ row: r, col: c });
                        focusCell.current = true;
                      }}
                      onDoubleClick={() => startEdit({ row: r, col: c })}
                    >
                      {isEditing ? (
                        <CellEditor
                          label={t("editCell", { cell: cellAddress(ref) })}
                          initial={editing.text}
                          onCommit={(text, move) => {
                            commit({ row: r, col: c }, text);
                            if (move) moveTo({ row: r, col: c + span!.cols });
                            else focusCell.current = true;
                          }}
                          onCancel={() => {
                            setEditing(null);
                            focusCell.current = true;
                          }}
                        />
                      ) : (
                        <>
                          {shownText(workbook.cellAt(ref))}
                          {mark && <span className="visually-hidden">{` (${verdictLabel(mark.verdict, lang)})`}</span>}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {model.visibleRows.length > shownRows.length && (
          <p className="sheet-help">{t("rowsCut", { shown: shownRows.length, total: model.visibleRows.length })}</p>
        )}
      </div>
      <SheetTabs sheets={sheets.map((s) => s.name)} selected={sheet.name} idPrefix={`${gridId}-tab-`} panelId={`${gridId}-panel`}
        label={t("sheetTabs")} onSelect={switchSheet} />
    </div>
  );
}

/**
 * Sheet tabs as a WAI-ARIA tab list: one tab stop, arrow keys (and Home/End) move between sheets.
 * A plain one rather than Fluent's TabList, whose focus sentinels (aria-hidden yet focusable) axe
 * reports as a serious violation.
 */
function SheetTabs(props: { sheets: string[]; selected: string; idPrefix: string; panelId: string; label: string; onSelect(name: string): void }): React.JSX.Element {
  const { sheets, selected, idPrefix, panelId, label, onSelect } = props;
  const listRef = React.useRef<HTMLDivElement>(null);
  const go = (index: number) => {
    const i = (index + sheets.length) % sheets.length;
    onSelect(sheets[i]);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[i]?.focus();
  };
  const current = sheets.indexOf(selected);
  return (
    <div ref={listRef} className="sheet-tabs" role="tablist" aria-label={label}
      onKeyDown={(ev) => {
        const target = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: sheets.length - 1 }[ev.key];
        if (target === undefined) return;
        ev.preventDefault();
        go(target);
      }}>
      {sheets.map((name, i) => (
        <button key={name} type="button" role="tab" id={`${idPrefix}${i}`} className="sheet-tab" aria-selected={name === selected}
          aria-controls={name === selected ? panelId : undefined} tabIndex={name === selected ? 0 : -1} onClick={() => onSelect(name)}>
          {name}
        </button>
      ))}
    </div>
  );
}

function CellEditor(props: { label: string; initial: string; onCommit(text: string, moveRight: boolean): void; onCancel(): void }): React.JSX.Element {
  const [text, setText] = React.useState(props.initial);
  const done = React.useRef(false);
  const finish = (fn: () => void) => {
    if (done.current) return;
    done.current = true;
    fn();
  };
  return (
    <input
      className="cell-editor"
      aria-label={props.label}
      autoFocus
      value={text}
      onChange={(ev) => setText(ev.target.value)}
      onKeyDown={(ev) => {
        ev.stopPropagation();
        if (ev.key === "Enter") {
          ev.preventDefault();
          finish(() => props.onCommit(text, false));
        } else if (ev.key === "Tab") {
          ev.preventDefault();
          finish(() => props.onCommit(text, true));
        } else if (ev.key === "Escape") {
          ev.preventDefault();
          finish(props.onCancel);
        }
      }}
      onBlur={() => finish(() => props.onCommit(text, false))}
    />
  );
}

/**
 * Scrolls the grid's own box (not the page) so `cell` shows clear of the sticky row and column
 * headers: centred when the pane selects it, just into view when the keyboard moves to it.
 */
function scrollWithin(cell: HTMLElement, mode: "center" | "nearest"): void {
  const box = cell.closest<HTMLElement>(".grid-scroll");
  const table = cell.closest("table");
  if (!box || !table) return;
  const headerHeight = table.tHead?.getBoundingClientRect().height ?? 0;
  const headerWidth = table.tBodies[0]?.rows[0]?.cells[0]?.getBoundingClientRect().width ?? 0;
  const b = box.getBoundingClientRect();
  const c = cell.getBoundingClientRect();
  const top = c.top - b.top + box.scrollTop;
  const left = c.left - b.left + box.scrollLeft;
  const viewH = box.clientHeight - headerHeight;
  const viewW = box.clientWidth - headerWidth;
  if (mode === "center") {
    box.scrollTop = Math.max(0, top - headerHeight - (viewH - c.height) / 2);
    box.scrollLeft = Math.max(0, left - headerWidth - (viewW - c.width) / 2);
    return;
  }
  if (top - headerHeight < box.scrollTop) box.scrollTop = top - headerHeight;
  else if (top + c.height > box.scrollTop + box.clientHeight) box.scrollTop = top + c.height - box.clientHeight;
  if (left - headerWidth < box.scrollLeft) box.scrollLeft = left - headerWidth;
  else if (left + c.width > box.scrollLeft + box.clientWidth) box.scrollLeft = left + c.width - box.clientWidth;
}

