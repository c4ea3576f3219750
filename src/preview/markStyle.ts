/**
 * Highlight colours in the spreadsheet view: the marks' own colours (app/marks.ts), imported from
 * there rather than through an adapter so the page does not load exceljs until a user downloads.
 */
export { MARK_COLOURS as VIEW_MARK_COLOURS } from "../app/marks";
