/**
 * "Tổng hợp nhiều xã" in the preview: a user picks three commune workbooks, each is checked in the
 * browser, the district figures and paragraph appear, and the district sheet is inserted into the
 * open workbook (shown in the sheet view, and in the downloaded .xlsx).
 */
// @ts-nocheck

import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { readWorkbookGrid } from "../../src/adapters/xlsx/readGrid";
import { DISTRICT_SHEET_NAME } from "../../src/domain/district/buildDistrictLayout";
import { ARTIFACTS, REPO, collectErrors, describeBrowser, launchBrowser, newContext, openPreview, pane, pickProvince, screenshot, sheetView } from "./harness";

const EXAMPLE = path.join(REPO, "examples", "lien-son-2024.xlsx");

/** Three communes of one district: the real example and two variants with other names and incomes. */
const COMMUNES = [
  { file: "lien-son-2024.xlsx", commune: null, income: null },
  { file: "mai-pha-2024.xlsx", commune: "XÃ MAI PHA", income: "41 triệu/người/năm" },
  { file: "hoa-cu-2024.xlsx", commune: "XÃ HÒA CƯ", income: "30,5 triệu/người/năm" },
];

async function communeFiles(): Promise<string[]> {
  const dir = path.join(ARTIFACTS, "district");
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const c of COMMUNES) {
    const file = path.join(dir, c.file);
    if (c.commune === null) {
      fs.copyFileSync(EXAMPLE, file);
    } else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(EXAMPLE);
      wb.getWorksheet("TC 1-9 Hạ tầng")!.getCell("A2").value = `UBND ${c.commune}`;
      wb.getWorksheet("TC 10-19")!.getCell("A2").value = `UBND ${c.commune}`;
      wb.getWorksheet("TC 10-19")!.getCell("D8").value = c.income;
      await wb.xlsx.writeFile(file);
    }
    files.push(file);
  }
  return files;
}

describeBrowser("preview: consolidate three commune workbooks", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const { context } = await newContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    errors = collectErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("picks three workbooks, reads each verdict, inserts the district sheet", async () => {
    const files = await communeFiles();
    await openPreview(page);
    await pickProvince(page, "Lạng", /^Lạng Sơn/);

    await pane(page).getByRole("button", { name: "Tổng hợp nhiều xã" }).click();
    const panel = pane(page).getByRole("region", { name: "Tổng hợp nhiều xã" });
    await panel.getByRole("button", { name: "Chọn tệp…" }).waitFor();
    await panel.locator('input[type="file"]').setInputFiles(files);

    const results = panel.getByRole("region", { name: "Kết quả tổng hợp" });
    await results.waitFor();
    const lines = await panel.getByRole("region", { name: "Các tệp (3)" }).getByRole("listitem").allInnerTexts();
    // Liên Sơn 5/19 (income 28 triệu < 39), Mai Pha 6/19 (41 ≥ 39), Hòa Cư 5/19 (30,5 < 39).
    expect(lines).toEqual([
      "lien-son-2024.xlsx: Xã Liên Sơn: đạt 5/19 tiêu chí",
      "mai-pha-2024.xlsx: Xã Mai Pha: đạt 6/19 tiêu chí",
      "hoa-cu-2024.xlsx: Xã Hòa Cư: đạt 5/19 tiêu chí",
    ]);
    expect(await results.innerText()).toContain("3 xã được tổng hợp · 0 tệp không tổng hợp");
    const paragraph = await results.getByRole("textbox").inputValue();
    expect(paragraph).toMatch(/3 xã/);
    expect(paragraph).toContain("- Số xã đạt 5-9 tiêu chí: 03 xã (Hòa Cư, Liên Sơn, Mai Pha).");
    expect(paragraph).not.toContain("gần đạt chuẩn");

    // The consolidation settings rebuild the figures at once, without reading the files again.
    const settings = panel.getByRole("region", { name: "Thiết lập tổng hợp" });
    await settings.getByRole("textbox", { name: "Đơn vị tổng hợp" }).fill("tỉnh Lạng Sơn");
    const bands = settings.getByRole("textbox", { name: "Nhóm theo số tiêu chí đạt" });
    await bands.fill("19,6-18,0-4");
    await settings.getByText("Các nhóm số tiêu chí chưa hợp lệ: không nhóm nào chứa 5 tiêu chí.", { exact: false }).waitFor();
    expect(await results.getByRole("button", { name: "Chèn trang tổng hợp các xã" }).isDisabled()).toBe(true);
    await bands.fill("19,6-18,0-5");
    await settings.getByRole("spinbutton", { name: /Xã gần đạt chuẩn/ }).fill("13");
    const retuned = await results.getByRole("textbox").inputValue();
    expect(retuned.split("\n")[0]).toBe("Kết quả thực hiện các tiêu chí của các xã trên địa bàn tỉnh Lạng Sơn, cụ thể:");
    expect(retuned).toContain("- Số xã đạt 6-18 tiêu chí: 01 xã (Mai Pha).");
    expect(retuned).toContain("- Số xã đạt dưới 6 tiêu chí: 02 xã (Hòa Cư, Liên Sơn).");
    expect(retuned).toContain("- Xã gần đạt chuẩn (còn thiếu không quá 13 tiêu chí): 01 xã (Mai Pha: còn thiếu");

    await results.getByRole("button", { name: "Chèn trang tổng hợp các xã" }).click();
    await panel.getByText(`Đã chèn trang “${DISTRICT_SHEET_NAME}”.`).waitFor();
    await sheetView(page).getByRole("tab", { name: DISTRICT_SHEET_NAME }).click();
    const grid = sheetView(page).getByRole("grid", { name: `Trang ${DISTRICT_SHEET_NAME}` });
    await grid.waitFor();
    const text = await grid.innerText();
    for (const name of ["Liên Sơn", "Mai Pha", "Hòa Cư"]) expect(text).toContain(name);
    await screenshot(page, "preview-consolidated.png", "preview-consolidated.png");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải về .xlsx" }).click()]);
    const saved = path.join(ARTIFACTS, "district", "with-district-sheet.xlsx");
    await download.saveAs(saved);
    const sheets = readWorkbookGrid(new Uint8Array(fs.readFileSync(saved))).sheets;
    const district = sheets.find((s) => s.name === DISTRICT_SHEET_NAME);
    expect(district?.generated).toBe(true);
    const cells = district!.rows.flat().map((c) => String(c?.value ?? ""));
    for (const name of ["Liên Sơn", "Mai Pha", "Hòa Cư"]) expect(cells.some((v) => v.includes(name))).toBe(true);
    expect(cells[0]).toBe("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CỦA CÁC XÃ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN");
    expect(cells).toContain("Số xã đạt 6-18 tiêu chí");
    expect(errors).toEqual([]);
  });
});
