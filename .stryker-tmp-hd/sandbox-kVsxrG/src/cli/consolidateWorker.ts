/**
 * Worker thread of `ntm consolidate`: resolves the options once, then reads and checks each file it
 * is sent and posts back the compact result. Started by consolidateCommand (from lib/cli when
 * compiled; through tsx when run from the TypeScript sources).
 */
// @ts-nocheck

import { parentPort, workerData } from "node:worker_threads";
import { prepareConsolidation } from "../app/consolidate/checkCommune";
import { checkFile, type WorkerInit, type WorkReply, type WorkRequest } from "./consolidatePool";

const port = parentPort;
if (!port) throw new Error("consolidateWorker must run as a worker thread");
const prepared = prepareConsolidation((workerData as WorkerInit).options);
// The main thread resolved the same options first and stopped on problems: this cannot fail here.
if (!prepared.ok) throw new Error("consolidateWorker: options rejected");
const setup = { ...prepared.setup, limits: (workerData as WorkerInit).limits };

port.on("message", (req: WorkRequest) => {
  void checkFile(req.file, setup).then((result) => {
    const reply: WorkReply = { index: req.index, result };
    port.postMessage(reply);
  });
});
