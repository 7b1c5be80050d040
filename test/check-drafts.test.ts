// check over our own drafts: every meeting type, dated in each quarter. The composer picks
// time words by the calendar, so check must find nothing there but 字数, 待补 slots and a
// winter 防汛 hint — anything else is a false alarm of check or a calendar slip of compose.
import { describe, expect, it } from "vitest";
import {
  checkText,
  composeSpeech,
  listMeetingTypes,
  loadCatalog,
  validateAnswers,
  writeSpeech,
  type Finding,
} from "../src/index.js";

const catalog = loadCatalog();
const TYPES = listMeetingTypes(catalog).map((type) => type.id);
const DATES = ["2026-02-10", "2026-05-10", "2026-08-10", "2026-11-10", "2027-12-10"];

/** What any draft may show: its length, the facts left to fill, and a seasonal hint. */
const expected = (finding: Finding): boolean =>
  finding.rule === "length" ||
  finding.rule === "slot.unfilled" ||
  (finding.rule === "calendar.contradiction" && finding.severity === "info");

describe("check over drafts of every meeting type", () => {
  it.each(TYPES)("%s: no false alarms on any date", async (type) => {
    for (const date of DATES) {
      const answers = validateAnswers({ type, unit: "西峰区", unitLevel: "区", date }, catalog, {
        today: "2026-01-01",
      });
      const text = String(await writeSpeech(composeSpeech(answers, catalog), "txt"));
      const findings = checkText(text, { unit: "西峰区" }).flatMap((speech) => speech.findings);
      expect(
        findings.filter((finding) => !expected(finding)),
        `${type} ${date}`,
      ).toEqual([]);
    }
  });
});
