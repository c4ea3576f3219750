/**
 * "Bảng đã đọc" and the column picker in the browser preview (the pane over an in-memory workbook,
 * as over Excel): the user opens what was read, goes to a skipped row, picks another figure column,
 * re-checks and sees the verdicts change, then returns to automatic reading. A workbook with no
 * table the tool knows is said so at the top, with no summary to insert, until its columns are named.
 * At 320 px, the narrowest task pane. Screenshots go to test-artifacts/e2e/.
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { ARTIFACTS, collectErrors, describeBrowser, launchBrowser, newContext, openPreview, pane, pickProvince, runCheck, screenshot } from "./harness";
import { NO_TABLE_ROWS } from "../fixtures/noTableWorkbook";

async function noHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await pane(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/**
 * Serious and critical axe violations in the pane, one line each. Fluent's focus sentinels
 * (`data-tabster-dummy`) are left out for aria-hidden-focus, as in accessibility.e2e.test.ts.
 */
async function axeSerious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(".pane").analyze();
  return results.violations
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !/^<i [^>]*data-tabster-dummy=/.test(n.html)) } : v))
    .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.html).join(", ")}`);
}

async function selectedCell(page: Page): Promise<string | null> {
  await page.waitForFunction(() => document.querySelectorAll('.sheet-area [role="gridcell"][aria-selected="true"]').length === 1);
  return page.locator('.sheet-area [role="gridcell"][aria-selected="true"]').getAttribute("data-cell");
}

describeBrowser("what was read, and the column picker", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("320 px: open “Bảng đã đọc”, pick the figure column, re-check, the verdicts change; “Bỏ chọn cột” restores them", async () => {
    const { context, blocked } = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = collectErrors(page);
    await openPreview(page);
    await page.addStyleTag({ content: ".pane { width: 320px !important; }" });
    const p = pane(page);
    await pickProvince(page, "Lạng", /^Lạng Sơn/);
    expect(await runCheck(page)).toBe("Đạt 5/19 tiêu chí");

    await p.getByRole("button", { name: "Bảng đã đọc" }).click();
    const infra = p.getByRole("region", { name: "Trang “TC 1-9 Hạ tầng”" });
    await infra.getByText("Bảng: tiêu đề dòng 7").waitFor();
    await infra.getByText("D · “Kết quả thực hiện” · theo tiêu đề").waitFor();
    await infra.getByText("A · “TT” · theo nội dung").waitFor();
    await infra.getByText("21 dòng chỉ tiêu, 9 dòng tiêu chí, 0 dòng bỏ qua.").waitFor();
    await noHorizontalOverflow(page);

    // A skipped row, with why, as ntm inspect says it (row 35 is hidden in the sheet).
    const social = p.getByRole("region", { name: "Trang “TC 10-19”" });
    await social.getByRole("button", { name: /^Dòng 35: bỏ qua — dòng ẩn \(hoặc trang ẩn\) trùng mã với dòng đang hiện \(17\.6\)/ }).waitFor();
    // A row taken: clicking it selects its figure cell in the sheet.
    await infra.getByRole("button", { name: "Dòng đã lấy (30)" }).click();
    await infra.getByRole("button", { name: /^Dòng 21: chỉ tiêu 4\.2 — số liệu D21, mức chuẩn C21, tự đánh giá E21/ }).click();
    expect(await selectedCell(page)).toBe("D21");
    // A column: its header cell.
    await infra.getByRole("button", { name: "E · “Tự đánh giá” · theo tiêu đề" }).click();
    expect(await selectedCell(page)).toBe("E7");
    await screenshot(p, "reading-320.png");

    // The picker on TC 1-9: defaults are what was read; the self-assessment column E as the figure.
    await infra.getByRole("button", { name: "Chọn cột…" }).click();
    const figure = infra.getByLabel("Cột số liệu (kết quả thực hiện)");
    expect(await figure.inputValue()).toBe("3");
    expect(await infra.getByLabel("Cột mức chuẩn").inputValue()).toBe("2");
    await figure.selectOption("4");
    await noHorizontalOverflow(page);
    await screenshot(p, "reading-picker-320.png");
    expect(await axeSerious(page)).toEqual([]);
    // E is the self-assessment column too: one column serves one purpose, the picker says so.
    await infra.getByRole("button", { name: "Dùng các cột này và kiểm tra lại" }).click();
    await infra.getByText("Cột E được chọn cho cả “Cột số liệu (kết quả thực hiện)” và “Cột tự đánh giá”: mỗi cột chỉ dùng cho một việc.").waitFor();
    expect(await p.getByRole("heading", { name: "Đạt 5/19 tiêu chí" }).count()).toBe(1);
    await infra.getByLabel("Cột tự đánh giá").selectOption({ label: "Tự động" });
    await infra.getByRole("button", { name: "Dùng các cột này và kiểm tra lại" }).click();

    const headline = p.getByRole("heading", { name: "Đạt 7/19 tiêu chí" });
    await headline.waitFor();
    await p.getByText("Đang dùng cột bạn chọn cho trang “TC 1-9 Hạ tầng”.").waitFor();
    await infra.getByText("E · “Tự đánh giá” · người dùng chọn").waitFor();
    // The other sheet is still read by its headers.
    await social.getByText("D · “Kết quả thực hiện” · theo tiêu đề").waitFor();
    await noHorizontalOverflow(page);

    // Back to automatic reading.
    await p.getByRole("button", { name: "Bỏ chọn cột" }).click();
    await p.getByRole("heading", { name: "Đạt 5/19 tiêu chí" }).waitFor();
    await infra.getByText("D · “Kết quả thực hiện” · theo tiêu đề").waitFor();
    expect(await p.getByRole("button", { name: "Bỏ chọn cột" }).count()).toBe(0);

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  }, 120_000);

  test("no indicator table: said at the top, no summary, the picker finds the table", async () => {
    const { context, blocked } = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = collectErrors(page);
    await openPreview(page);
    await page.addStyleTag({ content: ".pane { width: 320px !important; }" });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Theo dõi").addRows(NO_TABLE_ROWS);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, "theo-doi-an-binh.xlsx");
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByText("Đang mở: theo-doi-an-binh.xlsx").first().waitFor();

    const p = pane(page);
    await pickProvince(page, "Lạng", /^Lạng Sơn/);
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await p.getByText("Không tìm thấy bảng chỉ tiêu", { exact: true }).waitFor();
    await p.getByText("Cần một dòng tiêu đề có cột số liệu (“Kết quả thực hiện”, “Hiện trạng”, “Kết quả”, “Số liệu”)", { exact: false }).waitFor();
    expect(await p.getByRole("heading", { name: /^Đạt \d+\/\d+ tiêu chí$/ }).count()).toBe(0);
    expect(await p.getByRole("button", { name: "Chèn bảng tổng hợp" }).count()).toBe(0);
    await noHorizontalOverflow(page);
    await screenshot(p, "reading-no-table-320.png");
    expect(await axeSerious(page)).toEqual([]);

    // Without a figure column the picker says what it needs.
    await p.getByRole("button", { name: "Dùng các cột này và kiểm tra lại" }).click();
    await p.getByText("Hãy chọn cột số liệu: công cụ tìm các chỉ tiêu theo cột này.").waitFor();
    await p.getByLabel("Cột mã chỉ tiêu").selectOption({ label: "Cột A · Mục" });
    await p.getByLabel("Cột mức chuẩn").selectOption({ label: "Cột C · Mức quy định" });
    await p.getByLabel("Cột số liệu (kết quả thực hiện)").selectOption({ label: "Cột D · Số báo cáo" });
    await p.getByLabel("Cột tự đánh giá").selectOption({ label: "Cột E · Xã chấm" });
    await p.getByRole("button", { name: "Dùng các cột này và kiểm tra lại" }).click();

    // Now a table: verdicts, a summary to insert, and 12.1 (65% < 70%) not achieved.
    const headline = p.getByRole("heading", { name: /^Đạt \d+\/19 tiêu chí$/ });
    await headline.waitFor();
    await p.getByRole("button", { name: "Chèn bảng tổng hợp" }).waitFor();
    expect(await p.getByText("Không tìm thấy bảng chỉ tiêu", { exact: true }).count()).toBe(0);
    await p.getByText("Đang dùng cột bạn chọn cho trang “Theo dõi”.").waitFor();
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  }, 120_000);
});
