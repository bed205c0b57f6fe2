import { describe, expect, it } from "vitest";
import { dispatch } from "@/inngest/dispatch";
import { workspaceActivity } from "@/inngest/events";
import { setPositionEvaluators } from "@/lib/workspaces/assign-evaluators";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview } from "@/tests/support/factories";
import { activityOf, createNotifiedTeam } from "@/tests/support/notification-team";
import * as read from "./read/route";
import * as notifications from "./route";

type NoticeList = {
  notifications: { id: string; interviewId: string; kind: string; readAt: string | null }[];
  unreadCount: number;
};

async function listFor(token: string) {
  const result = await callRoute(notifications.GET, { token });
  expect(result.status).toBe(200);
  return result.body as NoticeList;
}

/** A team told that two reports are ready, the second one last. */
async function teamWithTwoNotices() {
  const team = await createNotifiedTeam();
  const second = await createInvitedInterview(team.tenant);
  await dispatch(workspaceActivity, activityOf(team, team.interview.id));
  await dispatch(workspaceActivity, activityOf(team, second.interview.id));
  return { team, secondInterviewId: second.interview.id };
}

describe("GET /api/notifications and POST /api/notifications/read", () => {
  it("lists the member's own notices newest first and marks them read for that member only", async () => {
    const { team, secondInterviewId } = await teamWithTwoNotices();
    const before = await listFor(team.recruiter.token);
    expect(before.unreadCount).toBe(2);
    expect(before.notifications.map((notice) => notice.interviewId)).toEqual([
      secondInterviewId,
      team.interview.id,
    ]);
    const [newest] = before.notifications;
    const marked = await callRoute(read.POST, {
      token: team.recruiter.token,
      json: { ids: [newest?.id] },
    });
    expect(marked).toMatchObject({ status: 200, body: { marked: 1 } });

    const after = await listFor(team.recruiter.token);
    expect(after.unreadCount).toBe(1);
    // Unread first: the read one drops below the older unread one.
    expect(after.notifications.map((notice) => notice.interviewId)).toEqual([
      team.interview.id,
      secondInterviewId,
    ]);
    expect(after.notifications[1]?.readAt).toEqual(expect.any(String));
    expect((await listFor(team.owner.token)).unreadCount).toBe(2);
  });

  it("marks every unread notice with all: true, and nothing a second time", async () => {
    const { team } = await teamWithTwoNotices();
    const all = { token: team.admin.token, json: { all: true } };
    expect((await callRoute(read.POST, all)).body).toEqual({ marked: 2 });
    expect((await callRoute(read.POST, all)).body).toEqual({ marked: 0 });
    expect((await listFor(team.admin.token)).unreadCount).toBe(0);
    expect((await listFor(team.recruiter.token)).unreadCount).toBe(2);
  });

  it("neither shows nor marks another member's notices, in the same workspace or another", async () => {
    const { team } = await teamWithTwoNotices();
    const ownerIds = (await listFor(team.owner.token)).notifications.map((notice) => notice.id);
    const recruiterIds = (await listFor(team.recruiter.token)).notifications.map((n) => n.id);
    expect(recruiterIds.filter((id) => ownerIds.includes(id))).toEqual([]);
    for (const token of [team.recruiter.token, team.other.token]) {
      const result = await callRoute(read.POST, { token, json: { ids: ownerIds } });
      expect(result.body).toEqual({ marked: 0 });
    }
    expect((await listFor(team.owner.token)).unreadCount).toBe(2);
    expect(await listFor(team.other.token)).toEqual({ notifications: [], unreadCount: 0 });
    expect(await listFor(team.evaluatorUnassigned.token)).toEqual({
      notifications: [],
      unreadCount: 0,
    });
  });

  it("stops showing an evaluator the notices of a position they were taken off", async () => {
    const { team } = await teamWithTwoNotices();
    expect((await listFor(team.evaluatorAssigned.token)).unreadCount).toBe(2);
    await setPositionEvaluators({
      positionId: team.tenant.position.id,
      companyId: team.tenant.company.id,
      userIds: [],
    });
    expect(await listFor(team.evaluatorAssigned.token)).toEqual({
      notifications: [],
      unreadCount: 0,
    });
  });

  it("refuses a body that names neither ids nor all: true", async () => {
    const { team } = await teamWithTwoNotices();
    for (const json of [
      {},
      { ids: [] },
      { all: false },
      { ids: ["not-a-uuid"] },
      { all: true, ids: [] },
    ]) {
      const result = await callRoute(read.POST, { token: team.owner.token, json });
      expect(result.status, JSON.stringify(json)).toBe(422);
      expect(errorCode(result)).toBe("unprocessable_entity");
    }
    expect((await listFor(team.owner.token)).unreadCount).toBe(2);
  });
});
