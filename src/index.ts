// The library API: cli/ and server/ import only this file.
export * from "./errors.js";
export * from "./model/index.js";
export * from "./parse/index.js";
export * from "./write/index.js";
export * from "./mine/index.js";
export * from "./questions/index.js";
export * from "./compose/index.js";
export * from "./check/index.js";
