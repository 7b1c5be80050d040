// The library API: cli/ and server/ import only this file.
export * from "./errors.js";
export * from "./model/index.js";
