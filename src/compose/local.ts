// The clerk's local material as values for the bank's local slots ({{enterprise}},
// {{park}} …). Places are told apart by how their names end; a sub-topic may ask that a
// value contain one of its keywords (a 危化品 item names a 化工 enterprise, not a 商场).
import type { Answers } from "../questions/index.js";
import type { LocalKind, Subtopic } from "./bank/index.js";

export type LocalValues = Readonly<Record<LocalKind, readonly string[]>>;

/** The kind of place a name is, by its ending (园区 before 区: 高新区 is a park). */
export function placeKind(name: string): "park" | "scenic" | "village" | "town" | undefined {
  if (/(园区|开发区|产业园|工业园|高新区|产业集聚区|基地)$/.test(name)) return "park";
  if (/(景区|风景区|旅游区|度假区|公园)$/.test(name)) return "scenic";
  if (/(村|社区|居委会)$/.test(name)) return "village";
  if (/(乡|镇|街道|县|区|市)$/.test(name)) return "town";
  return undefined;
}

export function localValuesOf(answers: Answers): LocalValues {
  const { projects, enterprises, places, slogan } = answers.local;
  const byKind = (kind: ReturnType<typeof placeKind>): string[] =>
    places.filter((p) => placeKind(p) === kind);
  return {
    project: projects,
    enterprise: enterprises,
    park: byKind("park"),
    scenic: byKind("scenic"),
    village: byKind("village"),
    town: byKind("town"),
    slogan: slogan ? [slogan] : [],
  };
}

/** The values of one kind a sub-topic may name. */
export function fittingValues(
  values: LocalValues,
  kind: LocalKind,
  subtopic: Pick<Subtopic, "local">,
): readonly string[] {
  const keywords = subtopic.local[kind];
  const all = values[kind];
  if (!keywords || keywords.length === 0) return all;
  return all.filter((v) => keywords.some((k) => v.includes(k)));
}

/** What a local slot left unfilled asks the clerk for. */
export const LOCAL_LABELS: Readonly<Record<LocalKind, string>> = {
  project: "项目名称",
  enterprise: "企业名称",
  park: "园区名称",
  town: "乡镇名称",
  scenic: "景区名称",
  village: "村名",
  slogan: "本地提法",
};
