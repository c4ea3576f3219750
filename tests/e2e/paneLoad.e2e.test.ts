/**
 * The pane's first load is only its shell (title, language, the check button, a loading text); the
 * rest is a lazy chunk. Here that chunk is held back to see the shell work on its own, and a
 * definitions file is checked in the pane (its checker loads on demand) with the command line's words.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { parseOverlayText } from "../../src/domain/definitions/parseOverlay";
import { definitionsErrorText } from "../../src/domain/messages";
import { collectErrors, describeBrowser, launchBrowser, newContext, openPreview, pane, pickProvince, previewUrl, runCheck } from "./harness";

/** Holds requests for scripts whose name matches until `release()`. */
async function holdScripts(page: Page, name: RegExp): Promise<{ release(): void; held(): number }> {
  const waiting: Route[] = [];
  let released = false;
  await page.route(name, (route) => {
    if (released) return route.continue();
    waiting.push(route);
  });
  return {
    release: () => {
      released = true;
      for (const r of waiting.splice(0)) void r.continue();
    },
    held: () => waiting.length,
  };
}

describeBrowser("the pane's first load", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("while the pane loads, its shell shows the check button and says so; a check chosen then runs once loaded", async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = collectErrors(page);
    const chunk = await holdScripts(page, /\/preview-pane\.[0-9a-f]+\.js$/);
    await page.goto(previewUrl());
    await page.getByRole("grid").waitFor();
    await pane(page).getByRole("status").filter({ hasText: "Đang tải công cụ kiểm tra…" }).waitFor();
    expect(chunk.held()).toBe(1);
    // The shell's language switch carries over to the pane.
    await pane(page).getByRole("button", { name: "Chuyển giao diện sang tiếng Anh" }).click();
    await pane(page).getByText("Loading the checker…").waitFor();
    await pane(page).getByRole("button", { name: "Check", exact: true }).click();
    await pane(page).getByText("Loading the checker: the check starts as soon as it has loaded…").waitFor();
    expect(await pane(page).getByRole("button", { name: "Check", exact: true }).isDisabled()).toBe(true);

    chunk.release();
    // The check ran: no province is saved in the example, so it asks for one, as a click does.
    await pane(page).getByText("Choose the province before checking: many indicators' thresholds depend on it.").waitFor();
    await pane(page).getByRole("combobox", { name: /Province/ }).waitFor();
    expect(await pane(page).getByText("Loading the checker…").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the pane's chunk failing to load says so in the shell", async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.route(/\/preview-pane\.[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(previewUrl());
    await pane(page).getByRole("alert").filter({ hasText: "Không tải được công cụ kiểm tra." }).waitFor();
    expect(await pane(page).getByRole("button", { name: "Kiểm tra", exact: true }).isDisabled()).toBe(true);
    await context.close();
  });

  test("in taskpane.html (Office stubbed, its CDN blocked) the shell gives way to the pane under the page's CSP", async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on("pageerror", (err) => pageErrors.push(err.message));
    page.on("console", (msg) => {
      if (msg.type() === "error" && /Content Security Policy|Refused/.test(msg.text())) pageErrors.push(msg.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.Office = {
        onReady: (cb: (info: { host: string; platform: string }) => void) => Promise.resolve().then(() => cb({ host: "Excel", platform: "PC" })),
        context: { requirements: { isSetSupported: () => false }, platform: "PC", contentLanguage: "vi-VN" },
        PlatformType: { OfficeOnline: "OfficeOnline" },
      };
      // No workbook behind it: reading the settings fails, and the pane says so.
      w.Excel = { run: () => Promise.reject(new Error("no workbook here")) };
    });
    const chunk = await holdScripts(page, /\/pane\.[0-9a-f]+\.js$/);
    // The held chunk holds the load event back: wait for the document only.
    await page.goto(new URL("taskpane.html", previewUrl()).href, { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
    await page.getByText("Đang tải công cụ kiểm tra…").waitFor();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText("Đang tải công cụ kiểm tra: sẽ kiểm tra ngay khi tải xong…").waitFor();
    chunk.release();
    await page.getByRole("button", { name: "Thiết lập" }).waitFor();
    await page.getByText("Có lỗi khi làm việc với Excel. Hãy thử lại.").waitFor();
    // The check chosen in the shell ran with the (default) settings: it asks for the province.
    await page.getByText("Hãy chọn tỉnh trước khi kiểm tra", { exact: false }).waitFor();
    expect(await page.getByText("Đang tải công cụ kiểm tra…").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test("a definitions file chosen in the pane is checked on demand, with the command line's messages and JSON paths", async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = collectErrors(page);
    await openPreview(page);
    await pickProvince(page, "Lạng", /^Lạng Sơn/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ntm-defs-"));
    const good = JSON.stringify({ id: "chi-lang", extends: "xa-ntm-2021-2025", name: "Huyện Chi Lăng", source: "Công văn thử", thresholds: { "4.2": { atLeast: 97 } } });
    // A number written as text, and a key the format does not have.
    const badText = good.replace("97", '"97"').replace('"thresholds"', '"nguong": 1, "thresholds"');
    const bad = path.join(dir, "dinh-nghia.json");
    fs.writeFileSync(bad, badText);
    await pane(page).getByRole("button", { name: "Nâng cao" }).click();
    const input = pane(page).locator('input[type="file"][accept=".json,application/json"]');
    await input.setInputFiles(bad);
    const parsed = parseOverlayText(badText);
    if (parsed.ok) throw new Error("the bad file passed");
    const expected = parsed.errors.map((e) => definitionsErrorText(e, "vi"));
    expect(expected).toHaveLength(2);
    expect(expected[0]).toContain('thresholds["4.2"].atLeast');
    await pane(page).getByText("Tệp “dinh-nghia.json” không dùng được:").waitFor();
    const shown = await pane(page).getByRole("listitem").filter({ hasText: /thresholds|nguong/ }).allInnerTexts();
    expect(shown).toEqual(expected);
    await pane(page).getByText("Chưa có tệp.").waitFor();

    const ok = path.join(dir, "chi-lang.json");
    fs.writeFileSync(ok, good);
    await input.setInputFiles(ok);
    await pane(page).getByText("Đang dùng: Huyện Chi Lăng").waitFor();
    expect(await pane(page).getByText("không dùng được").count()).toBe(0);
    expect(await runCheck(page)).toMatch(/^Đạt \d+\/\d+ tiêu chí$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
