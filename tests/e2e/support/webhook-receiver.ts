// A webhook receiver on 127.0.0.1 for the browser tests: it answers 200 to every POST and keeps
// each request's headers and raw body, so a test can verify the signature as a real receiver would.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = {
  headers: Record<string, string>;
  rawBody: string;
  json: { type?: string; data?: Record<string, unknown> };
};

export type WebhookReceiver = {
  url: string;
  requests: ReceivedWebhook[];
  /** The first request from index `after` on that matches, waiting up to `timeoutMs` for it. */
  waitFor: (
    matches: (request: ReceivedWebhook) => boolean,
    options?: { after?: number; timeoutMs?: number },
  ) => Promise<ReceivedWebhook>;
  stop: () => Promise<void>;
};

function readJson(rawBody: string): ReceivedWebhook["json"] {
  try {
    return JSON.parse(rawBody) as ReceivedWebhook["json"];
  } catch {
    return {};
  }
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedWebhook[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [name, String(value)]),
      );
      requests.push({ headers, rawBody, json: readJson(rawBody) });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const waitFor: WebhookReceiver["waitFor"] = async (matches, options = {}) => {
    const deadline = Date.now() + (options.timeoutMs ?? 45_000);
    while (Date.now() < deadline) {
      const found = requests.slice(options.after ?? 0).find(matches);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No matching webhook arrived; received ${requests.length} in all.`);
  };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    waitFor,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
