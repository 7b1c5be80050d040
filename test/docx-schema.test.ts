// Every kind of speech we write must be a valid Office Open XML package: Word refuses a file
// with one schema error outright. Checked offline (test/support/ooxml.ts).
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { slot, text, type Speech } from "../src/model/index.js";
import { writeDocx, type LayoutProfile } from "../src/write/docx/index.js";
import { ROUNDTRIP_SPEECHES } from "./roundtrip-speeches.js";
import { longSpeech, sampleSpeech } from "./support/docx.js";
import { validateDocx } from "./support/ooxml.js";

const CONTROL_AND_SPECIALS = `<>&"' </w:t><w:t>\u0000\u0001\u0008\u000B\u000C\u001F\uD800\uFFFE`;

/** No byline, salutation, body or properties: only what the model requires. */
const BARE_SPEECH: Speech = {
  title: [],
  opening: [],
  partNumbering: "一、",
  parts: [],
  closing: [],
  meta: {},
};

const cases: [string, Speech, LayoutProfile][] = [
  ["an empty speech", BARE_SPEECH, "gongwen"],
  ["a speech with every node kind (gongwen)", sampleSpeech(), "gongwen"],
  ["a speech with every node kind (reading)", sampleSpeech(), "reading"],
  ["parts numbered 第一个问题", sampleSpeech({ partNumbering: "第一个问题" }), "gongwen"],
  [
    "control characters and XML specials everywhere",
    sampleSpeech({
      title: [text(`标题${CONTROL_AND_SPECIALS}`)],
      speaker: CONTROL_AND_SPECIALS,
      date: CONTROL_AND_SPECIALS,
      salutation: CONTROL_AND_SPECIALS,
      opening: [
        { kind: "paragraph", content: [text(CONTROL_AND_SPECIALS), slot(CONTROL_AND_SPECIALS)] },
      ],
      meta: { unit: CONTROL_AND_SPECIALS, description: CONTROL_AND_SPECIALS },
    }),
    "gongwen",
  ],
  [
    "a 20,000-character paragraph",
    sampleSpeech({
      opening: [
        { kind: "paragraph", content: [text("要把工作抓实抓细。".repeat(2223).slice(0, 20_000))] },
      ],
    }),
    "gongwen",
  ],
  ["a 100-page speech", longSpeech(100), "gongwen"],
  // the writers' shared speeches: 第一， and 1./（1） items, slots in headings
  ...ROUNDTRIP_SPEECHES.map(([name, speech]): [string, Speech, LayoutProfile] => [
    name,
    speech,
    "gongwen",
  ]),
];

describe("the Word file passes the OOXML schema with zero errors", () => {
  it.each(cases)("for %s", async (_name, speech, profile) => {
    expect(await validateDocx(await writeDocx(speech, { profile }))).toEqual([]);
  });

  it("while a file with one invalid attribute value does fail, so the check has teeth", async () => {
    const files = unzipSync(await writeDocx(sampleSpeech()));
    const styles = new TextDecoder().decode(files["word/styles.xml"]);
    files["word/styles.xml"] = strToU8(
      styles.replace('w:lineRule="exact"', 'w:lineRule="exactly"'),
    );
    const errors = await validateDocx(zipSync(files));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("/word/styles.xml");
  });
});
