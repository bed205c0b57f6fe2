import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as postAiNotice } from "@/app/api/ai-notices/route";
import { getDb } from "@/db/client";
import { aiNoticeVersions, interviews } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { addTeammate, createInvitedInterview, createTenant } from "@/tests/support/factories";
import { createNotifiedTeam, noticesOf } from "@/tests/support/notification-team";
import { GET as getNotice } from "../notice/route";
import { POST as startInterview } from "../start/route";
import { POST as postPreferences } from "./route";

type NoticeBody = { hash: string; versionId: string; text: string; competencies: string[] };

async function readNotice(token: string, interviewId: string) {
  const result = await callRoute(getNotice, { token, params: { id: interviewId } });
  expect(result.status).toBe(200);
  return result.body as NoticeBody & { seenAt: string | null };
}

const send = (token: string, interviewId: string, json: unknown) =>
  callRoute(postPreferences, { method: "POST", token, params: { id: interviewId }, json });

async function storedInterview(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(eq(interviews.id, id));
  return row;
}

describe("GET /api/interviews/{id}/notice", () => {
  it("renders the built-in notice for the position, hashes the text, and adds its version row once", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const notice = await readNotice(inviteToken, interview.id);
    expect(notice.competencies).toEqual(["System design", "Communication", "Ownership"]);
    expect(notice.text).toContain("System design, Communication, Ownership");
    expect(notice.text).toContain(tenant.company.name);
    expect(notice.hash).toBe(createHash("sha256").update(notice.text).digest("hex"));
    expect(notice.seenAt).toBeNull();
    // The recruiter reads the same notice; the built-in text has one row for the workspace.
    const asRecruiter = await readNotice(tenant.token, interview.id);
    expect(asRecruiter.hash).toBe(notice.hash);
    const db = await getDb();
    const rows = await db
      .select()
      .from(aiNoticeVersions)
      .where(eq(aiNoticeVersions.companyId, tenant.company.id));
    expect(rows.map((row) => row.id)).toEqual([notice.versionId]);
    expect(rows[0]?.createdByUserId).toBeNull();
  });
});

describe("POST /api/interviews/{id}/preferences", () => {
  it("stores the notice seen and the choices; sent again, the last choice counts", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const notice = await readNotice(inviteToken, interview.id);
    const first = await send(inviteToken, interview.id, {
      noticeHash: notice.hash,
      aiScoring: false,
      accommodation: { kinds: ["more_time", "typed_only"], note: "Dyslexia." },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      aiScoring: false,
      noticeVersionId: notice.versionId,
      noticeHash: notice.hash,
      accommodationRequest: { kinds: ["more_time", "typed_only"], note: "Dyslexia." },
      accommodationGrant: null,
    });
    const again = await send(inviteToken, interview.id, {
      noticeHash: notice.hash,
      aiScoring: true,
    });
    expect(again.status).toBe(200);
    const row = await storedInterview(interview.id);
    expect(row?.aiScoring).toBe(true);
    expect(row?.accommodationRequest).toBeNull();
    expect(row?.noticeHash).toBe(notice.hash);
    expect(row?.preferencesAt).not.toBeNull();
    expect((await readNotice(inviteToken, interview.id)).seenAt).not.toBeNull();
  });

  it("refuses a hash of another text with 409 notice_changed, and takes the new text's hash", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const before = await readNotice(inviteToken, interview.id);
    const edited = await callRoute(postAiNotice, {
      method: "POST",
      token: tenant.token,
      json: { language: "en", body: "An AI asks for {{company}}.\n\nWrite to jobs@example.com." },
    });
    expect(edited.status).toBe(201);
    const stale = await send(inviteToken, interview.id, {
      noticeHash: before.hash,
      aiScoring: true,
    });
    expect(stale.status).toBe(409);
    expect(errorCode(stale)).toBe("notice_changed");
    expect((await storedInterview(interview.id))?.preferencesAt).toBeNull();
    const after = await readNotice(inviteToken, interview.id);
    expect(after.hash).not.toBe(before.hash);
    expect(after.text).toBe(`An AI asks for ${tenant.company.name}.\n\nWrite to jobs@example.com.`);
    const fresh = await send(inviteToken, interview.id, {
      noticeHash: after.hash,
      aiScoring: true,
    });
    expect(fresh.status).toBe(200);
    expect((await storedInterview(interview.id))?.noticeVersionId).toBe(after.versionId);
  });

  it("answers 409 interview_started once the candidate has started", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const notice = await readNotice(inviteToken, interview.id);
    await callRoute(startInterview, {
      method: "POST",
      token: inviteToken,
      params: { id: interview.id },
    });
    const late = await send(inviteToken, interview.id, {
      noticeHash: notice.hash,
      aiScoring: false,
    });
    expect(late.status).toBe(409);
    expect(errorCode(late)).toBe("interview_started");
    expect((await storedInterview(interview.id))?.aiScoring).toBe(true);
  });

  it("is the candidate's alone: a recruiter of the workspace is refused", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const notice = await readNotice(inviteToken, interview.id);
    const recruiter = await addTeammate(tenant, "recruiter");
    const result = await send(recruiter.token, interview.id, {
      noticeHash: notice.hash,
      aiScoring: false,
    });
    expect(result.status).toBe(403);
  });

  it.each([
    ["no kind", { kinds: [], note: "" }],
    ["an unknown kind", { kinds: ["massage"], note: "" }],
    ["a note over 1,000 characters", { kinds: ["other"], note: "x".repeat(1001) }],
  ])("answers 422 for an accommodation with %s", async (_, accommodation) => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const notice = await readNotice(inviteToken, interview.id);
    const result = await send(inviteToken, interview.id, {
      noticeHash: notice.hash,
      aiScoring: true,
      accommodation,
    });
    expect(result.status).toBe(422);
  });

  it("tells the position's owners, admins and recruiters of a request, not its evaluators", async () => {
    const team = await createNotifiedTeam();
    const { interview, inviteToken } = await createInvitedInterview(team.tenant);
    const notice = await readNotice(inviteToken, interview.id);
    const result = await send(inviteToken, interview.id, {
      noticeHash: notice.hash,
      aiScoring: true,
      accommodation: { kinds: ["break"], note: "" },
    });
    expect(result.status).toBe(200);
    const notices = await noticesOf(interview.id);
    expect(notices.every((row) => row.kind === "accommodation_requested")).toBe(true);
    expect(notices.map((row) => row.userId).sort()).toEqual(
      [team.owner.user.id, team.admin.user.id, team.recruiter.user.id].sort(),
    );
  });
});

describe("POST /api/interviews/{id}/start", () => {
  it("records the notice for a candidate who started without sending choices", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const started = await callRoute(startInterview, {
      method: "POST",
      token: inviteToken,
      params: { id: interview.id },
    });
    expect(started.status).toBe(200);
    const row = await storedInterview(interview.id);
    const notice = await readNotice(tenant.token, interview.id);
    expect(row?.noticeHash).toBe(notice.hash);
    expect(row?.noticeVersionId).toBe(notice.versionId);
    expect(row?.noticeSeenAt).not.toBeNull();
    expect(row?.preferencesAt).toBeNull();
  });
});
