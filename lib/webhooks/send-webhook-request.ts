import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { WebhookTarget } from "./check-webhook-url";

export const webhookTimeoutMs = 10_000;
const snippetChars = 200;

export type WebhookResponse =
  | { ok: boolean; statusCode: number; latencyMs: number; snippet: string }
  | { ok: false; statusCode: null; latencyMs: number; error: string };

/** Answers every lookup with the checked address, so the socket cannot go anywhere else. */
function pinnedLookup(target: WebhookTarget): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) {
      (callback as (error: null, addresses: { address: string; family: number }[]) => void)(null, [
        { address: target.address, family: target.family },
      ]);
      return;
    }
    callback(null, target.address, target.family);
  };
}

/**
 * POSTs one webhook to the address the URL was checked at (TLS still verifies the host name).
 * Redirects are not followed (a 3xx is a failure: it could point anywhere). Reads at most a short
 * snippet of the answer and never waits past the timeout for all of it.
 */
export function sendWebhookRequest(input: {
  target: WebhookTarget;
  headers: Record<string, string>;
  body: string;
  timeoutMs?: number;
}): Promise<WebhookResponse> {
  const startedAt = performance.now();
  const latency = () => Math.round(performance.now() - startedAt);
  const client = input.target.url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(input.target.url, {
      method: "POST",
      lookup: pinnedLookup(input.target),
      signal: AbortSignal.timeout(input.timeoutMs ?? webhookTimeoutMs),
      headers: {
        ...input.headers,
        "content-type": "application/json",
        "content-length": Buffer.byteLength(input.body),
        "user-agent": "interview-platform-webhooks/1",
      },
    });
    request.on("response", (response) => {
      const statusCode = response.statusCode ?? 0;
      let snippet = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        snippet += chunk;
        if (snippet.length >= snippetChars) response.destroy();
      });
      const finish = () =>
        resolve({
          ok: statusCode >= 200 && statusCode < 300,
          statusCode,
          latencyMs: latency(),
          snippet: snippet.slice(0, snippetChars),
        });
      response.on("end", finish);
      response.on("close", finish);
      response.on("error", finish);
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      const reason =
        error.name === "AbortError" || error.name === "TimeoutError"
          ? `no answer within ${(input.timeoutMs ?? webhookTimeoutMs) / 1000} s`
          : (error.code ?? error.message).slice(0, snippetChars);
      resolve({ ok: false, statusCode: null, latencyMs: latency(), error: reason });
    });
    request.end(input.body);
  });
}
