// The shapes of the bank's YAML files and of type.yaml, checked with zod. Structure is
// checked here; the rules a writer of points must follow (slots, lengths, look-back
// connectives, closing moves) are in rules.ts, so each message can name the entry.
//
// zod is loaded on first use only: the package's own files were checked when it was built
// (yaml-cache.ts), so a plain `jianggao new` never pays the ~100 ms of loading it. Defaults
// are applied by the loaders, not by the schemas, for the same reason.
import { createRequire } from "node:module";
import type { z as Z } from "zod";
import { AGENDA_ITEMS, SPEAKER_ROLES, UNIT_LEVELS } from "../../questions/index.js";
import { SEASONS } from "../../model/index.js";

export const SHAPES = ["部署", "诊断", "说理", "叮嘱", "表态"] as const;
export type Shape = (typeof SHAPES)[number];

export const LOCAL_KINDS = [
  "project",
  "enterprise",
  "park",
  "town",
  "scenic",
  "village",
  "slogan",
] as const;
export type LocalKind = (typeof LOCAL_KINDS)[number];

/** The families a type speaks its 形势 and closing in (type.yaml `family`). */
export const FAMILIES = [
  "经济",
  "专项",
  "安全",
  "防汛",
  "廉政",
  "作风",
  "环保",
  "表彰",
  "乡村",
] as const;
export type Family = (typeof FAMILIES)[number];

function build() {
  const { z } = createRequire(import.meta.url)("zod") as typeof import("zod");

  const text = (what: string) => z.string({ error: `${what}应为文字` }).min(1, `${what}不能为空`);
  const list = <T extends Z.ZodType>(item: T, what: string) =>
    z.array(item, { error: `${what}应为列表` }).min(1, `${what}不能为空`);
  const numbers = (lo: number, hi: number, what: string) =>
    list(
      z
        .number({ error: `${what}应为数字` })
        .int()
        .min(lo, `${what}超出范围`)
        .max(hi, `${what}超出范围`),
      what,
    );

  const tagsSchema = z
    .strictObject(
      {
        types: list(text("types 的每一项"), "types").optional(),
        quarters: numbers(1, 4, "quarters(1–4)").optional(),
        months: numbers(1, 12, "months(1–12)").optional(),
        seasons: list(z.enum(SEASONS, { error: "seasons 取 春 夏 秋 冬" }), "seasons").optional(),
        role: z
          .enum(SPEAKER_ROLES, { error: "role 取 党委 或 政府" })
          .or(list(z.enum(SPEAKER_ROLES, { error: "role 取 党委 或 政府" }), "role"))
          .optional(),
        levels: list(
          z.enum(UNIT_LEVELS, { error: "levels 取 省 市 县 区 乡镇" }),
          "levels",
        ).optional(),
      },
      { error: "tags 只能有 types、quarters、months、seasons、role、levels" },
    )
    .optional();

  const wordingSchema = text("措辞").or(
    z.strictObject(
      {
        text: text("措辞的 text"),
        after: list(z.number().int().min(0), "after").optional(),
        tags: tagsSchema,
      },
      { error: "措辞应为文字,或只含 text、after、tags 的对象" },
    ),
  );

  const moveSchema = z.strictObject(
    {
      role: text("move 的 role"),
      optional: z.boolean({ error: "optional 应为 true 或 false" }).optional(),
      text: list(wordingSchema, "move 的 text"),
    },
    { error: "move 只能有 role、optional、text" },
  );

  const pointSchema = z.strictObject(
    {
      id: text("要点 id"),
      shape: z.enum(SHAPES, { error: `shape 取 ${SHAPES.join(" ")}` }),
      tags: tagsSchema,
      leads: list(text("领句"), "leads"),
      moves: z
        .array(moveSchema, { error: "moves 应为列表" })
        .min(2, "至少 2 步")
        .max(6, "至多 6 步"),
    },
    { error: "要点只能有 id、shape、tags、leads、moves" },
  );

  const subtopicFileSchema = z.strictObject(
    {
      subtopic: text("subtopic"),
      topic: text("topic"),
      aliases: z.array(text("别名")).optional(),
      levels: list(
        z.enum(UNIT_LEVELS, { error: "levels 取 省 市 县 区 乡镇" }),
        "levels",
      ).optional(),
      local: z.partialRecord(z.enum(LOCAL_KINDS), z.array(z.string())).optional(),
      headings: list(text("标题"), "headings"),
      points: list(pointSchema, "points"),
    },
    { error: "子议题文件只能有 subtopic、topic、aliases、levels、local、headings、points" },
  );

  const topicFileSchema = z.strictObject(
    {
      topic: text("topic"),
      aliases: z.array(text("别名")).optional(),
      headings: list(text("标题"), "headings"),
    },
    { error: "_topic.yaml 只能有 topic、aliases、headings" },
  );

  const frameEntrySchema = text("条目").or(
    z.strictObject(
      { text: text("条目的 text"), tags: tagsSchema },
      { error: "条目只能有 text、tags" },
    ),
  );

  const frameFileSchema = z.strictObject(
    { categories: z.record(z.string(), list(frameEntrySchema, "类别")) },
    { error: "框架文件只能有 categories" },
  );

  const questionSchema = z.looseObject({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "问题的 id 应为英文标识符"),
    label: text("问题的 label"),
    kind: z.enum(["text", "list", "choice", "date", "number", "length"], {
      error: "问题的 kind 应为 text、list、choice、date、number、length 之一",
    }),
  });

  const priorityRef = text("默认重点").or(
    z.strictObject({ topic: text("topic"), months: numbers(1, 12, "months(1–12)").optional() }),
  );

  const partSchema = z.discriminatedUnion(
    "kind",
    [
      z.strictObject({
        kind: z.literal("situation"),
        focus: z.enum(["full", "achievements", "problems"]).optional(),
        headings: list(text("标题"), "headings"),
      }),
      z.strictObject({
        kind: z.literal("measures"),
        layout: z.enum(["subparts", "parts"]).optional(),
        headings: list(text("标题"), "headings"),
      }),
      z.strictObject({
        kind: z.literal("style"),
        role: z.enum(["作风", "其他"]).optional(),
        subtopics: list(text("子议题"), "subtopics"),
        intro: text("intro").optional(),
        headings: list(text("标题"), "headings"),
      }),
    ],
    { error: "parts 的 kind 应为 situation、measures 或 style" },
  );

  const typeFileSchema = z.strictObject(
    {
      id: text("id"),
      description: text("description"),
      family: z.enum(FAMILIES, { error: `family 取 ${FAMILIES.join(" ")}` }),
      speakerRole: z.enum(SPEAKER_ROLES, { error: "speakerRole 应为 党委 或 政府" }).optional(),
      meetingSuffix: text("meetingSuffix").optional(),
      partNumbering: z.enum(["一、", "第一个问题"]).optional(),
      otherTopics: z.boolean({ error: "otherTopics 应为 true 或 false" }),
      timeNodes: z.boolean().optional(),
      subjectFrom: text("subjectFrom").optional(),
      agenda: z
        .array(z.enum(AGENDA_ITEMS, { error: `agenda 取 ${AGENDA_ITEMS.join("、")}` }))
        .optional(),
      defaultPriorities: list(priorityRef, "defaultPriorities"),
      parts: list(partSchema, "parts"),
      questions: z.array(questionSchema).optional(),
    },
    { error: "type.yaml 有未知的键" },
  );

  return { tagsSchema, subtopicFileSchema, topicFileSchema, frameFileSchema, typeFileSchema };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

/** The schemas, built (and zod loaded) on first use. */
export const schemas = (): Schemas => (built ??= build());

export type TagsInput = Z.infer<Schemas["tagsSchema"]>;
export type SubtopicFile = Z.infer<Schemas["subtopicFileSchema"]>;
export type TopicFile = Z.infer<Schemas["topicFileSchema"]>;
export type FrameFile = Z.infer<Schemas["frameFileSchema"]>;
export type TypeFile = Z.infer<Schemas["typeFileSchema"]>;
export type PartPlanInput = TypeFile["parts"][number];

/** Zod's issues as Chinese lines naming the file and the entry (points[3].moves[1].text). */
export function issuesOf(file: string, error: Z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    return `${file}${where ? ` ${where}` : ""}:${issue.message}`;
  });
}
