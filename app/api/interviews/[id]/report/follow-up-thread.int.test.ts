import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { evaluations, interviewQuestions } from "@/db/schema";
import { addFollowUpQuestion } from "@/lib/db/question-threads";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";
import { POST as completeInterview } from "../complete/route";
import { POST as postTranscripts } from "../transcripts/route";
import { GET as getReport } from "./route";

type Turn = {
  answer: { id: string; text: string; startMs: number; endMs: number }[];
  durationMs: number | null;
};
type ReportBody = {
  answers: (Turn & {
    question: { id: string };
    evaluation: { questionId: string; evidence: { quote: string; segmentId: string | null }[] };
    followUps: (Turn & {
      question: { content: string; followUpNumber: number; followUpReason: string | null };
    })[];
  })[];
};

const thinAnswer =
  "I would look at the logs of the job to see which part is slow, and then I would fix the slowest step.";
const followUpAnswer = [
  "At a retailer I owned our nightly reconciliation job when it went from 55 minutes to over five hours.",
  "I ran ANALYZE, raised the statistics target and moved the bulk import after the batch. As a result, the run went back to 50 minutes.",
];

describe("the report of an interview with a follow-up thread", () => {
  it("carries each follow-up under its main answer, in order, with answer times, and scores the thread once", async () => {
    const tenant = await createTenant();
    const { id, invite, params, questions } = await startInterviewThroughApi(tenant, {
      questionCount: 2,
      rewordAs: [
        "A nightly batch job that used to finish in one hour now takes six. How would you find out why?",
      ],
    });
    const [main] = questions;
    if (!main) throw new Error("expected a question");
    const db = await getDb();
    const [parent] = await db
      .select()
      .from(interviewQuestions)
      .where(eq(interviewQuestions.id, main.id));
    if (!parent) throw new Error("expected the main question row");
    const followUp = await addFollowUpQuestion({
      interviewId: id,
      main: parent,
      followUpNumber: 1,
      content: "What did you do yourself, and what was the result?",
      reason: "The answer names no outcome.",
    });

    const segments = [
      { id: "main-0", questionId: main.id, text: thinAnswer, startMs: 1_000, endMs: 16_000 },
      ...followUpAnswer.map((text, i) => ({
        id: `follow-up-${i}`,
        questionId: followUp.id,
        text,
        startMs: 20_000 + i * 60_000,
        endMs: 70_000 + i * 75_000,
      })),
    ].map((segment) => ({ ...segment, speaker: "candidate" }));
    const posted = await callRoute(postTranscripts, { token: invite, params, json: { segments } });
    expect(posted.status).toBe(201);
    const completed = await callRoute(completeInterview, { method: "POST", token: invite, params });
    expect(completed.status).toBe(200);

    const report = await callRoute(getReport, { token: tenant.token, params });
    expect(report.status).toBe(200);
    const body = report.body as ReportBody;
    // One scored answer per main question: the follow-up is part of its thread, not an answer.
    expect(body.answers).toHaveLength(2);
    const thread = body.answers.find((answer) => answer.question.id === main.id);
    expect(thread?.answer.map((segment) => segment.id)).toEqual(["main-0"]);
    expect(thread?.durationMs).toBe(15_000);
    expect(thread?.followUps).toHaveLength(1);
    expect(thread?.followUps[0]).toMatchObject({
      question: {
        content: "What did you do yourself, and what was the result?",
        followUpNumber: 1,
        followUpReason: "The answer names no outcome.",
      },
      durationMs: 145_000 - 20_000,
    });
    expect(thread?.followUps[0]?.answer.map((segment) => segment.text)).toEqual(followUpAnswer);
    // The thread is scored as one answer: its evidence may quote the follow-up's words.
    const quotedIds = thread?.evaluation.evidence.map((item) => item.segmentId) ?? [];
    expect(quotedIds).toContain("follow-up-0");
    const followUpRows = await db
      .select()
      .from(evaluations)
      .where(eq(evaluations.questionId, followUp.id));
    expect(followUpRows).toEqual([]);
  }, 60_000);
});
