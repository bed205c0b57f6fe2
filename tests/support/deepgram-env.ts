// Starts the Deepgram fake and points the app's env at it. Call it from `vi.hoisted` so the env is
// in place before any app module reads it.
import { type DeepgramFakeOptions, startDeepgramFakeServer } from "./deepgram-fake-server";

export async function startDeepgramForApp(options: DeepgramFakeOptions = {}) {
  const server = await startDeepgramFakeServer(options);
  process.env.DEEPGRAM_API_KEY = server.apiKey;
  process.env.DEEPGRAM_BASE_URL = server.url;
  process.env.DEEPGRAM_LISTEN_URL = server.wsUrl;
  return server;
}
