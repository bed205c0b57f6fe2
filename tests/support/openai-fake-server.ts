// An OpenAI-compatible server on 127.0.0.1 for tests: chat completions with json_schema response
// formats and embeddings, as the `openai` SDK 6 speaks them. It counts and records requests so
// tests can assert batching, retries and exactly what was sent.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { json } from "node:stream/consumers";
import { criteriaReply, readEvaluationRequest } from "./fake-model-replies";

type JsonSchemaFormat = { name: string; strict?: boolean; schema: Record<string, unknown> };
type Format = { type: string; json_schema?: JsonSchemaFormat };
type Message = { role: string; content: string };
export type ChatRequest = { model: string; messages: Message[]; response_format?: Format };
type EncodingFormat = "float" | "base64";
export type EmbeddingsRequest = {
  model: string;
  input: string[];
  encoding_format?: EncodingFormat;
};
/** Returns the message content: a string as is, anything else as JSON. */
export type ChatHandler = (request: { body: ChatRequest; schemaName: string | null }) => unknown;
type Endpoint = "chat" | "embeddings";

export type OpenAiFakeServer = {
  /** Base URL for the SDK's `baseURL` (ends in /v1). */
  url: string;
  apiKey: string;
  counts: Record<Endpoint, number>;
  requests: { chat: ChatRequest[]; embeddings: EmbeddingsRequest[] };
  setChatHandler(handler: ChatHandler | null): void;
  /** The next `times` requests to the endpoint fail with `status` (the SDK retries 5xx). */
  failNext(options: { endpoint: Endpoint; status: number; times?: number }): void;
  reset(): void;
  close(): Promise<void>;
};

const routes: Record<string, Endpoint> = {
  "POST /v1/chat/completions": "chat",
  "POST /v1/embeddings": "embeddings",
};

export async function startOpenAiFakeServer(
  options: { apiKey?: string } = {},
): Promise<OpenAiFakeServer> {
  const apiKey = options.apiKey ?? "sk-test-fake";
  const counts = { chat: 0, embeddings: 0 };
  const requests: OpenAiFakeServer["requests"] = { chat: [], embeddings: [] };
  const failures = { chat: { status: 500, times: 0 }, embeddings: { status: 500, times: 0 } };
  let chatHandler: ChatHandler | null = null;

  const server = http.createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      // retry-after-ms keeps the SDK's backoff before a retry short in tests.
      res.writeHead(status, { "content-type": "application/json", "retry-after-ms": "5" });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, message: string) =>
      send(status, { error: { message, type: "fake_error", param: null, code: null } });
    if (req.headers.authorization !== `Bearer ${apiKey}`) return fail(401, "Incorrect API key.");
    const route = `${req.method} ${new URL(req.url ?? "/", "http://localhost").pathname}`;
    const endpoint = routes[route];
    if (!endpoint) return fail(404, `Unknown route ${route}`);
    const body = (await json(req).catch(() => null)) as (ChatRequest & EmbeddingsRequest) | null;
    if (!body || typeof body !== "object") return fail(400, "Body must be a JSON object.");
    counts[endpoint] += 1;
    if (failures[endpoint].times > 0) {
      failures[endpoint].times -= 1;
      return fail(failures[endpoint].status, "Injected failure.");
    }
    requests[endpoint].push(body);
    if (endpoint === "embeddings") return send(200, answerEmbeddings(body));
    const schemaName = body.response_format?.json_schema?.name ?? null;
    const content = (chatHandler ?? answerByDefault)({ body, schemaName });
    send(200, answerChat({ model: body.model, content }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    apiKey,
    counts,
    requests,
    setChatHandler: (handler) => {
      chatHandler = handler;
    },
    failNext: ({ endpoint, status, times = 1 }) => {
      failures[endpoint] = { status, times };
    },
    reset() {
      Object.assign(counts, { chat: 0, embeddings: 0 });
      requests.chat.length = 0;
      requests.embeddings.length = 0;
      failures.chat.times = failures.embeddings.times = 0;
      chatHandler = null;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function answerChat(options: { model: string; content: unknown }) {
  const { content } = options;
  const message = { role: "assistant", refusal: null, content };
  if (typeof content !== "string") message.content = JSON.stringify(content);
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: options.model,
    choices: [{ index: 0, message, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function answerEmbeddings(body: EmbeddingsRequest) {
  const inputs = Array.isArray(body.input) ? body.input : [body.input];
  const data = inputs.map((text, index) => {
    const vector = embedDeterministically(String(text));
    const embedding =
      body.encoding_format === "base64"
        ? Buffer.from(new Float32Array(vector).buffer).toString("base64")
        : vector;
    return { object: "embedding", index, embedding };
  });
  const usage = { prompt_tokens: inputs.length, total_tokens: inputs.length };
  return { object: "list", data, model: body.model, usage };
}

/** A unit vector seeded by the text: equal texts get equal vectors, different ones differ. */
function embedDeterministically(text: string): number[] {
  let seed = 2166136261;
  for (const char of text) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  const values = Array.from({ length: 1536 }, () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 31 - 1;
  });
  const norm = Math.hypot(...values) || 1;
  // Six decimals keep the JSON of a 2048-input batch (3M numbers) small enough to be quick.
  return values.map((value) => Math.round((value / norm) * 1e6) / 1e6);
}

// A valid answer for the schemas lib/ai asks for: every rubric criterion at 4 of 5, quoting the
// first segment verbatim so that evidence verification keeps it.
function answerByDefault({ body, schemaName }: { body: ChatRequest; schemaName: string | null }) {
  if (schemaName === "generated_questions") {
    const question = { content: "Tell me about a hard bug you fixed.", category: "behavioral" };
    return { questions: [{ ...question, competency: "problem solving" }] };
  }
  // No follow-up unless a test plays the model: browser tests on this fake keep their question count.
  if (schemaName === "follow_up_decision") {
    return { ask: false, reason: "Fake: the thread is complete.", question: "" };
  }
  const request = readEvaluationRequest(body);
  const quote = request.segments[0]?.text.trim().slice(0, 60).trim();
  return criteriaReply({ request, points: 4, quotes: quote ? [quote] : [] });
}
