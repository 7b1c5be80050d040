// Runs the parser over an annotated corpus folder and scores every annotated speech.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseFile } from "./index.js";
import {
  scoreFragment,
  scoreSpeech,
  type Annotations,
  type FragmentScore,
  type Fragments,
  type SpeechScore,
} from "./score.js";

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

/** Parses each fragment listed in `listFile` (files relative to `dir`) and scores its headings. */
export async function evaluateFragments(dir: string, listFile: string): Promise<FragmentScore[]> {
  const list = JSON.parse(await readFile(listFile, "utf8")) as Fragments;
  return Promise.all(
    list.fragments.map(async ({ file, headings }) =>
      scoreFragment(file, headings, (await parseFile(join(dir, file))).speeches),
    ),
  );
}
