// The web server under load, through a real socket on 127.0.0.1: autocannon posts answers
// for Word files at concurrency 8 and 50 (a few seconds each here; `node scripts/load.mjs`
// runs the 60 s version and records memory). Every request must succeed.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../src/index.js";
import { buildServer } from "../src/server/index.js";
import { loadDrafts } from "../scripts/server-child.mjs";

type App = Awaited<ReturnType<typeof buildServer>>;

/** What a clerk's browser posts: a 3,000-字 draft, so each request composes and packs a .docx. */
const ANSWERS = {
  type: "经济工作会议",
  unit: "西峰区",
  speakerTitle: "区委书记",
  speakerName: "张三",
  date: "2026-02-23",
  priorities: ["项目建设", "招商引资", "乡村振兴"],
  achievements: ["地区生产总值增长6.5%"],
  length: { chars: 3000 },
};

let app: App;
let url: string;

beforeAll(async () => {
  // No rate limit: one client sending thousands of requests is exactly what the limit stops.
  app = await buildServer({
    catalog: loadCatalog(),
    today: () => "2026-05-10",
    rateLimitPerMinute: 0,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (typeof address !== "object" || address === null) throw new Error("no address");
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await app.close();
});

const load = (connections: number, seconds: number) =>
  loadDrafts({ url, connections, seconds, answers: ANSWERS });

describe("the server under load", () => {
  it.each([8, 50])(
    "answers every request at concurrency %i with a Word file",
    async (connections) => {
      const result = await load(connections, 3);
      expect(result.requests.total).toBeGreaterThan(0);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
      expect(result["2xx"]).toBe(result.requests.total);
    },
  );
});

describe("the default rate limit", () => {
  it("lets 600 requests a minute through from one client and refuses the next with a Chinese 429", async () => {
    const limited = await buildServer({ catalog: loadCatalog(), today: () => "2026-05-10" });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 601; i++) codes.push((await limited.inject("/api/types")).statusCode);
      expect(codes.slice(0, 600).every((code) => code === 200)).toBe(true);
      const refused = await limited.inject("/api/types");
      expect(refused.statusCode).toBe(429);
      expect(codes[600]).toBe(429);
      expect(refused.body).toContain("请求过于频繁");
      expect(refused.body).not.toMatch(/\bat \S+:\d+/);
    } finally {
      await limited.close();
    }
  });
});

describe("jianggao serve --rate-limit", () => {
  const BIN = join(import.meta.dirname, "..", "bin", "jianggao.js");

  it("listens on 127.0.0.1 by default and, with --rate-limit 0, serves drafts unthrottled", async () => {
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--rate-limit", "0"]);
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const found = /http:\/\/[^\s/]+\//.exec(out);
          if (found) resolve(found[0]);
        });
        child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const codes: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${url}api/drafts?format=txt`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(ANSWERS),
        });
        codes.push(response.status);
        expect(await response.text()).toContain("同志们");
      }
      expect(codes).toEqual([200, 200, 200]);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("refuses a rate limit that is not a whole number, in Chinese", () => {
    const run = spawnSync(process.execPath, [BIN, "serve", "--rate-limit", "每分钟"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("--rate-limit");
    expect(run.stderr).toContain("不小于 0 的整数");
  });
});
