export { buildServer, type ServerOptions } from "./app.js";
export { isLoopback } from "./security.js";
export {
  createDraftPool,
  inThreadDrafter,
  DraftQueueFullError,
  type Drafter,
  type DraftPoolOptions,
} from "./draft-pool.js";
