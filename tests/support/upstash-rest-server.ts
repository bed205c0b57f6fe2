// The Upstash Redis REST wire format, as @upstash/redis 1.39 speaks it, in front of a real
// redis-server. No Upstash emulator installs here, and the real client is the thing under test:
// tests get its auto-pipelining, base64 decoding and error handling exactly as in production.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { json } from "node:stream/consumers";
import { setTimeout as sleep } from "node:timers/promises";
import { createClient, ErrorReply, MultiErrorReply } from "redis";

export type UpstashRestServer = {
  url: string;
  token: string;
  requests: { path: string; commands: number }[];
  setLatencyMs(ms: number): void;
  /** Refuse every command without running it (503), as a network partition would. */
  setUnreachable(isUnreachable: boolean): void;
  close(): Promise<void>;
};

type Reply = { result: unknown } | { error: string };

// Redis 7.0 rejects the flag @upstash/ratelimit puts on its scripts ("Unexpected flag in script
// shebang"). Only the line's text goes, not its newline, so Lua error line numbers still match.
const SHEBANG = /^#!lua[^\n]*/;
const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

export async function startUpstashRestServer(options: {
  redisUrl: string;
  token: string;
}): Promise<UpstashRestServer> {
  const redis = createClient({
    url: options.redisUrl,
    // Fail fast while the backend is down instead of queueing until it returns.
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(50 * (retries + 1), 200) },
  });
  // Without a listener node-redis rethrows connection errors and takes the test process down.
  redis.on("error", () => {});
  await redis.connect();

  // Callers address scripts by the sha1 of what they sent; Redis knows the rewritten script.
  const shaOfRewritten = new Map<string, string>();
  const rewriteScript = (script: string) => {
    if (!SHEBANG.test(script)) return script;
    const rewritten = script.replace(SHEBANG, "");
    shaOfRewritten.set(sha1(script), sha1(rewritten));
    return rewritten;
  };
  const prepare = (command: unknown[]): string[] => {
    const args = command.map(String);
    const name = args[0]?.toUpperCase();
    if ((name === "EVAL" || name === "EVAL_RO") && args[1]) args[1] = rewriteScript(args[1]);
    if ((name === "EVALSHA" || name === "EVALSHA_RO") && args[1]) {
      args[1] = shaOfRewritten.get(args[1].toLowerCase()) ?? args[1];
    }
    return args;
  };
  // SCRIPT LOAD answers with the sha the caller computed, as the real service would.
  const run = async (command: unknown[]): Promise<unknown> => {
    const args = prepare(command);
    const isScriptLoad = args[0]?.toUpperCase() === "SCRIPT" && args[1]?.toUpperCase() === "LOAD";
    if (!isScriptLoad || !args[2]) return redis.sendCommand(args);
    const original = args[2];
    await redis.sendCommand(["SCRIPT", "LOAD", rewriteScript(original)]);
    return sha1(original);
  };

  // Redis errors become per-command replies; anything else (backend down) fails the request.
  const settle = async (work: Promise<unknown>): Promise<Reply> => {
    try {
      return { result: await work };
    } catch (error) {
      if (error instanceof ErrorReply) return { error: error.message };
      throw error;
    }
  };
  const multiExec = async (commands: unknown[][]): Promise<Reply[]> => {
    const multi = redis.multi();
    for (const command of commands) multi.addCommand(prepare(command));
    try {
      return (await multi.exec()).map((result) => ({ result }));
    } catch (error) {
      // Runtime errors inside EXEC do not abort the transaction: report them per command.
      if (!(error instanceof MultiErrorReply)) throw error;
      return (error.replies as unknown[]).map((reply) =>
        reply instanceof ErrorReply ? { error: reply.message } : { result: reply },
      );
    }
  };

  const requests: UpstashRestServer["requests"] = [];
  let latencyMs = 0;
  let isUnreachable = false;

  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      return send(401, { error: "Unauthorized" });
    }
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const body: unknown = await json(req).catch(() => undefined);
    if (!Array.isArray(body) || (path !== "/" && !body.every(Array.isArray))) {
      return send(400, { error: "ERR request body must be a JSON command array" });
    }
    const base64 = req.headers["upstash-encoding"] === "base64";
    const out = (r: Reply) => (base64 && "result" in r ? { result: encode(r.result) } : r);
    requests.push({ path, commands: path === "/" ? 1 : body.length });
    if (latencyMs > 0) await sleep(latencyMs);
    if (isUnreachable) return send(503, { error: "Service Unavailable" });

    try {
      if (path === "/") {
        const reply = await settle(run(body));
        return send("error" in reply ? 400 : 200, out(reply));
      }
      if (path === "/pipeline") {
        return send(200, (await Promise.all(body.map((c: unknown[]) => settle(run(c))))).map(out));
      }
      if (path === "/multi-exec") return send(200, (await multiExec(body)).map(out));
      return send(404, { error: `ERR unknown path ${path}` });
    } catch (error) {
      if (error instanceof ErrorReply) return send(400, { error: error.message });
      return send(500, { error: `ERR backend unavailable: ${(error as Error).message}` });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token: options.token,
    requests,
    setUnreachable(value) {
      isUnreachable = value;
    },
    setLatencyMs(ms) {
      latencyMs = ms;
    },
    async close() {
      // The client keeps connections alive; without this close() would wait for them.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      redis.destroy();
    },
  };
}

// With `Upstash-Encoding: base64` every string is base64 except the literal "OK", which the
// client passes through undecoded; numbers and nulls are left as they are.
function encode(value: unknown): unknown {
  if (typeof value === "string") {
    return value === "OK" ? value : Buffer.from(value, "utf8").toString("base64");
  }
  return Array.isArray(value) ? value.map(encode) : value;
}
