import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { ApiError } from "./api-error";
import { toErrorResponse } from "./error-response";

describe("toErrorResponse", () => {
  it("keeps an ApiError's code, status, message and headers", async () => {
    const response = toErrorResponse(
      new ApiError({
        code: "rate_limited",
        message: "Slow down.",
        headers: { "Retry-After": "3" },
      }),
      "req-1",
    );
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await response.json()).toEqual({
      error: { code: "rate_limited", message: "Slow down." },
    });
  });

  it.each([
    [notFoundError("Interview"), 404, "not_found", "Interview not found."],
    [new DomainError({ kind: "conflict", message: "Taken." }), 409, "conflict", "Taken."],
    [
      new DomainError({ kind: "invalid_input", message: "x: no." }),
      422,
      "unprocessable_entity",
      "x: no.",
    ],
    [new DomainError({ kind: "too_large", message: "Full." }), 413, "payload_too_large", "Full."],
    [
      new DomainError({ kind: "conflict", code: "interview_time_limit", message: "Over." }),
      409,
      "interview_time_limit",
      "Over.",
    ],
  ])(
    "maps a domain error to its status and public code (%s)",
    async (error, status, code, message) => {
      const response = toErrorResponse(error, "req-d");
      expect(response.status).toBe(status);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({ error: { code, message } });
    },
  );

  it("turns a ZodError into 422 naming the first issue's path", async () => {
    const parsed = z
      .object({ user: z.object({ age: z.number() }) })
      .safeParse({ user: { age: "x" } });
    const response = toErrorResponse(parsed.error, "req-2");
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unprocessable_entity");
    expect(body.error.message).toMatch(/^user\.age: /);
  });

  it("hides an unknown error's text from the client and logs it redacted with the request id", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = toErrorResponse(new Error("password=hunter2 at db host"), "req-3");
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("hunter2");
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal", message: expect.stringContaining("req-3") },
    });
    expect(log).toHaveBeenCalledWith(
      "[req-3] unhandled error",
      expect.objectContaining({ name: "Error", stack: expect.any(String) }),
    );
    log.mockRestore();
  });
});
