// A stand-in for Inngest's event API: accepts what `inngest.send` posts and counts it by name, so
// the batch-invite benchmark measures the request as it runs on Inngest (follow-ups are events).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export async function startInngestEventSink() {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8") || "[]");
      const events = (Array.isArray(parsed) ? parsed : [parsed]) as { name: string }[];
      for (const event of events) counts.set(event.name, (counts.get(event.name) ?? 0) + 1);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ids: events.map(() => crypto.randomUUID()), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    counts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
