/**
 * Workbooks judged with different criteria sets are never consolidated into one table. Today every
 * workbook of a run is judged with the one set chosen, so the real check's results are relabelled:
 * the files 14–17 of the Bắc Sơn fixtures come back as judged with the 2026–2030 set.
 */
// @ts-nocheck

import { promises as fs } from "node:fs";
import path from "node:path";
import type { CheckedFile } from "../../src/app/consolidate/checkCommune";
import { consolidateSources } from "../../src/app/consolidate/consolidateSources";
import { openWorkbookBytes } from "../../src/adapters/xlsx/openWorkbook";
import { main } from "../../src/cli/main";
import { getSet } from "../../src/domain/definitions/builtIn";
import { districtView, DEFAULT_DISTRICT_SETTINGS } from "../../src/taskpane/consolidate/consolidateView";
import { FIXTURE_DIR, FIXTURE_OPTIONS, PLAN } from "../fixtures/district/make";

const OTHER = "xa-ntm-2026-2030";
const relabel = (r: CheckedFile): CheckedFile => (r.ok && /(^|[\\/])1[4-7][ -]/.test(r.entry.file) ? { ok: true, entry: { ...r.entry, setId: OTHER } } : r);

jest.mock("../../src/cli/consolidatePool", () => {
  const real = jest.requireActual("../../src/cli/consolidatePool");
  return { ...real, checkFiles: async (...args: unknown[]) => ((await real.checkFiles(...args)) as CheckedFile[]).map(relabel) };
});
jest.mock("../../src/app/consolidate/checkCommune", () => {
  const real = jest.requireActual("../../src/app/consolidate/checkCommune");
  return { ...real, checkCommune: async (...args: unknown[]) => relabel(await real.checkCommune(...args)) };
});

const rel = (f: string) => path.join(path.relative(process.cwd(), FIXTURE_DIR), f);
const SET_2021 = "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025";
/** The 2026–2030 set's name where the catalogue has it, else its id. */
const SET_2026 = getSet(OTHER)?.name ?? OTHER;

test("the command stops with exit 2, naming each set's files, and writes no table", async () => {
  let out = "";
  let err = "";
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  const code = await main(["consolidate", rel(""), "--province", "lang-son", "--json"], io);
  expect(code).toBe(2);
  expect(out).toBe("");
  const first = PLAN.slice(0, 13).map((p) => rel(p.file));
  const last = PLAN.slice(13).map((p) => rel(p.file));
  // The duplicate Tân Hương file (21-…) was judged with the first set too.
  expect(err).toBe(
    `ntm: Không gộp được: 14 tệp theo ${SET_2021} (${[...first, rel("21-tan-huong-gui-lai.xlsx")].join(", ")}) và 4 tệp theo ${SET_2026} (${last.join(", ")}). Gộp riêng từng bộ, hoặc chỉ rõ --set.\n`,
  );
  err = "";
  expect(await main(["consolidate", rel(""), "--lang", "en"], io)).toBe(2);
  expect(err).toMatch(new RegExp(`^ntm: Cannot consolidate: 14 files judged with ${SET_2021} \\(.*\\) and 4 files judged with .*\\(${last.map((f) => f.replace(/[.\\]/g, "\\$&")).join(", ")}\\)\\. Consolidate each set separately, or name the set with --set\\.\\n$`));
}, 60_000);

test("one set's files alone are consolidated as usual", async () => {
  let out = "";
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true } };
  expect(await main(["consolidate", ...PLAN.slice(0, 13).map((p) => rel(p.file)), "--json"], io)).toBe(0);
  expect(JSON.parse(out).communes).toHaveLength(13);
}, 30_000);

test("the pane refuses the same files with the same words, naming the setting instead of --set", async () => {
  const sources = PLAN.map((p) => ({ name: p.file, arrayBuffer: async () => new Uint8Array(await fs.readFile(path.join(FIXTURE_DIR, p.file))).buffer }));
  const outcome = await consolidateSources(sources, FIXTURE_OPTIONS, openWorkbookBytes);
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.mixedSets?.map((g) => [g.setId, g.files.length])).toEqual([["xa-ntm-2021-2025", 13], [OTHER, 4]]);
  const view = districtView(outcome, DEFAULT_DISTRICT_SETTINGS, "vi");
  expect(view).toEqual({
    kind: "error",
    text: `Không gộp được: 13 tệp theo ${SET_2021} (${PLAN.slice(0, 13).map((p) => p.file).join(", ")}) và 4 tệp theo ${SET_2026} (${PLAN.slice(13).map((p) => p.file).join(", ")}). Gộp riêng từng bộ, hoặc chọn bộ tiêu chí trong phần thiết lập.`,
  });
}, 30_000);
