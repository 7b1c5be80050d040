// Renders .docx files to PDF with LibreOffice headless and reads the PDF back with poppler,
// so tests can check what a clerk would see on paper. Reusable by any test that needs to
// know a .docx opens (interview, web) or how it lays out (docx render test).
//
// Each conversion gets its own LibreOffice profile directory: two soffice processes sharing
// one profile block each other, and a stale lock from a killed run would hang the next.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The fontconfig alias file that maps 仿宋/楷体/黑体/小标宋 to installed faces. */
export const TEST_FONTCONFIG_FILE = fileURLToPath(new URL("../fonts/fonts.conf", import.meta.url));

/** Where tests put PDFs and screenshots (git-ignored). */
export const TEST_OUTPUT_DIR = fileURLToPath(new URL("../../test-output/", import.meta.url));

const DEFAULT_TIMEOUT_MS = 120_000;

interface Tool {
  readonly command: string;
  readonly debianPackage: string;
}

const SOFFICE: Tool = { command: "soffice", debianPackage: "libreoffice-writer-nogui" };
const PDFINFO: Tool = { command: "pdfinfo", debianPackage: "poppler-utils" };
const PDFFONTS: Tool = { command: "pdffonts", debianPackage: "poppler-utils" };
const PDFTOTEXT: Tool = { command: "pdftotext", debianPackage: "poppler-utils" };

function run(
  tool: Tool,
  args: readonly string[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      tool.command,
      args,
      {
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        killSignal: "SIGKILL",
        maxBuffer: 256 * 1024 * 1024,
        env: options.env ?? process.env,
      },
      (error, stdout, stderr) => {
        if (error === null) {
          resolvePromise(stdout);
          return;
        }
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          reject(
            new Error(
              `${tool.command} not found: install ${tool.debianPackage} ` +
                `(apt-get install ${tool.debianPackage}; bash .ci/run installs it)`,
            ),
          );
          return;
        }
        const why = error.killed ? `timed out or was killed` : `failed (${error.message.trim()})`;
        reject(new Error(`${tool.command} ${args.join(" ")} ${why}\n${stderr}`));
      },
    );
  });
}

export interface RenderOptions {
  /** Give up after this long (default 120 s): a hung soffice must not hang the suite. */
  readonly timeoutMs?: number;
}

/**
 * Converts a .docx (or anything Writer opens) to PDF in `outDir`; resolves to the PDF's path.
 * Fonts resolve through test/fonts/fonts.conf.
 */
export async function renderPdf(
  documentPath: string,
  outDir: string,
  options: RenderOptions = {},
): Promise<string> {
  const input = resolve(documentPath);
  const output = resolve(outDir);
  await mkdir(output, { recursive: true });
  const profileDir = join("/tmp", `lo-${process.pid}-${randomUUID()}`);
  try {
    await run(
      SOFFICE,
      [
        "--headless",
        "--norestore",
        "--nologo",
        "--nolockcheck",
        `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
        "--convert-to",
        "pdf",
        "--outdir",
        output,
        input,
      ],
      {
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        env: { ...process.env, FONTCONFIG_FILE: TEST_FONTCONFIG_FILE, HOME: profileDir },
      },
    );
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
  const pdfPath = join(output, `${basename(input, extname(input))}.pdf`);
  // soffice exits 0 even when it could not read the input; the missing PDF tells.
  if (!existsSync(pdfPath)) throw new Error(`LibreOffice wrote no PDF for ${input}`);
  return pdfPath;
}

/** Number of pages, from pdfinfo. */
export async function pdfPageCount(pdfPath: string): Promise<number> {
  const info = await run(PDFINFO, [pdfPath]);
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (match?.[1] === undefined) throw new Error(`pdfinfo printed no page count for ${pdfPath}`);
  return Number(match[1]);
}

/** The PDF's text in reading order, page breaks as form feeds, from pdftotext. */
export async function pdfText(pdfPath: string): Promise<string> {
  return run(PDFTOTEXT, ["-enc", "UTF-8", pdfPath, "-"]);
}

/** Names of the fonts embedded in the PDF (subset prefixes removed), from pdffonts. */
export async function pdfFontNames(pdfPath: string): Promise<string[]> {
  const table = await run(PDFFONTS, [pdfPath], {
    env: { ...process.env, FONTCONFIG_FILE: TEST_FONTCONFIG_FILE },
  });
  return table
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? "")
    .filter((name) => name !== "")
    .map((name) => name.replace(/^[A-Z]{6}\+/, ""));
}

/** A box in PDF points, origin at the page's top-left corner. */
export interface Box {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfLine extends Box {
  readonly text: string;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Text lines top to bottom, as pdftotext -bbox-layout groups them. */
  readonly lines: readonly PdfLine[];
}

/** Every page's text lines with their positions, from pdftotext -bbox-layout. */
export async function pdfPages(pdfPath: string): Promise<PdfPage[]> {
  const xhtml = await run(PDFTOTEXT, ["-bbox-layout", pdfPath, "-"]);
  return parseBboxLayout(xhtml);
}

const PAGE = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
const LINE =
  /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
const WORD =
  /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/word>/g;

function parseBboxLayout(xhtml: string): PdfPage[] {
  return [...xhtml.matchAll(PAGE)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    lines: [...(body ?? "").matchAll(LINE)]
      .map(([, xMin, yMin, xMax, yMax, words]) => ({
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
        text: joinWords(words ?? "", Number(yMax) - Number(yMin)),
      }))
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin),
  }));
}

/**
 * pdftotext splits a line into "words" wherever the script changes (2026 | 年), not only at
 * spaces; a space is put back only where the words stand apart by more than an eighth of the
 * line's height (a space is about a quarter of it).
 */
function joinWords(words: string, lineHeight: number): string {
  let out = "";
  let lastXMax: number | undefined;
  for (const [, xMin, xMax, word] of words.matchAll(WORD)) {
    if (lastXMax !== undefined && Number(xMin) - lastXMax > lineHeight / 8) out += " ";
    out += decodeEntities(word ?? "");
    lastXMax = Number(xMax);
  }
  return out;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
