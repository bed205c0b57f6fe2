import { describe, expect, it, vi } from "vitest";
import { readApiMetrics } from "@/lib/metrics/api-metrics";
import { ApiError } from "./api-error";
import { routeHandler } from "./route-handler";

const context = { params: Promise.resolve({}) };
const request = () => new Request("http://localhost/api/test", { method: "POST" });

describe("routeHandler response counts", () => {
  it("counts every API response and its 4xx and 5xx, for the operator's error rates", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = (await readApiMetrics()).api;
    const ok = routeHandler(async () => Response.json({ ok: true }));
    const refused = routeHandler(async () => {
      throw new ApiError({ code: "unprocessable_entity", message: "name: required" });
    });
    const broken = routeHandler(async () => {
      throw new Error("the database fell over");
    });
    expect((await ok(request(), context)).status).toBe(200);
    expect((await refused(request(), context)).status).toBe(422);
    expect((await refused(request(), context)).status).toBe(422);
    expect((await broken(request(), context)).status).toBe(500);
    error.mockRestore();

    const after = (await readApiMetrics()).api;
    expect({
      responses: after.responses - before.responses,
      clientErrors: after.clientErrors - before.clientErrors,
      serverErrors: after.serverErrors - before.serverErrors,
    }).toEqual({ responses: 4, clientErrors: 2, serverErrors: 1 });
  });
});
