// Lists the files of a clerk's archive one at a time: folders are walked recursively in
// name order (so reports are stable), dot-folders and node_modules are left out, and a
// symbolic link that leads back into a folder already walked is not followed again.
import { opendir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { formatOf, unreadableReason, type SpeechFormat } from "./read.js";

export type ArchiveFormat = SpeechFormat;

// Kinds a clerk's archive often holds that we cannot read: listed in the report with a
// way out, instead of silently left out.
const KNOWN_UNREADABLE: Readonly<Record<string, string>> = {
  ".doc": "旧版 Word(.doc)格式无法直接读取:请在 Word 或 WPS 中另存为 .docx 后再试",
  ".wps": "WPS 文字(.wps)格式无法直接读取:请在 WPS 中另存为 .docx 后再试",
  ".pdf": "PDF 无法可靠还原讲话稿结构:请另存为 .docx 或 .txt 后再试",
};

export type ArchiveEntry =
  | { readonly kind: "file"; readonly file: string; readonly format: ArchiveFormat }
  | { readonly kind: "unreadable"; readonly file: string; readonly reason: string };

function classify(file: string, named: boolean): ArchiveEntry | undefined {
  const format = formatOf(file);
  if (format !== undefined) return { kind: "file", file, format };
  const known = KNOWN_UNREADABLE[extname(file).toLowerCase()];
  if (known !== undefined) return { kind: "unreadable", file, reason: known };
  // A file the clerk named on the command line deserves an answer; stray files in a
  // folder (images, spreadsheets) do not.
  return named
    ? { kind: "unreadable", file, reason: "不支持的文件类型:只读取 .txt、.md 和 .docx" }
    : undefined;
}

const isSkippedFolder = (name: string): boolean => name.startsWith(".") || name === "node_modules";

async function* walkFolder(dir: string, seen: Set<string>): AsyncGenerator<ArchiveEntry> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield { kind: "unreadable", file: dir, reason: unreadableReason(error) };
    return;
  }
  if (seen.has(real)) return; // a symbolic link back into the walk: a loop
  seen.add(real);
  const names: { name: string; isDir: boolean; special?: boolean }[] = [];
  try {
    for await (const entry of await opendir(dir)) {
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await stat(join(dir, entry.name))).isDirectory();
        } catch {
          continue; // a dangling link: nothing to read
        }
      }
      if (isDir && isSkippedFolder(entry.name)) continue;
      // A FIFO or a device is listed with its reason, never opened (a FIFO would hang).
      const special = !isDir && !entry.isFile() && !entry.isSymbolicLink();
      names.push({ name: entry.name, isDir, special });
    }
  } catch (error) {
    yield { kind: "unreadable", file: dir, reason: unreadableReason(error) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir, special } of names) {
    const path = join(dir, name);
    if (special) {
      yield { kind: "unreadable", file: path, reason: "不是普通文件(设备或管道)" };
    } else if (isDir) {
      yield* walkFolder(path, seen);
    } else {
      const entry = classify(path, false);
      if (entry !== undefined) yield entry;
    }
  }
}

/** Every file under the given files and folders, one at a time. */
export async function* walkArchive(paths: readonly string[]): AsyncGenerator<ArchiveEntry> {
  const seen = new Set<string>();
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (error) {
      yield { kind: "unreadable", file: path, reason: unreadableReason(error) };
      continue;
    }
    if (isDir) {
      yield* walkFolder(path, seen);
    } else {
      const entry = classify(path, true);
      if (entry !== undefined) yield entry;
    }
  }
}
