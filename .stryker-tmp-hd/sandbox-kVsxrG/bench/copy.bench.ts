/**
 * `ntm check --out` on the example with 1,000,000 rows under its table: wall time and peak
 * resident memory of the real command (a child process, measured by /usr/bin/time when present),
 * against the goal (30 s, 1.5 GB) and against the floor: `ntm check` of the same file
 * without --out (reading and judging it, which the copy cannot avoid).
 * Run alone: npx tsx bench/copy.bench.ts [rows]
 */
// @ts-nocheck

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { manyRows } from "../tests/fixtures/hostile/make";

const ROOT = path.join(__dirname, "..");
const CLI = path.join(ROOT, "bin", "ntm.js");

interface Measure { seconds: number; mb: number | null; code: number | null }

function measure(args: string[]): Measure {
  const time = "/usr/bin/time";
  if (existsSync(time)) {
    const r = spawnSync(time, ["-f", "%e %M", process.execPath, CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.error) throw r.error;
    const last = r.stderr.trim().split("\n").pop() ?? "";
    const [s, kb] = last.split(" ").map(Number);
    return { seconds: s, mb: Math.round(kb / 1024), code: r.status };
  }
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args]);
  return { seconds: (performance.now() - t0) / 1000, mb: null, code: r.status };
}

export async function run(rows = 1_000_000): Promise<void> {
  if (!existsSync(path.join(ROOT, "lib", "cli", "main.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ntm-bench-copy-"));
  try {
    const input = path.join(dir, "lien-son-1m.xlsx");
    await fs.writeFile(input, manyRows(rows));
    const size = (await fs.stat(input)).size;
    const check = measure(["check", input, "--province", "lang-son"]);
    const copy = measure(["check", input, "--province", "lang-son", "--out", path.join(dir, "out.xlsx")]);
    const outSize = existsSync(path.join(dir, "out.xlsx")) ? (await fs.stat(path.join(dir, "out.xlsx"))).size : 0;
    const mb = (m: Measure) => (m.mb === null ? "?" : `${m.mb} MB`);
    console.log(`workbook: ${rows.toLocaleString("en")} rows under the table, ${(size / 1e6).toFixed(1)} MB on disk`);
    console.log(`check (floor)     ${check.seconds.toFixed(1)} s  ${mb(check)}  exit ${check.code}`);
    console.log(`check --out       ${copy.seconds.toFixed(1)} s  ${mb(copy)}  exit ${copy.code}  (${(outSize / 1e6).toFixed(1)} MB written)`);
    console.log(`  ratio to floor  ${(copy.seconds / check.seconds).toFixed(2)}× time; goal ≤ 30 s: ${copy.seconds <= 30 ? "met" : "MISSED"}; goal ≤ 1.5 GB: ${copy.mb !== null && copy.mb <= 1536 ? "met" : copy.mb === null ? "?" : "MISSED"}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run(process.argv[2] ? Number(process.argv[2]) : undefined);
