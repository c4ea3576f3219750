// @ts-nocheck
import * as fs from "node:fs";
import * as path from "node:path";
import { startPreviewServer } from "../../scripts/preview";
import { CHROMIUM, e2eDistDir } from "./env";

/**
 * Starts the preview's static server once for all e2e files (workers read its URL from
 * PREVIEW_URL). Without Chromium: skip (PREVIEW_SKIP) outside CI, fail in CI.
 */
export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    const why = `${CHROMIUM} not found: install it with \`apt-get install -y --no-install-recommends chromium\` (.ci/run does).`;
    if (process.env.CI === "true") throw new Error(`e2e: ${why}`);
    console.warn(`\ne2e: SKIPPED, ${why}\n`);
    process.env.PREVIEW_SKIP = why;
    return;
  }
  const distDir = e2eDistDir();
  if (!fs.existsSync(path.join(distDir, "preview.html"))) {
    throw new Error(`e2e: ${path.join(distDir, "preview.html")} is missing: run \`npm run build\` first (npm test does).`);
  }
  const repo = path.resolve(__dirname, "../..");
  const { server, url } = await startPreviewServer({ port: 0, distDir, examplesDir: path.join(repo, "examples") });
  (globalThis as { __previewServer?: unknown }).__previewServer = server;
  process.env.PREVIEW_URL = url;
}
