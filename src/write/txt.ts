import type { Speech } from "../model/index.js";

// Placeholder until the txt writer lands.
export function writeTxt(_speech: Speech): string {
  throw new Error("txt writer not implemented yet");
}
