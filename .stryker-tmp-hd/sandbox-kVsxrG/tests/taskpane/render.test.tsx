/**
 * Cheap rendering checks in node (no DOM): server-render the components and read the markup.
 * Interaction is for the browser tests of a later issue.
 */
// @ts-nocheck

import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { builtinCatalogue } from "../../src/taskpane/catalogue";
import { IndicatorItem, ResultView } from "../../src/taskpane/components/ResultView";
import type { PaneHost } from "../../src/taskpane/host";
import { translator } from "../../src/taskpane/strings";
import type { Lang } from "../../src/domain/messages/Lang";
import { lienSonResult } from "../fixtures/paneResult";

function renderResult(lang: Lang): string {
  const set = builtinCatalogue.listSets().find((s) => s.id === "xa-ntm-2021-2025");
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ResultView t={translator(lang)} lang={lang} result={lienSonResult()} set={set} onSelectCell={() => undefined} />
    </FluentProvider>,
  );
}

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

describe("ResultView markup", () => {
  test("headline, criteria with verdicts, figure vs threshold, disagreements, cells", () => {
    const html = renderResult("vi");
    const shown = text(html);
    expect(shown).toContain("Đạt 1/4 tiêu chí");
    expect(shown).toContain("3 chỉ tiêu đạt · 1 chưa đạt · 3 chưa đánh giá");
    expect(shown).toContain("Tiêu chí 4. Điện");
    expect(shown).toContain("Tất cả (4)");
    // The other filters and their counts are the dropdown's options (not in the markup until opened).
    // Accordion panels render collapsed: the indicator rows are not in the markup yet.
    expect(shown).not.toContain("Số liệu: 92%");
  });

  test("English names come from the set", () => {
    const shown = text(renderResult("en"));
    expect(shown).toContain("1/4 criteria achieved");
    expect(shown).toContain("Criterion 4. Electricity");
  });
});

describe("IndicatorItem markup", () => {
  const set = builtinCatalogue.listSets().find((s) => s.id === "xa-ntm-2021-2025");
  const [c3, c4, , c11] = lienSonResult().criteria;
  const render = (ind: (typeof c3.indicators)[number], lang: Lang = "vi") =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <IndicatorItem t={translator(lang)} lang={lang} ind={ind} set={set} onSelectCell={() => undefined} />
      </FluentProvider>,
    );

  test("an achieved indicator: figure vs threshold, the cell, a button to go there", () => {
    const html = render(c3.indicators[0]);
    expect(text(html)).toContain("Số liệu: 92% · Ngưỡng: ≥ 80%");
    expect(text(html)).toContain("'Biểu 01'!E42");
    expect(html.replace(/&#x27;/g, "'")).toMatch(/<button[^>]*title="Đi tới ô 'Biểu 01'!E42"/);
    expect(text(html)).not.toContain("tự đánh giá");
  });

  test("a self-assessment that differs is shown as such", () => {
    const shown = text(render(c4.indicators[1]));
    expect(shown).toContain("Số liệu: 100% · Ngưỡng: chưa rõ");
    expect(shown).toContain("Xã tự đánh giá “đạt”, kết quả kiểm tra là “Chưa đánh giá”.");
  });

  test("a figure that fails its threshold shows how far it is from it", () => {
    const rule = { kind: "atLeast" as const, value: 80, unit: "%" };
    const failing = {
      ...c3.indicators[0],
      verdict: "not_achieved" as const,
      figureRaw: "146/185 hộ (78,91%)",
      figure: { kind: "percent" as const, value: 78.91, numerator: 146, denominator: 185, raw: "146/185 hộ (78,91%)" },
      value: 78.91,
      reason: { code: "fails" as const, figure: "146/185 hộ (78,91%)", rule },
    };
    expect(text(render(failing))).toContain("Còn thiếu 2 hộ (1,09 điểm phần trăm)");
    expect(text(render(failing, "en"))).toContain("Short by 2 households (1.09 percentage points)");
    // An achieved one has none.
    expect(text(render(c3.indicators[0]))).not.toContain("Còn thiếu");
  });

  test("an indicator not found in the workbook is no button", () => {
    const html = render(c11.indicators[0]);
    expect(html).not.toContain("<button");
    expect(text(html)).toContain("Không tìm thấy trong sổ");
  });
});

describe("App markup before settings load", () => {
  const host: PaneHost = {
    loadSettings: () => new Promise(() => undefined),
    check: () => Promise.reject(new Error("not in this test")),
    clearMarks: () => Promise.reject(new Error("not in this test")),
    insertSummary: () => Promise.reject(new Error("not in this test")),
    reportParagraph: () => null,
    selectCell: () => Promise.resolve(),
    copyText: () => Promise.resolve(true),
  };

  test("every form control has a label", () => {
    const html = renderToStaticMarkup(<App host={host} catalogue={builtinCatalogue} />);
    const shown = text(html);
    expect(shown).toContain("Kiểm tra tiêu chí NTM");
    expect(shown).toContain("Bộ tiêu chí");
    expect(shown).toContain("Chưa kiểm tra");
    // The province is asked for first (it changes verdicts); the thresholds file lives under "Nâng cao".
    expect(shown.indexOf("Tỉnh/thành phố")).toBeLessThan(shown.indexOf("Bộ tiêu chí"));
    expect(shown).toContain("Nâng cao");
    expect(shown).not.toContain("Tệp ngưỡng riêng");
    // One primary action.
    expect([...html.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)].filter((m) => text(m[1]).trim() === "Kiểm tra")).toHaveLength(1);
    expect(shown).not.toContain("Kiểm tra lại");
    const labelled = new Set([...html.matchAll(/<label[^>]*for="([^"]+)"/g)].map((m) => m[1]));
    const byAria = new Set([...html.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1].split(" ")));
    const controls = [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)];
    expect(controls.length).toBeGreaterThanOrEqual(2); // province, disadvantaged (dropdowns are buttons; the file input is under "Nâng cao")
    for (const [tag, , attrs] of controls) {
      const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
      const hasName = (id !== undefined && (labelled.has(id) || byAria.has(id))) || /aria-label(?:ledby)?="[^"]+"/.test(attrs);
      expect([tag.slice(0, 100), hasName]).toEqual([tag.slice(0, 100), true]);
    }
    const buttons = [...html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)];
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    for (const [whole, attrs, content] of buttons) {
      const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
      const hasName =
        text(content).trim() !== "" || /aria-label(?:ledby)?="[^"]+"/.test(attrs) || (id !== undefined && (labelled.has(id) || byAria.has(id)));
      expect([whole.slice(0, 100), hasName]).toEqual([whole.slice(0, 100), true]);
    }
  });
});
