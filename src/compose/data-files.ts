// Reading the bank's and the meeting types' files from a folder that may be a pack a
// colleague handed over: only regular YAML files inside the folder are read, within a size
// bound. A link out of the folder, a device, a FIFO (which would hang the read) or an
// oversized file is skipped with a reason; a template file is refused outright, because a
// pack is data and nothing in it is ever executed (../shared/DESIGN.md: packs are data).
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { UserError } from "../errors.js";

/** The largest data file read: the biggest of our own bank files is under 40 KB. */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024;

/** Files that would be code, not data, in a pack. */
const TEMPLATE_FILE = /\.(?:njk|nunjucks|hbs|handlebars|ejs|j2|jinja2?|js|mjs|cjs|ts)$/i;

export interface DataFile {
  readonly path: string;
  readonly source: string;
}

const inside = (root: string, path: string): boolean =>
  path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

/** Why a directory entry is not read as data, or undefined when it is a file to read. */
function skipReason(root: string, path: string): string | undefined {
  const link = lstatSync(path);
  let real = path;
  if (link.isSymbolicLink()) {
    try {
      real = realpathSync(path);
    } catch {
      return "链接指向不存在的文件";
    }
    if (!inside(root, real)) return "链接指向文件夹以外";
  }
  const stat = statSync(real);
  if (stat.isDirectory()) return undefined;
  if (!stat.isFile()) return "不是普通文件(设备或管道)";
  if (stat.size > MAX_DATA_FILE_BYTES)
    return `文件过大(超过 ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB)`;
  return undefined;
}

/**
 * Every .yaml file under a folder, sorted (drafts never depend on the disk's order), read as
 * text; skipped entries are listed in `problems` with their reason. A template file anywhere
 * in the folder is a UserError.
 */
export function readDataFiles(dir: string, problems: string[]): DataFile[] {
  const root = realpathSync(dir);
  const out: DataFile[] = [];
  const seen = new Set<string>();
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const shown = relative(dir, path);
      if (TEMPLATE_FILE.test(name)) {
        throw new UserError(
          `${shown} 是模板或代码文件:短语库和语料包只能放 YAML 数据,jianggao 不执行其中任何内容。请删去这个文件。`,
          { file: path },
        );
      }
      const reason = skipReason(root, path);
      if (reason) {
        problems.push(`${shown}:已跳过,${reason}`);
        continue;
      }
      const real = realpathSync(path);
      if (seen.has(real)) continue; // a link to a file already read, or a link loop
      seen.add(real);
      if (statSync(real).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) out.push({ path, source: readFileSync(real, "utf8") });
    }
  };
  walk(dir);
  return out;
}
