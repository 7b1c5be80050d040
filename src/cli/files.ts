// Every file jianggao writes goes through here: atomic (temp file + rename), never
// replacing an existing file unless the user said --force.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, basename, join } from "node:path";
import { UserError } from "../errors.js";

export interface WriteOptions {
  /** Replace an existing file. */
  readonly force?: boolean;
}

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
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
    if (
      code === "EACCES" ||
      code === "EPERM" ||
      code === "EROFS" ||
      code === "ENOENT" ||
      code === "ENOTDIR"
    ) {
      throw new UserError(`无法写入 ${path}(${code}):请确认目录存在且有写权限,或换一个输出路径。`, {
        file: path,
      });
    }
    throw error;
  }
}
