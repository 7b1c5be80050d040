// The drafting pool under the real `jianggao serve` (built CLI, worker threads): drafts come
// back the same as on the request thread, a burst past the queue is refused at once with
// 503 and Retry-After, and a bad answer keeps its Chinese message across the thread.
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../src/index.js";
import { buildServer } from "../src/server/index.js";
import { docxParts } from "./support/docx.js";

const CLI = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "jianggao.js");

const answers = {
  type: "安全生产工作会议",
  unit: "庆城县",
  unitLevel: "县",
  speakerTitle: "县长",
  speakerName: "李四",
  date: "2026-07-15",
  priorities: ["危化品", "道路交通"],
  length: { chars: 3000 },
  seed: 5,
};

let child: ChildProcess;
let url = "";

beforeAll(async () => {
  child = spawn(
    process.execPath,
    [CLI, "serve", "--port", "0", "--rate-limit", "0", "--workers", "1"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/[^\s/]+/.exec(out);
      if (found) resolve(found[0]);
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
}, 30_000);

afterAll(() => {
  child.kill("SIGTERM");
});

const post = (body: unknown, format = "docx") =>
  fetch(`${url}/api/drafts?format=${format}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("jianggao serve drafts on worker threads", () => {
  it("returns the same text as drafting on the request thread", async () => {
    const pooled = await (await post(answers, "txt")).text();
    const app = await buildServer({ catalog: loadCatalog(), today: () => "2026-07-01" });
    const local = await app.inject({
      method: "POST",
      url: "/api/drafts?format=txt",
      payload: JSON.stringify(answers),
      headers: { "content-type": "application/json" },
    });
    await app.close();
    expect(pooled).toBe(local.body);
  });

  it("sends a Word file with its download name from a worker", async () => {
    const response = await post(answers);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(".docx");
    const parts = docxParts(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(parts)).toContain("word/document.xml");
  });

  it("keeps a bad answer's Chinese message and field across the thread", async () => {
    const response = await post({ ...answers, date: "2026-13-45" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; field?: string } };
    expect(body.error.message).toMatch(/日期/);
    expect(body.error.field).toBe("date");
  });

  it("refuses a burst past its queue at once with 503 and Retry-After, answering the rest", async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, () => post(answers)));
    const statuses = responses.map((r) => r.status);
    const refused = responses.filter((r) => r.status === 503);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(9);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.headers.get("retry-after")).toBe("1");
    const body = (await refused[0]?.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/正忙/);
    await Promise.all(responses.map((r) => r.arrayBuffer().catch(() => undefined)));
  });
});
