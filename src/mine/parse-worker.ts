// Runs in a worker thread: parses the files the main thread hands over, so parsing (and
// mammoth for .docx) on one core overlaps the tallying on the other.
import { parentPort } from "node:worker_threads";
import { defaultSpeechReader } from "./reader.js";
import type { ParseJob, ParseReply } from "./worker-reader.js";

const port = parentPort;
if (port === null) throw new Error("parse-worker.js must run as a worker thread");

port.on("message", async (job: ParseJob) => {
  let reply: ParseReply;
  try {
    const speeches =
      job.kind === "docx"
        ? await defaultSpeechReader.docx(Buffer.from(job.data), job.file)
        : defaultSpeechReader.text(job.text, job.file, job.format);
    reply = { id: job.id, speeches };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
