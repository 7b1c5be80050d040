// Run by `npm run build` after tsc: parses the package's phrase bank and meeting types once
// into dist/yaml-cache.json, so a cold `jianggao new` reads JSON instead of parsing YAML,
// and records which files pass every check of the bank, so a start does not check (or load
// zod for) them again. Files are keyed by a hash of their text: an edited file simply misses
// the cache and is parsed and checked as any clerk's file is.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, relative } from "node:path";

// The build checks every file afresh, so the last build's cache must not be read.
process.env.JIANGGAO_YAML_CACHE = "off";
const { writeYamlCache } = await import("../dist/compose/yaml-cache.js");
const { loadBank, loadMeetingTypes } = await import("../dist/index.js");

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function yamlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}

const bankDir = join(ROOT, "phrasebank");
const templatesDir = join(ROOT, "templates");
const bankFiles = yamlFiles(bankDir);
const typeFiles = yamlFiles(templatesDir);

// A file is verified when the loader reports nothing about it (problems name the file).
const { problems } = loadBank([bankDir]);
const verified = bankFiles.filter((file) => {
  const name = relative(bankDir, file);
  return !problems.some((p) => p.startsWith(`${name} `) || p.startsWith(`${name}:`));
});
let typesOk = true;
try {
  loadMeetingTypes(templatesDir);
} catch {
  typesOk = false; // reported when loaded; no type file is trusted then
}
const trusted = [...verified, ...(typesOk ? typeFiles.filter((f) => f.endsWith("type.yaml")) : [])];
const cached = writeYamlCache([...bankFiles, ...typeFiles], trusted);
process.stdout.write(
  `yaml-cache: ${cached}/${bankFiles.length + typeFiles.length} 个 YAML 文件已预解析,${trusted.length} 个已通过检查\n`,
);
