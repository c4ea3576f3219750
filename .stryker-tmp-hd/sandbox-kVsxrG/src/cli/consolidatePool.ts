/**
 * Checks many workbook files, in this thread or across worker threads (Node only: the command
 * line). Results come back in the order of `files`, whatever order workers finish in.
 */
// @ts-nocheck

import { promises as fs } from "node:fs";
import os from "node:os";
import zlib from "node:zlib";
import type { Worker } from "node:worker_threads";
import type { CheckedFile, ConsolidationSetup } from "../app/consolidate/checkCommune";
import { checkWorkbookBytes } from "../adapters/xlsx/openWorkbook";
import { useInflateRaw } from "../adapters/xlsx/readXlsxCells";
import type { CheckOptions } from "../domain/evaluation/context";
import type { ReadLimits } from "../adapters/xlsx/limits";

// Node's zlib inflates the workbook parts several times faster than JavaScript does.
useInflateRaw((data, size) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }));

/**
 * A worker needs about half a second to start and a second or so of files to warm up its JIT, in
 * which this thread checks about 100 workbooks: below that, threads cost more than they save.
 */
export const FILES_PER_WORKER = 50;
export const MIN_FILES_FOR_WORKERS = 100;

/** Message to a worker: check file `index`. */
export interface WorkRequest { index: number; file: string }
/** Message from a worker. */
export interface WorkReply { index: number; result: CheckedFile }
/** What a worker is started with (workerData). */
export interface WorkerInit { options: CheckOptions; limits?: ReadLimits }

/** The consolidation's setup, with the size limits a file is read under (`--max-size`). */
export type CliSetup = ConsolidationSetup & { limits?: ReadLimits };

export interface PoolOptions {
  /** Worker threads to use at most; default: the number of CPUs. 1 checks in this thread. */
  jobs?: number;
  /** Starts one worker (with WorkerInit as workerData); null or absent: check in this thread. */
  spawn?: ((init: WorkerInit) => Worker) | null;
  /** Fewer files than this are checked in this thread (default MIN_FILES_FOR_WORKERS). */
  minFilesForWorkers?: number;
  /** This thread checks files too while workers run (default true; false leaves all to workers). */
  thisThreadToo?: boolean;
  /** Called after each file, in completion order. */
  onProgress?: (done: number, total: number, result: CheckedFile) => void;
}

/** Reads one file and checks it; a file that cannot be read is an excluded file, not a throw. */
export async function checkFile(file: string, setup: CliSetup): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    return { ok: false, excluded: { file, reason: "unreadable", detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message } };
  }
  try {
    return await checkWorkbookBytes(file, bytes, setup, setup.limits);
  } catch (e) {
    // A bug met on one file must not lose the other 7,999: report it against this file.
    return { ok: false, excluded: { file, reason: "failed", detail: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * Threads checking `files` files: min(jobs or CPUs, files / FILES_PER_WORKER), this thread being
 * one of them (it checks files while the workers start); 0 means this thread alone.
 */
export function workerCount(files: number, jobs?: number, minFiles = MIN_FILES_FOR_WORKERS): number {
  if (files < minFiles) return 0;
  const cpus = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const n = Math.min(jobs ?? cpus, Math.max(2, Math.floor(files / FILES_PER_WORKER)));
  // One worker only moves the work off an idle main thread: not worth starting.
  return n >= 2 ? n : 0;
}

/** Checks every file; `setup` is the same options resolved in this thread (for in-thread checks). */
export async function checkFiles(files: readonly string[], options: CheckOptions, setup: CliSetup, pool: PoolOptions = {}): Promise<CheckedFile[]> {
  const n = pool.spawn ? workerCount(files.length, pool.jobs, pool.minFilesForWorkers) : 0;
  if (n === 0) {
    const out: CheckedFile[] = [];
    for (const f of files) {
      const r = await checkFile(f, setup);
      out.push(r);
      pool.onProgress?.(out.length, files.length, r);
    }
    return out;
  }
  const local = pool.thisThreadToo ?? true;
  return runWorkers(files, { options, limits: setup.limits }, local ? setup : null, local ? n - 1 : n, pool.spawn!, pool.onProgress);
}

/** `n` workers (plus this thread, given `setup`) take files from one queue until none is left. */
function runWorkers(
  files: readonly string[],
  init: WorkerInit,
  setup: CliSetup | null,
  n: number,
  spawn: (init: WorkerInit) => Worker,
  onProgress?: PoolOptions["onProgress"],
): Promise<CheckedFile[]> {
  const results: (CheckedFile | undefined)[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise<CheckedFile[]>((resolve, reject) => {
    let failed = false;
    const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
    const record = (index: number, result: CheckedFile) => {
      results[index] = result;
      done++;
      onProgress?.(done, files.length, result);
      if (done === files.length) void stopAll().then(() => resolve(results as CheckedFile[]));
    };
    const feed = (w: Worker) => {
      if (next < files.length) {
        const req: WorkRequest = { index: next, file: files[next] };
        next++;
        w.postMessage(req);
      }
    };
    for (let i = 0; i < n; i++) {
      const w = spawn(init);
      workers.push(w);
      w.on("message", (msg: WorkReply) => {
        if (failed) return;
        record(msg.index, msg.result);
        feed(w);
      });
      w.on("error", (err) => {
        if (failed) return;
        failed = true;
        void stopAll().then(() => reject(err));
      });
      // Two requests in flight per worker, so a worker never waits for this thread.
      feed(w);
      feed(w);
    }
    // This thread checks files too; yielding between files lets worker replies in.
    if (setup) void (async () => {
      while (!failed && next < files.length) {
        const index = next++;
        record(index, await checkFile(files[index], setup));
        await new Promise((r) => setImmediate(r));
      }
    })();
  });
}
