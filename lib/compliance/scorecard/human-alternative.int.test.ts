import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { PUT as putDecision } from "@/app/api/interviews/[id]/decision/route";
import { GET as exportInterview } from "@/app/api/interviews/[id]/export/route";
import { POST as askFollowUp } from "@/app/api/interviews/[id]/questions/[questionId]/follow-up/route";
import { GET as getReport } from "@/app/api/interviews/[id]/report/route";
import { POST as postTranscripts } from "@/app/api/interviews/[id]/transcripts/route";
import { getDb } from "@/db/client";
import { evaluations, interviews, notifications, reports, webhookDeliveries } from "@/db/schema";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import {
  aiScoreKeys,
  collectKeys,
  completeScoredInterview,
  spokenAnswers,
} from "@/tests/support/human-scorecard-fixtures";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";
import { setUpWebhookReceiver } from "@/tests/support/webhook-receiver-per-file";

vi.mock("@/lib/webhooks/local-webhooks", () => import("@/tests/support/local-webhooks.mock"));

const { endpointFor } = setUpWebhookReceiver();

async function rowsOf(interviewId: string) {
  const db = await getDb();
  const [interview] = await db.select().from(interviews).where(eq(interviews.id, interviewId));
  return {
    status: interview?.status,
    evaluations: await db
      .select()
      .from(evaluations)
      .where(eq(evaluations.interviewId, interviewId)),
    reports: await db.select().from(reports).where(eq(reports.interviewId, interviewId)),
  };
}

async function reportDeliveries(companyId: string) {
  const db = await getDb();
  return db
    .select({ eventType: webhookDeliveries.eventType, payload: webhookDeliveries.payload })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.companyId, companyId)))
    .orderBy(webhookDeliveries.createdAt);
}

describe("an interview whose candidate asked that no AI score them", () => {
  it("makes no scoring call, writes no evaluation and no report, and is evaluated for people", async () => {
    const tenant = await createTenant();
    const provider = getAiProvider();
    const evaluate = vi.spyOn(provider, "evaluateAnswer");
    const embed = vi.spyOn(provider, "embed");
    try {
      const { id } = await completeScoredInterview(tenant, { aiScoring: false });
      expect(evaluate).not.toHaveBeenCalled();
      expect(embed).not.toHaveBeenCalled();
      const rows = await rowsOf(id);
      expect(rows.status).toBe("evaluated");
      expect(rows.evaluations).toEqual([]);
      expect(rows.reports).toEqual([]);
    } finally {
      evaluate.mockRestore();
      embed.mockRestore();
    }
  });

  it("still asks a follow-up after a thin answer: the interview runs the same", async () => {
    const tenant = await createTenant();
    const { id, invite, params, questions } = await startInterviewThroughApi(tenant, {
      questionCount: 2,
    });
    const db = await getDb();
    await db.update(interviews).set({ aiScoring: false }).where(eq(interviews.id, id));
    await invalidateInterviewCache(id);
    const [first] = questions;
    if (!first) throw new Error("expected a question");
    const posted = await callRoute(postTranscripts, {
      token: invite,
      params,
      json: {
        segments: [
          {
            id: "thin-0",
            questionId: first.id,
            speaker: "candidate",
            text: "We fixed it quickly.",
            startMs: 0,
            endMs: 5000,
          },
        ],
      },
    });
    expect(posted.status).toBe(201);
    const asked = await callRoute(askFollowUp, {
      method: "POST",
      token: invite,
      params: { id, questionId: first.id },
    });
    expect(asked.status).toBe(200);
    expect(
      (asked.body as { followUp: { parentQuestionId: string } | null }).followUp,
    ).toMatchObject({
      parentQuestionId: first.id,
    });
  });

  it("takes a hiring decision once evaluated, though no report exists, and refuses it before", async () => {
    const tenant = await createTenant();
    const running = await completeScoredInterview(tenant, { aiScoring: false, complete: false });
    const decide = (params: { id: string }) =>
      callRoute(putDecision, {
        method: "PUT",
        token: tenant.token,
        params,
        json: { decision: "advance", note: "Scored on the scorecard." },
      });
    expect((await decide(running.params)).status).toBe(409);
    const { params } = await completeScoredInterview(tenant, { aiScoring: false });
    const decided = await decide(params);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ decision: { decision: "advance" } });
  });

  it("still scores with AI (the same spy called) when the candidate did not opt out", async () => {
    const tenant = await createTenant();
    const evaluate = vi.spyOn(getAiProvider(), "evaluateAnswer");
    try {
      const { id } = await completeScoredInterview(tenant, { aiScoring: true });
      expect(evaluate).toHaveBeenCalledTimes(3);
      const rows = await rowsOf(id);
      expect(rows.evaluations).toHaveLength(3);
      expect(rows.reports).toHaveLength(1);
    } finally {
      evaluate.mockRestore();
    }
  });

  it("serves no AI score key in the recruiter's report, the candidate's, the export or the report webhooks", async () => {
    const tenant = await createTenant();
    await endpointFor(tenant, ["report.ready", "report.needs_review"]);
    const { id, invite, params } = await completeScoredInterview(tenant, { aiScoring: false });

    const recruiter = await callRoute(getReport, { token: tenant.token, params });
    expect(recruiter.status).toBe(200);
    const body = recruiter.body as {
      aiScoring: boolean;
      scorecard: { competencies: { competency: string }[]; hireBand: string };
      answers: { answer: { text: string }[] }[];
    };
    expect(body.aiScoring).toBe(false);
    expect(body.scorecard.competencies.map((row) => row.competency)).toEqual([
      "ownership",
      "communication",
    ]);
    expect(body.scorecard.hireBand).toBe("incomplete");
    expect(body.answers.map((answer) => answer.answer.map((s) => s.text).join(" "))).toEqual(
      spokenAnswers,
    );

    const candidate = await callRoute(getReport, { token: invite, params });
    expect(candidate.status).toBe(200);
    expect(candidate.body).toEqual({ level: "none", aiScoring: false });

    const exported = await callRoute(exportInterview, { token: tenant.token, params });
    expect(exported.status).toBe(200);
    const exportBody = exported.body as { interview: { aiScoring: boolean } };
    expect(exportBody.interview.aiScoring).toBe(false);

    const deliveries = await reportDeliveries(tenant.company.id);
    expect(deliveries.map((row) => row.eventType)).toEqual(["report.ready", "report.needs_review"]);
    for (const row of deliveries) {
      expect((row.payload as { data: { aiScoring: boolean } }).data.aiScoring).toBe(false);
    }

    for (const served of [recruiter.body, candidate.body, exported.body, ...deliveries]) {
      const keys = collectKeys(served);
      expect(aiScoreKeys.filter((key) => keys.has(key))).toEqual([]);
    }
    expect(id).toBe(params.id);

    // The hiring team is told a person must score it, not that a report is ready.
    const db = await getDb();
    const notices = await db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.interviewId, id));
    expect(new Set(notices.map((notice) => notice.kind))).toEqual(new Set(["report_needs_review"]));
  });

  it("says aiScoring true on an AI-scored report and its webhooks, beside the AI's scores", async () => {
    const tenant = await createTenant();
    await endpointFor(tenant, ["report.ready"]);
    const { params } = await completeScoredInterview(tenant, { aiScoring: true });
    const recruiter = await callRoute(getReport, { token: tenant.token, params });
    expect(recruiter.body).toMatchObject({
      aiScoring: true,
      report: { overallScore: expect.any(Number) },
    });
    const [delivery] = await reportDeliveries(tenant.company.id);
    expect(delivery?.payload).toMatchObject({ type: "report.ready", data: { aiScoring: true } });
  });
});
