// Types of scripts/server-child.mjs for the TypeScript tests that import it.
import type autocannon from "autocannon";

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly answers?: Record<string, unknown>;
}

/** autocannon posting answers for a .docx at `connections` for `seconds`. */
export function loadDrafts(options: LoadOptions): Promise<autocannon.Result>;
