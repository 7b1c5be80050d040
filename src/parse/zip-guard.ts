// A .docx is a zip. Before any zip library opens one from a clerk's archive we read its
// central directory ourselves and inflate every entry against a byte budget, so a zip
// bomb (a few KB that inflate to gigabytes) or a lying header is refused with a reason
// instead of filling memory. Only stored (0) and deflated (8) entries exist in Word files.
import { inflateRawSync } from "node:zlib";

/** Limits for one .docx; a real speech unpacks to well under a megabyte of XML. */
export interface ZipLimits {
  /** Sum of all entries' uncompressed bytes. */
  readonly maxTotalBytes: number;
  /** Uncompressed ÷ compressed for any entry larger than a megabyte. */
  readonly maxRatio: number;
  readonly maxEntries: number;
  /**
   * The body (word/document.xml): a long speech is well under a megabyte of XML; images
   * live elsewhere. Bounds the text the parser is handed.
   */
  readonly maxDocumentBytes: number;
}

export const DOCX_LIMITS: ZipLimits = {
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 2000,
  maxDocumentBytes: 16 * 1024 * 1024,
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const RATIO_CHECK_FROM_BYTES = 1024 * 1024;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why a zip is refused, in Chinese for the report; undefined when it is safe to open. */
export type ZipVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): ZipVerdict => ({ ok: false, reason });

function findEndOfCentralDirectory(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - EOCD_MIN_BYTES - MAX_COMMENT_BYTES);
  for (let at = zip.length - EOCD_MIN_BYTES; at >= lowest; at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

function readCentralDirectory(zip: Buffer, limits: ZipLimits): ZipEntry[] | string {
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd === -1) return "不是有效的 .docx 文件(找不到 zip 目录),可能已损坏或只是改了扩展名";
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    return "zip64 格式的 .docx 不是 Word 生成的普通文档,为安全起见未读取";
  }
  if (count > limits.maxEntries) return `.docx 内含 ${count} 个文件,远超正常文档,为安全起见未读取`;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      return ".docx 的 zip 目录已损坏";
    }
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Inflates the entry within `budget` bytes; returns the bytes it took or a reason. */
function inflatedSize(zip: Buffer, entry: ZipEntry, budget: number): number | string {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    return `.docx 中的 ${entry.name} 已损坏`;
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  switch (entry.method) {
    case 0:
      return data.length;
    case 8:
      try {
        return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
          return `.docx 解压后超过 ${megabytes(budget)}(疑似 zip 炸弹),已跳过`;
        }
        return `.docx 中的 ${entry.name} 无法解压,文件可能已损坏`;
      }
    default:
      return `.docx 使用了不支持的压缩方式(${entry.method}),可能不是 Word 生成的文件`;
  }
}

/**
 * Checks a .docx before it is opened: declared sizes and ratios first (cheap), then every
 * entry is really inflated against what is left of the budget, because headers can lie.
 */
export function inspectDocxZip(zip: Buffer, limits: ZipLimits = DOCX_LIMITS): ZipVerdict {
  const entries = readCentralDirectory(zip, limits);
  if (typeof entries === "string") return refuse(entries);
  if (!entries.some((entry) => entry.name === "word/document.xml")) {
    return refuse("不是 Word 文档(.docx 中没有 word/document.xml)");
  }
  let declared = 0;
  for (const entry of entries) {
    declared += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_CHECK_FROM_BYTES && ratio > limits.maxRatio) {
      return refuse(
        `.docx 中的 ${entry.name} 压缩比高达 ${Math.round(ratio)} 倍(疑似 zip 炸弹),已跳过`,
      );
    }
  }
  if (declared > limits.maxTotalBytes) {
    return refuse(
      `.docx 的目录声明解压后共 ${megabytes(declared)}(实际大小未解压核实),超过上限 ${megabytes(limits.maxTotalBytes)}(疑似 zip 炸弹),已跳过`,
    );
  }
  let left = limits.maxTotalBytes;
  for (const entry of entries) {
    const body = entry.name === "word/document.xml";
    const size = inflatedSize(zip, entry, body ? Math.min(left, limits.maxDocumentBytes) : left);
    if (typeof size === "string") return refuse(size);
    left -= size;
  }
  return { ok: true };
}
