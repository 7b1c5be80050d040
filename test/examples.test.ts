// examples/ shows the product without running it: its drafts must be what the code gives
// now. `npm run examples` regenerates them.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), "../examples");

it("examples cover at least five meeting types, each answers file with its draft", () => {
  const names = readdirSync(EXAMPLES);
  const answers = names.filter((n) => /\.(json|ya?ml)$/.test(n));
  expect(answers.length).toBeGreaterThanOrEqual(5);
  expect(answers).toContain("经济工作会议.json");
  for (const file of answers) expect(names).toContain(file.replace(/\.(json|ya?ml)$/, ".md"));
});

it("the committed drafts are what `npm run examples` gives now (run it after changing the composer)", () => {
  const run = spawnSync(process.execPath, [join(EXAMPLES, "generate.mjs"), "--check"], {
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});
