// The web page in a real Chromium: a clerk picks a type, fills the form, watches the
// preview, asks for another draft (换一稿) and downloads the Word file.
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { loadCatalog } from "../src/index.js";
import { buildServer } from "../src/server/index.js";
import { launchBrowser } from "./support/browser.js";
import { docxParts } from "./support/docx.js";
import { TEST_OUTPUT_DIR, renderPdf, pdfPageCount } from "./support/libreoffice.js";
import { validateDocx } from "./support/ooxml.js";

type App = Awaited<ReturnType<typeof buildServer>>;
let app: App;
let url: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const outDir = join(TEST_OUTPUT_DIR, "web");

const previewText = () => page.frameLocator("#preview").locator("body").innerText();

beforeAll(async () => {
  await mkdir(outDir, { recursive: true });
  app = await buildServer({ catalog: loadCatalog(), today: () => "2026-02-23" });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  url = `http://127.0.0.1:${address.port}/`;
  browser = await launchBrowser();
  page = await browser.context.newPage();
  const external: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(url) && !/^(data|blob|about):/.test(request.url())) {
      external.push(request.url());
    }
  });
  page.on("close", () => expect(external).toEqual([]));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("the web page", () => {
  it("builds the form from the chosen type's questions and previews the draft", async () => {
    await page.goto(url);
    await page.selectOption("#type", "安全生产工作会议");
    await expect.poll(() => page.locator("#type-description").innerText()).not.toBe("");
    await page.getByLabel("单位", { exact: true }).fill("东湖区");
    await page.getByLabel("讲话人姓名").fill("李四");
    await page.getByLabel("工作重点").fill("安全生产\n防汛救灾");
    await expect.poll(previewText, { timeout: 15_000 }).toContain("李四");
    const preview = await previewText();
    expect(preview).toContain("在全区安全生产工作会议上的讲话");
    expect(preview).toContain("同志们");
    expect(await page.locator("#outline li").count()).toBeGreaterThan(3);
    expect(await page.locator("#outline").innerText()).toMatch(/汛|灾/);
  });

  it("takes priorities typed on one line with 、 and a date typed in Chinese", async () => {
    await page.getByLabel("工作重点").fill("危化品、道路交通、自建房");
    await page.getByLabel("会议日期").fill("2026年7月15日");
    await expect.poll(previewText, { timeout: 15_000 }).toContain("2026年7月15日");
    const outline = await page.locator("#outline").innerText();
    for (const topic of ["危化品", "道路交通", "自建房"]) expect(outline).toContain(topic);
    await page.getByLabel("会议日期").fill("明天");
    await expect
      .poll(() => page.locator("#q-date-error").innerText(), { timeout: 10_000 })
      .toContain("看不懂“明天”");
    await page.getByLabel("会议日期").fill("2026-02-23");
    await page.getByLabel("工作重点").fill("安全生产\n防汛救灾");
    await expect
      .poll(() => page.locator("#q-date-error").isHidden(), { timeout: 10_000 })
      .toBe(true);
  });

  it("shows a Chinese message beside a field with a bad value", async () => {
    await page.getByLabel("篇幅", { exact: true }).fill("50");
    await expect
      .poll(() => page.locator("#q-length-error").innerText(), { timeout: 10_000 })
      .toMatch(/[\u4e00-\u9fff]/);
    await page.getByLabel("篇幅", { exact: true }).fill("3000");
    await expect
      .poll(() => page.locator("#q-length-error").isHidden(), { timeout: 10_000 })
      .toBe(true);
  });

  it("gives another draft on 换一稿", async () => {
    await expect.poll(previewText, { timeout: 15_000 }).toContain("李四");
    const before = await previewText();
    await page.getByRole("button", { name: "换一稿" }).click();
    await expect.poll(previewText, { timeout: 15_000 }).not.toBe(before);
    expect(await previewText()).toContain("李四");
  });

  it("keeps the form through a reload", async () => {
    await page.waitForTimeout(600);
    await page.reload();
    await expect.poll(() => page.locator("#type").inputValue()).toBe("安全生产工作会议");
    expect(await page.getByLabel("单位", { exact: true }).inputValue()).toBe("东湖区");
  });

  it("downloads a Word file that validates and opens in LibreOffice", async () => {
    await expect.poll(previewText, { timeout: 15_000 }).toContain("李四");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/安全生产工作会议.*\.docx$/);
    const path = join(outDir, "download.docx");
    await download.saveAs(path);
    const bytes = await readFile(path);
    const parts = docxParts(bytes);
    expect(parts["word/document.xml"]).toContain("李四");
    // The unit is the document's author.
    expect(parts["docProps/core.xml"]).toContain("东湖区");
    expect(await validateDocx(bytes)).toEqual([]);
    expect(await pdfPageCount(await renderPdf(path, outDir))).toBeGreaterThan(0);
    await page.screenshot({ path: join(outDir, "page.png"), fullPage: true });
  });

  it("reads well in a narrow window", async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    await page.screenshot({ path: join(outDir, "page-narrow.png"), fullPage: true });
    const formWidth = await page
      .locator(".form-pane")
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(formWidth).toBeLessThanOrEqual(420);
  });
});
