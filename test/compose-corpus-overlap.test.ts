// Our own words: nothing in templates/, phrasebank/ or examples/ repeats the reference
// corpus verbatim (../shared/tools/corpus-overlap, runs of 18 字).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOOL = join(ROOT, "../shared/tools/corpus-overlap");

it.runIf(existsSync(TOOL))(
  "templates, phrase bank and examples share no sentence with the corpus",
  () => {
    const paths = ["templates", "phrasebank", "examples"].filter((p) => existsSync(join(ROOT, p)));
    const run = spawnSync("python3", [TOOL, ...paths], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stdout).toBe(0);
  },
);
