// Meeting types' questions, the answers contract and its validation.
export * from "./types.js";
export * from "./common.js";

export * from "./unit-words.js";
export * from "./validate.js";
