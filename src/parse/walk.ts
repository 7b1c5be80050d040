// Lists the files of a clerk's archive one at a time: folders are walked recursively in
// name order (so reports are stable), dot-folders and node_modules are left out. A folder or
// file reached again through a symbolic link (a loop, or a second way to the same file) is
// read once, by its real path, and the repeat is listed with its reason, as is a dangling link.
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

/** Real paths already walked: folders (loops) and files (reached twice through links). */
interface Seen {
  readonly folders: Set<string>;
  /** Real path → the path it was first read by. */
  readonly files: Map<string, string>;
}

const LOOP = "链接指回已读过的文件夹,未重复读取";
const DANGLING = "链接指向的文件不存在";

async function* walkFolder(dir: string, seen: Seen, viaLink = false): AsyncGenerator<ArchiveEntry> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    yield { kind: "unreadable", file: dir, reason: unreadableReason(error) };
    return;
  }
  if (seen.folders.has(real)) {
    if (viaLink) yield { kind: "unreadable", file: dir, reason: LOOP };
    return;
  }
  seen.folders.add(real);
  const names: { name: string; isDir: boolean; link: boolean; special?: boolean }[] = [];
  try {
    for await (const entry of await opendir(dir)) {
      let isDir = entry.isDirectory();
      const link = entry.isSymbolicLink();
      let special = !isDir && !entry.isFile() && !link;
      if (link) {
        try {
          const target = await stat(join(dir, entry.name));
          isDir = target.isDirectory();
          special = !isDir && !target.isFile();
        } catch {
          names.push({ name: entry.name, isDir: false, link, special: true });
          continue;
        }
      }
      if (isDir && isSkippedFolder(entry.name)) continue;
      // A FIFO or a device is listed with its reason, never opened (a FIFO would hang).
      names.push({ name: entry.name, isDir, link, special });
    }
  } catch (error) {
    yield { kind: "unreadable", file: dir, reason: unreadableReason(error) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir, link, special } of names) {
    const path = join(dir, name);
    if (special) {
      const dangling = link && !(await exists(path));
      // A dangling link to an image or a spreadsheet is nothing we would have read.
      if (dangling && formatOf(path) === undefined) continue;
      yield {
        kind: "unreadable",
        file: path,
        reason: dangling ? DANGLING : "不是普通文件(设备或管道)",
      };
    } else if (isDir) {
      yield* walkFolder(path, seen, link);
    } else {
      const entry = classify(path, false);
      if (entry === undefined) continue;
      const realFile = link ? await realpath(path).catch(() => path) : join(real, name);
      const first = seen.files.get(realFile);
      if (first !== undefined) {
        yield {
          kind: "unreadable",
          file: path,
          reason: `与 ${first} 是同一个文件(经链接),未重复读取`,
        };
        continue;
      }
      seen.files.set(realFile, path);
      yield entry;
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Every file under the given files and folders, one at a time. */
export async function* walkArchive(paths: readonly string[]): AsyncGenerator<ArchiveEntry> {
  const seen: Seen = { folders: new Set(), files: new Map() };
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
