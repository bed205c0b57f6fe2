import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { parseJson } from "./parse-json";

const request = (body: BodyInit, contentType = "application/json") =>
  new Request("http://localhost/", {
    method: "POST",
    body,
    headers: { "content-type": contentType },
  });

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof ApiError ? `${error.status} ${error.code}` : "other";
  }
}

describe("parseJson", () => {
  it("parses JSON bodies, including +json media types", async () => {
    expect(await parseJson(request('{"a":1}'))).toEqual({ a: 1 });
    expect(await parseJson(request("[1]", "application/merge-patch+json"))).toEqual([1]);
  });

  it.each([
    ["malformed JSON", request("{"), "400 bad_request"],
    ["an empty body", request(""), "400 bad_request"],
    [
      "a form body",
      request("a=1", "application/x-www-form-urlencoded"),
      "415 unsupported_media_type",
    ],
  ])("refuses %s", async (_label, req, expected) => {
    expect(await codeOf(parseJson(req))).toBe(expected);
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const req = new Request("http://localhost/", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(await codeOf(parseJson(req, { maxBytes: 4096 }))).toBe("413 payload_too_large");
    expect(pulled).toBeLessThan(10);
  });
});
