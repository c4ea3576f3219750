/** The pane's shell (its first load): the check button and a loading text, in both languages. */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PaneShell } from "../../src/taskpane/PaneShell";
import { STRINGS } from "../../src/taskpane/strings";

const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const shell = (props: Partial<React.ComponentProps<typeof PaneShell>>) =>
  renderToStaticMarkup(<PaneShell lang="vi" onLangChange={() => undefined} checkQueued={false} onCheck={() => undefined} {...props} />);

describe("PaneShell", () => {
  test("shows the title, the language switch, the check button and the loading text", () => {
    const shown = text(shell({}));
    expect(shown).toContain("Kiểm tra tiêu chí NTM");
    expect(shown).toContain("English");
    expect(shown).toContain(" Kiểm tra ");
    expect(shown).toContain("Đang tải công cụ kiểm tra…");
    expect(shell({})).not.toMatch(/<button[^>]*disabled[^>]*>Kiểm tra</);
  });

  test("in English, and once a check is queued: the button waits and the text says the check will run", () => {
    const html = shell({ lang: "en", checkQueued: true });
    expect(text(html)).toContain("Loading the checker: the check starts as soon as it has loaded…");
    expect(text(html)).toContain("NTM criteria check");
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Check<\/button>/);
  });

  test("a failed load is said, with no spinner", () => {
    const html = shell({ failed: true });
    expect(text(html)).toContain(STRINGS.vi.paneLoadFailed);
    expect(text(html)).not.toContain(STRINGS.vi.paneLoading);
    expect(html).toContain('role="alert"');
  });

  test("the loading words exist in both languages", () => {
    for (const key of ["paneLoading", "paneLoadingCheckQueued", "paneLoadFailed", "overlayChecking", "overlayCheckFailed"] as const) {
      expect(STRINGS.vi[key]).toBeTruthy();
      expect(STRINGS.en[key]).toBeTruthy();
      expect(STRINGS.vi[key]).not.toBe(STRINGS.en[key]);
    }
  });
});
