// Part roles read back from our own drafts: the composer knows each part's role, the
// miner has to infer it from the parsed text alone.
import { expect, it } from "vitest";
import {
  classifyPartRoles,
  composeSpeech,
  loadCatalog,
  parseText,
  validateAnswers,
  writeTxt,
} from "../src/index.js";

const catalog = loadCatalog();

it("classifies at least nine in ten parts of our drafts as the composer wrote them", () => {
  let parts = 0;
  let agreed = 0;
  for (const type of catalog.types) {
    for (const seed of [1, 4, 7, 10]) {
      const answers = validateAnswers(
        {
          type: type.id,
          date: `2026-${String(seed).padStart(2, "0")}-10`,
          seed,
          length: { chars: 4000 },
        },
        catalog,
        { today: "2026-01-01" },
      );
      const speech = composeSpeech(answers, catalog);
      const [reread] = parseText(writeTxt(speech)).speeches;
      // The parsed text carries no roles: only the miner's reading of it counts.
      const inferred = classifyPartRoles(reread?.parts ?? []);
      speech.parts.forEach((part, index) => {
        parts++;
        if (part.role === inferred[index]) agreed++;
      });
    }
  }
  expect(parts).toBeGreaterThan(100);
  expect(agreed / parts).toBeGreaterThanOrEqual(0.9);
});
