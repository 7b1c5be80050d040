// Parsed YAML of the package's phrase bank and meeting types, precomputed by `npm run build`
// (scripts/yaml-cache.mjs → dist/yaml-cache.json) and keyed by a hash of each file's text,
// so a file a clerk edits is parsed afresh and a stale cache is never read. Parsing the
// 400 KB bank with `yaml` was most of a cold `jianggao new` (≈0.8 s of 2.5 s, profiled).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";

// Loaded on the first cache miss only: with the build's cache, a cold `jianggao new` never
// needs the YAML parser (importing it cost ~40 ms of start-up).
const require = createRequire(import.meta.url);
const parseYaml = (source: string): unknown =>
  (require("yaml") as typeof import("yaml")).parse(source);

/** dist/yaml-cache.json beside dist/compose/; absent when running from src/ (then unused). */
const CACHE_FILE = new URL("../yaml-cache.json", import.meta.url);

/** Hash of a YAML file's text → the JSON of its parsed document. */
type YamlCache = Record<string, string>;

let cache: YamlCache | undefined;

function loadedCache(): YamlCache {
  if (cache === undefined) {
    try {
      cache = JSON.parse(readFileSync(CACHE_FILE, "utf8")) as YamlCache;
    } catch {
      cache = {};
    }
  }
  return cache;
}

function keyOf(source: string): string {
  return createHash("sha1").update(source).digest("base64url");
}

/** The parsed document of a YAML text: from the build's cache when it holds this exact text. */
export function parseYamlCached(source: string): unknown {
  const hit = loadedCache()[keyOf(source)];
  return hit === undefined ? parseYaml(source) : JSON.parse(hit);
}

/**
 * Writes the cache for these YAML files (the build calls it). A document JSON cannot carry
 * exactly (none in our files today) is left out and so always parsed.
 */
export function writeYamlCache(
  files: readonly string[],
  target: URL | string = CACHE_FILE,
): number {
  const out: YamlCache = {};
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    let doc: unknown;
    try {
      doc = parseYaml(source);
    } catch {
      continue; // a broken file is reported when it is loaded
    }
    const json = JSON.stringify(doc);
    if (json !== undefined && isDeepStrictEqual(JSON.parse(json), doc)) out[keyOf(source)] = json;
  }
  writeFileSync(target, JSON.stringify(out));
  return Object.keys(out).length;
}
