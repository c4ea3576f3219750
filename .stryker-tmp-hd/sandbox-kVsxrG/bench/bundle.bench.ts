/**
 * Task-pane bundle sizes from the production build in dist/ (`npm run build` first): what each page
 * loads before it can show anything (the scripts its HTML names), gzip-compressed as servers send
 * it, against the first-load budget the build enforces (webpack.config.js), and every lazy chunk.
 * Run alone: npx tsx bench/bundle.bench.ts
 */
// @ts-nocheck

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { figureLine } from "./figure";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FIRST_LOAD_BUDGET } = require("../webpack.config.js") as { FIRST_LOAD_BUDGET: Record<string, number> };

const DIST = path.join(__dirname, "..", "dist");
const gzip = (file: string) => zlib.gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;

export async function run(): Promise<void> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    console.log("bundle: no dist/ (run `npm run build` first): skipped");
    return;
  }
  const lines = ["bundle (gzip -9; KB = 1,024 bytes)"];
  const firstLoad = new Set<string>();
  for (const page of ["taskpane", "commands", "preview"]) {
    const html = readFileSync(path.join(DIST, `${page}.html`), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]).filter((s) => !/^https?:/.test(s));
    scripts.forEach((s) => firstLoad.add(s));
    const kb = scripts.reduce((n, s) => n + gzip(s), 0) / 1024;
    const budget = FIRST_LOAD_BUDGET[page];
    lines.push(figureLine(`${page}.html first load (${scripts.join(", ")})`, kb, "KB", budget ? { label: "budget", value: budget / 1024 } : undefined));
  }
  for (const f of readdirSync(DIST).filter((f) => f.endsWith(".js") && !firstLoad.has(f)).sort()) {
    lines.push(figureLine(`lazy chunk ${f}`, gzip(f) / 1024, "KB"));
  }
  console.log(lines.join("\n"));
}

if (require.main === module) void run();
