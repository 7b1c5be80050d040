// A SpeechReader that parses in a worker thread. Mining tallies file N while the worker
// parses file N+1, which uses both cores of a small office machine.
import { Worker } from "node:worker_threads";
import type { Speech } from "../model/index.js";
import type { SpeechReader } from "./mine.js";

export type ParseJob =
  | {
      readonly id: number;
      readonly kind: "text";
      readonly text: string;
      readonly file: string;
      readonly format: "txt" | "md";
    }
  | {
      readonly id: number;
      readonly kind: "docx";
      readonly data: Uint8Array;
      readonly file: string;
    };

export type ParseReply =
  | { readonly id: number; readonly speeches: readonly Speech[] }
  | { readonly id: number; readonly error: string };

export interface ClosableSpeechReader extends SpeechReader {
  close(): Promise<void>;
}

/** Below this much input a worker's start-up (module loading) costs more than it saves. */
export const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

export function createWorkerSpeechReader(): ClosableSpeechReader {
  const worker = new Worker(new URL("./parse-worker.js", import.meta.url));
  const waiting = new Map<
    number,
    { resolve: (s: readonly Speech[]) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: ParseReply) => {
    const job = waiting.get(reply.id);
    if (job === undefined) return;
    waiting.delete(reply.id);
    if ("error" in reply) job.reject(new Error(reply.error));
    else job.resolve(reply.speeches);
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`解析线程意外退出(代码 ${code})`)));
  // Idle between jobs: the worker must not keep the process alive on its own.
  worker.unref();

  const submit = (job: ParseJob, transfer: ArrayBuffer[] = []): Promise<readonly Speech[]> =>
    new Promise((resolve, reject) => {
      waiting.set(job.id, { resolve, reject });
      worker.ref();
      worker.postMessage(job, transfer);
    }).finally(() => {
      if (waiting.size === 0) worker.unref();
    }) as Promise<readonly Speech[]>;

  return {
    text: (text, file, format) => submit({ id: nextId++, kind: "text", text, file, format }),
    docx: (data, file) => {
      // A copy the worker owns: the caller's buffer may be a slice of a pooled one.
      const copy = new Uint8Array(data);
      return submit({ id: nextId++, kind: "docx", data: copy, file }, [copy.buffer]);
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
