import type { Speech } from "../model/index.js";

// Placeholder until the markdown writer lands.
export function writeMarkdown(_speech: Speech): string {
  throw new Error("markdown writer not implemented yet");
}
