import { describe, expect, it } from "vitest";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { GET, POST, PUT } from "./route";

// The route's types are the SDK's (NextRequest); a plain Request is what arrives at run time.
const routes = { GET, POST, PUT } as unknown as Record<string, Parameters<typeof callRoute>[0]>;

describe("/api/inngest without Inngest configured", () => {
  it("does not exist, so nobody can run the functions through it", async () => {
    for (const [method, handler] of Object.entries(routes)) {
      const result = await callRoute(handler, {
        method,
        path: "/api/inngest?fnId=x&stepId=step",
        body: method === "GET" ? undefined : "{}",
      });
      expect(result.status).toBe(404);
      expect(errorCode(result)).toBe("not_found");
    }
  });
});
