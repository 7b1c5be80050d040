// The txt round trip on real speeches: what the parser made of a corpus file, printed by
// the txt writer and parsed again, keeps its outline and prints the same text again.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { outlineOf, parseFile, parseText, writeTxt } from "../src/index.js";

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "../../shared/corpus");
const FILES = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort();

describe.each(FILES)("the txt of %s", (file) => {
  it("parses back into the same outline and prints the same text again", async () => {
    for (const speech of (await parseFile(join(CORPUS, file))).speeches) {
      const once = writeTxt(speech);
      const reread = parseText(once).speeches;
      expect(reread).toHaveLength(1);
      expect(outlineOf(reread[0]!)).toEqual(outlineOf(speech));
      expect(writeTxt(reread[0]!)).toBe(once);
    }
  });
});
