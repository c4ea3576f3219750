/**
 * District consolidation speed: 200 generated commune workbooks (a province's worth), checked in
 * this thread and across worker threads, against the floor: SheetJS reading the same files with
 * the options the checker reads them with (values, number formats, shown text), nothing else.
 * Run alone: npx tsx bench/consolidate.bench.ts [count]
 */
import { existsSync, promises as fs } from "node:fs";
import { Worker } from "node:worker_threads";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { prepareConsolidation } from "../src/app/consolidate/checkCommune";
import { checkFiles, workerCount, type WorkerInit } from "../src/cli/consolidatePool";
import { collectFiles, workerSpawner } from "../src/cli/consolidateCommand";
import { consolidate, type CommuneEntry } from "../src/domain/district/consolidate";
import { FIXTURE_OPTIONS, PLAN, writeFixtures, type CommunePlan } from "../tests/fixtures/district/make";

const SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `count` communes cycling through the fixture layouts, each with its own name ("Tân Hương B"). */
function plans(count: number): CommunePlan[] {
  return Array.from({ length: count }, (_, i) => {
    const p = PLAN[i % PLAN.length];
    const round = Math.floor(i / PLAN.length);
    const commune = round === 0 ? p.commune : `${p.commune} ${SUFFIX[(round - 1) % SUFFIX.length]}`;
    const ext = p.layout === "XLS" ? ".xls" : ".xlsx";
    const file = p.layout === "E" ? `${String(i).padStart(4, "0")} Xã ${commune}${ext}` : `${String(i).padStart(4, "0")}-${i}${ext}`;
    return { ...p, commune, file };
  });
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export async function run(count = 200): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ntm-bench-consolidate-"));
  try {
    await writeFixtures(dir, plans(count));
    const { files: all } = await collectFiles([dir], null);
    // Only the commune workbooks: writeFixtures also leaves its broken/encrypted/unrelated files.
    const files = all.filter((f) => /[/\\]\d{4}/.test(f));
    const prepared = prepareConsolidation(FIXTURE_OPTIONS);
    if (!prepared.ok) throw new Error("bench options rejected");
    const setup = prepared.setup;

    // Warm-up (JIT, module loading), then each measure once over all files.
    await checkFiles(files.slice(0, 5), FIXTURE_OPTIONS, setup, { jobs: 1 });
    const bare = await time(async () => {
      for (const f of files) XLSX.read(await fs.readFile(f), { type: "buffer", dense: true, cellNF: true, cellStyles: true, cellText: true });
    });
    const inThread = await time(() => checkFiles(files, FIXTURE_OPTIONS, setup, { jobs: 1 }));
    const jobs = os.availableParallelism();
    // The command line runs the compiled worker (lib/, `npm run build:cli`); from the sources each
    // worker first compiles them through tsx (about a second), which is not what users wait for.
    const compiled = path.join(__dirname, "..", "lib", "cli", "consolidateWorker.js");
    const useCompiled = existsSync(compiled);
    const spawn = useCompiled ? (init: WorkerInit) => new Worker(compiled, { workerData: init }) : workerSpawner();
    const pooled = await time(() => checkFiles(files, FIXTURE_OPTIONS, setup, { jobs, spawn }));

    const entries = pooled.value.flatMap((r) => (r.ok ? [r.entry] : ([] as CommuneEntry[])));
    const figures = consolidate(entries, [], setup);
    if (figures.communes.length !== files.length) throw new Error(`bench: ${figures.communes.length} of ${files.length} communes consolidated`);

    const rate = (ms: number) => (files.length / (ms / 1000)).toFixed(1);
    const workers = workerCount(files.length, jobs);
    const label = (workers ? `checked in ${workers} threads` : "checked in one thread").padEnd(26);
    const lines = [
      `consolidate: ${files.length} commune workbooks (${(await totalBytes(files)) >> 10} KiB)`,
      `  bare SheetJS read (floor)  ${bare.ms.toFixed(0).padStart(6)} ms  ${rate(bare.ms).padStart(7)} workbooks/s`,
      `  checked in one thread      ${inThread.ms.toFixed(0).padStart(6)} ms  ${rate(inThread.ms).padStart(7)} workbooks/s  ×${(inThread.ms / bare.ms).toFixed(2)} the floor`,
      `  ${label} ${pooled.ms.toFixed(0).padStart(6)} ms  ${rate(pooled.ms).padStart(7)} workbooks/s  ×${(pooled.ms / bare.ms).toFixed(2)} the floor`,
      `    (${workers ? `${workers - 1} worker(s) and this thread, ` : ""}${jobs} CPUs; ${useCompiled ? "compiled worker from lib/" : "worker compiled from the sources by tsx: run `npm run build:cli` for the real figure"}; includes starting the workers)`,
      `  8,000 workbooks at this rate: about ${Math.ceil(8000 / (files.length / (pooled.ms / 1000)))} s`,
    ];
    process.stdout.write(lines.join("\n") + "\n");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function totalBytes(files: string[]): Promise<number> {
  let n = 0;
  for (const f of files) n += (await fs.stat(f)).size;
  return n;
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 200);
  run(Number.isInteger(count) && count > 0 ? count : 200).catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  });
}
