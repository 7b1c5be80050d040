// The long fuzz run against the build: `npm run build && npm run fuzz -- --runs 10000`.
// The same properties as test/fuzz.test.ts (scripts/fuzz-properties.mjs), more cases.
//   --runs N        cases per property (default 1000)
//   --seed N        replay a failure fast-check reported
//   --docx-every N  schema-check every N-th .docx (default 20; 0 = never)
import { parseArgs } from "node:util";
import validate from "@ooxml-tools/validate";
import fc from "fast-check";
import * as lib from "../dist/index.js";
import { writeFileAtomic } from "../dist/cli/files.js";
import { fuzzProperties } from "./fuzz-properties.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "1000" },
    seed: { type: "string" },
    "docx-every": { type: "string", default: "20" },
  },
});
const runs = Number(values.runs);
const docxEvery = Number(values["docx-every"]);

async function validateDocx(bytes) {
  const results = await validate(bytes, "docx", "Microsoft365");
  return results.map((r) => `${r.path.partUri} ${r.path.xpath}: ${r.description}`);
}

const properties = fuzzProperties({ lib, writeFileAtomic, validateDocx });
const checks = [
  ["垃圾答案只得到 UserError", properties.garbage, runs],
  ["合法答案:起草、各格式输出、原文照录、不求值", properties.drafts(docxEvery), runs],
  ["默认文件名安全、只写一个文件、不覆盖", properties.fileNames, Math.min(runs, 2000)],
  ["同事给的语料包(任意 YAML):能用或 UserError", properties.packs, Math.min(runs, 500)],
  ["任意字节的讲话稿文件:parse 与 check 只得到 UserError", properties.hostileFiles, runs],
];

let failed = 0;
for (const [label, property, numRuns] of checks) {
  const started = performance.now();
  const params = { numRuns, ...(values.seed === undefined ? {} : { seed: Number(values.seed) }) };
  const details = await fc.check(property, params);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    process.stdout.write(`✗ ${label}(${details.numRuns} 例后失败,${seconds} 秒)\n`);
    process.stdout.write(`${fc.defaultReportMessage(details)}\n`);
    const error = details.errorInstance;
    process.stdout.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  } else {
    process.stdout.write(`✓ ${label}:${details.numRuns} 例通过(${seconds} 秒)\n`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
