import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { DeepgramClient, DeepgramError } from "@deepgram/sdk";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startDeepgramFakeServer } from "./deepgram-fake-server";
import { buildFakeSpeechClip } from "./deepgram-fake-speak";

const fake = await startDeepgramFakeServer({ idleTimeoutMs: 400, bytesPerStep: 100 });
afterAll(() => fake.close());
beforeEach(() => fake.reset());

type Message = Record<string, unknown> & { type: string };
type Results = Message & {
  is_final: boolean;
  speech_final: boolean;
  from_finalize: boolean;
  channel: { alternatives: { transcript: string; words: { word: string }[] }[] };
};

const query =
  "model=nova-3&language=en-US&interim_results=true&punctuate=true&encoding=linear16&sample_rate=16000";

async function grant(ttlSeconds = 30) {
  const client = new DeepgramClient({ apiKey: fake.apiKey, baseUrl: fake.url, maxRetries: 0 });
  return client.auth.v1.tokens.grant({ ttl_seconds: ttlSeconds });
}

/** Opens a live socket and collects what the server sends; rejects with the upgrade's status. */
function openListen(options: { protocols?: string[]; headers?: Record<string, string> } = {}) {
  const ws = new WebSocket(`${fake.wsUrl}?${query}`, options.protocols ?? [], {
    headers: options.headers,
  });
  const messages: Message[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on("message", (data) => messages.push(JSON.parse(data.toString())));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once("error", reject);
  });
  return opened.then(() => ({ ws, messages, closed }));
}

async function waitFor(check: () => boolean, timeoutMs = 2000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const results = (messages: Message[]) => messages.filter((m) => m.type === "Results") as Results[];
const transcriptOf = (result: Results | undefined) => result?.channel.alternatives[0]?.transcript;

describe("the Deepgram fake's token grant", () => {
  it("mints a JWT-shaped token for the SDK's grant call and records the requested ttl", async () => {
    const granted = await grant(20);
    expect(granted.access_token.split(".")).toHaveLength(3);
    expect(granted.expires_in).toBe(20);
    expect(fake.isTokenValid(granted.access_token)).toBe(true);
    expect(fake.counts.grants).toBe(1);
    expect(fake.grants).toEqual([{ ttlSeconds: 20, issuedAt: expect.any(String) }]);
  });

  it("answers 401 to a wrong key and 400 to a ttl outside 1..3600", async () => {
    const wrong = new DeepgramClient({ apiKey: "nope", baseUrl: fake.url, maxRetries: 0 });
    const refused = await wrong.auth.v1.tokens.grant({ ttl_seconds: 30 }).catch((e) => e);
    expect(refused).toBeInstanceOf(DeepgramError);
    expect((refused as DeepgramError).statusCode).toBe(401);
    expect(await grant(0).catch((e) => e.statusCode)).toBe(400);
    expect(fake.counts.grants).toBe(0);
  });

  it("fails the next grants on request, for outage tests", async () => {
    fake.failNextGrants({ status: 503 });
    expect(await grant().catch((e) => e.statusCode)).toBe(503);
    expect((await grant()).access_token).toBeTruthy();
  });
});

describe("the Deepgram fake's speak endpoint", () => {
  const speak = (text: string, options: { apiKey?: string; model?: string } = {}) =>
    new DeepgramClient({
      apiKey: options.apiKey ?? fake.apiKey,
      baseUrl: fake.url,
      maxRetries: 0,
    }).speak.v1.audio
      .generate({ text, model: options.model ?? "aura-2-thalia-en", encoding: "mp3" })
      .withRawResponse();

  it("answers the SDK's request with an MP3 of its own for each text, Deepgram's headers, and counts per text", async () => {
    const { data, rawResponse } = await speak("Tell me about a deadline.");
    const audio = Buffer.from(await data.arrayBuffer());
    expect(audio.equals(buildFakeSpeechClip("Tell me about a deadline."))).toBe(true);
    expect(rawResponse.headers.get("content-type")).toBe("audio/mpeg");
    expect(rawResponse.headers.get("dg-model-name")).toBe("aura-2-thalia-en");
    expect(rawResponse.headers.get("dg-char-count")).toBe("25");
    expect(rawResponse.headers.get("dg-request-id")).toBe(fake.speakRequests[0]?.requestId);
    await (await speak("Another question.")).data.arrayBuffer();
    await (await speak("Another question.")).data.arrayBuffer();
    expect(fake.countSpeaks("Another question.")).toBe(2);
    expect(fake.countSpeaks()).toBe(3);
    expect(fake.counts.speaks).toBe(3);
    expect(fake.speakRequests[0]).toMatchObject({ model: "aura-2-thalia-en", encoding: "mp3" });
    expect(audio.equals(buildFakeSpeechClip("Another question."))).toBe(false);
  });

  it("builds the clip from whole MPEG-1 Layer III frames (sync word, 32 kbit/s, 48 kHz, mono)", () => {
    const clip = buildFakeSpeechClip("Hello.", 5);
    expect(clip.length).toBe(5 * 96);
    for (let offset = 0; offset < clip.length; offset += 96) {
      expect([...clip.subarray(offset, offset + 4)]).toEqual([0xff, 0xfb, 0x14, 0xc4]);
    }
  });

  it("refuses a wrong key with 401, and an unknown model, no text or over 2000 characters with 400", async () => {
    const statusOf = (request: Promise<unknown>) =>
      request.then(
        () => 200,
        (error: unknown) => (error instanceof DeepgramError ? error.statusCode : error),
      );
    expect(await statusOf(speak("Hi.", { apiKey: "nope" }))).toBe(401);
    expect(await statusOf(speak("Hi.", { model: "nova-3" }))).toBe(400);
    expect(await statusOf(speak(""))).toBe(400);
    expect(await statusOf(speak("x".repeat(2001)))).toBe(400);
    expect(await statusOf(speak("x".repeat(2000)))).toBe(200);
    expect(fake.counts.speaks).toBe(1);
  });

  it("fails the next request with a status, or breaks it off in the middle of the audio", async () => {
    fake.failNextSpeaks({ status: 503 });
    const refused = await speak("Hi.").catch((error: unknown) => error);
    expect((refused as DeepgramError).statusCode).toBe(503);
    fake.failNextSpeaks();
    const { data } = await speak("Hi.");
    await expect(data.arrayBuffer()).rejects.toThrow();
    expect(fake.countSpeaks("Hi.")).toBe(2);
  });
});

describe("the Deepgram fake's live socket", () => {
  it("accepts the browser form `bearer, <token>`, echoes the bearer subprotocol and records the query", async () => {
    const { access_token } = await grant();
    const { ws } = await openListen({ protocols: ["bearer", access_token] });
    expect(ws.protocol).toBe("bearer");
    expect(fake.connections[0]).toMatchObject({
      auth: "temporary_token",
      via: "subprotocol",
      params: { model: "nova-3", language: "en-US", interim_results: "true" },
    });
    ws.close();
  });

  it("accepts `Authorization: Token <key>` and `token, <key>`, and refuses unknown credentials with 401", async () => {
    const header = await openListen({ headers: { Authorization: `Token ${fake.apiKey}` } });
    const subprotocol = await openListen({ protocols: ["token", fake.apiKey] });
    expect(subprotocol.ws.protocol).toBe("token");
    expect(fake.connections.map((c) => c.auth)).toEqual(["api_key", "api_key"]);
    await expect(openListen({ protocols: ["bearer", "made.up.token"] })).rejects.toThrow("401");
    await expect(openListen({ protocols: ["token", "wrong-key"] })).rejects.toThrow("401");
    await expect(openListen()).rejects.toThrow("401");
    expect(fake.counts.rejectedConnections).toBe(3);
    header.ws.close();
    subprotocol.ws.close();
  });

  it("keeps an open socket after its token expires but refuses new sockets with that token", async () => {
    const { access_token } = await grant();
    const first = await openListen({ protocols: ["bearer", access_token] });
    fake.expireAllTokens();
    await expect(openListen({ protocols: ["bearer", access_token] })).rejects.toThrow("401");
    expect(first.ws.readyState).toBe(WebSocket.OPEN);
    first.ws.close();
  });

  it("turns audio into interim results, then the final sentence, then the next one, then silence", async () => {
    fake.setScript(["Hello there, world.", "Second one."]);
    const { ws, messages } = await openListen({ protocols: ["token", fake.apiKey] });
    const audio = Buffer.alloc(100);
    for (let i = 0; i < 12; i++) ws.send(audio);
    await waitFor(() => fake.counts.audioBytes === 1200 && messages.length >= 5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages).toHaveLength(5);
    const sent = results(messages);
    expect(sent.map((r) => [transcriptOf(r), r.is_final])).toEqual([
      ["Hello there,", false],
      ["Hello there, world.", false],
      ["Hello there, world.", true],
      ["Second one.", false],
      ["Second one.", true],
    ]);
    const final = sent[2] as Results;
    expect(final).toMatchObject({
      channel_index: [0, 1],
      speech_final: true,
      from_finalize: false,
      metadata: { request_id: fake.connections[0]?.requestId, model_info: { arch: "nova-3" } },
    });
    // linear16 at 16 kHz: 300 bytes are 9.375 ms of audio.
    expect(final.start).toBe(0);
    expect(final.duration).toBeCloseTo(0.009, 3);
    expect(final.channel.alternatives[0]?.words.map((w) => w.word)).toEqual([
      "hello",
      "there",
      "world",
    ]);
    expect(fake.connections[0]?.finals).toEqual(["Hello there, world.", "Second one."]);
    ws.close();
  });

  it("counts KeepAlive, which holds the socket open past the idle timeout", async () => {
    const { ws, closed } = await openListen({ protocols: ["token", fake.apiKey] });
    const keepAlive = setInterval(() => ws.send(JSON.stringify({ type: "KeepAlive" })), 100);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(ws.readyState).toBe(WebSocket.OPEN);
    expect(fake.connections[0]?.keepAlives).toBeGreaterThanOrEqual(5);
    expect(fake.counts.keepAlives).toBe(fake.connections[0]?.keepAlives);
    clearInterval(keepAlive);
    const { code, reason } = await closed;
    expect(code).toBe(1011);
    expect(reason).toContain("NET-0001");
    await waitFor(() => fake.connections[0]?.closedWith !== null);
    expect(fake.connections[0]?.closedWith).toMatchObject({ code: 1011, by: "server" });
  });

  it("closes a silent socket with 1011 NET-0001 after the idle timeout", async () => {
    const started = Date.now();
    const { closed } = await openListen({ protocols: ["token", fake.apiKey] });
    expect(await closed).toMatchObject({ code: 1011, reason: expect.stringContaining("NET-0001") });
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it("flushes the current sentence as final on Finalize", async () => {
    fake.setScript(["Only one sentence here."]);
    const { ws, messages } = await openListen({ protocols: ["token", fake.apiKey] });
    ws.send(Buffer.alloc(150));
    ws.send(JSON.stringify({ type: "Finalize" }));
    await waitFor(() => results(messages).some((r) => r.is_final));
    const final = results(messages).find((r) => r.is_final);
    expect(final).toMatchObject({ from_finalize: true, is_final: true });
    expect(transcriptOf(final)).toBe("Only one sentence here.");
    ws.close();
  });

  it("answers CloseStream with Metadata and a 1000 close", async () => {
    const { ws, messages, closed } = await openListen({ protocols: ["token", fake.apiKey] });
    ws.send(Buffer.alloc(320));
    ws.send(JSON.stringify({ type: "CloseStream" }));
    expect((await closed).code).toBe(1000);
    const metadata = messages.at(-1);
    expect(metadata).toMatchObject({ type: "Metadata", channels: 1, duration: 0.01 });
    expect(metadata?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("closes every socket with the code a test asks for", async () => {
    const a = await openListen({ protocols: ["token", fake.apiKey] });
    const b = await openListen({ protocols: ["token", fake.apiKey] });
    fake.closeAll(1011, "forced");
    expect(await a.closed).toEqual({ code: 1011, reason: "forced" });
    expect((await b.closed).code).toBe(1011);
    const c = await openListen({ protocols: ["token", fake.apiKey] });
    fake.closeAll(1006);
    expect((await c.closed).code).toBe(1006);
  });

  it("serves the SDK's own live client, authenticated with a granted token", async () => {
    fake.setScript(["From the SDK."]);
    const { access_token } = await grant();
    const wsBase = fake.wsUrl.replace(/\/v1\/listen$/, "");
    const client = new DeepgramClient({
      accessToken: access_token,
      environment: { base: fake.url, production: wsBase, agent: wsBase, agentRest: fake.url },
    });
    const socket = await client.listen.v1.connect({
      model: "nova-3",
      interim_results: "true",
      reconnectAttempts: 0,
    });
    const transcripts: string[] = [];
    socket.on("message", (message) => {
      if (message.type === "Results" && message.is_final) {
        transcripts.push(message.channel.alternatives[0]?.transcript ?? "");
      }
    });
    socket.connect();
    await socket.waitForOpen();
    for (let i = 0; i < 4; i++) socket.sendMedia(new Uint8Array(100));
    await waitFor(() => transcripts.length === 1);
    expect(transcripts).toEqual(["from the sdk"]);
    expect(fake.connections[0]).toMatchObject({ auth: "temporary_token", via: "header" });
    socket.close();
  });
});

describe("the Deepgram fake's command-line wrapper", () => {
  it("prints its URLs, then answers JSON commands on stdin", async () => {
    const cli = path.join(import.meta.dirname, "deepgram-fake-cli.ts");
    const child = spawn(process.execPath, ["--import", "tsx", cli, "--api-key", "cli-key"], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async () => JSON.parse((await lines.next()).value);
    try {
      const started = await next();
      expect(started).toMatchObject({ apiKey: "cli-key", url: expect.stringMatching(/^http:/) });
      expect(started.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/v1\/listen$/);
      child.stdin.write(`${JSON.stringify({ cmd: "setScript", lines: ["a b"] })}\n`);
      expect(await next()).toEqual({ ok: true, cmd: "setScript" });
      child.stdin.write(`${JSON.stringify({ cmd: "stats" })}\n`);
      expect(await next()).toMatchObject({ ok: true, counts: { grants: 0, connections: 0 } });
    } finally {
      child.stdin.end();
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });
});
