import { offlineScorerVersion } from "@/lib/ai/offline-scorer-version";

/**
 * Who scored: an OpenAI model by name, or the offline heuristic, said plainly, and whether that
 * heuristic is an earlier one than today's (its stored scores keep the version that made them).
 */
export function describeScorer(options: { provider: string; model: string }): string {
  if (options.provider === "openai") return `OpenAI model ${options.model}`;
  if (options.provider === "offline") {
    const age =
      options.model === offlineScorerVersion
        ? ""
        : `; an earlier version than today's ${offlineScorerVersion}`;
    return `Offline heuristic (${options.model}${age}), no AI model`;
  }
  return `${options.provider} (${options.model})`;
}
