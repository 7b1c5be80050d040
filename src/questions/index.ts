// Meeting types' questions, the answers contract and its validation.
export * from "./types.js";
