export { buildServer, type ServerOptions } from "./app.js";
export { isLoopback } from "./security.js";
