// A Deepgram stand-in on 127.0.0.1 for tests: `POST /v1/auth/grant` mints short-lived tokens,
// `POST /v1/speak` reads text aloud (a short generated MP3, counted per text), and the live
// socket `GET /v1/listen` accepts audio and answers with Results scripted by the test (it cannot
// recognise speech). Auth, keep-alive, Finalize, CloseStream and the idle close
// (1011, NET-0001) follow Deepgram's documented behaviour. Lines of the script come back as
// written with `punctuate` or `smart_format`, as bare lower-case words without.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";
import { WebSocketServer } from "ws";
import { z } from "zod";
import { type Credential, GrantedTokens, readCredential } from "./deepgram-fake-auth";
import { acceptListenConnection, type FakeConnection } from "./deepgram-fake-listen";
import { describeModel } from "./deepgram-fake-messages";
import { handleSpeakRequest, type SpeakFailure, type SpeakRequest } from "./deepgram-fake-speak";
import type { Script } from "./deepgram-fake-transcriber";

export type { FakeConnection } from "./deepgram-fake-listen";
export type { SpeakRequest } from "./deepgram-fake-speak";

export type DeepgramFakeOptions = {
  apiKey?: string;
  port?: number;
  /** Close a socket that got neither audio nor KeepAlive for this long (Deepgram: about 10 s). */
  idleTimeoutMs?: number;
  /** Audio bytes per Results message (default 3200). */
  bytesPerStep?: number;
  /** Words of the current sentence each message reveals (default 2). */
  wordsPerStep?: number;
  /** Assumed rate of compressed audio such as webm/opus, for word timings (default 16000). */
  compressedBytesPerSecond?: number;
};

export type DeepgramFakeCounts = {
  grants: number;
  connections: number;
  rejectedConnections: number;
  keepAlives: number;
  audioBytes: number;
  /** Accepted /v1/speak requests, failed ones included. */
  speaks: number;
};

export type DeepgramFakeServer = {
  /** HTTP base for the SDK's `baseUrl` (no trailing slash, no /v1). */
  url: string;
  /** The live socket's URL, `ws://127.0.0.1:<port>/v1/listen`. */
  wsUrl: string;
  apiKey: string;
  counts: DeepgramFakeCounts;
  grants: { ttlSeconds: number; issuedAt: string }[];
  connections: FakeConnection[];
  speakRequests: SpeakRequest[];
  /** /v1/speak requests for `text`, or for any text. */
  countSpeaks(text?: string): number;
  setScript(lines: string[]): void;
  /** Tokens already issued stop opening sockets; open sockets stay open, as on Deepgram. */
  expireAllTokens(): void;
  isTokenValid(token: string): boolean;
  /** Closes every open socket with `code` (1006 drops the TCP connection without a close frame). */
  closeAll(code?: number, reason?: string): void;
  /** The next `times` grant requests fail with `status`. */
  failNextGrants(options: { status: number; times?: number }): void;
  /** The next `times` speak requests answer `status`, or without one break off mid-audio. */
  failNextSpeaks(options?: { status?: number; times?: number }): void;
  /** Speak requests are counted on arrival but answered only once the returned function is called. */
  holdSpeaks(): () => void;
  reset(): void;
  close(): Promise<void>;
};

const grantBodySchema = z.object({ ttl_seconds: z.number().int().min(1).max(3600).optional() });

export async function startDeepgramFakeServer(
  options: DeepgramFakeOptions = {},
): Promise<DeepgramFakeServer> {
  const apiKey = options.apiKey ?? "dg-test-fake-key";
  const tokens = new GrantedTokens();
  const script: Script = { lines: [], nextIndex: 0 };
  const counts = zeroCounts();
  const grants: DeepgramFakeServer["grants"] = [];
  const connections: FakeConnection[] = [];
  const openSockets = new Set<(code: number, reason?: string) => void>();
  const grantFailures = { status: 500, times: 0 };
  const speakRequests: SpeakRequest[] = [];
  const speakFailure: SpeakFailure = { times: 0 };
  let speakGate: Promise<void> = Promise.resolve();
  const requestIds = new WeakMap<http.IncomingMessage, string>();
  /** The API key itself, or a token granted here and not yet expired. */
  const isAccepted = (credential: Credential | null) =>
    credential?.scheme === "token"
      ? credential.secret === apiKey
      : credential?.scheme === "bearer" && tokens.isValid(credential.secret);

  const server = http.createServer(async (req, res) => {
    const requestId = crypto.randomUUID();
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "dg-request-id": requestId });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, err_code: string, err_msg: string) =>
      send(status, { err_code, err_msg, request_id: requestId });
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "POST" && path === "/v1/speak") {
      return handleSpeakRequest({
        req,
        res,
        requestId,
        isAuthorized: isAccepted(readCredential(req)),
        onAccepted: (request) => {
          speakRequests.push(request);
          counts.speaks += 1;
        },
        failure: speakFailure,
        waitToAnswer: () => speakGate,
        fail,
      });
    }
    if (req.method !== "POST" || path !== "/v1/auth/grant") {
      return fail(404, "NOT_FOUND", `No route ${req.method} ${path} on the Deepgram fake.`);
    }
    if (req.headers.authorization !== `Token ${apiKey}`) {
      return fail(401, "INVALID_AUTH", "Invalid credentials.");
    }
    const raw = await text(req);
    const body = grantBodySchema.safeParse(raw.trim() ? safeJson(raw) : {});
    if (!body.success) return fail(400, "Bad Request", "ttl_seconds must be 1 to 3600.");
    counts.grants += 1;
    if (grantFailures.times > 0) {
      grantFailures.times -= 1;
      return fail(grantFailures.status, "INTERNAL_SERVER_ERROR", "Injected failure.");
    }
    const ttlSeconds = body.data.ttl_seconds ?? 30;
    grants.push({ ttlSeconds, issuedAt: new Date().toISOString() });
    send(200, { access_token: tokens.issue({ ttlSeconds }), expires_in: ttlSeconds });
  });

  const wss = new WebSocketServer({
    noServer: true,
    // Browsers send `bearer, <jwt>` and refuse the socket unless the server picks `bearer`.
    handleProtocols: (_protocols, req) => readCredential(req)?.protocol ?? false,
  });
  wss.on("headers", (headers, req) => {
    const requestId = requestIds.get(req);
    if (requestId) headers.push(`dg-request-id: ${requestId}`);
  });

  server.on("upgrade", (req, socket, head) => {
    const requestId = crypto.randomUUID();
    const url = new URL(req.url ?? "/", "http://localhost");
    const refuse = (status: number, err_code: string, err_msg: string) => {
      counts.rejectedConnections += 1;
      const body = JSON.stringify({ err_code, err_msg, request_id: requestId });
      socket.end(
        `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json\r\n` +
          `dg-request-id: ${requestId}\r\ndg-error: ${err_msg}\r\n` +
          `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    };
    if (url.pathname !== "/v1/listen") return refuse(404, "NOT_FOUND", "Unknown socket path.");
    const credential = readCredential(req);
    if (!credential || !isAccepted(credential)) {
      return refuse(401, "INVALID_AUTH", "Invalid credentials.");
    }

    requestIds.set(req, requestId);
    wss.handleUpgrade(req, socket, head, (ws) => {
      counts.connections += 1;
      const model = url.searchParams.get("model") ?? "base";
      const { connection, close } = acceptListenConnection({
        ws,
        params: url.searchParams,
        auth: credential.scheme === "token" ? "api_key" : "temporary_token",
        via: credential.protocol ? "subprotocol" : "header",
        stream: { requestId, modelUuid: modelUuid(model), modelInfo: describeModel(model) },
        script,
        counts,
        idleTimeoutMs: options.idleTimeoutMs ?? 10_000,
        bytesPerStep: options.bytesPerStep ?? 3200,
        wordsPerStep: options.wordsPerStep ?? 2,
        compressedBytesPerSecond: options.compressedBytesPerSecond ?? 16_000,
      });
      connections.push(connection);
      openSockets.add(close);
      ws.once("close", () => openSockets.delete(close));
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const closeAll = (code = 1011, reason = "") => {
    for (const close of openSockets) close(code, reason);
  };

  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/v1/listen`,
    apiKey,
    counts,
    grants,
    connections,
    speakRequests,
    countSpeaks: (text) =>
      text === undefined
        ? speakRequests.length
        : speakRequests.filter((request) => request.text === text).length,
    setScript(lines) {
      script.lines = [...lines];
      script.nextIndex = 0;
    },
    expireAllTokens: () => tokens.expireAll(),
    isTokenValid: (token) => tokens.isValid(token),
    closeAll,
    failNextGrants({ status, times = 1 }) {
      Object.assign(grantFailures, { status, times });
    },
    failNextSpeaks({ status, times = 1 } = {}) {
      Object.assign(speakFailure, { status, times });
    },
    holdSpeaks() {
      let release = () => {};
      speakGate = new Promise((resolve) => {
        release = resolve;
      });
      return release;
    },
    reset() {
      closeAll(1006);
      Object.assign(counts, zeroCounts());
      grants.length = 0;
      connections.length = 0;
      grantFailures.times = 0;
      speakRequests.length = 0;
      speakFailure.times = 0;
      speakGate = Promise.resolve();
      tokens.clear();
      script.lines = [];
      script.nextIndex = 0;
    },
    async close() {
      closeAll(1006);
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function zeroCounts(): DeepgramFakeCounts {
  return {
    grants: 0,
    connections: 0,
    rejectedConnections: 0,
    keepAlives: 0,
    audioBytes: 0,
    speaks: 0,
  };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Deepgram names each model version by a uuid; a stable one per model name is enough here. */
function modelUuid(model: string): string {
  const hex = Buffer.from(model.padEnd(16, "-").slice(0, 16)).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
