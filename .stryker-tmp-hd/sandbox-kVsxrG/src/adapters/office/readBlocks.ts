// @ts-nocheck
import { addressRow } from "./areas";
import { isPayloadError, officeErrorCode } from "./hostProblem";

/** A rectangle of one sheet to read: values and number formats (and, if asked, which rows show). */
export interface ReadBlock {
  sheet: Excel.Worksheet;
  /** Caller's key (sheet index, edit id): carried to the result untouched. */
  key: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Also read which rows are visible (through the block's first column). */
  visibleRows: boolean;
  /** Read values and number formats (default true); false: only visible rows. */
  values?: boolean;
}

export interface BlockData {
  block: ReadBlock;
  values: unknown[][];
  numberFormat: string[][];
  /** Range.text: what the user sees (formatted numbers such as "17.10"). */
  text: string[][];
  /** Absolute 0-based rows that are visible; only when block.visibleRows. */
  visible?: Set<number>;
}

export interface ReadBudget {
  /** Estimated bytes one sync may move; Excel on the web refuses more than 5 MB per request/response. */
  bytesPerSync: number;
  /** Estimated response bytes per cell for values + numberFormat + text (JSON, UTF-8). */
  bytesPerCell: number;
}

/** Bytes per visible-row address in a RangeView.cellAddresses answer ("'Sheet name'!A12345"). */
const BYTES_PER_ROW_ADDRESS = 40;
/** Halvings tried when Excel still answers "payload too large". */
const MAX_SPLITS = 6;

function cost(b: ReadBlock, budget: ReadBudget): number {
  return (b.values === false ? 0 : b.rows * b.cols * budget.bytesPerCell) + (b.visibleRows ? b.rows * BYTES_PER_ROW_ADDRESS : 0);
}

function splitRows(b: ReadBlock, maxRows: number): ReadBlock[] {
  const out: ReadBlock[] = [];
  for (let r = 0; r < b.rows; r += maxRows) out.push({ ...b, row: b.row + r, rows: Math.min(maxRows, b.rows - r) });
  return out;
}

/**
 * Reads blocks in as few syncs as the payload budget allows: blocks are cut into row bands that
 * fit one sync, then packed together, so many small sheets share one round trip and a 50,000-row
 * sheet takes a few. If Excel still refuses a round as too large, the round is halved and retried.
 */
export async function readBlocks(ctx: Excel.RequestContext, blocks: ReadBlock[], budget: ReadBudget): Promise<BlockData[]> {
  const bands = blocks.flatMap((b) => {
    const perRow = Math.max(1, cost({ ...b, rows: 1 }, budget));
    return splitRows(b, Math.max(1, Math.floor(budget.bytesPerSync / perRow)));
  });
  const rounds: ReadBlock[][] = [];
  let cur: ReadBlock[] = [];
  let curBytes = 0;
  for (const b of bands) {
    const c = cost(b, budget);
    if (cur.length > 0 && curBytes + c > budget.bytesPerSync) {
      rounds.push(cur);
      cur = [];
      curBytes = 0;
    }
    cur.push(b);
    curBytes += c;
  }
  if (cur.length > 0) rounds.push(cur);
  const out: BlockData[] = [];
  for (const round of rounds) out.push(...(await readRound(ctx, round, 0)));
  return out;
}

async function readRound(ctx: Excel.RequestContext, round: ReadBlock[], depth: number): Promise<BlockData[]> {
  const pending = round.map((block) => {
    const range = block.sheet.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
    if (block.values !== false) range.load("values,numberFormat,text");
    const view = block.visibleRows ? range.getColumn(0).getVisibleView() : null;
    view?.load("cellAddresses");
    return { block, range, view };
  });
  try {
    await ctx.sync();
  } catch (error) {
    if (!isRefusedForSize(error) || depth >= MAX_SPLITS || round.every((b) => b.rows === 1)) throw error;
    const halves = round.flatMap((b) => (b.rows > 1 ? splitRows(b, Math.ceil(b.rows / 2)) : [b]));
    const first = halves.filter((_, i) => i % 2 === 0);
    const second = halves.filter((_, i) => i % 2 === 1);
    return [...(await readRound(ctx, first, depth + 1)), ...(second.length ? await readRound(ctx, second, depth + 1) : [])];
  }
  return pending.map(({ block, range, view }) => {
    const data: BlockData =
      block.values === false
        ? { block, values: [], numberFormat: [], text: [] }
        : { block, values: range.values, numberFormat: range.numberFormat as string[][], text: range.text };
    if (view) {
      const visible = new Set<number>();
      for (const row of view.cellAddresses) {
        const r = typeof row[0] === "string" ? addressRow(row[0]) : null;
        if (r !== null) visible.add(r);
      }
      data.visible = visible;
    }
    return data;
  });
}

/**
 * A read refused as too large: the documented codes, or GeneralException ("An internal error has
 * occurred"), which older Excel builds answer to a too-large range read (office-js-docs-reference#354,
 * office-js#1012). Retrying a GeneralException in halves costs at most MAX_SPLITS rounds.
 */
export function isRefusedForSize(error: unknown): boolean {
  return isPayloadError(error) || officeErrorCode(error) === "GeneralException";
}

/** UTF-8 bytes of cells as JSON, estimated without encoding: Vietnamese letters are 2–3 bytes each. */
export function jsonBytes(rows: unknown[][]): number {
  let n = 2;
  for (const row of rows) {
    n += 2;
    for (const v of row) {
      if (typeof v === "string") {
        n += v.length + 3;
        for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 0x7f) n += 2;
      } else n += typeof v === "number" ? String(v).length + 1 : 6;
    }
  }
  return n;
}
