import { describe, expect, it } from "vitest";
import { splitSpeeches } from "./split.js";
import { tidyTitle } from "./meta.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe("splitSpeeches", () => {
  it("reads title, speaker and date above the salutation and drops what comes before", () => {
    const [chunk, ...rest] = splitSpeeches(
      lines(
        "范文频道",
        "在全镇春耕生产动员会上的讲话",
        "镇长 李四",
        "（2026年3月2日）",
        "同志们：",
        "今天开会。",
      ),
    );
    expect(rest).toEqual([]);
    expect(chunk?.head).toMatchObject({
      title: "在全镇春耕生产动员会上的讲话",
      speaker: "镇长 李四",
      date: "2026年3月2日",
    });
    expect(chunk?.salutation).toBe("同志们：");
    expect(chunk?.body.map((l) => l.text)).toEqual(["今天开会。"]);
  });

  it("takes the ——在…上的讲话 subtitle as the title and keeps the main title aside", () => {
    const [chunk] = splitSpeeches(
      lines("凝心聚力抓春耕", "——在全镇春耕生产动员会上的讲话", "镇长 李四", "同志们：", "开会。"),
    );
    expect(chunk?.head).toMatchObject({
      title: "在全镇春耕生产动员会上的讲话",
      mainTitle: "凝心聚力抓春耕",
      speaker: "镇长 李四",
    });
  });

  it("reads a date printed above the speaker line", () => {
    const [chunk] = splitSpeeches(
      lines("在春耕会上的讲话", "（2026年3月2日）", "县长 钱七", "同志们：", "开会。"),
    );
    expect(chunk?.head).toMatchObject({
      title: "在春耕会上的讲话",
      speaker: "县长 钱七",
      date: "2026年3月2日",
    });
  });

  it("splits a file at each salutation, taking the title above it along", () => {
    const chunks = splitSpeeches(
      lines(
        "在春耕会上的讲话",
        "同志们：",
        "春耕要早。",
        "让我们加油干！",
        "在防汛会上的讲话",
        "同志们：",
        "防汛要实。",
      ),
    );
    expect(chunks.map((c) => c.head.title)).toEqual(["在春耕会上的讲话", "在防汛会上的讲话"]);
    expect(chunks[0]?.body.map((l) => l.text)).toEqual(["春耕要早。", "让我们加油干！"]);
  });

  it("finds the title of a file without salutation below a line of page furniture", () => {
    const [chunk] = splitSpeeches(
      lines("公文写作频道", "在防汛工作会议上的讲话", "（三）抓好值班值守"),
    );
    expect(chunk?.head.title).toBe("在防汛工作会议上的讲话");
    expect(chunk?.body.map((l) => l.text)).toEqual(["（三）抓好值班值守"]);
  });

  it("does not take a heading for the title of a fragment", () => {
    const [chunk] = splitSpeeches(lines("二、抓好防汛动员会议精神落实", "要逐级传达。"));
    expect(chunk?.head.title).toBeUndefined();
  });

  it("keeps a second salutation without a title of its own in the same speech", () => {
    const chunks = splitSpeeches(
      lines("在春耕会上的讲话", "同志们：", "一、抓早", "要早安排。", "同志们：", "让我们加油干！"),
    );
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.body.map((l) => l.text)).toEqual([
      "一、抓早",
      "要早安排。",
      "同志们：",
      "让我们加油干！",
    ]);
  });

  it("reads a file without salutation as one speech with the title at the top", () => {
    const [chunk] = splitSpeeches(lines("在防汛工作会议上的讲话", "（三）抓好值班值守"));
    expect(chunk?.head.title).toBe("在防汛工作会议上的讲话");
    expect(chunk?.salutation).toBeUndefined();
    expect(chunk?.body).toHaveLength(1);
  });
});

describe("tidyTitle", () => {
  it("removes pagination and a site's word after 讲话 but keeps 讲话稿", () => {
    expect(tidyTitle("在全县秋收工作会上的讲话（第2/3页）")).toBe("在全县秋收工作会上的讲话");
    expect(tidyTitle("在全县秋收工作会上的讲话全文")).toBe("在全县秋收工作会上的讲话");
    expect(tidyTitle("秋收工作会议讲话稿")).toBe("秋收工作会议讲话稿");
    expect(tidyTitle("【精选】在秋收工作会上的讲话_某某文库")).toBe("在秋收工作会上的讲话");
    expect(tidyTitle("在秋收工作会上的讲话 - 某某范文网")).toBe("在秋收工作会上的讲话");
  });
});
