export type * from "./speech.js";
export * from "./inline.js";
export * from "./walk.js";
