// The web API as other tools use it: every endpoint and error path, through fastify's
// inject (no socket), against the real catalog.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog, parseText, writeTxt } from "../src/index.js";
import { buildServer } from "../src/server/index.js";
import { docxParts } from "./support/docx.js";

type App = Awaited<ReturnType<typeof buildServer>>;
let app: App;

const answers = {
  type: "经济工作会议",
  unit: "西峰区",
  unitLevel: "区",
  speakerTitle: "区委书记",
  speakerName: "张三",
  date: "2026-02-23",
  priorities: ["项目建设", "招商引资"],
  achievements: ["地区生产总值增长6.5%"],
  length: { chars: 3000 },
  seed: 3,
};

beforeAll(async () => {
  app = await buildServer({ catalog: loadCatalog(), today: () => "2026-05-10" });
});
afterAll(async () => {
  await app.close();
});

const postJson = (url: string, body: unknown) =>
  app.inject({
    method: "POST",
    url,
    payload: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

describe("GET /api/types", () => {
  it("lists every meeting type with its description and questions", async () => {
    const response = await app.inject("/api/types");
    expect(response.statusCode).toBe(200);
    const types = response.json() as {
      id: string;
      description: string;
      questions: { id: string }[];
    }[];
    expect(types.length).toBeGreaterThanOrEqual(12);
    for (const type of types) {
      expect(type.description.length).toBeGreaterThan(0);
      expect(type.questions.map((q) => q.id)).toEqual(
        expect.arrayContaining(["type", "unit", "date", "priorities"]),
      );
    }
  });
});

describe("POST /api/outline", () => {
  it("returns the outline with the clerk's priorities in order", async () => {
    const response = await postJson("/api/outline", answers);
    expect(response.statusCode).toBe(200);
    const outline = response.json() as { parts: { heading: string }[]; lines: string[] };
    expect(outline.parts.length).toBeGreaterThanOrEqual(2);
    expect(outline.lines[0]).toMatch(/^一、/);
    const text = outline.lines.join("\n");
    expect(text.indexOf("项目")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("招商")).toBeGreaterThan(text.indexOf("项目"));
  });
});

describe("POST /api/drafts", () => {
  it("gives a Word file with a Chinese file name in filename*", async () => {
    const response = await postJson("/api/drafts?format=docx", answers);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("wordprocessingml");
    const disposition = String(response.headers["content-disposition"]);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toContain("全区经济工作会议");
    const parts = docxParts(response.rawPayload);
    expect(parts["word/document.xml"]).toContain("西峰区");
  });

  it("gives text formats with their content types", async () => {
    for (const [format, type] of [
      ["md", "text/markdown"],
      ["html", "text/html"],
      ["txt", "text/plain"],
    ] as const) {
      const response = await postJson(`/api/drafts?format=${format}`, answers);
      expect(response.statusCode, format).toBe(200);
      expect(response.headers["content-type"]).toContain(type);
      expect(response.body).toContain("在全区经济工作会议上的讲话");
    }
  });

  it("gives the same draft as the library for the same answers", async () => {
    const response = await postJson("/api/drafts?format=txt", answers);
    const speech = parseText(response.body).speeches[0];
    expect(speech).toBeDefined();
    expect(writeTxt(speech!)).toContain("地区生产总值增长6.5%");
  });

  it("writes the reading profile when asked", async () => {
    const response = await postJson("/api/drafts?format=docx&profile=reading", answers);
    expect(response.statusCode).toBe(200);
    // reading profile: 18 pt body = 36 half-points
    expect(docxParts(response.rawPayload)["word/styles.xml"]).toContain('w:val="36"');
  });
});

describe("errors", () => {
  it.each([
    ["an unknown meeting type", { type: "不存在的会议" }, "type"],
    ["a bad date", { type: "经济工作会议", date: "2026-13-45" }, "date"],
    ["an unknown key", { type: "经济工作会议", colour: "red" }, "colour"],
    ["a length out of range", { type: "经济工作会议", length: { chars: 50 } }, "length"],
  ])("rejects %s with 400 naming the field", async (_name, body, field) => {
    const response = await postJson("/api/drafts?format=docx", body);
    expect(response.statusCode).toBe(400);
    const error = (response.json() as { error: { field?: string; message: string } }).error;
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("rejects an unknown format and profile", async () => {
    const format = await postJson("/api/drafts?format=pdf", answers);
    expect(format.statusCode).toBe(400);
    expect(format.json()).toMatchObject({ error: { field: "format" } });
    const profile = await postJson("/api/drafts?format=docx&profile=huge", answers);
    expect(profile.json()).toMatchObject({ error: { field: "profile" } });
  });

  it("rejects invalid JSON, other media types and oversized bodies without a stack trace", async () => {
    const invalid = await app.inject({
      method: "POST",
      url: "/api/drafts",
      payload: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(invalid.statusCode).toBe(400);
    const form = await app.inject({
      method: "POST",
      url: "/api/drafts",
      payload: "type=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.statusCode).toBe(415);
    const huge = await postJson("/api/drafts", { type: "经济工作会议", unit: "x".repeat(400_000) });
    expect(huge.statusCode).toBe(413);
    for (const response of [invalid, form, huge]) {
      expect(response.body).not.toMatch(/at .*\.(js|ts):\d+/);
      expect(response.json()).toHaveProperty("error.message");
    }
  });

  it("names a __proto__ key in valid JSON as an unknown field, and pollutes nothing", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/drafts",
      payload: '{"type":"经济工作会议","unit":"西峰区","__proto__":{"polluted":true}}',
      headers: { "content-type": "application/json" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { field: "__proto__" } });
    expect(response.json().error.message).toMatch(/未知字段/);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("answers unknown paths with a JSON 404", async () => {
    const response = await app.inject("/../../etc/passwd");
    expect(response.statusCode).toBe(404);
    expect(response.json()).toHaveProperty("error.message");
  });
});

describe("safety", () => {
  it("sends security headers on pages and API answers", async () => {
    for (const url of ["/", "/api/types"]) {
      const response = await app.inject(url);
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
    }
  });

  it("limits requests per client", async () => {
    const limited = await buildServer({
      catalog: loadCatalog(),
      today: () => "2026-05-10",
      rateLimitPerMinute: 3,
    });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await limited.inject("/api/types")).statusCode);
    await limited.close();
    expect(codes).toEqual([200, 200, 200, 429, 429]);
  });

  it("serves a page that loads nothing from elsewhere", async () => {
    const page = (await app.inject("/")).body;
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    const script = (await app.inject("/app.js")).body;
    expect(script).not.toMatch(/https?:\/\//);
  });
});

describe("requests from elsewhere (DNS rebinding, cross-site posts)", () => {
  it("refuses a Host that is not this machine, in Chinese", async () => {
    const page = await app.inject({
      method: "GET",
      url: "/api/types",
      headers: { host: "evil.com" },
    });
    expect(page.statusCode).toBe(421);
    expect(page.json().error.message).toContain("本机地址");
    for (const host of ["localhost:8080", "127.0.0.1:8080", "[::1]:8080"]) {
      const ok = await app.inject({ method: "GET", url: "/api/types", headers: { host } });
      expect(ok.statusCode, host).toBe(200);
    }
  });

  it("takes posts only from its own page", async () => {
    const cross = await app.inject({
      method: "POST",
      url: "/api/outline",
      payload: JSON.stringify(answers),
      headers: { "content-type": "application/json", origin: "https://evil.example" },
    });
    expect(cross.statusCode).toBe(403);
    const own = await app.inject({
      method: "POST",
      url: "/api/outline",
      payload: JSON.stringify(answers),
      headers: { "content-type": "application/json", origin: "http://127.0.0.1:8080" },
    });
    expect(own.statusCode).toBe(200);
  });
});
