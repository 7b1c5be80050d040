// A drafting worker thread: loads the catalog once (the built-in bank, or the pack the
// server was started with) and drafts one request at a time for the pool.
import { parentPort, workerData } from "node:worker_threads";
import { isUserError, loadCatalog } from "../index.js";
import { draftDocument } from "./draft.js";
import type { WorkerJob, WorkerReply } from "./draft-pool.js";

const { packDir } = workerData as { packDir?: string };
const catalog = loadCatalog(packDir === undefined ? {} : { packDir });
const port = parentPort;

port?.on("message", (job: WorkerJob) => {
  draftDocument(job.request, catalog).then(
    (document) => {
      const reply: WorkerReply = { id: job.id, document };
      const transfer =
        typeof document.body === "string" ? [] : [document.body.buffer as ArrayBuffer];
      port.postMessage(reply, transfer);
    },
    (error: unknown) => {
      const reply: WorkerReply = isUserError(error)
        ? {
            id: job.id,
            userError: {
              message: error.message,
              ...(error.field === undefined ? {} : { field: error.field }),
            },
          }
        : { id: job.id, failure: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    },
  );
});
