// The fuzz properties, written once: test/fuzz.test.ts runs a few hundred cases against
// src/ in CI, scripts/fuzz.mjs runs thousands against dist/. The library and the file and
// schema helpers are passed in, so this module imports no build of jianggao itself.
import { cp, mkdir, readdir, rm, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

/** What a clerk may paste: the nasty pieces the issue lists, mixed with ordinary words. */
const NASTY_PIECES = [
  // control characters, C1, separators, bidi and zero-width marks
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u202e",
  "\u200b",
  "\ufeff",
  "\ufffe",
  "\ud800",
  "\udc00",
  // emoji, astral Han, full-width spaces
  "😀",
  "👨‍👩‍👧",
  "🇨🇳",
  "𠮷",
  "\u3000",
  "\u00a0",
  // XML and HTML specials
  "<",
  ">",
  "&",
  "&amp;",
  '"',
  "'",
  "]]>",
  "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
  "<script>alert(1)</script>",
  "<!--",
  // template syntax of both engines
  "{{7*7}}",
  "{{constructor.constructor('return process')()}}",
  "{% raw %}",
  "{% endraw %}",
  "{%- set x = 1 -%}",
  "{# c #}",
  "{{#each this}}x{{/each}}",
  "{{> partial}}",
  "{{{unit}}}",
  "{{unit}}",
  "${process.exit(1)}",
  // path pieces
  "../",
  "..\\",
  "/etc/passwd",
  "C:\\Windows\\",
  "CON",
  "nul",
  ".",
  "..",
  // the parser's and writers' own markup
  "一、",
  "（一）",
  "一是",
  "第一个问题，",
  "〔待补:数据〕",
  "【待填:x】",
  "同志们：",
  "\n\n二、另起一段\n",
  "**",
  "# ",
  "- ",
  "1. ",
  "`",
  "_",
  "\\",
  "|",
  // whitespace
  " ",
  "\t",
  "\n",
  "\r\n",
  // ordinary words
  "西峰区",
  "项目建设",
  "增长6.5%",
  "招商引资",
  "张三",
  "区委书记",
  "2026",
];

/** Strings a clerk might type, up to `max` code points. */
export function clerkText(max = 40) {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...NASTY_PIECES) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
        maxLength: 4,
      }),
    },
  );
  return fc
    .array(piece, { maxLength: 8 })
    .map((pieces) => [...pieces.join("")].slice(0, max).join(""));
}

const isoDate = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** An answer for one declared question, in the answers-file shape of its kind. */
function answerFor(question) {
  const max = question.maxLength ?? 60;
  switch (question.kind) {
    case "text":
      return clerkText(Math.min(max, 60));
    case "list":
      return fc.oneof(
        fc.array(clerkText(Math.min(max, 80)), { maxLength: Math.min(question.maxItems ?? 20, 8) }),
        clerkText(Math.min(max, 80)),
      );
    case "choice":
      return fc.constantFrom(...(question.choices ?? [""]));
    case "date":
      return isoDate;
    case "number":
      return fc.integer({
        min: question.min ?? 0,
        max: Math.min(question.max ?? 1000, 2 ** 31 - 1),
      });
    case "length":
      return fc.oneof(
        fc.integer({ min: 1500, max: 6000 }).map((chars) => ({ chars })),
        fc.integer({ min: 9, max: 30 }).map((minutes) => ({ minutes })),
        fc.constant("3000字"),
      );
    default:
      throw new Error(`unknown question kind ${question.kind}`);
  }
}

/** Answers files built from each meeting type's own questions; any key may be missing. */
export function answersFor(catalog) {
  return fc.oneof(
    ...catalog.types.map((type) =>
      fc.record(
        Object.fromEntries(
          type.questions.map((q) => [q.id, q.id === "type" ? fc.constant(type.id) : answerFor(q)]),
        ),
        { requiredKeys: ["type"] },
      ),
    ),
  );
}

const HUGE = "讲".repeat(100 * 1024);

/** Anything at all, and answers with one field swapped for a 100 KB string or a wrong shape. */
export function garbageFor(catalog) {
  const wrongValue = fc.oneof(
    fc.anything(),
    fc.constant(HUGE),
    fc.constant([HUGE]),
    fc.constant({ chars: Number.NaN }),
    fc.constant({ minutes: -1 }),
    fc.constant(" \t\n"),
    fc.constant("2026-02-30"),
    fc.constant(1e308),
  );
  const keys = [...new Set(catalog.types.flatMap((t) => t.questions.map((q) => q.id)))];
  return fc.oneof(
    fc.anything(),
    fc
      .tuple(
        answersFor(catalog),
        fc.constantFrom(...keys, "__proto__", "constructor", "extra"),
        wrongValue,
      )
      .map(([answers, key, value]) => {
        const copy = { ...answers };
        Object.defineProperty(copy, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        return copy;
      }),
  );
}

// The writers' documented normalisation of clerk text (src/write/sanitize.ts): characters
// XML cannot carry are removed, a line break or tab folds into the line, and spaces at the
// start of a line go (Markdown would read them as indentation). So every stretch between
// breaks, trimmed, must appear literally.
const INVALID_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /[ \t]*[\t\r\n\u2028\u2029]+[ \t]*/;

/** The pieces of a clerk's answer every text writer must show literally. */
export function literalPieces(value) {
  return value
    .trim()
    .replace(INVALID_CHARS, "")
    .split(LINE_BREAK)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
}

/** Markdown back to the characters it shows: escapes undone, ** markers dropped. */
export function markdownText(markdown) {
  return markdown.replace(/\\([\s\S])|\*\*/g, (_match, escaped) => escaped ?? "");
}

const ENTITIES = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&quot;": '"',
  "&#39;": "'",
  "&#x27;": "'",
};

/** The text of an html page's body: tags dropped, entities decoded. */
export function htmlText(html) {
  const body = html.slice(html.indexOf("<body"));
  return body.replace(/<[^>]*>/g, "").replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (e) => ENTITIES[e]);
}

/** The clerk's answers that every draft prints: the title's meeting name, the speaker line, the facts. */
function printedAnswers(raw, answers) {
  const given = (key) => (typeof raw[key] === "string" ? raw[key] : "");
  const out = [];
  if (given("meetingName").trim() !== "") out.push(["meetingName", answers.meetingName]);
  if (given("speakerTitle").trim() !== "") out.push(["speakerTitle", answers.speakerTitle]);
  if (answers.speakerName !== "") out.push(["speakerName", answers.speakerName]);
  answers.achievements.forEach((a, i) => out.push([`achievements[${i}]`, a]));
  answers.problems.forEach((p, i) => out.push([`problems[${i}]`, p]));
  return out;
}

/**
 * Words that only appear when something was evaluated or stringified by mistake. ({{7*7}}
 * showing as 49 is caught by the literal check: the braces would be missing.)
 */
const EVALUATION_TRACES = ["[object", "undefined", "NaN", "function", "process", "=>"];

/** Every clerk string, flattened, to tell a trace we made from one the clerk typed. */
function typedText(raw) {
  return JSON.stringify(raw);
}

/**
 * The properties. `lib` is jianggao's library API (src/index.ts or dist/index.js),
 * `writeFileAtomic` the CLI's file writer, `validateDocx` the schema check (→ error lines).
 */
export function fuzzProperties({ lib, writeFileAtomic, validateDocx, today = "2026-05-10" }) {
  const catalog = lib.loadCatalog();
  const validate = (raw) => lib.validateAnswers(raw, catalog, { today });

  /** Garbage in: validation answers or refuses with a UserError, never a TypeError. */
  const garbage = fc.property(garbageFor(catalog), (raw) => {
    try {
      validate(raw);
    } catch (error) {
      if (!lib.isUserError(error)) throw error;
      if (!/[\u4e00-\u9fff]/.test(error.message))
        throw new Error(`UserError without Chinese: ${error.message}`);
    }
  });

  /**
   * Accepted answers: compose and every writer succeed; clerk text shows literally in txt,
   * md and html; nothing is evaluated; every `docxEvery`-th .docx passes the schema.
   */
  const drafts = (docxEvery) => {
    let count = 0;
    return fc.asyncProperty(answersFor(catalog), async (raw) => {
      let answers;
      try {
        answers = validate(raw);
      } catch (error) {
        if (lib.isUserError(error)) return;
        throw error;
      }
      const outline = lib.composeOutline(answers, catalog);
      lib.outlineToText(outline);
      const speech = lib.composeSpeech(answers, catalog, { outline });
      const txt = lib.writeTxt(speech);
      const md = markdownText(lib.writeMarkdown(speech));
      const html = htmlText(lib.writeHtml(speech));
      const docx = await lib.writeDocx(speech, {
        profile: count % 2 === 0 ? "gongwen" : "reading",
      });
      for (const [field, value] of printedAnswers(raw, answers)) {
        for (const piece of literalPieces(value)) {
          for (const [format, output] of [
            ["txt", txt],
            ["md", md],
            ["html", html],
          ]) {
            if (!output.includes(piece)) {
              throw new Error(
                `${field} ${JSON.stringify(piece)} is missing from the ${format} draft`,
              );
            }
          }
        }
      }
      const typed = typedText(raw);
      for (const trace of EVALUATION_TRACES) {
        if (txt.includes(trace) && !typed.includes(trace)) {
          throw new Error(`the draft shows ${JSON.stringify(trace)}, which nobody typed`);
        }
      }
      if (docxEvery > 0 && count++ % docxEvery === 0) {
        const errors = await validateDocx(docx);
        if (errors.length > 0) throw new Error(`schema errors:\n${errors.join("\n")}`);
      }
    });
  };

  /** The default file name stays one plain name, and writing it makes one file in the folder. */
  const fileNames = fc.asyncProperty(
    clerkText(60),
    isoDate,
    fc.constantFrom("docx", ".md", "txt", "html"),
    async (meetingName, date, extension) => {
      const name = lib.defaultFileName({ meetingName, date }, extension);
      const problems = fileNameProblems(name);
      if (problems.length > 0) throw new Error(`${JSON.stringify(name)}: ${problems.join("; ")}`);
      const dir = await mkdtemp(join(tmpdir(), "jianggao-fuzz-"));
      try {
        await writeFileAtomic(join(dir, name), "讲话稿");
        const entries = await readdir(dir);
        if (entries.length !== 1 || entries[0] !== name) {
          throw new Error(`writing ${JSON.stringify(name)} left ${JSON.stringify(entries)}`);
        }
        let refused = false;
        try {
          await writeFileAtomic(join(dir, name), "另一稿");
        } catch (error) {
          refused = lib.isUserError(error);
        }
        if (!refused) throw new Error("an existing file was overwritten without --force");
        if ((await readdir(dir)).length !== 1)
          throw new Error("a refused write left a file behind");
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  /**
   * A pack a colleague hands over, with any YAML in it: loading it either works (and the
   * pack drafts) or refuses with a Chinese UserError, never crashes, runs or hangs.
   */
  const packs = fc.asyncProperty(
    fc.array(packFile, { minLength: 1, maxLength: 4 }),
    async (files) => {
      const dir = await mkdtemp(join(tmpdir(), "jianggao-fuzz-pack-"));
      try {
        await cp(join(packageRoot, "templates"), join(dir, "templates"), { recursive: true });
        await mkdir(join(dir, "phrasebank"));
        for (const [i, file] of files.entries()) {
          const folder =
            file.where === "types"
              ? join(dir, "templates", "经济工作会议")
              : join(dir, "phrasebank");
          await writeFile(
            join(folder, file.where === "types" ? "type.yaml" : `f${i}.yaml`),
            file.text,
          );
        }
        expectOnlyUserError(() => {
          const packCatalog = lib.loadCatalog({ packDir: dir });
          const answers = lib.validateAnswers(
            { type: packCatalog.types[0]?.id ?? "经济工作会议", seed: 1 },
            packCatalog,
            { today },
          );
          lib.composeSpeech(answers, packCatalog);
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  /**
   * Any bytes under any speech file name: parse and check read them or refuse with a
   * Chinese UserError (binary, encoding, zip bomb, not a speech…), never crash.
   */
  const hostileFiles = fc.asyncProperty(
    hostileBytes,
    fc.constantFrom(".txt", ".md", ".docx"),
    async (bytes, extension) => {
      const dir = await mkdtemp(join(tmpdir(), "jianggao-fuzz-file-"));
      try {
        const file = join(dir, `稿${extension}`);
        await writeFile(file, bytes);
        let text;
        try {
          text = await lib.readSourceText(file);
        } catch (error) {
          rethrowUnlessUserError(error);
          return;
        }
        expectOnlyUserError(() => {
          lib.parseText(text, { file });
          lib.checkText(text, { file });
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  return { garbage, drafts, fileNames, packs, hostileFiles };
}

function rethrowUnlessUserError(error) {
  if (!(error instanceof Error) || error.name !== "UserError") throw error;
  if (!/[\u4e00-\u9fff]/.test(error.message))
    throw new Error(`UserError without Chinese: ${error.message}`);
}

function expectOnlyUserError(run) {
  try {
    run();
  } catch (error) {
    rethrowUnlessUserError(error);
  }
}

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** YAML a pack file may hold: entries of the bank's shape, nasty text, tags, aliases, junk. */
const packText = fc.oneof(
  clerkText(60).map((text) => `categories:\n  announce:\n    - ${JSON.stringify(text)}\n`),
  clerkText(60).map(
    (text) =>
      `subtopic: 测试\npoints:\n  - id: p1\n    shape: 部署\n    lead: [${JSON.stringify(text)}]\n`,
  ),
  fc.constantFrom(
    "a: !!js/function 'function(){ return process }'\n",
    "a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
    "{{ range.constructor('return process')() }}\n",
    "categories: {announce: [{{count}}]}\n",
    "id: 经济工作会议\nparts: {{7*7}}\n",
    "\u0000\u0001\n",
    "- - - - - [[[[[[\n",
  ),
  fc.string({ maxLength: 300 }),
);
const packFile = fc.record({ where: fc.constantFrom("bank", "types"), text: packText });

/** Bytes a careless or hostile file may hold. */
const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  clerkText(400).map((text) => new TextEncoder().encode(text)),
  fc
    .uint8Array({ maxLength: 512 })
    .map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
  fc.uint8Array({ maxLength: 512 }).map((tail) => new Uint8Array([0xff, 0xfe, ...tail])),
);

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_BYTES = 200;

/** What is wrong with a file name jianggao made up, [] when nothing. */
export function fileNameProblems(name) {
  const problems = [];
  if (/[/\\\u0000]/.test(name)) problems.push("holds a path separator or NUL");
  if (/[\u0000-\u001f\u007f]/.test(name)) problems.push("holds a control character");
  if (/[:*?"<>|]/.test(name)) problems.push("holds a character Windows refuses");
  if (name.includes("..")) problems.push("holds ..");
  if (basename(name) !== name || name === "." || name === "..")
    problems.push("is not a plain name");
  if (name.startsWith(".")) problems.push("is hidden");
  if (WINDOWS_RESERVED.test(name)) problems.push("is a reserved Windows name");
  if (/[. ]$/.test(name)) problems.push("ends in a dot or space");
  const bytes = Buffer.byteLength(name, "utf8");
  if (bytes > MAX_NAME_BYTES) problems.push(`is ${bytes} bytes long (at most ${MAX_NAME_BYTES})`);
  return problems;
}
