import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as completeInterview } from "@/app/api/interviews/[id]/complete/route";
import { GET as getReport } from "@/app/api/interviews/[id]/report/route";
import { POST as uploadSignals } from "@/app/api/interviews/[id]/signals/route";
import { POST as postTranscripts } from "@/app/api/interviews/[id]/transcripts/route";
import { getDb } from "@/db/client";
import {
  answerBank,
  evaluations,
  integritySignals,
  interviewQuestions,
  reports,
} from "@/db/schema";
import { createOfflineProvider } from "@/lib/ai/offline-provider";
import { addFollowUpQuestion } from "@/lib/db/question-threads";
import { nominateAnswer } from "@/lib/review/nominate-answer";
import { callRoute } from "@/tests/support/call-route";
import { createTenant, type Tenant } from "@/tests/support/factories";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";
import { flagSimilarAnswers } from "./flag-similar-answers";

const questionTexts = [
  "Tell me about a time you made a slow service fast. How did you find the cause, and what was the result for latency?",
  "Describe a disagreement with a colleague about a technical decision and how you resolved it.",
];
const copiedAnswer =
  "First, I profiled the checkout service with Datadog because p99 latency had reached 2.4 seconds. Then I found that every request loaded the full catalogue from Postgres, so I added a Redis cache with a 10 minute TTL. As a result, p99 latency fell to 380 ms during the Black Friday peak.";
const ownAnswers = [
  "My colleague wanted to rewrite the billing module in Go while I preferred to fix the existing one. We wrote down the costs of both, ran a two week spike, and agreed to keep the old module with better tests.",
  "We argued about whether to adopt GraphQL for the mobile app. I asked for a small prototype, measured payload sizes with the team, and we chose to keep REST but added field filtering to two endpoints.",
];

/** An interview of the tenant with these answers (one segment each), completed and so evaluated. */
async function answerAndComplete(
  tenant: Tenant,
  answers: string[],
  options: {
    beforeComplete?: (ids: { id: string; invite: string; questionIds: string[] }) => Promise<void>;
    /** Asked after the first answer, and answered with this text. */
    followUpAnswer?: string;
  } = {},
) {
  const { id, invite, params, questions } = await startInterviewThroughApi(tenant, {
    questionCount: 2,
    rewordAs: questionTexts,
  });
  const segments = answers.map((text, index) => ({
    id: `a${index}`,
    questionId: questions[index]?.id,
    speaker: "candidate",
    text,
    startMs: index * 60_000,
    endMs: index * 60_000 + 30_000,
  }));
  const followUpId = options.followUpAnswer
    ? await askFollowUp(id, questions[0]?.id ?? "")
    : undefined;
  if (followUpId && options.followUpAnswer) {
    segments.push({
      id: "f0",
      questionId: followUpId,
      speaker: "candidate",
      text: options.followUpAnswer,
      startMs: 40_000,
      endMs: 55_000,
    });
  }
  expect(
    (await callRoute(postTranscripts, { token: invite, params, json: { segments } })).status,
  ).toBe(201);
  await options.beforeComplete?.({ id, invite, questionIds: questions.map((q) => q.id) });
  expect(
    (await callRoute(completeInterview, { method: "POST", token: invite, params })).status,
  ).toBe(200);
  return { id, questionIds: questions.map((q) => q.id), followUpId };
}

async function askFollowUp(interviewId: string, mainId: string) {
  const db = await getDb();
  const [main] = await db
    .select()
    .from(interviewQuestions)
    .where(eq(interviewQuestions.id, mainId));
  if (!main) throw new Error("expected the main question row");
  const followUp = await addFollowUpQuestion({
    interviewId,
    main,
    followUpNumber: 1,
    content: "What did you do yourself, and how did you measure the result?",
    reason: "The answer names no measurement.",
  });
  return followUp.id;
}

async function reportOf(interviewId: string) {
  const db = await getDb();
  const [report] = await db.select().from(reports).where(eq(reports.interviewId, interviewId));
  return report;
}

async function signalsOf(interviewId: string) {
  const db = await getDb();
  return db.select().from(integritySignals).where(eq(integritySignals.interviewId, interviewId));
}

async function scoresOf(interviewId: string) {
  const db = await getDb();
  const [report] = await db.select().from(reports).where(eq(reports.interviewId, interviewId));
  const rows = await db.select().from(evaluations).where(eq(evaluations.interviewId, interviewId));
  return {
    overall: report?.overallScore,
    competencies: report?.competencyScores,
    answers: rows
      .map((row) => ({ score: row.score, rubricScores: row.rubricScores }))
      .sort((a, b) => a.score - b.score),
  };
}

describe("similar-answer signals after evaluation", () => {
  it("flags an answer copied from another candidate, not a genuine one, and changes no score", async () => {
    const tenant = await createTenant();
    const first = await answerAndComplete(tenant, [copiedAnswer, ownAnswers[0] as string]);
    expect(await signalsOf(first.id)).toEqual([]);
    // A recruiter banks the first answer (an offline score banks nothing by itself).
    await nominateAnswer({
      interviewId: first.id,
      questionId: first.questionIds[0] ?? "",
      actorUserId: tenant.recruiter.id,
      reason: "",
    });
    const db = await getDb();
    const banked = await db
      .select()
      .from(answerBank)
      .where(eq(answerBank.sourceInterviewId, first.id));
    expect(banked).toHaveLength(1);

    const second = await answerAndComplete(tenant, [copiedAnswer, ownAnswers[1] as string]);
    const flagged = await signalsOf(second.id);
    // The banked copy is the same candidate's answer: flagged once, as theirs.
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({
      kind: "similar_to_candidate",
      questionId: second.questionIds[0],
      clientId: null,
      evidence: {
        interviewId: first.id,
        excerpt: expect.stringContaining("profiled the checkout"),
      },
    });
    expect(flagged[0]?.evidence.similarity).toBeGreaterThanOrEqual(0.99);

    const report = await callRoute(getReport, { token: tenant.token, params: { id: second.id } });
    expect((report.body as { signals: { kind: string }[] }).signals.map((s) => s.kind)).toEqual([
      "similar_to_candidate",
    ]);

    // Checked again now that the second interview exists: the first one's own banked answer is
    // left out, the second candidate's copy is found, and no score moves.
    const before = await scoresOf(first.id);
    const result = await flagSimilarAnswers({
      interviewId: first.id,
      provider: createOfflineProvider(),
    });
    expect(result).toMatchObject({ answers: 2, compared: 2, embeddedTexts: 4, flagged: 1 });
    expect((await signalsOf(first.id)).map((s) => [s.kind, s.evidence.interviewId])).toEqual([
      ["similar_to_candidate", second.id],
    ]);
    expect(await scoresOf(first.id)).toEqual(before);
  });

  it("scores the same answers the same with and without browser signals", async () => {
    const tenant = await createTenant();
    const answers = [ownAnswers[0] as string, ownAnswers[1] as string];
    const plain = await answerAndComplete(tenant, answers);
    const signalled = await answerAndComplete(tenant, answers, {
      beforeComplete: async ({ id, invite, questionIds }) => {
        const signals = questionIds.flatMap((questionId, index) => [
          {
            clientId: `f${index}`,
            questionId,
            kind: "focus_lost",
            count: 3,
            totalMs: 90_000,
            evidence: {},
          },
          {
            clientId: `p${index}`,
            questionId,
            kind: "paste",
            count: 1,
            totalMs: null,
            evidence: { chars: 400 },
          },
          {
            clientId: `s${index}`,
            questionId,
            kind: "silence_before_answer",
            count: 1,
            totalMs: 60_000,
            evidence: { answered: true },
          },
        ]);
        const stored = await callRoute(uploadSignals, {
          method: "POST",
          token: invite,
          params: { id },
          json: { signals },
        });
        expect(stored.status).toBe(201);
      },
    });
    expect((await signalsOf(signalled.id)).filter((s) => s.clientId !== null)).toHaveLength(6);
    expect(await signalsOf(plain.id)).toEqual([]);
    const scores = await scoresOf(signalled.id);
    expect(scores.overall).toBeTypeOf("number");
    expect(scores).toEqual(await scoresOf(plain.id));
  });
});

/** Another candidate's answer to the first question, in their own words. */
const honestAnswer =
  "Our search API timed out during a sales campaign. I traced the slow calls with OpenTelemetry and saw that one query scanned the orders table without an index, so I added a composite index and paged the results. Median latency dropped from 1.8 seconds to 240 ms.";
/** Three quarters the first candidate's words, the rest new. */
const partlyCopied =
  "First, I profiled the checkout service with Datadog because p99 latency had reached 2.4 seconds. Then I found that every request loaded the full catalogue from Postgres, so I added a Redis cache with a 10 minute TTL. In the end our pages were much quicker and the sales team was happy with it.";

describe("copies hidden in follow-ups and partial copies", () => {
  it("flags a follow-up answer pasted from another candidate and puts the report in needs_review", async () => {
    const tenant = await createTenant();
    const first = await answerAndComplete(tenant, [copiedAnswer, ownAnswers[0] as string]);
    const second = await answerAndComplete(tenant, [honestAnswer, ownAnswers[1] as string], {
      followUpAnswer: `Sure, let me add some detail. ${copiedAnswer}`,
    });
    const flagged = await signalsOf(second.id);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({
      kind: "similar_to_candidate",
      questionId: second.followUpId,
      evidence: { interviewId: first.id, copiedShare: 1 },
    });
    const report = await reportOf(second.id);
    expect(report).toMatchObject({ needsReview: true, recommendation: "needs_review" });
    expect(report?.reviewReasons).toContainEqual(
      expect.stringMatching(/^Question 1, follow-up 1: possible copy — 100 % of its wording/),
    );
    const shown = await callRoute(getReport, { token: tenant.token, params: { id: second.id } });
    expect((shown.body as { signals: { description: string }[] }).signals[0]?.description).toMatch(
      /^100 % of the wording matches another candidate's answer/,
    );
  });

  it("flags a main answer three quarters copied, which the cosine alone lets pass", async () => {
    const tenant = await createTenant();
    const first = await answerAndComplete(tenant, [copiedAnswer, ownAnswers[0] as string]);
    const second = await answerAndComplete(tenant, [partlyCopied, ownAnswers[1] as string]);
    const [signal, ...rest] = await signalsOf(second.id);
    expect(rest).toEqual([]);
    expect(signal).toMatchObject({
      kind: "similar_to_candidate",
      questionId: second.questionIds[0],
      evidence: { interviewId: first.id },
    });
    // A partial copy: below the cosine threshold, caught by its wording.
    expect(signal?.evidence.similarity).toBeLessThan(0.92);
    expect(signal?.evidence.copiedShare).toBeGreaterThan(0.6);
    expect((await reportOf(second.id))?.reviewReasons).toContainEqual(
      expect.stringMatching(/^Question 1: possible copy — \d+ % of its wording/),
    );
  });

  it("flags nothing between two honest answers to the same question, main or follow-up", async () => {
    const tenant = await createTenant();
    await answerAndComplete(tenant, [copiedAnswer, ownAnswers[0] as string], {
      followUpAnswer:
        "I ran the profiler myself and compared the p99 before and after on the same dashboard, over a full week of traffic, so the holiday peak was part of it.",
    });
    const second = await answerAndComplete(tenant, [honestAnswer, ownAnswers[1] as string], {
      followUpAnswer:
        "I wrote the index migration and the paging change, then compared the median from our APM over two campaign days before and after the release.",
    });
    expect(await signalsOf(second.id)).toEqual([]);
    const report = await reportOf(second.id);
    expect(report?.reviewReasons.filter((reason) => reason.includes("possible copy"))).toEqual([]);
  });
});
