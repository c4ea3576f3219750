// @ts-nocheck
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { CHROMIUM } from "./env";

export const REPO = path.resolve(__dirname, "../..");
export const ARTIFACTS = path.join(REPO, "test-artifacts", "e2e");
export const DOCS_IMG = path.join(REPO, "docs", "img");

/** `describe` for browser tests; skipped (reason printed by globalSetup) when Chromium is absent outside CI. */
export function describeBrowser(name: string, fn: () => void): void {
  (process.env.PREVIEW_SKIP ? describe.skip : describe)(name, fn);
}

export function previewUrl(): string {
  const url = process.env.PREVIEW_URL;
  if (!url) throw new Error("PREVIEW_URL is not set: run with `jest -c jest.e2e.config.js` (its globalSetup starts the server)");
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * A fresh browser context (no saved language, no storage) that can reach only localhost:
 * every other request is aborted and recorded in `blocked`.
 */
export async function newContext(browser: Browser, locale = "vi-VN"): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale, acceptDownloads: true });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "localhost" && url.hostname !== "127.0.0.1") {
      blocked.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  return { context, blocked };
}

/** Page errors and console errors, so a test can assert the page ran cleanly. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** Opens the preview and waits until the example workbook and the pane are shown. */
export async function openPreview(page: Page): Promise<void> {
  await page.goto(previewUrl());
  await page.getByRole("grid").waitFor();
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).waitFor();
}

/** The pane (right-hand side) and the spreadsheet view (left). */
export function pane(page: Page): Locator {
  return page.locator(".pane");
}

export function sheetView(page: Page): Locator {
  return page.locator(".sheet-area");
}

/** A cell of the sheet shown, by A1 address. */
export function cell(page: Page, address: string): Locator {
  return page.locator(`.sheet-area [data-cell="${address}"]`);
}

/** Picks a province in the pane's combobox by typing part of its name, as a user does. */
export async function pickProvince(page: Page, typed: string, option: RegExp): Promise<void> {
  const box = pane(page).getByRole("combobox", { name: /Tỉnh\/thành phố/ });
  await box.click();
  await box.fill(typed);
  await page.getByRole("option", { name: option }).first().click();
}

/** Clicks the one primary action ("Kiểm tra", "Kiểm tra lại" after the first check) and waits for the verdict headline. */
export async function runCheck(page: Page): Promise<string> {
  await pane(page).getByRole("button", { name: /^Kiểm tra( lại)?$/ }).click();
  const headline = pane(page).getByRole("heading", { name: /^Đạt \d+\/\d+ tiêu chí$/ });
  await headline.waitFor();
  return (await headline.textContent()) ?? "";
}

/** Background colour of a cell as the browser computed it ("rgb(255, 199, 206)"). */
export function backgroundOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** "C6EFCE" → "rgb(198, 239, 206)". */
export function rgb(hex: string): string {
  const n = parseInt(hex, 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/**
 * Saves a screenshot under test-artifacts/e2e/; with UPDATE_DOCS_IMG=1 also as docs/img/`docsName`
 * (the README's pictures come from the tests, refreshed on purpose).
 */
export async function screenshot(target: Page | Locator, name: string, docsName?: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await target.screenshot({ path: file });
  if (docsName && process.env.UPDATE_DOCS_IMG === "1") {
    fs.mkdirSync(DOCS_IMG, { recursive: true });
    fs.copyFileSync(file, path.join(DOCS_IMG, docsName));
  }
  return file;
}

/** The element that has keyboard focus, described for assertions. */
export function focused(page: Page): Promise<{ tag: string; role: string | null; text: string; cell: string | null; label: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      role: el?.getAttribute("role") ?? null,
      text: (el?.textContent ?? "").trim(),
      cell: el?.getAttribute("data-cell") ?? null,
      label: el?.getAttribute("aria-label") ?? null,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `done` holds for the focused element; fails after `max` presses. */
export async function tabUntil(
  page: Page,
  done: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  options: { back?: boolean; max?: number } = {},
): Promise<number> {
  const max = options.max ?? 60;
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    if (done(await focused(page))) return i;
  }
  throw new Error(`focus did not reach the target after ${max} presses of ${options.back ? "Shift+Tab" : "Tab"}`);
}
