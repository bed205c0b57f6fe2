// Starts the OpenAI-compatible fake and points the app's env at it. Call it from `vi.hoisted` so
// the env is in place before any app module reads it.
import { startOpenAiFakeServer } from "./openai-fake-server";

export async function startOpenAiForApp() {
  const server = await startOpenAiFakeServer();
  process.env.OPENAI_API_KEY = server.apiKey;
  process.env.OPENAI_BASE_URL = server.url;
  return server;
}
