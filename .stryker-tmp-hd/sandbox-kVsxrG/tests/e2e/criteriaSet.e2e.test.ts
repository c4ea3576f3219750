/**
 * The 2026–2030 form in the preview: the set is taken from the workbook's title, the group from
 * "(xã nhóm 2)"; the "Bộ tiêu chí" view says which set, why, and where each threshold comes from;
 * choosing another group re-judges against that group's column.
 */
// @ts-nocheck

import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { REPO, collectErrors, describeBrowser, launchBrowser, newContext, openPreview, pane, pickProvince, runCheck, screenshot } from "./harness";

const FORM = path.join(REPO, "examples", "minh-hoa-2026.xlsx");

describeBrowser("preview: the 2026–2030 form and the “Bộ tiêu chí” view", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let blocked: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const made = await newContext(browser);
    blocked = made.blocked;
    page = await made.context.newPage();
    page.setDefaultTimeout(10_000);
    errors = collectErrors(page);
    await openPreview(page);
    await page.getByTestId("file-input").setInputFiles(FORM);
    await page.getByText("Đang mở: minh-hoa-2026.xlsx").first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the set is “as the workbook says” by default; the check judges 10 criteria", async () => {
    const setBox = pane(page).getByRole("combobox", { name: /Bộ tiêu chí/ });
    expect(await setBox.textContent()).toContain("Theo bảng tính (tự nhận biết)");
    await pickProvince(page, "Lạng", /^Lạng Sơn/);
    expect(await runCheck(page)).toBe("Đạt 6/10 tiêu chí");
  });

  test("“Bộ tiêu chí” names the set, why, the group, and each threshold's origin", async () => {
    await pane(page).getByRole("button", { name: "Bộ tiêu chí", exact: true }).click();
    const view = pane(page).getByLabel("Bộ tiêu chí", { exact: true }).last();
    await view.getByText("Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030").first().waitFor();
    await view.getByText(/tiêu đề ghi “BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN/).waitFor();
    await view.getByText("Nhóm xã: Nhóm 2").waitFor();
    expect(await view.getByRole("listitem").filter({ hasText: /^Ghi trong biểu: \d+$/ }).textContent()).toBe("Ghi trong biểu: 17");
    const income = view.locator("li[data-origin]").filter({ hasText: /^3\.1 / });
    expect(await income.textContent()).toContain("≥ 65.000.000 đồng");
    expect(await income.textContent()).toContain("Ghi trong biểu: Tự đánh giá 2026!17");
    await screenshot(pane(page), "criteria-set-view.png");
  });

  test("choosing group 1 re-judges against the group 1 column", async () => {
    await pane(page).getByRole("button", { name: /^Thiết lập/ }).click();
    await pane(page).getByRole("combobox", { name: /Nhóm xã/ }).click();
    await page.getByRole("option", { name: "Nhóm 1" }).click();
    expect(await runCheck(page)).toBe("Đạt 4/10 tiêu chí");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
