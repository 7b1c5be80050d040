// Mining a clerk's archive: corpus → report (and pack). Other stages import from here only.
export { classifyPartRole, classifyPartRoles, PART_ROLES } from "./roles.js";
export { classifyMeetingType, MEETING_TYPE_IDS } from "./meeting-type.js";
export { mineArchive, speechFingerprint } from "./mine.js";
export type { MiningOptions, MiningProgress, SpeechReader } from "./mine.js";
export type { MiningReport, SkippedFile, SpeechSummary } from "./report.js";
export type { PhraseCandidate } from "./phrases.js";
export { defaultSpeechReader } from "./reader.js";
export { renderTextReport } from "./render-text.js";
export { renderHtmlReport } from "./render-html.js";
export { buildPack, type PackFile } from "./pack.js";
export { benchMining, generateBenchArchive, type MiningBench } from "./bench.js";
