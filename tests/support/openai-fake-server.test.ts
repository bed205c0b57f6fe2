// Drives the fake with the real `openai` SDK: if the SDK is happy with it, code tested against it
// behaves as it would against the API.
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type OpenAiFakeServer, startOpenAiFakeServer } from "./openai-fake-server";

describe("OpenAI fake server", () => {
  let fake: OpenAiFakeServer;
  let client: OpenAI;

  beforeAll(async () => {
    fake = await startOpenAiFakeServer();
    client = new OpenAI({ apiKey: fake.apiKey, baseURL: fake.url, maxRetries: 0 });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  it("answers embeddings as floats, and as base64 float32 that the SDK decodes by default", async () => {
    const floats = await client.embeddings.create({
      model: "text-embedding-3-small",
      input: ["a", "b"],
      encoding_format: "float",
    });
    const decoded = await client.embeddings.create({
      model: "text-embedding-3-small",
      input: ["a", "b"],
    });
    expect(fake.requests.embeddings[1]?.encoding_format).toBe("base64");
    expect(floats.data.map((d) => d.index)).toEqual([0, 1]);
    expect(floats.data[0]?.embedding).toHaveLength(1536);
    // float32 on the wire: equal to the float answer up to float32 precision.
    const maxDifference = Math.max(
      ...decoded.data.flatMap((item, i) =>
        item.embedding.map((value, j) => Math.abs(value - (floats.data[i]?.embedding[j] ?? NaN))),
      ),
    );
    expect(maxDifference).toBeLessThan(1e-6);
    expect(floats.data[0]?.embedding).not.toEqual(floats.data[1]?.embedding);
    expect(fake.counts).toEqual({ chat: 0, embeddings: 2 });
  });

  it("answers chat completions with the handler's content and records the request", async () => {
    fake.setChatHandler(({ schemaName }) => ({ echoed: schemaName }));
    const completion = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
      response_format: {
        type: "json_schema",
        json_schema: { name: "echo", strict: true, schema: { type: "object" } },
      },
    });
    expect(JSON.parse(completion.choices[0]?.message.content ?? "")).toEqual({ echoed: "echo" });
    expect(fake.requests.chat[0]?.messages).toEqual([{ role: "user", content: "hi" }]);
    expect(fake.counts.chat).toBe(1);
  });

  it("rejects a wrong bearer token with 401", async () => {
    const intruder = new OpenAI({ apiKey: "wrong", baseURL: fake.url, maxRetries: 0 });
    await expect(
      intruder.embeddings.create({ model: "m", input: "x", encoding_format: "float" }),
    ).rejects.toMatchObject({ status: 401 });
    expect(fake.counts.embeddings).toBe(0);
  });

  it("fails the next request on demand and counts it", async () => {
    fake.failNext({ endpoint: "embeddings", status: 500 });
    const request = () =>
      client.embeddings.create({ model: "m", input: "x", encoding_format: "float" });
    await expect(request()).rejects.toMatchObject({ status: 500 });
    await expect(request()).resolves.toMatchObject({ model: "m" });
    expect(fake.counts.embeddings).toBe(2);
  });
});
