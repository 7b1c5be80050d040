// Types of scripts/fuzz-properties.mjs for the TypeScript tests that import it.
import type fc from "fast-check";
import type * as Library from "../src/index.js";

export interface FuzzDeps {
  readonly lib: typeof Library;
  readonly writeFileAtomic: (path: string, data: string | Uint8Array) => Promise<void>;
  readonly validateDocx: (bytes: Uint8Array) => Promise<string[]>;
  readonly today?: string;
}

export interface FuzzProperties {
  readonly garbage: fc.IProperty<[unknown]>;
  readonly drafts: (docxEvery: number) => fc.IAsyncProperty<[Record<string, unknown>]>;
  readonly fileNames: fc.IAsyncProperty<[string, string, string]>;
  readonly packs: fc.IAsyncProperty<[{ where: "bank" | "types"; text: string }[]]>;
  readonly hostileFiles: fc.IAsyncProperty<[Uint8Array, string]>;
}

export function fuzzProperties(deps: FuzzDeps): FuzzProperties;
export function clerkText(max?: number): fc.Arbitrary<string>;
export function answersFor(catalog: Library.Catalog): fc.Arbitrary<Record<string, unknown>>;
export function garbageFor(catalog: Library.Catalog): fc.Arbitrary<unknown>;
export function literalPieces(value: string): string[];
export function markdownText(markdown: string): string;
export function htmlText(html: string): string;
export function fileNameProblems(name: string): string[];
