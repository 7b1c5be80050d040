// Every file jianggao writes goes through here: atomic (temp file + rename), never
// replacing an existing file unless the user said --force.
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, basename, join } from "node:path";
import { UserError } from "../errors.js";

export interface WriteOptions {
  /** Replace an existing file. */
  readonly force?: boolean;
}

/**
 * Why an existing path cannot be written over, --force or not: only a regular file is ever
 * replaced (a folder, a device such as /dev/null, or a FIFO would be destroyed or hang).
 */
function notAFile(path: string): UserError | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined; // nothing there (or a dangling link): a new file is written
  }
  if (stat.isDirectory()) {
    return new UserError(
      `${path} 是一个文件夹,不能作为输出文件。请在后面加上文件名,例如 ${path.replace(/\/+$/, "")}/讲话稿.docx。`,
      { file: path },
    );
  }
  if (!stat.isFile()) {
    return new UserError(
      `${path} 不是普通文件(设备或管道),jianggao 只写普通文件,加 --force 也不会替换它。请换一个输出路径。`,
      { file: path },
    );
  }
  return undefined;
}

/** Errors of the disk the clerk can do something about, in Chinese; undefined for others. */
function diskError(path: string, code: string | undefined): UserError | undefined {
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return new UserError(`磁盘空间不足,没能写入 ${path}:请清理磁盘后重试,原有文件没有改动。`, {
        file: path,
      });
    case "EISDIR":
      return notAFile(path);
    case "EACCES":
    case "EPERM":
    case "EROFS":
    case "ENOENT":
    case "ENOTDIR":
      return new UserError(
        `无法写入 ${path}(${code}):请确认目录存在且有写权限,或换一个输出路径。`,
        { file: path },
      );
    default:
      return undefined;
  }
}

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const refused = notAFile(path);
  if (refused) throw refused;
  if (!options.force && existsSync(path)) {
    throw new UserError(
      `文件已存在:${path}。为避免覆盖已有稿件,请换一个输出路径,或加 --force 覆盖。`,
      {
        file: path,
      },
    );
  }
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(
      `无法创建目录 ${dir}:${(error as NodeJS.ErrnoException).code ?? "未知原因"}。请检查路径和权限。`,
      { file: path },
    );
  }
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, data, { flag: "wx" });
    if (options.force) {
      await rename(temp, path);
    } else {
      // link() refuses to replace an existing file, so a draft created meanwhile survives.
      await link(temp, path);
      await rm(temp, { force: true });
    }
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      throw new UserError(
        `文件已存在:${path}。为避免覆盖已有稿件,请换一个输出路径,或加 --force 覆盖。`,
        {
          file: path,
        },
      );
    }
    throw diskError(path, code) ?? error;
  }
}
