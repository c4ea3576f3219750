/**
 * The layer rules of eslint.config.mjs fire: each wrong-way import below fails lint, each
 * right-way one passes. The files are written to a temporary tree shaped like src/ and linted
 * with the project's own config, in one ESLint run.
 */
// @ts-nocheck

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** [file under src/, what it imports, whether lint must refuse it] */
const CASES: [string, string, boolean][] = [
  ["domain/evaluation/a.ts", "../../app/WorkbookPort", true],
  ["domain/grid/a.ts", "../../adapters/xlsx/readGrid", true],
  ["domain/summary/a.ts", "../../taskpane/strings", true],
  ["domain/figures/a.ts", "../../preview/typedValue", true],
  ["domain/district/a.ts", "../../cli/main", true],
  ["domain/messages/a.ts", "node:fs", true],
  ["domain/definitions/a.ts", "exceljs", true],
  ["domain/evaluation/b.ts", "../grid/Grid", false],
  ["domain/evaluation/c.ts", "zod", false],
  ["app/a.ts", "../adapters/xlsx/FileWorkbook", true],
  ["app/b.ts", "../taskpane/model", true],
  ["app/c.ts", "../cli/args", true],
  ["app/d.ts", "../preview/PreviewWorkbook", true],
  ["app/e.ts", "node:path", true],
  ["app/f.ts", "../domain/evaluation/evaluate", false],
  ["adapters/xlsx/a.ts", "../../taskpane/model", true],
  ["adapters/office/a.ts", "../../cli/main", true],
  ["adapters/memory/a.ts", "../../preview/PreviewWorkbook", true],
  ["adapters/memory/b.ts", "../../app/WorkbookPort", false],
  ["taskpane/a.ts", "../cli/main", true],
  ["taskpane/b.tsx", "../preview/SheetView", true],
  ["taskpane/c.ts", "node:fs", true],
  ["taskpane/d.ts", "../adapters/office/OfficeWorkbookPort", false],
  ["preview/a.ts", "../cli/main", true],
  ["preview/b.ts", "../taskpane/App", false],
  ["cli/a.ts", "../taskpane/model", true],
  ["cli/b.ts", "../preview/PreviewWorkbook", true],
  ["cli/c.ts", "../adapters/xlsx/FileWorkbook", false],
];

test("a wrong-way import between layers fails lint; the right way passes", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ntm-layers-"));
  for (const [file, from] of CASES) {
    const full = path.join(dir, "src", file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, `import { x } from "${from}";\nexport const y = x;\n`);
  }
  let out: string;
  try {
    out = execFileSync(process.execPath, [path.join(ROOT, "node_modules/eslint/bin/eslint.js"), "-c", path.join(ROOT, "eslint.config.mjs"), "--format", "json", "src"], {
      cwd: dir,
      encoding: "utf8",
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exit code 1: some files were refused, as intended
  }
  const results = JSON.parse(out) as { filePath: string; messages: { ruleId: string | null }[] }[];
  const refused = (file: string): boolean => {
    const r = results.find((x) => x.filePath === path.join(dir, "src", file));
    if (!r) throw new Error(`${file} was not linted`);
    return r.messages.some((m) => m.ruleId === "no-restricted-imports");
  };
  expect(CASES.map(([file, from]) => [file, from, refused(file)])).toEqual(CASES);
}, 60_000);
