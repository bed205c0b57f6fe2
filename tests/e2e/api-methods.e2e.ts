// A method a route does not serve, asked of the production build: 405 with Allow and the JSON
// error, where Next alone answers a bare 405 (the access matrix checks every route file's
// handlers; this checks that `next start` answers with them).
import { describe, expect, it } from "vitest";
import { getE2eContext, requireSeed } from "./support/e2e-context";

const e2e = getE2eContext();

async function ask(method: string, path: string) {
  const response = await fetch(`${e2e.baseUrl}${path}`, { method });
  const text = await response.text();
  return { status: response.status, allow: response.headers.get("allow"), text };
}

describe.skipIf(e2e.isSkipped)("methods a route does not serve", () => {
  it("answers 405 with Allow and the error envelope, HEAD and OPTIONS as Next does them", async () => {
    const erase = `/api/interviews/${requireSeed().interviewId}/erase`;
    const refused = await ask("DELETE", erase);
    expect(refused).toMatchObject({ status: 405, allow: "OPTIONS, POST" });
    expect(JSON.parse(refused.text)).toEqual({
      error: { code: "method_not_allowed", message: expect.stringContaining("DELETE") },
    });
    expect(await ask("OPTIONS", erase)).toEqual({ status: 204, allow: "OPTIONS, POST", text: "" });
    // HEAD goes to GET: refused (bodiless) where there is no GET, served where there is.
    expect(await ask("HEAD", "/api/stt/token")).toEqual({
      status: 405,
      allow: "OPTIONS, POST",
      text: "",
    });
    expect((await ask("HEAD", "/api/health")).status).toBe(200);
    // better-auth's and Inngest's routes serve their own methods and refuse the rest alike.
    for (const [method, path, allow] of [
      ["PUT", "/api/auth/get-session", "GET, HEAD, OPTIONS, POST"],
      ["PATCH", "/api/inngest", "GET, HEAD, OPTIONS, POST, PUT"],
      ["POST", "/api/health", "GET, HEAD, OPTIONS"],
    ] as const) {
      const answer = await ask(method, path);
      expect(answer, `${method} ${path}`).toMatchObject({ status: 405, allow });
      expect(JSON.parse(answer.text).error.code).toBe("method_not_allowed");
    }
  });
});
