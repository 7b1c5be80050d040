export type * from "./speech.js";
export * from "./inline.js";
export * from "./walk.js";
export * from "./numbering.js";
export * from "./calendar.js";
export * from "./date.js";
export * from "./build.js";
