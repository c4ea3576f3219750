/**
 * The pane as a first-time user meets it at the widths Excel gives a task pane (320–400 px):
 * nothing wraps or overlaps (the title bar, the settings header, the actions, the filter, the
 * notifications); the province is asked for before a check runs; one primary action that reads
 * "Kiểm tra" and then "Kiểm tra lại". Screenshots at each width go to test-artifacts/e2e/.
 */
// @ts-nocheck

import type { Browser, Locator, Page } from "playwright-core";
import { collectErrors, describeBrowser, launchBrowser, newContext, openPreview, pane, pickProvince, runCheck, screenshot } from "./harness";

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Height of the element's text in lines (its height over its computed line height). */
async function lines(locator: Locator): Promise<number> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const lh = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
    return Math.round(el.getBoundingClientRect().height / lh);
  });
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, client } = await pane(page).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

describeBrowser("the pane at 320, 350 and 400 px", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each([320, 350, 400])("%i px: nothing wraps or overlaps, before and after a check", async (width) => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = collectErrors(page);
    await openPreview(page);
    await page.addStyleTag({ content: `.pane { width: ${width}px !important; }` });
    const p = pane(page);

    // The title bar: title and language button on one line.
    const title = p.getByRole("heading", { level: 1 });
    const lang = p.getByRole("button", { name: "Chuyển giao diện sang tiếng Anh" });
    expect(await lines(title)).toBe(1);
    expect(overlaps((await title.boundingBox())!, (await lang.boundingBox())!)).toBe(false);
    await noHorizontalOverflow(page);
    await screenshot(p, `pane-${width}-first.png`);

    // No province yet: Kiểm tra asks for it on the field and does not run.
    await p.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await p.getByText("Hãy chọn tỉnh trước khi kiểm tra").waitFor();
    expect(await p.getByRole("heading", { name: /^Đạt \d+\/\d+ tiêu chí$/ }).count()).toBe(0);
    // A province typed that does not exist is an error on the field.
    const box = p.getByRole("combobox", { name: /Tỉnh\/thành phố/ });
    await box.fill("Atlantis");
    await p.getByText("Không có tỉnh nào tên “Atlantis”").waitFor();
    await screenshot(p, `pane-${width}-province-error.png`);

    await pickProvince(page, "Lạng", /^Lạng Sơn/);
    await runCheck(page);
    expect(await p.getByRole("button", { name: "Kiểm tra lại", exact: true }).count()).toBe(1);
    expect(await p.getByRole("button", { name: "Kiểm tra", exact: true }).count()).toBe(0);

    // The settings header, collapsed with its summary: one line.
    const header = p.getByRole("button", { name: /^Thiết lập/ });
    expect((await header.boundingBox())!.height).toBeLessThan(48);
    // The actions: the primary alone, the two others side by side on one row.
    const summaryButton = p.getByRole("button", { name: "Chèn bảng tổng hợp" });
    const clearButton = p.getByRole("button", { name: "Xóa đánh dấu" });
    const a = (await summaryButton.boundingBox())!;
    const b = (await clearButton.boundingBox())!;
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(a.height).toBeLessThan(36); // one line of text in a medium button (32 px)
    // The filter: one line.
    const filter = p.getByRole("combobox", { name: "Hiển thị" });
    expect((await filter.boundingBox())!.height).toBeLessThan(40);
    // Notifications: their text never runs under the dismiss button.
    for (const bar of await p.locator(".fui-MessageBar").all()) {
      const dismiss = bar.getByRole("button", { name: "Đóng" });
      if ((await dismiss.count()) === 0) continue;
      const body = bar.locator(".fui-MessageBarBody");
      expect(overlaps((await body.boundingBox())!, (await dismiss.boundingBox())!)).toBe(false);
    }
    await noHorizontalOverflow(page);
    await screenshot(p, `pane-${width}-checked.png`);

    // English, all of it, at the same width.
    await lang.click();
    await p.getByRole("button", { name: "Check again", exact: true }).waitFor();
    await noHorizontalOverflow(page);
    await screenshot(p, `pane-${width}-english.png`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
