import type { Diagnostic, Speech } from "../model/index.js";

export interface ParseOptions {
  /** The source file name, carried into diagnostics. */
  readonly file?: string;
}

export interface ParseResult {
  readonly speeches: Speech[];
  readonly diagnostics: Diagnostic[];
}

// Placeholder until the parser lands.
export function parseText(_text: string, _options: ParseOptions = {}): ParseResult {
  throw new Error("parser not implemented yet");
}
