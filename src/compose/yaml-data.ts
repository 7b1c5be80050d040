// YAML read as data, the one way jianggao reads it (phrase bank, packs, answers files):
// plain scalars, lists and maps only. A tag the core schema does not know (!!js/function,
// !!js/undefined …) is an error with its line, not a console warning and a silently kept
// string; aliases are bounded so a "billion laughs" file cannot take the memory.
import { createRequire } from "node:module";

/** How many times one alias may be expanded: enough for data, far too few for a bomb. */
const MAX_ALIAS_COUNT = 100;

// Loaded on first use: a JSON answers file or a cached bank never needs the parser.
const require = createRequire(import.meta.url);

/** 1-based line of an offset in the source. */
function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source[i] === "\n") line++;
  return line;
}

function aliasBomb(error: unknown): boolean {
  return error instanceof Error && /alias count/i.test(error.message);
}

export function parseYamlData(source: string): unknown {
  const { parseDocument } = require("yaml") as typeof import("yaml");
  // logLevel "error": problems come back as errors below, never as console warnings (a map
  // used as a key is stringified, and the field it makes is refused as unknown later).
  const doc = parseDocument(source, { schema: "core", prettyErrors: false, logLevel: "error" });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem !== undefined) {
    const at = `第 ${lineAt(source, problem.pos[0])} 行:`;
    const tag = /Unresolved tag: (\S+)/.exec(problem.message)?.[1];
    throw new Error(
      tag === undefined
        ? `${at}${problem.message}`
        : `${at}不认识的标记 ${tag.replace("tag:yaml.org,2002:", "!!")}:这里只能写文字、数字、列表和键值,请删去这个标记`,
    );
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!aliasBomb(error)) throw error;
    throw new Error(
      "别名(&名字 / *名字)展开的次数过多,文件可能是恶意构造的:请去掉别名,直接写出内容",
    );
  }
}
