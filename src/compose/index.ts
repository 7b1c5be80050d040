// compose: answers + meeting type + phrase bank → Speech, built directly (no text is
// written and parsed back). The only stage that knows the bank's YAML and handlebars.
export {
  loadCatalog,
  loadMeetingTypes,
  getMeetingType,
  type Catalog,
  type CatalogOptions,
  type MeetingType,
  type PartPlan,
  type PartKind,
} from "./catalog.js";
export {
  composeOutline,
  outlineToText,
  type Outline,
  type OutlinePart,
  type OutlineSubPart,
  type OutlineItem,
} from "./outline.js";
export { composeSpeech, speakerLineOf, type ComposeOptions } from "./speech.js";
export {
  loadBank,
  readSubtopicFile,
  readFrameFile,
  fits,
  LEVEL_BOUND_WORDS,
  levelBoundWord,
  FAMILIES,
  type Bank,
  type Point,
  type Subtopic,
  type Topic,
  type FrameEntry,
  type Family,
} from "./bank/index.js";
export { resolvePriority, type Resolved } from "./priorities.js";
export { listMeetingTypes, questionsFor, validateAnswers, defaultFileName } from "./answers.js";
export { parseYamlData } from "./yaml-data.js";
