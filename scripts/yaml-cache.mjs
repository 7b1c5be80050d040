// Run by `npm run build` after tsc: parses the package's phrase bank and meeting types once
// into dist/yaml-cache.json, so a cold `jianggao new` reads JSON instead of parsing YAML.
// Files are keyed by a hash of their text: an edited file simply misses the cache.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { writeYamlCache } from "../dist/compose/yaml-cache.js";

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

const files = ["phrasebank", "templates"].flatMap((dir) => yamlFiles(join(ROOT, dir)));
const cached = writeYamlCache(files);
process.stdout.write(`yaml-cache: ${cached}/${files.length} 个 YAML 文件已预解析\n`);
