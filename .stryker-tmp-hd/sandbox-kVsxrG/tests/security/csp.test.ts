/**
 * The pages' Content-Security-Policy: scripts only from the add-in's own origin (and Office.js from
 * Microsoft's CDN for the Office pages), no eval, no other site. The browser tests (tests/e2e) run
 * the built preview under it; this pins the policy itself and that the production build makes no
 * eval-based code.
 */
// @ts-nocheck

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com";

function policyOf(file: string): Map<string, string[]> {
  const html = readFileSync(path.join(root, file), "utf8");
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/g)];
  expect(metas).toHaveLength(1);
  // The policy comes before any script, or scripts above it would run unchecked.
  expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.search(/<script\b|$/));
  return new Map(metas[0][1].split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

test.each([
  ["src/taskpane/taskpane.html", ["'self'", OFFICE_JS]],
  ["src/commands/commands.html", ["'self'", OFFICE_JS]],
  ["src/preview/preview.html", ["'self'"]],
])("%s: scripts only from %j, no eval, nothing else by default", (file, scripts) => {
  const policy = policyOf(file);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("script-src")).toEqual(scripts);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  for (const [name, values] of policy) {
    expect(values).not.toContain("'unsafe-eval'");
    expect(values).not.toContain("*");
    if (name !== "style-src") expect(values).not.toContain("'unsafe-inline'");
    for (const v of values) if (/^https?:/.test(v)) expect(v).toBe(OFFICE_JS);
  }
});

test("the production build uses no eval (webpack devtool) and its scripts call none", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../webpack.config.js")({}, { mode: "production" });
  expect(config.devtool).toBe(false);
  const dist = path.join(root, "dist");
  if (!existsSync(dist)) return; // built by `npm run build` before the browser tests
  for (const f of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
    const js = readFileSync(path.join(dist, f), "utf8");
    expect({ file: f, eval: /[^\w.$]eval\(/.test(js) }).toEqual({ file: f, eval: false });
  }
});
