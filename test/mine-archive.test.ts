// A clerk's archive as it really is: .docx drafts written by our own writer, an office's
// own speeches, and the junk every shared drive holds (empty, binary, mis-encoded files,
// a zip bomb, a duplicate, an 8 MB line). Mining skips each bad file with a reason, and
// the pack it emits drafts speeches that parse back and pass the composer's checks.
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildPack,
  composeSpeech,
  defaultSpeechReader,
  inlineText,
  loadCatalog,
  mineArchive,
  parseText,
  text,
  validateAnswers,
  writeSpeech,
  writeTxt,
  type MiningReport,
  type Part,
  type Speech,
} from "../src/index.js";
import { buildZip } from "./mine-zip.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = process.env["JIANGGAO_BIN"] ?? join(ROOT, "bin/jianggao.js");
const catalog = loadCatalog();

/** The office's two parts (措施 → 作风), as its own speeches head them; the built-in type has three. */
const OFFICE_HEADINGS = ["压紧压实安全责任，全力抓好隐患排查整治", "以过硬作风守牢安全底线"];
const outlineHeadings = (speech: Speech): string[] =>
  speech.parts.map((p) => inlineText(p.heading));

const paragraph = (value: string) => ({ kind: "paragraph" as const, content: [text(value)] });

const part = (heading: string, leads: readonly string[]): Part => ({
  heading: [text(heading)],
  blocks: [
    {
      kind: "items",
      style: "一要",
      runIn: false,
      intro: [],
      items: leads.map((lead) => ({
        lead: [text(lead)],
        body: [text("各级各部门要对照任务清单逐项推进，发现问题立即整改，不留死角、不留盲区。")],
        paragraphs: [],
      })),
    },
  ],
  subParts: [],
});

/** An office's own safety-meeting speech, in our words: 措施 → 作风, its own announce line. */
function safetySpeech(unit: string, seedWord: string): Speech {
  return {
    title: [text(`在${unit}安全生产工作会议上的讲话`)],
    salutation: "同志们：",
    opening: [
      paragraph(`今天召开这次会议，主要是分析${seedWord}安全形势，部署下一阶段安全生产重点工作。`),
    ],
    announceLine: paragraph("下面，结合近期安全生产工作，我再讲两点意见。"),
    partNumbering: "一、",
    parts: [
      part(OFFICE_HEADINGS[0]!, ["盯紧重点行业领域。", "抓实隐患闭环整改。"]),
      part(OFFICE_HEADINGS[1]!, ["严格督查问责抓落实。", "提升应急处置本领。"]),
    ],
    closing: [
      paragraph(
        "会后，各乡镇、各部门要把今天的部署逐条分解到岗到人，主要负责同志要亲自带队检查，确保各项措施落到实处。",
      ),
      paragraph(
        "同志们，安全生产只有起点没有终点，让我们以时时放心不下的责任感，扎扎实实做好每一项工作，为全区高质量发展创造安全稳定的环境！",
      ),
    ],
    meta: {},
  };
}

let dir: string;
let archive: string;
let report: MiningReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jianggao-mine-"));
  archive = join(dir, "讲话稿库");
  await mkdir(join(archive, "2026", "一季度"), { recursive: true });
  for (const seed of [1, 2, 3]) {
    const answers = validateAnswers(
      { type: "经济工作会议", unit: "西峰区", date: "2026-02-20", seed, length: { chars: 3000 } },
      catalog,
      { today: "2026-02-01" },
    );
    const docx = await writeSpeech(composeSpeech(answers, catalog), "docx");
    await writeFile(join(archive, "2026", "一季度", `经济工作会议-${seed}.docx`), docx);
  }
  const safety = [safetySpeech("全区", "当前"), safetySpeech("全县", "今冬明春")];
  await writeFile(join(archive, "2026", "安全生产-1.docx"), await writeSpeech(safety[0]!, "docx"));
  await writeFile(join(archive, "2026", "安全生产-2.txt"), writeTxt(safety[1]!));
  // The same speech again, as another copy on the drive.
  await copyFile(join(archive, "2026", "安全生产-1.docx"), join(archive, "安全生产-1 - 副本.docx"));
  // The junk.
  await writeFile(join(archive, "空白.txt"), "");
  await writeFile(
    join(archive, "截图.txt"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]),
  );
  await writeFile(
    join(archive, "乱码.txt"),
    Buffer.from([0xe5, 0x90, 0x4c, 0xff, 0xfe, 0x41, 0x42, 0xc0]),
  );
  await writeFile(join(archive, "导出数据.txt"), Buffer.alloc(8 * 1024 * 1024, "数"));
  await writeFile(
    join(archive, "炸弹.docx"),
    buildZip([{ name: "word/document.xml", data: Buffer.alloc(30 * 1024 * 1024, "a") }]),
  );
  await writeFile(join(archive, "改了扩展名.docx"), "同志们：这其实是文本文件。");
  await writeFile(join(archive, "旧稿.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  report = await mineArchive([archive], { reader: defaultSpeechReader });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const skippedReason = (name: string): string | undefined =>
  report.skipped.find((s) => s.file.endsWith(name))?.reason;

describe("mining a messy archive", () => {
  it("finds the five speeches, in .docx and .txt, in sub-folders", () => {
    expect(report.speeches).toHaveLength(5);
    expect(report.types).toEqual(
      expect.arrayContaining([
        { type: "经济工作会议", count: 3 },
        { type: "安全生产工作会议", count: 2 },
      ]),
    );
  });

  it("reads our own drafts' skeleton as 形势 → 措施 → 作风 and the office's as 措施 → 作风", () => {
    const skeleton = (type: string) => report.skeletons.find((k) => k.type === type)?.roles;
    expect(skeleton("经济工作会议")).toEqual(["形势", "措施", "作风"]);
    expect(skeleton("安全生产工作会议")).toEqual(["措施", "作风"]);
  });

  it.each([
    ["空白.txt", "空文件"],
    ["截图.txt", "二进制"],
    ["乱码.txt", "编码无法识别"],
    ["导出数据.txt", "有一行长达"],
    ["炸弹.docx", "zip 炸弹"],
    ["改了扩展名.docx", "不是有效的 .docx"],
    ["旧稿.doc", "另存为 .docx"],
    ["副本.docx", "重复稿"],
  ])("skips %s with a reason (%s)", (name, reason) => {
    expect(skippedReason(name)).toContain(reason);
  });

  it("finds the office's own announce line and closing", () => {
    expect(report.formulas.announce.map((f) => f.text)).toContain(
      "下面，结合近期安全生产工作，我再讲…点意见。",
    );
    expect(report.formulas.rally.some((f) => f.text.startsWith("同志们，安全生产只有起点"))).toBe(
      true,
    );
  });
});

describe("the pack mined from it", () => {
  let packDir: string;
  beforeAll(async () => {
    packDir = join(dir, "语料包");
    for (const file of buildPack(report, catalog.templatesDir)) {
      await mkdir(dirname(join(packDir, file.path)), { recursive: true });
      await writeFile(join(packDir, file.path), file.content);
    }
  });

  it("is in the project's formats: the composer loads it without a problem", () => {
    const pack = loadCatalog({ packDir });
    expect(pack.bank.problems).toEqual([]);
    expect(pack.types.map((t) => t.id)).toEqual(catalog.types.map((t) => t.id));
    expect(pack.types.find((t) => t.id === "安全生产工作会议")?.parts.map((p) => p.kind)).toEqual([
      "measures",
      "style",
    ]);
    expect(pack.bank.frame.get("announce")?.map((e) => e.text)).toContain(
      "下面，结合近期安全生产工作，我再讲{{count}}点意见。",
    );
  });

  it.each([1, 2, 3, 4])(
    "drafts a safety speech (seed %i) on the office's skeleton that parses back cleanly",
    (seed) => {
      const pack = loadCatalog({ packDir });
      const answers = validateAnswers(
        {
          type: "安全生产工作会议",
          unit: "庆城县",
          date: "2026-04-10",
          seed,
          length: { chars: 2500 },
        },
        pack,
        { today: "2026-04-01" },
      );
      const txt = writeTxt(composeSpeech(answers, pack));
      const { speeches } = parseText(txt);
      expect(speeches).toHaveLength(1);
      const reread = speeches[0]!;
      expect(outlineHeadings(reread)).toEqual(OFFICE_HEADINGS);
      expect(reread.salutation).toBe("同志们：");
      const rally = reread.closing.at(-1);
      const last = rally?.kind === "paragraph" ? inlineText(rally.content) : "";
      expect(last.startsWith("同志们，") && last.endsWith("！")).toBe(true);
      for (const residue of ["{{", "}}", "{%", "…", "undefined", "NaN"])
        expect(txt).not.toContain(residue);
      const sentences = txt.split(/[。！？\n]/).filter((s) => s.length >= 12);
      expect(new Set(sentences).size, "no sentence twice").toBe(sentences.length);
    },
  );
});

describe("jianggao mine on the command line", () => {
  const run = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)("node", [BIN, ...args], {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: "1" },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
    }
  };

  it("gives the same report whether files are parsed in a worker thread or not", async () => {
    const inWorker = await run("mine", archive, "--json", "--parse-thread", "on");
    const inline = await run("mine", archive, "--json", "--parse-thread", "off");
    expect(inWorker.code).toBe(0);
    expect(inWorker.stdout).toBe(inline.stdout);
    expect(JSON.parse(inWorker.stdout).skipped.length).toBeGreaterThan(0);
  });

  it("prints the stable JSON other tools read", async () => {
    const { code, stdout } = await run("mine", archive, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as MiningReport;
    expect(json.speeches[0]).toEqual(
      expect.objectContaining({
        file: expect.any(String),
        title: expect.any(String),
        type: expect.any(String),
        roles: expect.any(Array),
        chars: expect.any(Number),
      }),
    );
    expect(json.skeletons.length).toBeGreaterThan(0);
    expect(json.phrases.length).toBeGreaterThan(0);
    expect(json.skipped[0]).toEqual({ file: expect.any(String), reason: expect.any(String) });
  });

  it("writes an HTML report and a pack, and will not overwrite either without --force", async () => {
    const html = join(dir, "报告.html");
    const pack = join(dir, "命令行语料包");
    const first = await run("mine", archive, "-o", html, "--emit", pack);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("结构骨架");
    expect(await readFile(html, "utf8")).toContain("<h1>讲稿库分析报告</h1>");
    expect(await readFile(join(pack, "phrasebank", "mined.yaml"), "utf8")).toContain("categories:");
    const again = await run("mine", archive, "-o", html);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--force");
  });

  it("drafts with the pack through jianggao new --pack, on the office's skeleton", async () => {
    const pack = join(dir, "起草用语料包");
    expect((await run("mine", archive, "--emit", pack)).code).toBe(0);
    const draft = await run(
      "new",
      "--pack",
      pack,
      "--type",
      "安全生产工作会议",
      "--set",
      "unit=庆城县",
      "--to",
      "txt",
      "-o",
      "-",
    );
    expect(draft.code).toBe(0);
    const [speech] = parseText(draft.stdout).speeches;
    expect(speech && outlineHeadings(speech)).toEqual(OFFICE_HEADINGS);
  });

  it("refuses a report format it cannot write before mining anything", async () => {
    const { code, stderr } = await run("mine", archive, "-o", join(dir, "报告.txt"));
    expect(code).toBe(1);
    expect(stderr).toContain("请用 .html 或 .json 结尾");
  });

  it("says in Chinese when there is nothing to mine", async () => {
    const { code, stderr } = await run("mine", join(dir, "没有这个文件夹"));
    expect(code).toBe(1);
    expect(stderr).toContain("没有找到任何讲话稿");
  });
});
