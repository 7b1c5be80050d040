#!/usr/bin/env node
// Regenerates examples/*.md from the answers files beside them, by running the real CLI
// (`jianggao new --answers <file> --to md -o -`). With --check, writes nothing and exits 1
// when a committed draft differs from what the code gives now, so examples never go stale.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "..", "bin", "jianggao.js");
const check = process.argv.includes("--check");
let stale = 0;

for (const name of readdirSync(here).sort()) {
  if (!/\.(json|ya?ml)$/.test(name)) continue;
  const run = spawnSync(
    process.execPath,
    [cli, "new", "--answers", join(here, name), "--to", "md", "-o", "-"],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) {
    process.stderr.write(`${name}: ${run.stderr}`);
    process.exit(2);
  }
  const target = join(here, name.replace(/\.(json|ya?ml)$/, ".md"));
  if (check) {
    if (!existsSync(target) || readFileSync(target, "utf8") !== run.stdout) {
      process.stderr.write(`stale: ${target}\n`);
      stale++;
    }
  } else {
    writeFileSync(target, run.stdout);
    process.stderr.write(`wrote ${target}\n`);
  }
}
process.exit(stale === 0 ? 0 : 1);
