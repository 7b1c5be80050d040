// A clerk's priority (项目建设, 抓好招商引资, 数字乡村…) → a work topic of the phrase bank, by the
// topic's name and aliases; a priority that matches none is written with the generic set.
import type { TopicInfo } from "./phrasebank.js";

export type TopicMatch =
  | { readonly kind: "topic"; readonly topic: TopicInfo; readonly priority: string }
  | { readonly kind: "generic"; readonly priority: string };

const normalize = (value: string): string => value.replace(/[\s，,、。；;：:“”"'（）()]/g, "");

/** The topic whose name or alias the priority contains, the longest such word winning. */
export function matchTopic(priority: string, topics: readonly TopicInfo[]): TopicMatch {
  const wanted = normalize(priority);
  let best: { topic: TopicInfo; length: number } | undefined;
  for (const topic of topics) {
    for (const word of [topic.name, ...topic.aliases]) {
      const w = normalize(word);
      if (w === "") continue;
      const hit = wanted === w ? Number.MAX_SAFE_INTEGER : wanted.includes(w) ? w.length : 0;
      if (hit > 0 && (!best || hit > best.length)) best = { topic, length: hit };
    }
  }
  return best ? { kind: "topic", topic: best.topic, priority } : { kind: "generic", priority };
}
