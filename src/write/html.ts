import type { Speech } from "../model/index.js";

// Placeholder until the html writer lands.
export function writeHtml(_speech: Speech): string {
  throw new Error("html writer not implemented yet");
}
