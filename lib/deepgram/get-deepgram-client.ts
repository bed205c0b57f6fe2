import "server-only";
import { DeepgramClient } from "@deepgram/sdk";
import { env } from "@/lib/env.mjs";

let client: DeepgramClient | null = null;

/**
 * The server's one Deepgram client (token grants, question speech). One retry and 10 s: a
 * candidate waits on every call, and the page has a fallback for each (typing, the browser's voice).
 */
export function getDeepgramClient(apiKey: string): DeepgramClient {
  client ??= new DeepgramClient({
    apiKey,
    baseUrl: env.DEEPGRAM_BASE_URL,
    maxRetries: 1,
    timeoutInSeconds: 10,
  });
  return client;
}
