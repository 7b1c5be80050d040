import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArchiveFile, READ_LIMITS } from "./read.js";
import { walkArchive } from "./walk.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jianggao-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, data: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

describe("readArchiveFile", () => {
  it("reads UTF-8 text and drops its byte-order mark", async () => {
    const file = await fileWith("utf8.txt", "\ufeff同志们：今天召开会议。");
    expect(await readArchiveFile(file, "txt")).toMatchObject({
      kind: "text",
      text: "同志们：今天召开会议。",
      encoding: "utf-8",
    });
  });

  it("reads GBK text from older Windows machines", async () => {
    const gbk = Buffer.from([0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba]); // 同志们：
    expect(await readArchiveFile(await fileWith("gbk.txt", gbk), "txt")).toMatchObject({
      kind: "text",
      text: "同志们：",
      encoding: "gb18030",
    });
  });

  it("reads UTF-16 text saved by Notepad as Unicode", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("同志们", "utf16le")]);
    expect(await readArchiveFile(await fileWith("utf16.txt", utf16), "txt")).toMatchObject({
      text: "同志们",
    });
  });

  it.each([
    ["an empty file", "empty.txt", Buffer.alloc(0), "空文件"],
    ["a binary file", "image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), "二进制"],
    [
      "invalid UTF-8",
      "broken.txt",
      Buffer.from([0xe5, 0x90, 0x4c, 0xff, 0xfe, 0x41, 0x42]),
      "编码无法识别",
    ],
    ["a single 2 MB line", "line.txt", Buffer.alloc(2 * 1024 * 1024, "a"), "有一行长达"],
    ["a .docx that is not a zip", "fake.docx", Buffer.from("同志们"), "不是有效的 .docx"],
  ])("skips %s with a reason", async (_what, name, data, reason) => {
    const file = await fileWith(name, data);
    const content = await readArchiveFile(file, name.endsWith(".docx") ? "docx" : "txt");
    expect(content).toMatchObject({ kind: "skipped", reason: expect.stringContaining(reason) });
  });

  it("skips a file over the size limit without reading it", async () => {
    const file = await fileWith("big.txt", Buffer.alloc(4096, "a"));
    const content = await readArchiveFile(file, "txt", { ...READ_LIMITS, maxTextBytes: 1024 });
    expect(content).toMatchObject({ kind: "skipped", reason: expect.stringContaining("超过上限") });
  });

  it("says a missing file does not exist", async () => {
    expect(await readArchiveFile(join(dir, "missing.txt"), "txt")).toMatchObject({
      reason: "文件或文件夹不存在",
    });
  });
});

describe("walkArchive", () => {
  it("walks folders in name order, skipping dot-folders and node_modules, listing a symlink loop once", async () => {
    const root = join(dir, "archive");
    await mkdir(join(root, "b", ".git"), { recursive: true });
    await mkdir(join(root, "node_modules"), { recursive: true });
    await writeFile(join(root, "b", "2.docx"), "");
    await writeFile(join(root, "b", ".git", "x.txt"), "");
    await writeFile(join(root, "node_modules", "y.txt"), "");
    await writeFile(join(root, "a.txt"), "");
    await writeFile(join(root, "c.md"), "");
    await writeFile(join(root, "d.doc"), "");
    await writeFile(join(root, "photo.jpg"), "");
    await symlink(root, join(root, "b", "loop"));
    const seen = [];
    for await (const entry of walkArchive([root])) seen.push(entry);
    expect(seen.map((e) => e.file.slice(root.length + 1))).toEqual([
      "a.txt",
      "b/2.docx",
      "b/loop",
      "c.md",
      "d.doc",
    ]);
    expect(seen[2]).toMatchObject({
      kind: "unreadable",
      reason: expect.stringContaining("链接指回"),
    });
    expect(seen[4]).toMatchObject({
      kind: "unreadable",
      reason: expect.stringContaining("另存为 .docx"),
    });
  });

  it("answers for a path that does not exist and for a named file of another type", async () => {
    const photo = await fileWith("named.jpg", "");
    const seen = [];
    for await (const entry of walkArchive([join(dir, "nowhere"), photo])) seen.push(entry);
    expect(seen).toMatchObject([
      { kind: "unreadable", reason: "文件或文件夹不存在" },
      { kind: "unreadable", reason: expect.stringContaining("只读取") },
    ]);
  });
});
