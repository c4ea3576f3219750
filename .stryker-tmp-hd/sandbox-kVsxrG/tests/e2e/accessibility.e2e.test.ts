/**
 * Accessibility of the pane and the preview: axe finds no serious or critical violation (before and
 * after a check, with results open), and a keyboard-only user can check, go to a cell and edit it.
 */
// @ts-nocheck

import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { VERDICT_COLOURS as MARK_COLOURS } from "../../src/domain/evaluation/verdictColours";
import {
  backgroundOf,
  cell,
  collectErrors,
  describeBrowser,
  focused,
  launchBrowser,
  newContext,
  openPreview,
  pane,
  pickProvince,
  rgb,
  runCheck,
  screenshot,
  sheetView,
  tabUntil,
} from "./harness";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/**
 * Fluent UI v9's focus sentinels (tabster "dummy inputs", `data-tabster-dummy`) are aria-hidden yet
 * focusable by design: they only hand focus on at once. Fluent lists this as a known issue
 * (microsoft/fluentui#27517, "By Design") and Accessibility Insights suppresses exactly these nodes
 * for aria-hidden-focus (accessibility-insights-web#7605); so do we, and nothing else.
 */
function withoutTabsterSentinels(v: AxeResults["violations"][number]): AxeResults["violations"][number] {
  if (v.id !== "aria-hidden-focus") return v;
  return { ...v, nodes: v.nodes.filter((n) => !/^<i [^>]*data-tabster-dummy=/.test(n.html)) };
}

/** Serious and critical violations, one line each: rule, impact, first few elements. */
function serious(results: AxeResults): string[] {
  return results.violations
    .map(withoutTabsterSentinels)
    .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.html}`).join(", ")}`);
}

describeBrowser("accessibility and keyboard use", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function freshPage(): Promise<{ page: Page; errors: string[] }> {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = collectErrors(page);
    await openPreview(page);
    return { page, errors };
  }

  test("axe: no serious or critical violations, before and after a check, in Vietnamese and English", async () => {
    const { page, errors } = await freshPage();
    const before = await new AxeBuilder({ page }).analyze();
    expect(serious(before)).toEqual([]);
    // The run really looked at the pane and the grid (an empty page would pass too).
    expect(before.passes.map((p) => p.id)).toEqual(expect.arrayContaining(["button-name", "aria-required-children", "label"]));

    await pickProvince(page, "Lạng", /^Lạng Sơn/);
    await runCheck(page);
    await pane(page).getByRole("button", { name: /^Tiêu chí 4\. Điện/ }).click();
    await pane(page).getByRole("button", { name: /^4\.1 / }).click();
    const after = await new AxeBuilder({ page }).analyze();
    expect(serious(after)).toEqual([]);

    await pane(page).getByRole("button", { name: "Chèn bảng tổng hợp" }).click();
    await sheetView(page).getByRole("tab", { name: "Tổng hợp NTM" }).click();
    await pane(page).getByRole("button", { name: "Chuyển giao diện sang tiếng Anh" }).click();
    await page.getByRole("button", { name: "Download .xlsx" }).waitFor();
    const english = await new AxeBuilder({ page }).analyze();
    expect(serious(english)).toEqual([]);
    expect(errors).toEqual([]);
    // Three axe runs are CPU-heavy: ~40 s each on a loaded 2-core machine.
  }, 240_000);

  test("keyboard only: tab to the province, pick it, tab to Kiểm tra, Enter, tab into the results, Enter selects the cell, edit it", async () => {
    const { page, errors } = await freshPage();
    await page.locator("body").focus();

    // Tab order: toolbar, the sheet's active cell, sheet tabs, then the pane. The province first.
    await tabUntil(page, (f) => f.role === "combobox" && f.tag === "input");
    await page.keyboard.type("Lạng");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await pane(page).getByRole("combobox", { name: /Tỉnh\/thành phố/ }).inputValue()).toMatch(/^Lạng Sơn/);
    await tabUntil(page, (f) => f.tag === "button" && f.text === "Kiểm tra");
    await page.keyboard.press("Enter");
    await pane(page).getByRole("heading", { name: /^Đạt \d+\/19 tiêu chí$/ }).waitFor();

    // Into the result list: criterion 4's header, Enter opens it, Tab to indicator 4.1, Enter.
    await tabUntil(page, (f) => f.tag === "button" && f.text.startsWith("Tiêu chí 4. Điện"));
    await page.keyboard.press("Enter");
    await tabUntil(page, (f) => f.tag === "button" && f.text.startsWith("4.1"));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('.sheet-area [data-cell="D20"]')?.getAttribute("aria-selected") === "true");
    // Like Excel, selecting a cell from the pane leaves the keyboard in the pane.
    expect((await focused(page)).text.startsWith("4.1")).toBe(true);
    expect(await backgroundOf(cell(page, "D20"))).toBe(rgb(MARK_COLOURS.not_achieved.fill));
    await screenshot(page, "keyboard-selected.png");

    // Back to the sheet: its one tab stop is the selected cell. Enter edits, Enter saves.
    await tabUntil(page, (f) => f.role === "gridcell", { back: true });
    expect((await focused(page)).cell).toBe("D20");
    await page.keyboard.press("ArrowUp");
    expect((await focused(page)).cell).toBe("D19");
    await page.keyboard.press("ArrowDown");
    expect((await focused(page)).cell).toBe("D20");
    await page.keyboard.press("Enter");
    expect((await focused(page)).label).toBe("Sửa ô 'TC 1-9 Hạ tầng'!D20");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Đạt");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (c) => getComputedStyle(document.querySelector('.sheet-area [data-cell="D20"]')!).backgroundColor === c,
      rgb(MARK_COLOURS.achieved.fill),
    );
    expect((await focused(page)).cell).toBe("D20");
    expect(await cell(page, "D20").evaluate((el) => el.firstChild?.textContent)).toBe("Đạt");
    // 4.1 and 4.2 now both met: criterion 4 is achieved (no province: the example's others stay).
    const item = (await pane(page).getByRole("button", { name: /^4\.1 / }).textContent()) ?? "";
    expect(item).toContain("Số liệu: Đạt");

    // F2 opens the editor with the cell's text, Esc leaves it unchanged.
    await page.keyboard.press("F2");
    expect(await page.getByRole("textbox", { name: "Sửa ô 'TC 1-9 Hạ tầng'!D20" }).inputValue()).toBe("Đạt");
    await page.keyboard.press("Escape");
    expect((await focused(page)).cell).toBe("D20");
    expect(errors).toEqual([]);
  });
});
