import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type ReceivedWebhook = {
  id: string;
  signature: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
  /** Whether each secret given to `verifyWith` verified it, in order. */
  verifiedBy: boolean[];
  /** performance.now() when its body had arrived (benchmarks time the way here). */
  receivedAt: number;
};

/**
 * A webhook receiver on 127.0.0.1, as an integration would write it: every request is verified
 * with `new Webhook(secret).verify(rawBody, headers)` from standardwebhooks against each secret
 * the test hands it. Answers `statuses` in turn (then 204), so a test can make it fail.
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const statuses: number[] = [];
  let secrets: string[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      raw += chunk;
    });
    req.on("end", () => {
      const receivedAt = performance.now();
      const headers = {
        "webhook-id": String(req.headers["webhook-id"]),
        "webhook-timestamp": String(req.headers["webhook-timestamp"]),
        "webhook-signature": String(req.headers["webhook-signature"]),
      };
      const verifiedBy = secrets.map((secret) => {
        try {
          new Webhook(secret).verify(raw, headers);
          return true;
        } catch {
          return false;
        }
      });
      received.push({
        id: headers["webhook-id"],
        signature: headers["webhook-signature"],
        body: JSON.parse(raw),
        verifiedBy,
        receivedAt,
      });
      res.statusCode = statuses.shift() ?? 204;
      res.end(res.statusCode >= 400 ? "receiver says no" : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** The secrets each delivery is verified with from now on. */
    verifyWith(next: string[]) {
      secrets = next;
    },
    /** The next answers, in order (then 204 again). */
    answer(...next: number[]) {
      statuses.push(...next);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
