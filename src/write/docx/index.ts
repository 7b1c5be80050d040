import type { Speech } from "../../model/index.js";

export type LayoutProfile = "gongwen" | "reading";

export interface DocxOptions {
  readonly profile?: LayoutProfile;
}

// Placeholder until the docx writer lands.
export async function writeDocx(_speech: Speech, _options: DocxOptions = {}): Promise<Uint8Array> {
  throw new Error("docx writer not implemented yet");
}
