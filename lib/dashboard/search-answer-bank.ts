import "server-only";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { searchBankedAnswers } from "@/lib/db/answer-bank-search";

/** Embeds the text with the configured provider and asks pgvector for the nearest banked answers. */
export async function searchAnswerBank(options: {
  companyId: string;
  text: string;
  limit: number;
}) {
  const provider = getAiProvider();
  const [embedding] = await provider.embed([options.text]);
  if (!embedding) throw new Error("The embedding provider returned no vector.");
  const results = await searchBankedAnswers({
    companyId: options.companyId,
    embedding,
    limit: options.limit,
  });
  return { embeddedBy: { provider: provider.name, model: provider.models.embedding }, results };
}
