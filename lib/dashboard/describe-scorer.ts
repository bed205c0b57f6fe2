/** Who scored: an OpenAI model by name, or the offline heuristic, said plainly. */
export function describeScorer(options: { provider: string; model: string }): string {
  if (options.provider === "openai") return `OpenAI model ${options.model}`;
  if (options.provider === "offline") return `Offline heuristic (${options.model}), no AI model`;
  return `${options.provider} (${options.model})`;
}
