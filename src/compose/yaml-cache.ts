// Parsed YAML of the package's phrase bank and meeting types, precomputed by `npm run build`
// (scripts/yaml-cache.mjs → dist/yaml-cache.json) and keyed by a hash of each file's text,
// so a file a clerk edits is parsed afresh and a stale cache is never read. Parsing the
// bank with `yaml` was most of a cold `jianggao new` (profiled). The build also records
// which files passed every check of the bank (schema and rules): those are not checked
// again at each start, and zod is not even loaded for them.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
// The YAML parser loads on the first cache miss only: with the build's cache, a cold
// `jianggao new` never needs it (importing it cost ~40 ms of start-up).
import { parseYamlData as parseYaml } from "./yaml-data.js";

/** dist/yaml-cache.json beside dist/compose/; absent when running from src/ (then unused). */
const CACHE_FILE = new URL("../yaml-cache.json", import.meta.url);

interface YamlCache {
  /** Hash of a YAML file's text → the JSON of its parsed document. */
  readonly docs: Record<string, string>;
  /** Hashes of files that passed every check when the package was built. */
  readonly verified: readonly string[];
}

let cache: { docs: Record<string, string>; verified: Set<string> } | undefined;

function loadedCache(): NonNullable<typeof cache> {
  // The build checks every file afresh: the last build's verdicts are not evidence.
  if (cache === undefined && process.env["JIANGGAO_YAML_CACHE"] === "off")
    cache = { docs: {}, verified: new Set() };
  if (cache === undefined) {
    try {
      const read = JSON.parse(readFileSync(CACHE_FILE, "utf8")) as YamlCache;
      cache = { docs: read.docs ?? {}, verified: new Set(read.verified ?? []) };
    } catch {
      cache = { docs: {}, verified: new Set() };
    }
  }
  return cache;
}

function keyOf(source: string): string {
  return createHash("sha1").update(source).digest("base64url");
}

/** The parsed document of a YAML text: from the build's cache when it holds this exact text. */
export function parseYamlCached(source: string): unknown {
  const hit = loadedCache().docs[keyOf(source)];
  return hit === undefined ? parseYaml(source) : JSON.parse(hit);
}

/** Whether this exact text passed every check of the bank when the package was built. */
export function verifiedAtBuild(source: string): boolean {
  return loadedCache().verified.has(keyOf(source));
}

/**
 * Writes the cache for these YAML files (the build calls it); `verified` are the files that
 * passed every check. A document JSON cannot carry exactly (none in our files today) is left
 * out and so always parsed.
 */
export function writeYamlCache(
  files: readonly string[],
  verified: readonly string[] = [],
  target: URL | string = CACHE_FILE,
): number {
  const docs: Record<string, string> = {};
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    let doc: unknown;
    try {
      doc = parseYaml(source);
    } catch {
      continue; // a broken file is reported when it is loaded
    }
    const json = JSON.stringify(doc);
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), doc)) docs[keyOf(source)] = json;
  }
  const checked = verified.map((file) => keyOf(readFileSync(file, "utf8")));
  writeFileSync(target, JSON.stringify({ docs, verified: checked } satisfies YamlCache));
  return Object.keys(docs).length;
}
