// Runs the parser over an annotated corpus folder and scores every annotated speech.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseFile } from "./index.js";
import { scoreSpeech, type Annotations, type SpeechScore } from "./score.js";

/** Parses each annotated file in `dir` once and scores its speeches in order. */
export async function evaluateCorpus(dir: string): Promise<SpeechScore[]> {
  const annotations = JSON.parse(
    await readFile(join(dir, "annotations.json"), "utf8"),
  ) as Annotations;
  const files = [...new Set(annotations.speeches.map((speech) => speech.file))];
  const parsed = new Map(
    await Promise.all(
      files.map(async (file) => [file, (await parseFile(join(dir, file))).speeches] as const),
    ),
  );
  return annotations.speeches.map((expected) =>
    scoreSpeech(expected, parsed.get(expected.file)?.[expected.speech - 1]),
  );
}
