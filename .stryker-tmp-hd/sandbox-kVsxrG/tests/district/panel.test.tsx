/**
 * The task-pane side: consolidating picked files in this thread (as the browser does), the panel's
 * markup, and that the pane does not load the spreadsheet reader until the feature is used.
 */
// @ts-nocheck

import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { consolidateSources, workbookSources, type SourceStatus } from "../../src/app/consolidate/consolidateSources";
import { openWorkbookBytes } from "../../src/adapters/xlsx/openWorkbook";
import { ConsolidatePanel } from "../../src/taskpane/consolidate/ConsolidatePanel";
import { FIXTURE_DIR, FIXTURE_OPTIONS, LOCK_FILE, PLAN } from "../fixtures/district/make";

function picked(name: string) {
  return { name, arrayBuffer: async () => new Uint8Array(await fs.readFile(path.join(FIXTURE_DIR, name))).buffer };
}

test("picked files are checked one by one, with each file's status, and consolidated", async () => {
  const names = (await fs.readdir(FIXTURE_DIR)).sort();
  const sources = workbookSources(names.map(picked));
  expect(sources.map((s) => s.name)).not.toContain(LOCK_FILE);
  expect(sources).toHaveLength(21);
  const seen: [number, SourceStatus["state"]][] = [];
  const outcome = await consolidateSources(sources, FIXTURE_OPTIONS, openWorkbookBytes, (i, s) => seen.push([i, s.state]));
  if (!outcome.ok) throw new Error("options rejected");
  expect(seen.slice(0, 4)).toEqual([[0, "reading"], [0, "done"], [1, "reading"], [1, "done"]]);
  expect(seen).toHaveLength(42);
  expect(outcome.figures.communes.map((e) => e.commune)).toEqual(PLAN.map((p) => p.commune));
  expect(outcome.figures.bands.map((b) => b.communes.length)).toEqual([4, 6, 3, 4, 0]);
  expect(outcome.figures.excluded.map((x) => x.reason)).toEqual(["corrupt", "encrypted", "no-table", "duplicate"]);
}, 30_000);

test("stopping keeps what was checked", async () => {
  const controller = new AbortController();
  const outcome = await consolidateSources(PLAN.slice(0, 5).map((p) => picked(p.file)), FIXTURE_OPTIONS, openWorkbookBytes, (i, s) => {
    if (i === 1 && s.state === "done") controller.abort();
  }, controller.signal);
  expect(outcome.ok && outcome.figures.communes.map((e) => e.commune)).toEqual(["Tân Hương", "Bắc Quỳnh"]);
});

test("bad settings come back as problems, not a throw", async () => {
  const outcome = await consolidateSources([picked(PLAN[0].file)], { ...FIXTURE_OPTIONS, province: "Atlantis" }, openWorkbookBytes);
  expect(outcome).toEqual({ ok: false, problems: [{ code: "province/unknown", at: {}, params: { province: "Atlantis" } }] });
});

test("the panel opens with its title, the privacy note and the file picker", () => {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <ConsolidatePanel lang="vi" options={FIXTURE_OPTIONS} setName="Bộ tiêu chí" actions={{ copyText: async () => true }} />
    </FluentProvider>,
  );
  expect(html).toContain("Tổng hợp nhiều xã");
  expect(html).toContain("không tải lên đâu cả");
  expect(html).toContain("Chọn tệp…");
  expect(html).toMatch(/<input[^>]*type="file"[^>]*multiple/);
});

/** Static imports only (not `import type`, not import()): what the pane's first script pulls in. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith("/")) return;
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)) {
      const spec = m[1];
      if (!spec.startsWith(".")) {
        seen.add(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const found = [".ts", ".tsx", "/index.ts", ".json"].map((e) => base + e).find((f) => {
        try {
          return readFileSync(f) && true;
        } catch {
          return false;
        }
      });
      if (found && !found.endsWith(".json")) visit(found);
    }
  };
  visit(entry);
  return seen;
}

test("the panel loads the spreadsheet reader only through import()", () => {
  const graph = [...staticGraph(path.resolve(__dirname, "../../src/taskpane/consolidate/ConsolidatePanel.tsx"))];
  expect(graph.some((f) => f.endsWith("consolidateSources.ts"))).toBe(true);
  expect(graph).not.toContain("@e965/xlsx");
  expect(graph).not.toContain("exceljs");
  expect(graph.some((f) => f.endsWith("readGrid.ts") || f.endsWith("openWorkbook.ts"))).toBe(false);
  const panel = readFileSync(path.resolve(__dirname, "../../src/taskpane/consolidate/ConsolidatePanel.tsx"), "utf8");
  expect(panel).toContain('await import("../../adapters/xlsx/openWorkbook")');
});
