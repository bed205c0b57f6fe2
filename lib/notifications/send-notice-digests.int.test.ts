import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { dispatch } from "@/inngest/dispatch";
import { workspaceActivity } from "@/inngest/events";
import { sendNoticeDigestsNow } from "@/inngest/notice-digests";
import { runMaintenance } from "@/inngest/run-maintenance";
import { setNotificationEmailMode } from "@/lib/db/notification-settings";
import { setPositionEvaluators } from "@/lib/workspaces/assign-evaluators";
import { createInvitedInterview } from "@/tests/support/factories";
import {
  activityOf,
  createNotifiedTeam,
  type NotifiedTeam,
  noticesOf,
} from "@/tests/support/notification-team";
import { latestDigestTime } from "./digest-time";

const dayMs = 24 * 60 * 60 * 1000;
const minuteMs = 60 * 1000;

/** The first digest time after the notices made now: nothing made now is due before it. */
const nextDigestTime = () => new Date(latestDigestTime(new Date()).getTime() + dayMs);
const at = (base: Date, offsetMs: number) => new Date(base.getTime() + offsetMs);

async function mailTo(address: string) {
  const db = await getDb();
  return db.select().from(emailMessages).where(eq(emailMessages.toAddress, address));
}

/** Two report.ready notices for members who chose the daily digest. */
async function twoNoticesForDigest(team: NotifiedTeam, userIds: string[]) {
  for (const userId of userIds) {
    await setNotificationEmailMode({
      companyId: team.tenant.company.id,
      userId,
      emailMode: "daily_digest",
    });
  }
  const second = await createInvitedInterview(team.tenant);
  await dispatch(workspaceActivity, activityOf(team, team.interview.id));
  await dispatch(workspaceActivity, activityOf(team, second.interview.id));
  return [team.interview.id, second.interview.id];
}

describe("the daily notice digest", () => {
  it("sends a digest member one mail listing both notices at 08:00 UTC, none before, never twice", async () => {
    const team = await createNotifiedTeam();
    const member = team.recruiter.user;
    const interviewIds = await twoNoticesForDigest(team, [member.id]);
    expect(await mailTo(member.email)).toEqual([]);

    const digestTime = nextDigestTime();
    await sendNoticeDigestsNow({ now: at(digestTime, -minuteMs) });
    expect(await mailTo(member.email)).toEqual([]);

    await sendNoticeDigestsNow({ now: digestTime });
    const [digest, ...more] = await mailTo(member.email);
    expect(more).toEqual([]);
    expect(digest).toMatchObject({ kind: "member-notice-digest", status: "sent" });
    expect(digest?.subject).toBe(`2 updates in ${team.tenant.company.name}`);
    for (const id of interviewIds) expect(digest?.text).toContain(`/interviews/${id}`);
    expect(digest?.text).not.toContain(team.interview.candidateName);

    // Later runs that day, side by side, and the next day: nothing more to send.
    await Promise.all([
      sendNoticeDigestsNow({ now: at(digestTime, 5 * minuteMs) }),
      sendNoticeDigestsNow({ now: at(digestTime, 5 * minuteMs) }),
    ]);
    await sendNoticeDigestsNow({ now: at(digestTime, dayMs) });
    expect(await mailTo(member.email)).toHaveLength(1);
    const notices = await noticesOf(team.interview.id);
    expect(notices.find((row) => row.userId === member.id)?.mailedAt).toEqual(digestTime);
  });

  it("runs from the maintenance timer, and leaves out what an evaluator can no longer open", async () => {
    const team = await createNotifiedTeam();
    const evaluator = team.evaluatorAssigned.user;
    const recruiter = team.recruiter.user;
    await twoNoticesForDigest(team, [evaluator.id, recruiter.id]);
    await setPositionEvaluators({
      positionId: team.tenant.position.id,
      companyId: team.tenant.company.id,
      userIds: [],
    });
    await runMaintenance({ now: nextDigestTime() });
    expect(await mailTo(evaluator.email)).toEqual([]);
    expect(await mailTo(recruiter.email)).toHaveLength(1);
  });

  it("lists only what arrived since the member chose the digest, not what waited under 'none'", async () => {
    const team = await createNotifiedTeam();
    const member = team.admin.user;
    await setNotificationEmailMode({
      companyId: team.tenant.company.id,
      userId: member.id,
      emailMode: "none",
    });
    await dispatch(workspaceActivity, activityOf(team, team.interview.id));
    await setNotificationEmailMode({
      companyId: team.tenant.company.id,
      userId: member.id,
      emailMode: "daily_digest",
    });
    const later = await createInvitedInterview(team.tenant);
    await dispatch(workspaceActivity, activityOf(team, later.interview.id));
    await sendNoticeDigestsNow({ now: nextDigestTime() });
    const [digest, ...more] = await mailTo(member.email);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe(`1 update in ${team.tenant.company.name}`);
    expect(digest?.text).toContain(`/interviews/${later.interview.id}`);
    expect(digest?.text).not.toContain(`/interviews/${team.interview.id}`);
  });
});
