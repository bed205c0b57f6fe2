import { describe, expect, it } from "vitest";
import { defaultNoticeBodies } from "@/lib/compliance/notice/default-notice";
import { hashNoticeText, toStoredNoticeBody } from "@/lib/compliance/notice/render-notice";
import { callRoute } from "@/tests/support/call-route";
import { addTeammate, createTenant } from "@/tests/support/factories";
import { GET, POST } from "./route";

type Notices = {
  current: { language: string; body: string; hash: string; isBuiltIn: boolean }[];
  versions: { language: string; hash: string; createdByName: string | null; isBuiltIn: boolean }[];
};

const post = (token: string, json: unknown) => callRoute(POST, { method: "POST", token, json });

describe("/api/ai-notices", () => {
  it("shows the built-in text per language until the workspace writes its own", async () => {
    const tenant = await createTenant();
    const result = await callRoute(GET, { token: tenant.token });
    expect(result.status).toBe(200);
    const body = result.body as Notices;
    expect(body.current.map((entry) => [entry.language, entry.isBuiltIn])).toEqual([
      ["en", true],
      ["ko", true],
    ]);
    expect(body.current[0]?.hash).toBe(toStoredNoticeBody(defaultNoticeBodies.en).hash);
    expect(body.versions).toEqual([]);
  });

  it("adds a version with its sha256 and author; the same text again adds none; an earlier text comes back", async () => {
    const tenant = await createTenant();
    const first = "An AI asks the questions for {{company}}.\n\nContact jobs@example.com.";
    const added = await post(tenant.token, { language: "en", body: first });
    expect(added.status).toBe(201);
    const again = await post(tenant.token, { language: "en", body: `  ${first}\r\n` });
    expect(again.status).toBe(200);
    expect((again.body as Notices).versions).toHaveLength(1);
    await post(tenant.token, { language: "en", body: "Second text." });
    const back = await post(tenant.token, { language: "en", body: first });
    expect(back.status).toBe(201);
    const notices = back.body as Notices;
    expect(notices.versions.map((version) => version.hash)).toEqual([
      hashNoticeText(first),
      hashNoticeText("Second text."),
    ]);
    expect(notices.versions[0]?.createdByName).toBe(tenant.recruiter.name);
    expect(notices.current[0]).toMatchObject({ language: "en", body: first, isBuiltIn: false });
    expect(notices.current[1]).toMatchObject({ language: "ko", isBuiltIn: true });
  });

  it("refuses a text over 8,000 characters (422) and recruiters (403)", async () => {
    const tenant = await createTenant();
    expect((await post(tenant.token, { language: "en", body: "x".repeat(8001) })).status).toBe(422);
    const recruiter = await addTeammate(tenant, "recruiter");
    expect((await post(recruiter.token, { language: "en", body: "Hello." })).status).toBe(403);
    expect((await callRoute(GET, { token: recruiter.token })).status).toBe(403);
  });
});
