// A standalone html page that looks like the printed speech (no network: inline CSS, no
// scripts, fonts or links), and the same <article> alone for the web preview.
import { createRequire } from "node:module";
import type nunjucks from "nunjucks";
import { inlineText, slotText, textWithSlots, type Speech } from "../model/index.js";
import { PAGE_CSS, SPEECH_CSS } from "./html-style.js";
import { printedBlocks, type PrintedBlock, type PrintedRun } from "./printed.js";
import { oneLine } from "./sanitize.js";

export { SPEECH_CSS } from "./html-style.js";
export { outlineAnchor } from "./printed.js";

const HTML_SPECIALS: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe in element content and in quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_SPECIALS[ch] ?? ch);
}

/** A run of speech text: on one line, then escaped. */
const speechHtml = (value: string): string => escapeHtml(oneLine(value));

function runHtml(run: PrintedRun): string {
  switch (run.kind) {
    case "text":
      return speechHtml(run.text);
    case "emphasis":
      return `<strong>${speechHtml(run.text)}</strong>`;
    case "slot":
      return `<mark class="slot" data-slot="${speechHtml(run.label)}">${speechHtml(slotText(run.label))}</mark>`;
    case "lead": {
      const id = run.anchor === undefined ? "" : ` id="${run.anchor}"`;
      return `<strong class="lead"${id}>${speechHtml(run.marker)}${runsHtml(run.content)}</strong>`;
    }
    default: {
      const never: never = run;
      throw new Error(`unknown run ${JSON.stringify(never)}`);
    }
  }
}

function runsHtml(runs: readonly PrintedRun[]): string {
  return runs.map(runHtml).join("");
}

function blockHtml(block: PrintedBlock): string {
  switch (block.kind) {
    case "title":
      return `<h1 class="title">${runsHtml(block.content)}</h1>`;
    case "speaker":
    case "date":
    case "salutation":
      return `<p class="${block.kind}">${runsHtml(textWithSlots(block.text, "own"))}</p>`;
    case "heading": {
      const [tag, className] = block.level === 1 ? ["h2", "part"] : ["h3", "sub-part"];
      return `<${tag} class="${className}" id="${block.anchor}">${speechHtml(block.marker)}${runsHtml(block.content)}</${tag}>`;
    }
    case "paragraph":
      return `<p>${runsHtml(block.content)}</p>`;
    default: {
      const never: never = block;
      throw new Error(`unknown printed block ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The speech as one `<article class="speech">`, styled by `SPEECH_CSS`, for a page that
 * embeds the preview. Headings and the item leads inside parts carry the ids
 * `outlineAnchor(i)` of the i-th entry of `outlineOf(speech)`.
 */
export function writeHtmlFragment(speech: Speech): string {
  return `<article class="speech">\n${printedBlocks(speech).map(blockHtml).join("\n")}\n</article>`;
}

/**
 * The standalone page around the article: our own template, rendered by nunjucks with
 * autoescaping, so a title or unit the clerk typed is text in the page, never markup.
 * Only the article (escaped run by run above) and our stylesheet are marked safe.
 */
const PAGE_TEMPLATE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
{% if author %}<meta name="author" content="{{ author }}">
{% endif %}{% if description %}<meta name="description" content="{{ description }}">
{% endif %}<meta name="generator" content="jianggao">
<style>{{ css | safe }}</style>
</head>
<body>
{{ article | safe }}
</body>
</html>
`;

let page: nunjucks.Template | undefined;

/** Compiled on first use: nunjucks is loaded only when an html page is written. */
function pageTemplate(): nunjucks.Template {
  if (page === undefined) {
    const engine = createRequire(import.meta.url)("nunjucks") as typeof nunjucks;
    const env = new engine.Environment(null, { autoescape: true, throwOnUndefined: true });
    page = engine.compile(PAGE_TEMPLATE, env);
  }
  return page;
}

/** A complete UTF-8 html page holding the speech, ending in a newline. */
export function writeHtml(speech: Speech): string {
  return pageTemplate().render({
    title: oneLine(inlineText(speech.title)),
    author: speech.meta.unit ? oneLine(speech.meta.unit) : "",
    description: speech.meta.description ? oneLine(speech.meta.description) : "",
    css: PAGE_CSS + SPEECH_CSS,
    article: writeHtmlFragment(speech),
  });
}
