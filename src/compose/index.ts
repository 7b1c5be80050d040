// compose: answers + meeting type + phrase bank → Speech. The only stage that knows
// nunjucks and handlebars.
export {
  loadCatalog,
  getMeetingType,
  type Catalog,
  type CatalogOptions,
  type MeetingType,
  type PartPlan,
  type PartKind,
} from "./catalog.js";
export { calendarOf, type Calendar, type Season } from "./calendar.js";
export {
  composeOutline,
  outlineToText,
  type Outline,
  type OutlinePart,
  type OutlineSubPart,
  type OutlineItem,
  type ItemSource,
} from "./outline.js";
export { composeSpeech, speakerLineOf, type ComposeOptions } from "./speech.js";
export { loadPhraseBank, readPhraseFile, type PhraseBank, type PhraseEntry } from "./phrasebank.js";
export { matchTopic } from "./topics.js";
export { listMeetingTypes, questionsFor, validateAnswers, defaultFileName } from "./answers.js";
