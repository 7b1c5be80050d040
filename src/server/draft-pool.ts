// Drafting off the request thread: a pool of worker threads, one per core, each drafting
// one request at a time. A short queue absorbs bursts; past it a request is refused at
// once (the server answers 503 with Retry-After) rather than left to time out.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { UserError, type Catalog } from "../index.js";
import { draftDocument, type DraftDocument, type DraftRequest } from "./draft.js";

export interface Drafter {
  draft(request: DraftRequest): Promise<DraftDocument>;
  close(): Promise<void>;
}

/** Every worker is busy and the queue is full: try again in a moment. */
export class DraftQueueFullError extends Error {
  override readonly name = "DraftQueueFullError";
  constructor() {
    super("drafting queue full");
  }
}

export interface WorkerJob {
  readonly id: number;
  readonly request: DraftRequest;
}

export type WorkerReply =
  | { readonly id: number; readonly document: DraftDocument }
  | {
      readonly id: number;
      readonly userError: { readonly message: string; readonly field?: string };
    }
  | { readonly id: number; readonly failure: string };

/** Drafts on the calling thread: tests, and a server started with a pool of size 0. */
export function inThreadDrafter(catalog: Catalog): Drafter {
  return { draft: (request) => draftDocument(request, catalog), close: async () => undefined };
}

export interface DraftPoolOptions {
  /** The pack the server was started with; each worker loads the same catalog. */
  readonly packDir?: string;
  /** Worker threads (default: one per core). */
  readonly size?: number;
  /** Requests that may wait for a worker (default: 8 per worker). */
  readonly maxQueue?: number;
}

const QUEUE_PER_WORKER = 8;
/** A worker that keeps dying before drafting anything (a broken pack) is not restarted forever. */
const MAX_RESTARTS_WITHOUT_WORK = 3;

interface Pending {
  readonly job: WorkerJob;
  readonly resolve: (document: DraftDocument) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  running: Pending | undefined;
}

function settle(pending: Pending, reply: WorkerReply): void {
  if ("document" in reply) pending.resolve(reply.document);
  else if ("userError" in reply) {
    const { message, field } = reply.userError;
    pending.reject(new UserError(message, field === undefined ? {} : { field }));
  } else pending.reject(new Error(reply.failure));
}

export function createDraftPool(options: DraftPoolOptions = {}): Drafter {
  const size = Math.max(1, options.size ?? availableParallelism());
  const maxQueue = options.maxQueue ?? size * QUEUE_PER_WORKER;
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closing = false;
  let restartsWithoutWork = 0;

  const dispatch = (slot: Slot): void => {
    const pending = queue.shift();
    slot.running = pending;
    if (pending) slot.worker.postMessage(pending.job);
  };

  const spawn = (slot?: Slot): Slot => {
    const worker = new Worker(new URL("./draft-worker.js", import.meta.url), {
      workerData: options.packDir === undefined ? {} : { packDir: options.packDir },
    });
    const own: Slot = slot ?? { worker, running: undefined };
    own.worker = worker;
    worker.on("message", (reply: WorkerReply) => {
      const pending = own.running;
      if (pending?.job.id !== reply.id) return;
      restartsWithoutWork = 0;
      settle(pending, reply);
      dispatch(own);
    });
    // A worker that dies takes only its own request with it; a new one takes its place.
    const lost = (why: string) => {
      const pending = own.running;
      own.running = undefined;
      pending?.reject(new Error(`drafting worker stopped: ${why}`));
      if (closing) return;
      if (++restartsWithoutWork > MAX_RESTARTS_WITHOUT_WORK) {
        closing = true;
        for (const waiting of queue.splice(0))
          waiting.reject(new Error(`drafting workers keep stopping: ${why}`));
        return;
      }
      spawn(own);
      dispatch(own);
    };
    worker.on("error", (error) => lost(error.message));
    worker.on("exit", (code) => {
      if (own.worker === worker) lost(`exit ${code}`);
    });
    return own;
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    draft: (request) =>
      new Promise<DraftDocument>((resolve, reject) => {
        if (closing) return reject(new Error("drafting pool closed"));
        const idle = slots.find((slot) => slot.running === undefined);
        if (!idle && queue.length >= maxQueue) return reject(new DraftQueueFullError());
        queue.push({ job: { id: nextId++, request }, resolve, reject });
        if (idle) dispatch(idle);
        return undefined;
      }),
    close: async () => {
      closing = true;
      for (const pending of queue.splice(0)) pending.reject(new Error("drafting pool closed"));
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
