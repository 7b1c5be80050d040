// The html page in Debian's Chromium, as a clerk opens it: offline, laid out like the
// printed speech.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser } from "../../test/support/browser.js";
import { fullSpeech, para, slotSpeech } from "../../test/roundtrip-speeches.js";
import type { Speech } from "../model/index.js";
import { writeHtml } from "./html.js";

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on("request", (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser.close();
});

/** A paragraph of Han characters only, so every character is one full-width cell. */
const HAN_ONLY = "推动项目建设取得新成效".repeat(30);

const speech: Speech = {
  ...fullSpeech,
  opening: [para(HAN_ONLY), ...slotSpeech.opening],
};

/** How many characters each rendered line of the first body paragraph holds. */
function charsPerLine(): number[] {
  const p = document.querySelector(".speech p:not([class])")!;
  const node = p.firstChild!;
  const counts = new Map<number, number>();
  const range = document.createRange();
  for (let i = 0; i < node.textContent!.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const top = Math.round(range.getBoundingClientRect().top);
    counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return [...counts.values()];
}

describe("the html page in a browser", () => {
  beforeAll(async () => {
    await page.setContent(writeHtml(speech), { waitUntil: "load" });
  });

  it("loads without a single network request", () => {
    expect(requests.filter((url) => !url.startsWith("about:") && !url.startsWith("data:"))).toEqual(
      [],
    );
  });

  it("sets body text 28 characters a line, the first line indented two", async () => {
    const lines = await page.evaluate(charsPerLine);
    expect(lines[0]).toBe(26);
    expect(lines.slice(1, -1).every((n) => n === 28)).toBe(true);
  });

  it("puts body lines 28.95 pt apart", async () => {
    const tops = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(".speech p:not([class])")!);
      return Array.from(range.getClientRects(), (r) => r.top);
    });
    expect(tops.length).toBeGreaterThan(2);
    expect(tops[1]! - tops[0]!).toBeCloseTo((28.95 * 96) / 72, 0);
  });

  it("centres the title and the speaker line on the sheet", async () => {
    const offsets = await page.evaluate(() => {
      const sheet = document.querySelector(".speech")!.getBoundingClientRect();
      const centre = (el: Element): number => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        return r.left + r.width / 2;
      };
      const textCentre = (sheet.left + 28 * 3.78 + sheet.right - 26 * 3.78) / 2;
      return [".title", ".speaker"].map(
        (s) => centre(document.querySelector(`.speech ${s}`)!) - textCentre,
      );
    });
    for (const offset of offsets) expect(Math.abs(offset)).toBeLessThan(2);
  });

  it("highlights slots in yellow", async () => {
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".speech mark.slot")!).backgroundColor,
    );
    expect(background).toBe("rgb(255, 255, 0)");
  });
});
