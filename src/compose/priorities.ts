// The sub-topic index: what a clerk types (危化品, 抓好农村改厕, 招商) → the sub-topic or topic
// written for it, by name and aliases. A priority the bank does not know stays unknown and
// is written honestly as slots, never by pasting the word into generic sentences.
import type { Bank, Subtopic, Topic } from "./bank/index.js";

export type Resolved =
  | { readonly kind: "subtopic"; readonly priority: string; readonly subtopic: Subtopic }
  | { readonly kind: "topic"; readonly priority: string; readonly topic: Topic }
  | { readonly kind: "unknown"; readonly priority: string };

const normalize = (value: string): string => value.replace(/[\s，,、。；;：:“”"'（）()]/g, "");

/**
 * The sub-topic or topic whose name or alias the priority is, or else contains (the longest
 * word winning; a sub-topic over a topic on a tie, being the more specific).
 */
export function resolvePriority(priority: string, bank: Bank): Resolved {
  const wanted = normalize(priority);
  let best: { resolved: Resolved; score: number } | undefined;
  const consider = (words: readonly string[], resolved: Resolved, bonus: number): void => {
    for (const word of words) {
      const w = normalize(word);
      if (w === "") continue;
      const hit = wanted === w ? 1000 : wanted.includes(w) ? w.length : 0;
      if (hit === 0) continue;
      const score = hit * 2 + bonus;
      if (!best || score > best.score) best = { resolved, score };
    }
  };
  for (const subtopic of bank.subtopics.values()) {
    consider([subtopic.name, ...subtopic.aliases], { kind: "subtopic", priority, subtopic }, 1);
  }
  for (const topic of bank.topics.values()) {
    consider([topic.name, ...topic.aliases], { kind: "topic", priority, topic }, 0);
  }
  return best?.resolved ?? { kind: "unknown", priority };
}

/** The sub-topics a resolved priority draws its points from. */
export function subtopicsOf(resolved: Resolved): readonly Subtopic[] {
  switch (resolved.kind) {
    case "subtopic":
      return [resolved.subtopic];
    case "topic":
      return resolved.topic.subtopics;
    case "unknown":
      return [];
    default: {
      const never: never = resolved;
      throw new Error(`unknown priority ${JSON.stringify(never)}`);
    }
  }
}
