// @ts-nocheck
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

// Real files through the whole reader and writer, on a shared machine.
jest.setTimeout(60_000);

// The copy's verification reports a lost cell: the command must write nothing and say why.
jest.mock("../../src/adapters/xlsx/verifyCopy", () => ({ verifyCopy: () => ["sheet part xl/worksheets/sheet2.xml: cells or formatting changed"] }));

it("a copy that fails verification is not written, and the reason is given (exit 2)", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ntm-refused-"));
  const out = path.join(dir, "ban-sao.xlsx");
  let err = "";
  let stdout = "";
  const code = await main(["check", "examples/lien-son-2024.xlsx", "--province", "lang-son", "--out", out], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (err += s) } });
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(err).toContain("Bản sao “" + out + "” không được ghi");
  expect(err).toContain("sheet2.xml: cells or formatting changed");
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir)).toEqual([]);
});
