import { describe, expect, it } from "vitest";
import { callRoute } from "@/tests/support/call-route";
import { testEnv } from "@/tests/support/test-env";
import { GET } from "./route";

describe("GET /api/health", () => {
  it("answers without credentials, with the database reachable and the backend in use", async () => {
    const result = await callRoute(GET, { path: "/api/health" });
    expect(result.status).toBe(200);
    expect(result.headers.get("cache-control")).toBe("no-store");
    expect(result.body).toMatchObject({
      status: "ok",
      database: { reachable: true, latencyMs: expect.any(Number) },
      backends: {
        database: testEnv.TEST_DB_DRIVER === "pg" ? "postgres" : "pglite",
        auth: "better-auth",
        speechToText: "off",
        media: "off",
      },
    });
  });
});
