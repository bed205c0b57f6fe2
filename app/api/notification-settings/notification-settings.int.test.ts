import { describe, expect, it } from "vitest";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createNotifiedTeam } from "@/tests/support/notification-team";
import * as settings from "./route";

const put = (token: string, json: unknown) =>
  callRoute(settings.PUT, { method: "PUT", token, json });

describe("/api/notification-settings", () => {
  it("starts at one mail each and keeps each member's own choice", async () => {
    const team = await createNotifiedTeam();
    expect((await callRoute(settings.GET, { token: team.evaluatorAssigned.token })).body).toEqual({
      emailMode: "each",
    });
    const saved = await put(team.evaluatorAssigned.token, { emailMode: "daily_digest" });
    expect(saved).toMatchObject({ status: 200, body: { emailMode: "daily_digest" } });
    expect((await callRoute(settings.GET, { token: team.evaluatorAssigned.token })).body).toEqual({
      emailMode: "daily_digest",
    });
    expect((await callRoute(settings.GET, { token: team.recruiter.token })).body).toEqual({
      emailMode: "each",
    });
  });

  it("refuses a mode it does not know, or extra fields, and keeps the choice", async () => {
    const team = await createNotifiedTeam();
    await put(team.admin.token, { emailMode: "none" });
    for (const json of [{ emailMode: "weekly" }, {}, { emailMode: "each", userId: "x" }]) {
      const result = await put(team.admin.token, json);
      expect(result.status, JSON.stringify(json)).toBe(422);
      expect(errorCode(result)).toBe("unprocessable_entity");
    }
    expect((await callRoute(settings.GET, { token: team.admin.token })).body).toEqual({
      emailMode: "none",
    });
  });
});
