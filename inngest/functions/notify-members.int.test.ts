import { afterAll, describe, expect, it, vi } from "vitest";
import { setNotificationEmailMode } from "@/lib/db/notification-settings";
import { createInvitedInterview } from "@/tests/support/factories";
import { activityOf, createNotifiedTeam, noticesOf } from "@/tests/support/notification-team";
import { createReportedInterview } from "@/tests/support/review-fixtures";
import { dispatch } from "../dispatch";
import { workspaceActivity } from "../events";

// Before any app module loads: the app's env must already name the SMTP server.
const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServer } = await import("@/tests/support/smtp-test-server");
  const server = await startSmtpTestServer();
  process.env.SMTP_URL = server.url;
  process.env.MAIL_FROM = "Hiring at Acme <hiring@acme.test>";
  process.env.APP_URL = "https://hire.example.com";
  return server;
});
afterAll(() => smtp.close());

function arrivedFor(address: string) {
  return smtp.envelopes.flatMap((envelope, index) =>
    envelope.to.includes(address) ? [smtp.received[index]] : [],
  );
}

describe("notify-members on report.ready", () => {
  it("tells the owner, admin, recruiter and assigned evaluator, by notice and mail, and nobody else", async () => {
    const team = await createNotifiedTeam();
    await dispatch(workspaceActivity, activityOf(team, team.interview.id));

    const told = (await noticesOf(team.interview.id)).map((row) => row.userId).sort();
    const hiringTeam = [team.owner, team.admin, team.recruiter, team.evaluatorAssigned];
    expect(told).toEqual(hiringTeam.map((member) => member.user.id).sort());
    for (const member of hiringTeam) {
      const [mail, ...more] = arrivedFor(member.user.email);
      expect(more).toHaveLength(0);
      expect(mail?.subject).toBe("A report is ready: Backend Engineer");
      expect(mail?.text).toContain(`https://hire.example.com/interviews/${team.interview.id}`);
      // Position and link only: the candidate's name and address stay out of mailboxes.
      expect(mail?.text).not.toContain(team.interview.candidateName);
      expect(mail?.html).not.toContain(team.interview.candidateEmail);
    }
    expect(arrivedFor(team.evaluatorUnassigned.user.email)).toHaveLength(0);
    expect(arrivedFor(team.other.recruiter.email)).toHaveLength(0);
  });

  it("adds no notice and sends no second mail when the event comes again (a retried run)", async () => {
    const team = await createNotifiedTeam();
    const data = activityOf(team, team.interview.id);
    await dispatch(workspaceActivity, data);
    const first = await noticesOf(team.interview.id);
    await dispatch(workspaceActivity, data);
    expect(await noticesOf(team.interview.id)).toEqual(first);
    expect(arrivedFor(team.recruiter.user.email)).toHaveLength(1);
  });

  it("gives a member who chose no mail a notice and no mail, and writes in the position's language", async () => {
    const team = await createNotifiedTeam({ language: "ko" });
    await setNotificationEmailMode({
      companyId: team.tenant.company.id,
      userId: team.recruiter.user.id,
      emailMode: "none",
    });
    await dispatch(workspaceActivity, activityOf(team, team.interview.id, "report.needs_review"));
    const recruiterNotice = (await noticesOf(team.interview.id)).find(
      (row) => row.userId === team.recruiter.user.id,
    );
    expect(recruiterNotice).toMatchObject({ kind: "report_needs_review", mailedAt: null });
    expect(arrivedFor(team.recruiter.user.email)).toHaveLength(0);
    const [ownerMail] = arrivedFor(team.owner.user.email);
    expect(ownerMail?.subject).toBe("리포트에 사람의 검토가 필요합니다: Backend Engineer");
  });

  it("tells of a report that needs human review once, as that, though report.ready comes first", async () => {
    const team = await createNotifiedTeam();
    const { interview } = await createReportedInterview(team.tenant);
    await dispatch(workspaceActivity, activityOf(team, interview.id, "report.ready"));
    expect(await noticesOf(interview.id)).toEqual([]);
    await dispatch(workspaceActivity, activityOf(team, interview.id, "report.needs_review"));
    const kinds = (await noticesOf(interview.id)).map((row) => row.kind);
    expect(new Set(kinds)).toEqual(new Set(["report_needs_review"]));
    expect(kinds).toHaveLength(4);
  });

  it("tells nobody of events members do not hear about", async () => {
    const team = await createNotifiedTeam();
    const { interview } = await createInvitedInterview(team.tenant);
    await dispatch(workspaceActivity, activityOf(team, interview.id, "interview.started"));
    expect(await noticesOf(interview.id)).toEqual([]);
  });
});
