import { describe, expect, it } from "vitest";
import {
  fullSpeech,
  item,
  items,
  longParagraphText,
  longSpeech,
  para,
  part,
  questionSpeech,
  slotSpeech,
  bare,
} from "../../test/roundtrip-speeches.js";
import { emphasis, outlineOf, slot, text, type Speech } from "../model/index.js";
import { outlineAnchor, SPEECH_CSS, writeHtml, writeHtmlFragment } from "./html.js";

/** The text a reader sees inside an html snippet. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Elements carrying an id, with their visible text. */
function anchored(html: string): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  for (const m of html.matchAll(/<(h2|h3|strong)[^>]* id="([^"]+)">(.*?)<\/\1>/g)) {
    out.push({ id: m[2]!, text: visibleText(m[3]!) });
  }
  return out;
}

describe("writeHtml", () => {
  it("writes a complete Chinese UTF-8 page", () => {
    const html = writeHtml(fullSpeech);
    expect(
      html.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(html).toContain("<title>在全市春季重点项目调度会上的讲话</title>");
    expect(html).toContain('<meta name="author" content="某市人民政府">');
    expect(html.endsWith("</html>\n")).toBe(true);
  });

  it("needs nothing from the network: no scripts, links, images or remote fonts", () => {
    const html = writeHtml(fullSpeech);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|https?:|url\(|@import/i);
  });

  it("holds the speech as the same <article> the web preview embeds, styled by SPEECH_CSS", () => {
    const html = writeHtml(fullSpeech);
    expect(html).toContain(`\n${writeHtmlFragment(fullSpeech)}\n`);
    expect(html).toContain(SPEECH_CSS);
    expect(writeHtmlFragment(fullSpeech)).toMatch(/^<article class="speech">\n[^]*\n<\/article>$/);
  });

  it("scopes every style rule of the preview to .speech", () => {
    const selectors =
      SPEECH_CSS.replace(/@font-face\s*\{[^}]*\}/g, "").match(/[^{}]+(?=\{)/g) ?? [];
    expect(selectors.length).toBeGreaterThan(5);
    for (const list of selectors) {
      for (const selector of list.split(",")) expect(selector.trim()).toMatch(/^\.speech\b/);
    }
  });

  it("lays out the sheet as the printed page: 仿宋 16pt on 28.95pt lines, indent 2em", () => {
    expect(SPEECH_CSS).toContain("font-size: 16pt;");
    expect(SPEECH_CSS).toContain("line-height: 28.95pt;");
    expect(SPEECH_CSS).toContain("text-indent: 2em;");
    expect(SPEECH_CSS).toMatch(/\.speech \{[^}]*"仿宋_GB2312"/);
    expect(SPEECH_CSS).toMatch(
      /h1\.title \{[^}]*"方正小标宋简体", "FZXiaoBiaoSong-B05S", "STZhongsong", "Noto Serif CJK SC", serif/,
    );
    expect(SPEECH_CSS).toMatch(/h2\.part \{[^}]*"黑体"/);
    expect(SPEECH_CSS).toMatch(/h3\.sub-part \{[^}]*"楷体_GB2312"/);
    expect(SPEECH_CSS).toMatch(/mark\.slot \{[^}]*background: #ff0/);
  });

  it("prints the header lines with their classes, the date in parentheses", () => {
    const html = writeHtmlFragment(fullSpeech);
    expect(html).toContain('<h1 class="title">在全市春季重点项目调度会上的讲话</h1>');
    expect(html).toContain('<p class="speaker">市长 李明远</p>');
    expect(html).toContain('<p class="date">（2026年3月9日）</p>');
    expect(html).toContain('<p class="salutation">同志们：</p>');
  });

  it("numbers headings and item leads and gives each the id of its outline entry", () => {
    const entries = outlineOf(fullSpeech);
    const found = anchored(writeHtmlFragment(fullSpeech));
    expect(found.map((a) => a.id)).toEqual(entries.map((_, i) => outlineAnchor(i)));
    expect(found.map((a) => a.text)).toEqual([
      "一、看清形势，增强抓项目的紧迫感",
      "二、盯住重点，推动项目建设提速",
      "（一）抓好项目储备",
      "一是储备要再厚一层。",
      "二是前期要再快一步。",
      "三是质量要再高一点。",
      "（二）抓好开工建设",
      "一要盯紧节点。",
      "二要压实责任。",
      "三、改进作风，确保各项任务落地",
      "一是带头干。",
      "二是合力干。",
    ]);
    found.forEach((a, i) => expect(a.text.endsWith(entries[i]!.text)).toBe(true));
  });

  it("numbers parts 第一个问题， when the speech asks for it", () => {
    expect(writeHtmlFragment(questionSpeech)).toContain(
      '<h2 class="part" id="outline-4">第二个问题，怎样抓好作风</h2>',
    );
  });

  it("makes item leads bold and keeps a run-in list in one paragraph", () => {
    expect(writeHtmlFragment(fullSpeech)).toContain(
      '<p>具体来说：<strong class="lead" id="outline-8">一要盯紧节点。</strong>每月一调度，每季一通报；<strong class="lead" id="outline-9">二要压实责任。</strong>一个项目一名牵头领导。</p>',
    );
  });

  it("gives no id to item leads outside the parts, which the outline does not list", () => {
    const speech: Speech = { ...bare, opening: [items("一是", item("抓早。", ""))] };
    expect(writeHtmlFragment(speech)).toContain('<p><strong class="lead">一是抓早。</strong></p>');
  });

  it("marks slots in yellow and names them for the page", () => {
    expect(writeHtmlFragment(slotSpeech)).toContain(
      '<strong class="lead" id="outline-3">一是完成<mark class="slot" data-slot="年度投资目标">〔待补：年度投资目标〕</mark>的任务。</strong>',
    );
  });

  it("prints emphasis as <strong>", () => {
    const speech: Speech = { ...bare, opening: [para(emphasis("关键"), "在落实。")] };
    expect(writeHtmlFragment(speech)).toContain("<p><strong>关键</strong>在落实。</p>");
  });

  it("escapes & < > \" ' in text, titles, headings, attributes and meta", () => {
    const nasty = `<script>alert("x")</script> & 'y'`;
    const speech: Speech = {
      ...bare,
      title: [text(nasty)],
      speaker: nasty,
      opening: [para(nasty, slot(`"><img src=x>`))],
      parts: [part(nasty, [])],
      meta: { unit: `"><script>` },
    };
    const html = writeHtml(speech);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    expect(html).toContain('data-slot="&quot;&gt;&lt;img src=x&gt;"');
    expect(html).toContain('<meta name="author" content="&quot;&gt;&lt;script&gt;">');
  });

  it("removes characters XML cannot carry and folds pasted line breaks", () => {
    const speech: Speech = {
      ...bare,
      opening: [para("项目\u0000建设\u001F要\n抓紧\uFFFE，\uD800见实效。")],
    };
    expect(writeHtmlFragment(speech)).toContain("<p>项目建设要抓紧，见实效。</p>");
  });

  it("writes a 20,000-character paragraph whole", () => {
    const long = longParagraphText(20_000);
    expect(writeHtmlFragment({ ...bare, opening: [para(long)] })).toContain(`<p>${long}</p>`);
  });

  it("writes a 100-page speech with every heading anchored", () => {
    const speech = longSpeech(100);
    const found = anchored(writeHtml(speech));
    expect(found).toHaveLength(outlineOf(speech).length);
    expect(found.filter((a) => a.id.startsWith("outline-")).length).toBe(10 + 50 + 100);
  });
});
