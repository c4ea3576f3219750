/**
 * District consolidation speed: 200 and 2,000 generated commune workbooks (bench/communes.ts),
 * checked in this thread and across worker threads, against the floor: SheetJS alone reading the
 * same files with its default options (read from disk in both). Also time per workbook at both
 * sizes (consolidation should be linear in the number of files).
 * Run alone: npx tsx bench/consolidate.bench.ts [count…]
 * Resident memory for 8,000 workbooks is measured on the command line (docs/performance.md).
 */
// @ts-nocheck

import { existsSync, promises as fs } from "node:fs";
import { Worker } from "node:worker_threads";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { prepareConsolidation } from "../src/app/consolidate/checkCommune";
import { checkFiles, workerCount, type WorkerInit } from "../src/cli/consolidatePool";
import { collectFiles, workerSpawner } from "../src/cli/consolidateCommand";
import { consolidate, type CommuneEntry } from "../src/domain/district/consolidate";
import { FIXTURE_OPTIONS, writeCommunes } from "./communes";
import { bestOf, figureLine } from "./figure";

async function measure(count: number, runs: number): Promise<{ perFile: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ntm-bench-consolidate-"));
  try {
    await writeCommunes(dir, count);
    const { files: all } = await collectFiles([dir], null);
    // Only the commune workbooks: writeFixtures also leaves its broken/encrypted/unrelated files.
    const files = all.filter((f) => /[/\\]\d{5}/.test(f));
    const prepared = prepareConsolidation(FIXTURE_OPTIONS);
    if (!prepared.ok) throw new Error("bench options rejected");
    const setup = prepared.setup;

    const bare = await bestOf(runs, async () => {
      for (const f of files) XLSX.read(await fs.readFile(f), { type: "buffer" });
    });
    let inThreadResult: Awaited<ReturnType<typeof checkFiles>> = [];
    const inThread = await bestOf(runs, async () => {
      inThreadResult = await checkFiles(files, FIXTURE_OPTIONS, setup, { jobs: 1 });
    });
    const jobs = os.availableParallelism();
    // The command line runs the compiled worker (lib/, `npm run build:cli`); from the sources each
    // worker first compiles them through tsx (about a second), which is not what users wait for.
    const compiled = path.join(__dirname, "..", "lib", "cli", "consolidateWorker.js");
    const useCompiled = existsSync(compiled);
    const spawn = useCompiled ? (init: WorkerInit) => new Worker(compiled, { workerData: init }) : workerSpawner();
    const pooled = await bestOf(runs, () => checkFiles(files, FIXTURE_OPTIONS, setup, { jobs, spawn }));

    const entries = inThreadResult.flatMap((r) => (r.ok ? [r.entry] : ([] as CommuneEntry[])));
    const figures = consolidate(entries, [], setup);
    if (figures.communes.length !== files.length) throw new Error(`bench: ${figures.communes.length} of ${files.length} communes consolidated`);

    const workers = workerCount(files.length, jobs);
    const floor = { label: "bare SheetJS read, one thread", value: bare };
    const lines = [
      `consolidate: ${files.length} commune workbooks (${(await totalBytes(files)) >> 10} KiB), best of ${runs}`,
      figureLine("bare SheetJS read (floor)", bare, "ms"),
      figureLine("checked in one thread", inThread, "ms", floor),
      figureLine(workers ? `checked in ${workers} threads` : "checked (pool: one thread)", pooled, "ms", floor),
      `    (${workers ? `${workers - 1} worker(s) and this thread, ` : ""}${jobs} CPUs, load ${os.loadavg()[0].toFixed(1)}; ${useCompiled ? "compiled worker from lib/" : "worker compiled by tsx: run `npm run build:cli` for the real figure"}; includes starting the workers)`,
      figureLine("per workbook, in one thread", inThread / files.length, "ms", { label: "bare read per workbook", value: bare / files.length }),
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return { perFile: inThread / files.length };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function totalBytes(files: string[]): Promise<number> {
  let n = 0;
  for (const f of files) n += (await fs.stat(f)).size;
  return n;
}

export async function run(counts: number[] = [200, 2000]): Promise<void> {
  const perFile: number[] = [];
  for (const n of counts) perFile.push((await measure(n, n > 500 ? 1 : 3)).perFile);
  if (counts.length > 1) {
    const first = perFile[0];
    const last = perFile[perFile.length - 1];
    process.stdout.write(
      figureLine(`linearity: ms/workbook at ${counts[counts.length - 1]} vs ${counts[0]}`, last, "ms", { label: `ms/workbook at ${counts[0]}`, value: first }) + "\n",
    );
  }
}

if (require.main === module) {
  const counts = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  run(counts.length ? counts : undefined).catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  });
}
