import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { POST as answerContest } from "@/app/api/contests/[id]/answer/route";
import { GET as getExplanation } from "@/app/api/interviews/[id]/explanation/route";
import { GET as getReviewQueue } from "@/app/api/review-queue/route";
import { getDb } from "@/db/client";
import { contests, emailMessages, notifications, reviewAudit } from "@/db/schema";
import type { CandidateContest, ReviewQueueItem } from "@/lib/compliance/contests/schemas";
import type { Explanation } from "@/lib/compliance/explanation/schemas";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createExplainableInterview } from "@/tests/support/explanation-fixtures";
import { addTeammate, assignToPosition, createTenant } from "@/tests/support/factories";
import { POST } from "./route";

// Before any app module loads: the app's env must already name the SMTP server.
const smtp = await vi.hoisted(async () => {
  const { startSmtpTestServerForApp } = await import("@/tests/support/smtp-test-server");
  return startSmtpTestServerForApp();
});
afterAll(() => smtp.close());

const send = (token: string, interviewId: string, json: unknown) =>
  callRoute(POST, { method: "POST", token, params: { id: interviewId }, json });
const answer = (token: string, contestId: string, text: string) =>
  callRoute(answerContest, {
    method: "POST",
    token,
    params: { id: contestId },
    json: { answer: text },
  });
const queue = async (token: string, query = "") => {
  const result = await callRoute(getReviewQueue, { token, path: `/api/review-queue${query}` });
  expect(result.status).toBe(200);
  return (result.body as { contests: ReviewQueueItem[] }).contests;
};
const dayMs = 24 * 60 * 60 * 1000;

describe("a contest from the explanation page", () => {
  it("appears in the review queue, is answered, and the candidate's email arrives with the answer and the explanation link", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken, questions } = await createExplainableInterview(tenant, {
      decision: "reject",
    });
    const question = questions[1];
    const sent = await send(inviteToken, interview.id, {
      kind: "wrong_transcript",
      questionId: question?.id,
      message: "I said forty milliseconds, not forty seconds.",
    });
    expect(sent.status).toBe(201);
    const contest = (sent.body as { contest: CandidateContest }).contest;
    // Due in the workspace's default 30 days.
    const dueInDays = (Date.parse(contest.dueAt) - Date.parse(contest.createdAt)) / dayMs;
    expect(dueInDays).toBeCloseTo(30, 2);

    const [item] = await queue(tenant.token, "?status=open");
    expect(item).toMatchObject({
      id: contest.id,
      interviewId: interview.id,
      positionTitle: "Backend Engineer",
      candidateName: "Casey Candidate",
      kind: "wrong_transcript",
      questionOrder: question?.order,
      message: "I said forty milliseconds, not forty seconds.",
      status: "open",
      isOverdue: false,
    });
    const db = await getDb();
    const notices = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.interviewId, interview.id), eq(notifications.kind, "contested")));
    expect(notices.map((n) => n.userId)).toEqual([tenant.recruiter.id]);

    const answerText = "We listened again: you said 40 ms.\nQuestion 2 is corrected.";
    const answered = await answer(tenant.token, contest.id, answerText);
    expect(answered.status).toBe(200);
    expect((answered.body as { contest: CandidateContest }).contest.status).toBe("answered");

    const mails = smtp.mailsTo(interview.candidateEmail);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe(`${tenant.company.name} answered your request about your interview`);
    expect(mail?.text).toContain("We listened again: you said 40 ms.");
    const link = `http://localhost:3000/interview/${inviteToken}/explanation`;
    expect(mail?.text).toContain(link);
    expect(mail?.html).toContain(`href="${link}"`);
    // Erasing the interview deletes the message: it names the interview.
    const rows = await db
      .select({ kind: emailMessages.kind, status: emailMessages.status })
      .from(emailMessages)
      .where(eq(emailMessages.interviewId, interview.id));
    expect(rows).toContainEqual({ kind: "contest-answer", status: "sent" });

    expect(await queue(tenant.token, "?status=open")).toEqual([]);
    const [done] = await queue(tenant.token, "?status=answered");
    expect(done).toMatchObject({ id: contest.id, status: "answered", answer: answerText });

    const explanation = await callRoute(getExplanation, {
      token: inviteToken,
      params: { id: interview.id },
    });
    expect((explanation.body as Explanation).contests).toMatchObject([
      { id: contest.id, status: "answered", answer: answerText },
    ]);

    const audit = await db
      .select()
      .from(reviewAudit)
      .where(eq(reviewAudit.interviewId, interview.id));
    expect(audit.find((row) => row.action === "open_contest")).toMatchObject({
      actorUserId: null,
      actorName: "The candidate",
      subject: `Question ${question?.order}`,
      after: { status: "open", kind: "wrong_transcript" },
    });
    expect(audit.find((row) => row.action === "answer_contest")).toMatchObject({
      actorUserId: tenant.recruiter.id,
      before: { status: "open", kind: "wrong_transcript" },
      after: { status: "answered", kind: "wrong_transcript" },
      reason: answerText,
    });

    const again = await answer(tenant.token, contest.id, "A second answer.");
    expect(again.status).toBe(409);
    expect(errorCode(again)).toBe("contest_answered");
    expect(smtp.mailsTo(interview.candidateEmail)).toHaveLength(1);
  });

  it("is mailed in Korean for a Korean position", async () => {
    const tenant = await createTenant({ language: "ko" });
    const { interview, inviteToken } = await createExplainableInterview(tenant, {
      decision: "advance",
    });
    const sent = await send(inviteToken, interview.id, {
      kind: "human_review",
      message: "검토 부탁드립니다.",
    });
    const { contest } = sent.body as { contest: CandidateContest };
    expect((await answer(tenant.token, contest.id, "다시 검토했습니다.")).status).toBe(200);
    const [mail] = smtp.mailsTo(interview.candidateEmail);
    expect(mail?.subject).toBe(`${tenant.company.name}에서 면접 관련 요청에 답변했습니다`);
    expect(mail?.text).toContain("다시 검토했습니다.");
  });

  it("answers one of two answers sent at once and refuses the other with contest_answered", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createExplainableInterview(tenant, {
      decision: "reject",
    });
    const sent = await send(inviteToken, interview.id, {
      kind: "human_review",
      message: "Please.",
    });
    const { contest } = sent.body as { contest: CandidateContest };
    const results = await Promise.all([
      answer(tenant.token, contest.id, "First."),
      answer(tenant.token, contest.id, "Second."),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(smtp.mailsTo(interview.candidateEmail)).toHaveLength(1);
    const db = await getDb();
    const answers = await db
      .select()
      .from(reviewAudit)
      .where(
        and(eq(reviewAudit.interviewId, interview.id), eq(reviewAudit.action, "answer_contest")),
      );
    expect(answers).toHaveLength(1);
  });
});

describe("POST /api/interviews/{id}/contests", () => {
  it("refuses a body over 8 KB with 413 before parsing it, without using up an attempt", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createExplainableInterview(tenant, {
      decision: "reject",
    });
    const before = await countRows(contests);
    const big = await callRoute(POST, {
      method: "POST",
      token: inviteToken,
      params: { id: interview.id },
      headers: { "content-type": "application/json" },
      // Not even JSON: the size is refused before any parse.
      body: `{"kind":"human_review","message":"${"x".repeat(9000)}`,
    });
    expect(big.status).toBe(413);
    expect(errorCode(big)).toBe("payload_too_large");
    expect(await countRows(contests)).toBe(before);
    for (let index = 0; index < 3; index++) {
      const result = await send(inviteToken, interview.id, {
        kind: "missing_context",
        message: `Context ${index}.`,
      });
      expect(result.status).toBe(201);
    }
  });

  it("allows 3 contests an hour per interview, then 429 with Retry-After", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createExplainableInterview(tenant, {
      decision: "reject",
    });
    for (let index = 0; index < 3; index++) {
      expect(
        (await send(inviteToken, interview.id, { kind: "human_review", message: `Try ${index}.` }))
          .status,
      ).toBe(201);
    }
    const fourth = await send(inviteToken, interview.id, { kind: "human_review", message: "4." });
    expect(fourth.status).toBe(429);
    expect(errorCode(fourth)).toBe("rate_limited");
    expect(Number(fourth.headers.get("retry-after"))).toBeGreaterThan(0);
    const db = await getDb();
    const rows = await db.select().from(contests).where(eq(contests.interviewId, interview.id));
    expect(rows).toHaveLength(3);
  });

  it("refuses a sixth open contest with contest_limit_reached", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createExplainableInterview(tenant, {
      decision: "reject",
    });
    const db = await getDb();
    await db.insert(contests).values(
      Array.from({ length: 5 }, (_, index) => ({
        companyId: tenant.company.id,
        interviewId: interview.id,
        kind: "human_review" as const,
        message: `Open ${index}.`,
        dueAt: new Date(Date.now() + dayMs),
      })),
    );
    const result = await send(inviteToken, interview.id, { kind: "human_review", message: "6." });
    expect(result.status).toBe(409);
    expect(errorCode(result)).toBe("contest_limit_reached");
  });

  it.each([
    ["a message over 2,000 characters", { kind: "human_review", message: "x".repeat(2001) }],
    ["an empty message", { kind: "human_review", message: "   " }],
    ["an unknown kind", { kind: "appeal", message: "Please." }],
    ["an unknown key", { kind: "human_review", message: "Please.", score: 100 }],
  ])("answers 422 for %s, writing nothing", async (_name, body) => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createExplainableInterview(tenant, {
      decision: "reject",
    });
    const before = await countRows(contests);
    const result = await send(inviteToken, interview.id, body);
    expect(result.status).toBe(422);
    expect(await countRows(contests)).toBe(before);
  });

  it("answers 422 for a question of another interview, and 409 explanation_not_available before the explanation opens", async () => {
    const tenant = await createTenant();
    const decided = await createExplainableInterview(tenant, { decision: "reject" });
    const undecided = await createExplainableInterview(tenant);
    const foreign = await send(decided.inviteToken, decided.interview.id, {
      kind: "wrong_transcript",
      questionId: undecided.questions[0]?.id,
      message: "Wrong.",
    });
    expect(foreign.status).toBe(422);
    const early = await send(undecided.inviteToken, undecided.interview.id, {
      kind: "human_review",
      message: "Please.",
    });
    expect(early.status).toBe(409);
    expect(errorCode(early)).toBe("explanation_not_available");
  });
});

describe("GET /api/review-queue", () => {
  it("lists open contests soonest due first with overdue marked, and shows an evaluator only their positions'", async () => {
    const tenant = await createTenant();
    const first = await createExplainableInterview(tenant, { decision: "reject" });
    const second = await createExplainableInterview(tenant, { decision: "reject" });
    const db = await getDb();
    const now = Date.now();
    const [, soon, answered] = await db
      .insert(contests)
      .values([
        {
          companyId: tenant.company.id,
          interviewId: first.interview.id,
          kind: "human_review" as const,
          message: "Overdue.",
          dueAt: new Date(now - dayMs),
        },
        {
          companyId: tenant.company.id,
          interviewId: second.interview.id,
          kind: "missing_context" as const,
          message: "Soon.",
          dueAt: new Date(now + dayMs),
        },
        {
          companyId: tenant.company.id,
          interviewId: second.interview.id,
          kind: "wrong_transcript" as const,
          message: "Done.",
          status: "answered" as const,
          answer: "Answered.",
          answeredAt: new Date(now),
          dueAt: new Date(now - 2 * dayMs),
        },
      ])
      .returning();
    await db.insert(contests).values({
      companyId: tenant.company.id,
      interviewId: first.interview.id,
      kind: "human_review",
      message: "Later.",
      dueAt: new Date(now + 5 * dayMs),
    });
    const all = await queue(tenant.token);
    expect(all.map((c) => c.message)).toEqual(["Overdue.", "Soon.", "Later.", "Done."]);
    expect(all.map((c) => c.isOverdue)).toEqual([true, false, false, false]);
    expect((await queue(tenant.token, "?status=answered")).map((c) => c.id)).toEqual([
      answered?.id,
    ]);
    expect(
      (await queue(tenant.token, `?interviewId=${second.interview.id}`)).map((c) => c.id),
    ).toEqual([soon?.id, answered?.id]);

    const evaluator = await addTeammate(tenant, "evaluator");
    expect(await queue(evaluator.token)).toEqual([]);
    await assignToPosition(tenant, { userId: evaluator.user.id });
    expect(await queue(evaluator.token)).toHaveLength(4);
    const refused = await answer(evaluator.token, soon?.id ?? "", "An evaluator's answer.");
    expect(refused.status).toBe(403);
    const bad = await callRoute(getReviewQueue, {
      token: tenant.token,
      path: "/api/review-queue?status=closed",
    });
    expect(bad.status).toBe(422);
  });
});
