/**
 * The task pane as a person uses it, in the browser preview: open, pick province, check, read the
 * verdicts, go to a cell, edit a figure, insert the summary, download, clear, open another file.
 * The steps share one page and run in order, like one user session.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CheckSession } from "../../src/app/CheckSession";
import { FileWorkbook, MARK_TAG } from "../../src/adapters/xlsx/FileWorkbook";
import { VERDICT_COLOURS as MARK_COLOURS } from "../../src/domain/evaluation/verdictColours";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { SUMMARY_SHEET_NAME } from "../../src/domain/summary/buildSummary";
import {
  ARTIFACTS,
  REPO,
  backgroundOf,
  cell,
  collectErrors,
  describeBrowser,
  launchBrowser,
  newContext,
  openPreview,
  pane,
  pickProvince,
  rgb,
  runCheck,
  screenshot,
  sheetView,
} from "./harness";

const EXAMPLE = path.join(REPO, "examples", "lien-son-2024.xlsx");
const INFRA = "TC 1-9 Hạ tầng";
const SOCIAL = "TC 10-19";

describeBrowser("preview: one user's session with the Liên Sơn example", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let blocked: string[];
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, blocked } = await newContext(browser));
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("opens with the bundled example next to the pane, without office.js or any other site", async () => {
    await openPreview(page);
    await expectVisibleText(page, "Đang mở: lien-son-2024.xlsx");
    const tabs = await sheetView(page).getByRole("tab").allInnerTexts();
    expect(tabs).toEqual([INFRA, SOCIAL, "Ghi chú"]);
    expect(await cell(page, "A4").textContent()).toContain("BIỂU ĐÁNH GIÁ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI");
    expect(await pane(page).getByRole("heading", { name: "Chưa kiểm tra" }).isVisible()).toBe(true);
    expect(blocked).toEqual([]);
  });

  test("picks the province; the region is inferred from it", async () => {
    await pickProvince(page, "Lạng", /^Lạng Sơn/);
    await expectVisibleText(page, "Suy ra từ tỉnh Lạng Sơn");
  });

  test("checks: verdict headline, highlights in the sheet, the reasons in the list", async () => {
    const headline = await runCheck(page);
    expect(headline).toBe("Đạt 5/19 tiêu chí");
    await expectVisibleText(page, /Đã đánh dấu \d+ ô\./);
    // 4.1 "Chưa đạt" against "Đạt": red; 4.2 100% ≥ 95%: green; 5 has no official threshold: amber.
    expect(await backgroundOf(cell(page, "D20"))).toBe(rgb(MARK_COLOURS.not_achieved.fill));
    expect(await backgroundOf(cell(page, "D21"))).toBe(rgb(MARK_COLOURS.achieved.fill));
    expect(await backgroundOf(cell(page, "D22"))).toBe(rgb(MARK_COLOURS.not_assessed.fill));
    expect(await backgroundOf(cell(page, "B20"))).toBe("rgba(0, 0, 0, 0)");

    await pane(page).getByRole("button", { name: /^Tiêu chí 4\. Điện/ }).click();
    const item41 = pane(page).getByRole("button", { name: /^4\.1 / });
    await item41.waitFor();
    const text = (await item41.textContent()) ?? "";
    expect(text).toContain("Chưa đạt");
    expect(text).toContain("'TC 1-9 Hạ tầng'!D20");
    expect(await pane(page).getByRole("button", { name: /^4\.2 / }).textContent()).toContain("100%");
  });

  test("clicking an item selects its cell in the sheet view", async () => {
    await pane(page).getByRole("button", { name: /^4\.1 / }).click();
    const d20 = cell(page, "D20");
    await expectSelected(page, "D20");
    expect(await d20.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    await screenshot(page, "preview-checked.png", "preview.png");
    await screenshot(pane(page), "taskpane-checked.png", "taskpane.png");

    // An item on the other sheet switches the sheet tab too.
    await pane(page).getByRole("button", { name: /^Tiêu chí 10\. Thu nhập/ }).click();
    await pane(page).getByRole("button", { name: /^10 / }).click();
    await expectSelected(page, "D8");
    expect(await sheetView(page).getByRole("tab", { selected: true }).innerText()).toBe(SOCIAL);
    expect(await cell(page, "D8").textContent()).toContain("28 triệu/người/năm");
    expect(await cell(page, "D8").isVisible()).toBe(true);
  });

  test("editing a figure in the sheet re-checks and the verdict changes", async () => {
    expect(await backgroundOf(cell(page, "D8"))).toBe(rgb(MARK_COLOURS.not_achieved.fill));
    await cell(page, "D8").dblclick();
    const editor = sheetView(page).getByRole("textbox", { name: "Sửa ô 'TC 10-19'!D8" });
    expect(await editor.inputValue()).toBe("28 triệu/người/năm");
    await editor.fill("45 triệu/người/năm");
    await editor.press("Enter");

    await pane(page).getByRole("heading", { name: "Đạt 6/19 tiêu chí" }).waitFor();
    await expectVisibleText(page, "Đã kiểm tra lại sau khi sửa ô.");
    expect(await cell(page, "D8").textContent()).toContain("45 triệu/người/năm");
    await expectBackground(page, "D8", rgb(MARK_COLOURS.achieved.fill));
    const item10 = (await pane(page).getByRole("button", { name: /^10 / }).textContent()) ?? "";
    expect(item10).toContain("45 triệu/người/năm");
    expect(item10).toContain("Đạt");
    await expectVisibleText(page, "1 ô đã sửa");
  });

  test("inserts the summary sheet and shows it", async () => {
    await pane(page).getByRole("button", { name: "Chèn bảng tổng hợp" }).click();
    await expectVisibleText(page, `Đã chèn trang “${SUMMARY_SHEET_NAME}”.`);
    await sheetView(page).getByRole("tab", { name: SUMMARY_SHEET_NAME }).click();
    const grid = sheetView(page).getByRole("grid", { name: `Trang ${SUMMARY_SHEET_NAME}` });
    await grid.waitFor();
    const text = (await grid.textContent()) ?? "";
    expect(text).toContain("Liên Sơn");
    expect(text).toContain("Thu nhập");
    await expectVisibleText(page, "Trang do công cụ tạo");
    await screenshot(page, "preview-summary.png", "preview-summary.png");
  });

  test("downloads an .xlsx with the edit, the highlights and the summary sheet", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải về .xlsx" }).click()]);
    expect(download.suggestedFilename()).toBe("lien-son-2024-kiem-tra.xlsx");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const saved = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = new Uint8Array(fs.readFileSync(saved));

    const grid = readWorkbookGrid(bytes);
    expect(grid.sheets.map((s) => s.name)).toEqual([INFRA, SOCIAL, "Ghi chú", SUMMARY_SHEET_NAME]);
    expect(grid.sheets[3].generated).toBe(true);
    const social = grid.sheets[1];
    expect(social.rows[7 - social.originRow][3 - social.originCol]?.value).toBe("45 triệu/người/năm");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const formats = (wb.getWorksheet(SOCIAL) as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    const achieved = formats.find((f) => f.rules.some((r) => (r.formulae ?? []).some((x) => x.includes(`${MARK_TAG}achieved`))));
    expect(achieved?.ref.split(" ")).toContain("D8");

    // The downloaded file, checked again by the command line's adapter, gives the pane's verdict.
    const session = new CheckSession(new FileWorkbook(bytes, "xlsx"));
    const outcome = await session.check({ setId: "xa-ntm-2021-2025", province: "lang-son", region: null, disadvantaged: false, overlayJson: null });
    expect(outcome.result.criteriaAchieved).toBe(6);
    expect(outcome.result.criteria.find((c) => c.no === 10)?.verdict).toBe("achieved");
  });

  test("clears the highlights", async () => {
    await pane(page).getByRole("button", { name: "Xóa đánh dấu" }).click();
    await expectVisibleText(page, "Đã xóa đánh dấu.");
    await sheetView(page).getByRole("tab", { name: SOCIAL }).click();
    await expectBackground(page, "D8", "rgba(0, 0, 0, 0)");
    await sheetView(page).getByRole("tab", { name: INFRA }).click();
    expect(await backgroundOf(cell(page, "D20"))).toBe("rgba(0, 0, 0, 0)");
  });

  test("opens another workbook picked from disk; the pane starts afresh", async () => {
    const other = await exampleVariant({ commune: "XÃ MAI PHA", income: "40 triệu/người/năm" });
    const file = path.join(ARTIFACTS, "mai-pha-2024.xlsx");
    fs.writeFileSync(file, other);
    await page.getByTestId("file-input").setInputFiles(file);
    await expectVisibleText(page, "Đang mở: mai-pha-2024.xlsx");
    await pane(page).getByRole("heading", { name: "Chưa kiểm tra" }).waitFor();
    expect(await cell(page, "A2").textContent()).toBe("UBND XÃ MAI PHA");
    await pickProvince(page, "Lạng", /^Lạng Sơn/);
    expect(await runCheck(page)).toBe("Đạt 6/19 tiêu chí");
    await expectVisibleText(page, "Xã Mai Pha");
  });

  test("a file that is not a workbook is refused with a message, the open workbook stays", async () => {
    const file = path.join(ARTIFACTS, "not-a-workbook.xlsx");
    fs.writeFileSync(file, "Tiêu chí,Kết quả\n10,28 triệu\n");
    await page.getByTestId("file-input").setInputFiles(file);
    await expectVisibleText(page, "Không mở được tệp “not-a-workbook.xlsx”: đây không phải là sổ tính Excel");
    await expectVisibleText(page, "Đang mở: mai-pha-2024.xlsx");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

/** The example with another commune name and income figure (as another commune's report). */
async function exampleVariant(change: { commune: string; income: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.getWorksheet(INFRA)!.getCell("A2").value = `UBND ${change.commune}`;
  wb.getWorksheet(SOCIAL)!.getCell("D8").value = change.income;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function expectVisibleText(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: "visible" });
}

async function expectSelected(page: Page, address: string): Promise<void> {
  await page.waitForFunction(
    (a) => document.querySelector(`.sheet-area [data-cell="${a}"]`)?.getAttribute("aria-selected") === "true",
    address,
  );
  const selected = await page.locator('.sheet-area [role="gridcell"][aria-selected="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
  expect(selected).toEqual([address]);
  const inView = await cell(page, address).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const box = el.closest(".grid-scroll")!.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right;
  });
  expect(inView).toBe(true);
}

async function expectBackground(page: Page, address: string, colour: string): Promise<void> {
  await page.waitForFunction(
    ([a, c]) => {
      const el = document.querySelector(`.sheet-area [data-cell="${a}"]`);
      return !!el && getComputedStyle(el).backgroundColor === c;
    },
    [address, colour] as const,
  );
}
