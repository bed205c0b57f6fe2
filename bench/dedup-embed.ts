// Part 2: what batching buys on the embedding API. The app's OpenAI provider against the fake
// OpenAI server (which counts requests), 1,000 answers in one embed() call vs one call each.
import { performance } from "node:perf_hooks";
import { createOpenAiProvider } from "@/lib/ai/openai-provider";
import { startOpenAiFakeServer } from "@/tests/support/openai-fake-server";
import { onCleanup } from "./cleanup";

export type EmbedRun = { mode: string; requests: number; vectors: number; wallMs: number };

export async function runEmbeddingRequests(count: number): Promise<EmbedRun[]> {
  const fake = await startOpenAiFakeServer({ apiKey: "test" });
  onCleanup("OpenAI fake server", () => fake.close());
  // No retries: a failed request must show up as a failure, not as an extra request.
  const provider = createOpenAiProvider({ apiKey: "test", baseURL: fake.url, maxRetries: 0 });
  const texts = Array.from({ length: count }, (_, i) => `Excellent answer number ${i}.`);
  // One untimed call first, so the SDK's and the server's first-request costs land on neither.
  await provider.embed(["warm-up"]);

  const runs: EmbedRun[] = [];
  const measure = async (mode: string, run: () => Promise<number[][]>) => {
    fake.reset();
    const start = performance.now();
    const vectors = await run();
    runs.push({
      mode,
      requests: fake.counts.embeddings,
      vectors: vectors.length,
      wallMs: performance.now() - start,
    });
  };
  await measure(`batched: 1 embed() of ${count} texts`, () => provider.embed(texts));
  await measure(`one by one: ${count} embed() calls of 1 text`, async () => {
    const vectors: number[][] = [];
    // Sequential, as a per-answer loop in a job step would run them.
    for (const text of texts) vectors.push(...(await provider.embed([text])));
    return vectors;
  });
  return runs;
}
