import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { interviewQuestions, positions } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { POST as completeInterview } from "../../../complete/route";
import { POST as startInterview } from "../../../start/route";
import { POST as addSegments } from "../../../transcripts/route";
import { GET as listQuestions } from "../../route";
import { POST as askFollowUp } from "./route";

type QuestionView = {
  id: string;
  order: number;
  content: string;
  parentQuestionId: string | null;
  followUpNumber: number;
};

const thinAnswer = "We fixed it quickly.";
const completeAnswer =
  "Last spring our checkout API started timing out during a sale. I traced the errors in Datadog to a missing index on the orders table in Postgres. I added the index and a query timeout, and p99 latency dropped from 4 seconds to 300 ms within an hour.";

/** A started interview of a position with `followUpsPerQuestion` (null: the env default, 1). */
async function setup(options: { followUpsPerQuestion?: number | null; language?: string } = {}) {
  const tenant = await createTenant({ language: options.language });
  if (options.followUpsPerQuestion !== undefined) {
    await (await getDb())
      .update(positions)
      .set({ followUpsPerQuestion: options.followUpsPerQuestion })
      .where(eq(positions.id, tenant.position.id));
  }
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 2 });
  const params = { id: interview.id };
  const started = await callRoute(startInterview, { method: "POST", token: inviteToken, params });
  expect(started.status).toBe(200);
  const questions = await list(inviteToken, interview.id);
  return { tenant, interview, inviteToken, params, questions };
}

async function list(token: string, id: string): Promise<QuestionView[]> {
  const result = await callRoute(listQuestions, { token, params: { id } });
  expect(result.status).toBe(200);
  return (result.body as { questions: QuestionView[] }).questions;
}

async function answer(token: string, id: string, questionId: string, text: string) {
  const result = await callRoute(addSegments, {
    method: "POST",
    token,
    params: { id },
    json: {
      segments: [
        {
          id: `seg-${crypto.randomUUID()}`,
          questionId,
          speaker: "candidate",
          text,
          startMs: 0,
          endMs: 5000,
        },
      ],
    },
  });
  expect(result.status).toBe(201);
}

async function followUp(token: string, id: string, questionId: string) {
  const result = await callRoute(askFollowUp, {
    method: "POST",
    token,
    params: { id, questionId },
  });
  return { ...result, followUp: (result.body as { followUp?: QuestionView | null }).followUp };
}

async function countQuestions(interviewId: string) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(interviewQuestions)
    .where(eq(interviewQuestions.interviewId, interviewId));
  return rows.length;
}

describe("POST /api/interviews/{id}/questions/{questionId}/follow-up", () => {
  it("asks one follow-up after a thin answer, listed right after its question", async () => {
    const { interview, inviteToken, tenant, questions } = await setup();
    const [first, second] = questions as [QuestionView, QuestionView];
    await answer(inviteToken, interview.id, first.id, thinAnswer);
    const result = await followUp(inviteToken, interview.id, first.id);
    expect(result.status).toBe(200);
    expect(result.followUp).toEqual({
      id: expect.any(String),
      order: first.order,
      content: expect.stringMatching(/^Could you walk me through/),
      category: expect.any(String),
      competency: expect.any(String),
      parentQuestionId: first.id,
      followUpNumber: 1,
    });
    const stored = await (await getDb())
      .select()
      .from(interviewQuestions)
      .where(eq(interviewQuestions.id, result.followUp?.id ?? ""));
    expect(stored[0]?.followUpReason).toMatch(/^Too thin/);
    // The question list (cached) shows it at once, in thread order, to both audiences.
    const listed = await list(tenant.token, interview.id);
    expect(listed.map((q) => [q.id, q.followUpNumber, q.parentQuestionId])).toEqual([
      [first.id, 0, null],
      [result.followUp?.id, 1, first.id],
      [second.id, 0, null],
    ]);
    expect(await list(inviteToken, interview.id)).toEqual(listed);
  });

  it("returns the same follow-up on a second call, and on concurrent calls, without adding one", async () => {
    const { interview, inviteToken, questions } = await setup();
    const first = questions[0] as QuestionView;
    await answer(inviteToken, interview.id, first.id, thinAnswer);
    const [a, b] = await Promise.all([
      followUp(inviteToken, interview.id, first.id),
      followUp(inviteToken, interview.id, first.id),
    ]);
    const again = await followUp(inviteToken, interview.id, first.id);
    expect(a.followUp?.id).toEqual(expect.any(String));
    expect([b.followUp?.id, again.followUp?.id]).toEqual([a.followUp?.id, a.followUp?.id]);
    expect(await countQuestions(interview.id)).toBe(3);
  });

  it("stops at the limit: after the one follow-up of the default, and at once when the position sets 0", async () => {
    const { interview, inviteToken, questions } = await setup();
    const first = questions[0] as QuestionView;
    await answer(inviteToken, interview.id, first.id, thinAnswer);
    const asked = await followUp(inviteToken, interview.id, first.id);
    const askedId = asked.followUp?.id ?? "";
    await answer(inviteToken, interview.id, askedId, "It went fine.");
    expect((await followUp(inviteToken, interview.id, askedId)).followUp).toBeNull();

    const off = await setup({ followUpsPerQuestion: 0 });
    const offFirst = off.questions[0] as QuestionView;
    await answer(off.inviteToken, off.interview.id, offFirst.id, thinAnswer);
    const result = await followUp(off.inviteToken, off.interview.id, offFirst.id);
    expect(result).toMatchObject({ status: 200, followUp: null });
    expect(await countQuestions(off.interview.id)).toBe(2);
  });

  it("asks a second follow-up when the position allows two, and returns the next one for an earlier turn", async () => {
    const { interview, inviteToken, questions } = await setup({ followUpsPerQuestion: 2 });
    const first = questions[0] as QuestionView;
    await answer(inviteToken, interview.id, first.id, thinAnswer);
    const one = (await followUp(inviteToken, interview.id, first.id)).followUp;
    await answer(
      inviteToken,
      interview.id,
      one?.id ?? "",
      "The team restarted the servers and the errors went away after that.",
    );
    const two = (await followUp(inviteToken, interview.id, one?.id ?? "")).followUp;
    expect(two).toMatchObject({ parentQuestionId: first.id, followUpNumber: 2 });
    expect(two?.content).not.toBe(one?.content);
    expect((await followUp(inviteToken, interview.id, first.id)).followUp?.id).toBe(one?.id);
  });

  it("asks nothing after a complete answer", async () => {
    const { interview, inviteToken, questions } = await setup();
    const first = questions[0] as QuestionView;
    await answer(inviteToken, interview.id, first.id, completeAnswer);
    expect((await followUp(inviteToken, interview.id, first.id)).followUp).toBeNull();
    expect(await countQuestions(interview.id)).toBe(2);
  });

  it("asks a Korean position's follow-up in Korean", async () => {
    const { interview, inviteToken, questions } = await setup({ language: "ko" });
    const first = questions[0] as QuestionView;
    await answer(inviteToken, interview.id, first.id, "잘 해결했습니다.");
    const result = await followUp(inviteToken, interview.id, first.id);
    expect(result.followUp?.content).toMatch(/\p{Script=Hangul}/u);
  });

  it("refuses the recruiter, another interview's candidate and another interview's question", async () => {
    const { interview, inviteToken, tenant, questions } = await setup();
    const first = questions[0] as QuestionView;
    await answer(inviteToken, interview.id, first.id, thinAnswer);
    const recruiter = await followUp(tenant.token, interview.id, first.id);
    expect([recruiter.status, errorCode(recruiter)]).toEqual([403, "forbidden"]);
    const other = await createInvitedInterview(tenant);
    const stranger = await followUp(other.inviteToken, interview.id, first.id);
    expect([stranger.status, errorCode(stranger)]).toEqual([404, "not_found"]);
    const elsewhere = await setup();
    const foreign = await followUp(inviteToken, interview.id, elsewhere.questions[0]?.id ?? "");
    expect([foreign.status, errorCode(foreign)]).toEqual([404, "not_found"]);
    expect(await countQuestions(interview.id)).toBe(2);
  });

  it("answers 409 when the interview is not in progress", async () => {
    const tenant = await createTenant();
    const invited = await createInvitedInterview(tenant);
    const [question] = await list(tenant.token, invited.interview.id);
    const notStarted = await followUp(
      invited.inviteToken,
      invited.interview.id,
      question?.id ?? "",
    );
    expect([notStarted.status, errorCode(notStarted)]).toEqual([409, "conflict"]);

    const { interview, inviteToken, params, questions } = await setup();
    const first = questions[0] as QuestionView;
    await answer(inviteToken, interview.id, first.id, thinAnswer);
    const done = await callRoute(completeInterview, { method: "POST", token: inviteToken, params });
    expect(done.status).toBe(200);
    const afterwards = await followUp(inviteToken, interview.id, first.id);
    expect([afterwards.status, errorCode(afterwards)]).toEqual([409, "conflict"]);
    expect(await countQuestions(interview.id)).toBe(2);
  });
});
