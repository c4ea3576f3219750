import * as fs from "fs";
import * as path from "path";

export const GOLDEN_DIR = path.join(__dirname, "..", "..", "golden", "summary");

/**
 * Compares `actual` with the golden file `name` (tests/golden/summary/). The file is written only
 * when UPDATE_GOLDEN=1; a missing golden file fails the test.
 */
export function expectGolden(name: string, actual: unknown): void {
  const file = path.join(GOLDEN_DIR, name);
  const text = typeof actual === "string" ? actual : compactJson(actual);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, text, "utf8");
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`golden file ${file} missing: run with UPDATE_GOLDEN=1 on purpose`);
  const expected = fs.readFileSync(file, "utf8");
  if (typeof actual === "string") expect(text).toBe(expected);
  else expect(actual).toEqual(JSON.parse(expected));
}

/** Pretty JSON with flat objects (cells, merges) on one line each, for readable diffs. */
function compactJson(v: unknown): string {
  return (
    JSON.stringify(v, null, 2).replace(/\{\n\s+([^{}[\]]*?)\n\s+\}/g, (_, body: string) => `{ ${body.split(/,\n\s+/).join(", ")} }`) +
    "\n"
  );
}
