import { InngestTestEngine } from "@inngest/test";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  evaluations,
  reports,
  reviewAudit,
  rubricVersions,
  scoringReplays,
  selfIdentifications,
} from "@/db/schema";
import { scoringReplayRequested } from "@/inngest/events";
import { replayScoringFunction } from "@/inngest/functions/replay-scoring";
import { createOfflineProvider } from "@/lib/ai/offline-provider";
import type { AiProvider } from "@/lib/ai/types";
import type { ScoringReplayView } from "@/lib/compliance/replay/schemas";
import { summariseScores } from "@/lib/evaluation/score-bands";
import { resolveRubric } from "@/lib/rubrics/resolve-rubric";
import type { CompetencyRubric } from "@/lib/rubrics/schemas";
import { callRoute } from "@/tests/support/call-route";
import { addTeammate, createTenant, type Tenant } from "@/tests/support/factories";
import {
  createEvaluatedInterview,
  type EvaluatedInterview,
  replayAnswerTexts,
} from "@/tests/support/replay-fixtures";
import * as position from "../route";
import * as apply from "./[replayId]/apply/route";
import * as discard from "./[replayId]/discard/route";
import * as one from "./[replayId]/route";
import * as replays from "./route";

type PositionBody = { title: string; rubrics: CompetencyRubric[]; competencies: string[] };
type HeldBody = { position: PositionBody; replay: ScoringReplayView; applied: string[] };

const emptyCount = 10;
const total = 50;

/** A rubric for system-design whose first criterion reads differently: a new rubric version. */
function editRubric(rubrics: CompetencyRubric[]): CompetencyRubric {
  const rubric = designRubric(rubrics);
  const [first, ...rest] = rubric.criteria;
  if (!first) throw new Error("expected criteria");
  return {
    ...rubric,
    criteria: [{ ...first, description: `${first.description} Weigh cost as well.` }, ...rest],
  };
}

/** The rubric system-design scores on: the position's own, else the default. */
const designRubric = (rubrics: CompetencyRubric[]) =>
  resolveRubric({ rubrics, competency: "system-design", language: "en" });

/** What the offline scorer gives an interview's answers: the oracle the aggregates are checked on. */
async function scoreOffline(interview: EvaluatedInterview, rubrics: CompetencyRubric[]) {
  const provider = createOfflineProvider();
  const answers = interview.questions.map((question, index) => ({
    question,
    text: replayAnswerTexts[index % replayAnswerTexts.length] ?? "",
  }));
  const scored = [];
  for (const { question, text } of answers) {
    const evaluation = await provider.evaluateAnswer({
      language: "en",
      question: question.content,
      competency: question.competency,
      rubric: resolveRubric({ rubrics, competency: question.competency, language: "en" }),
      rubricVersion: "oracle",
      answer: [{ segmentId: "s", text }],
      followUps: [],
      otherAnswers: answers
        .filter((other) => other.question.id !== question.id)
        .map((other) => ({ question: other.question.content, text: other.text })),
    });
    scored.push({ competency: question.competency, score: evaluation.score });
  }
  return summariseScores(scored);
}

async function snapshotScores(interviewIds: string[]) {
  const db = await getDb();
  const rows = await db
    .select({ id: evaluations.id, score: evaluations.score, version: evaluations.rubricVersion })
    .from(evaluations)
    .where(inArray(evaluations.interviewId, interviewIds));
  const reportRows = await db
    .select({ id: reports.interviewId, overall: reports.overallScore, at: reports.updatedAt })
    .from(reports)
    .where(inArray(reports.interviewId, interviewIds));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return { evaluations: rows.sort(byId), reports: reportRows.sort(byId) };
}

describe("a rubric change on a position with 50 evaluated interviews", () => {
  let tenant: Tenant;
  let sample: EvaluatedInterview[];
  let rubricsBefore: CompetencyRubric[];
  let held: HeldBody;

  beforeAll(async () => {
    tenant = await createTenant();
    sample = [];
    // Oldest first; the last ten answered nothing, after a report of 95 on every answer.
    for (let index = 0; index < total; index += 1) {
      const isEmpty = index >= total - emptyCount;
      const oldScores = isEmpty ? [95, 95, 95] : [40 + (index % 5) * 10, 60, 75];
      sample.push(
        await createEvaluatedInterview(tenant, { oldScores, isEmpty, secondsAgo: total - index }),
      );
    }
    // The ten empty ones self-identify as female, ten answered ones as male.
    const db = await getDb();
    await db.insert(selfIdentifications).values(
      sample.slice(0, emptyCount).map((interview) => ({
        companyId: tenant.company.id,
        positionId: tenant.position.id,
        interviewId: interview.interviewId,
        sex: "male" as const,
      })),
    );
    await db.insert(selfIdentifications).values(
      sample.slice(total - emptyCount).map((interview) => ({
        companyId: tenant.company.id,
        positionId: tenant.position.id,
        interviewId: interview.interviewId,
        sex: "female" as const,
      })),
    );
    const read = await callRoute(position.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    rubricsBefore = (read.body as PositionBody).rubrics;
  }, 120_000);

  it("holds the rubric change, applies the title, and answers 202 with the replay", async () => {
    const before = await snapshotScores(sample.map((row) => row.interviewId));
    const patched = await callRoute(position.PATCH, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { title: "Staff backend engineer", rubrics: [editRubric(rubricsBefore)] },
    });
    expect(patched.status).toBe(202);
    held = patched.body as HeldBody;
    expect(held.applied).toEqual(["title"]);
    expect(held.position.title).toBe("Staff backend engineer");
    expect(designRubric(held.position.rubrics)).toEqual(designRubric(rubricsBefore));
    expect(held.replay).toMatchObject({ status: "running", sampleSize: total });
    expect(held.replay.change.rubrics?.[0]).toEqual(editRubric(rubricsBefore));

    // The in-process dispatcher ran the replay with the request: no stored score moved.
    expect(await snapshotScores(sample.map((row) => row.interviewId))).toEqual(before);
    const reread = await callRoute(position.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    expect(designRubric((reread.body as PositionBody).rubrics)).toEqual(
      designRubric(rubricsBefore),
    );
  }, 120_000);

  it("stores shifts, band changes and impact ratios that match a hand computation", async () => {
    const read = await callRoute(one.GET, {
      token: tenant.token,
      params: { id: tenant.position.id, replayId: held.replay.id },
    });
    const { replay } = read.body as { replay: ScoringReplayView };
    expect(replay.status).toBe("ready");
    const result = replay.result;
    if (!result?.impact) throw new Error("expected a result with impact tables");
    expect(result.interviewCount).toBe(total);
    expect(replay.durationMs).toBeGreaterThanOrEqual(0);
    // One call per answered question, none for the empty ones; the bound is every answer.
    expect(result.scoringCalls).toMatchObject({ made: 40 * 3, limit: total * 3 });

    const proposed = replay.change.rubrics ?? [];
    for (const interview of [sample[0], sample[3]]) {
      if (!interview) throw new Error("expected the sample");
      const expected = await scoreOffline(interview, proposed);
      const row = result.interviews.find((entry) => entry.interviewId === interview.interviewId);
      const oldOverall = Math.round(interview.oldScores.reduce((a, b) => a + b, 0) / 3);
      expect(row).toMatchObject({ oldOverall, newOverall: expected.overallScore });
    }
    // Empty answers score 0: each competency's largest shift is −95, on empty interviews only,
    // and every one of the ten is named under the competencies it was asked.
    const emptyIds = sample.slice(total - emptyCount).map((row) => row.interviewId);
    for (const shift of result.competencies) {
      expect(shift.largestShift).toBe(-95);
      expect(shift.largestShiftInterviewIds.every((id) => emptyIds.includes(id))).toBe(true);
    }
    const named = new Set(result.competencies.flatMap((shift) => shift.largestShiftInterviewIds));
    expect([...named].sort()).toEqual([...emptyIds].sort());
    for (const id of emptyIds) {
      expect(result.interviews.find((row) => row.interviewId === id)).toMatchObject({
        oldOverall: 95,
        newOverall: 0,
        oldBand: "85+",
        newBand: "under 55",
      });
    }
    const changed = result.interviews.filter((row) => row.oldBand !== row.newBand);
    expect(result.bandChanges.count).toBe(changed.length);
    expect(result.bandChanges.count).toBeGreaterThanOrEqual(emptyCount);

    // Before: every woman's 95 is selected (rate 1); after: none (rate 0, ratio 0 when men have any).
    const female = (tables: typeof result.impact.before) =>
      tables.sex.rows.find((row) => row.category === "female");
    expect(female(result.impact.before)).toMatchObject({ applicants: 10, selected: 10 });
    expect(female(result.impact.before)?.selectionRate).toBe(1);
    expect(female(result.impact.after)).toMatchObject({ applicants: 10, selected: 0 });
    const menAfter = sample
      .slice(0, emptyCount)
      .filter(
        (interview) =>
          (result.interviews.find((row) => row.interviewId === interview.interviewId)?.newOverall ??
            0) >= 70,
      ).length;
    expect(result.impact.after.sex.rows.find((row) => row.category === "male")?.selected).toBe(
      menAfter,
    );
    expect(female(result.impact.after)?.impactRatio).toBe(menAfter > 0 ? 0 : null);

    // Kept with the rubric versions it produces, which rubric_versions now holds.
    expect(replay.toRubricVersions).toHaveLength(3);
    expect(replay.toRubricVersions).not.toEqual(replay.fromRubricVersions);
    const kept = await (await getDb())
      .select({ id: rubricVersions.id })
      .from(rubricVersions)
      .where(inArray(rubricVersions.id, replay.toRubricVersions));
    expect(kept).toHaveLength(3);
  });

  it("hides the impact tables from a recruiter, who may still read the replay", async () => {
    const recruiter = await addTeammate(tenant, "recruiter");
    const read = await callRoute(one.GET, {
      token: recruiter.token,
      params: { id: tenant.position.id, replayId: held.replay.id },
    });
    expect(read.status).toBe(200);
    expect((read.body as { replay: ScoringReplayView }).replay.result?.impact).toBeNull();
  });

  it("applies on confirmation, with an audit line, and keeps the replay", async () => {
    const applied = await callRoute(apply.POST, {
      method: "POST",
      token: tenant.token,
      params: { id: tenant.position.id, replayId: held.replay.id },
    });
    expect(applied.status).toBe(200);
    const { replay } = applied.body as { replay: ScoringReplayView };
    expect(replay).toMatchObject({ status: "applied", appliedByUserId: tenant.recruiter.id });
    const read = await callRoute(position.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    expect(designRubric((read.body as PositionBody).rubrics)).toEqual(editRubric(rubricsBefore));
    const audit = await (await getDb())
      .select()
      .from(reviewAudit)
      .where(eq(reviewAudit.companyId, tenant.company.id));
    expect(audit).toEqual([
      expect.objectContaining({
        action: "apply_scoring_change",
        interviewId: null,
        actorUserId: tenant.recruiter.id,
        after: { rubricVersions: replay.toRubricVersions },
      }),
    ]);
    const again = await callRoute(apply.POST, {
      method: "POST",
      token: tenant.token,
      params: { id: tenant.position.id, replayId: held.replay.id },
    });
    expect(again.status).toBe(409);
  });

  it("refuses a replay whose starting rubrics changed since (replay_stale)", async () => {
    const read = await callRoute(position.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    const current = (read.body as PositionBody).rubrics;
    const first = await callRoute(position.PATCH, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { rubrics: [editRubric(current)] },
    });
    const second = await callRoute(replays.POST, {
      method: "POST",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { rubrics: [editRubric([editRubric(current)])] },
    });
    expect([first.status, second.status]).toEqual([202, 202]);
    const firstId = (first.body as HeldBody).replay.id;
    const secondId = (second.body as { replay: ScoringReplayView }).replay.id;
    const applyFirst = await callRoute(apply.POST, {
      method: "POST",
      token: tenant.token,
      params: { id: tenant.position.id, replayId: firstId },
    });
    expect(applyFirst.status).toBe(200);
    const applySecond = await callRoute(apply.POST, {
      method: "POST",
      token: tenant.token,
      params: { id: tenant.position.id, replayId: secondId },
    });
    expect(applySecond.status).toBe(409);
    expect(applySecond.body).toMatchObject({ error: { code: "replay_stale" } });
  }, 120_000);

  it("allows one running replay per position (replay_running), until it is discarded", async () => {
    const db = await getDb();
    const [running] = await db
      .insert(scoringReplays)
      .values({
        companyId: tenant.company.id,
        positionId: tenant.position.id,
        change: { model: "gpt-next" },
        sampleSize: total,
      })
      .returning();
    if (!running) throw new Error("expected a running replay");
    const read = await callRoute(position.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    const patched = await callRoute(position.PATCH, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { rubrics: [editRubric((read.body as PositionBody).rubrics)] },
    });
    expect(patched.status).toBe(409);
    expect(patched.body).toMatchObject({ error: { code: "replay_running" } });
    const posted = await callRoute(replays.POST, {
      method: "POST",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { model: "gpt-other" },
    });
    expect(posted.body).toMatchObject({ error: { code: "replay_running" } });

    const discarded = await callRoute(discard.POST, {
      method: "POST",
      token: tenant.token,
      params: { id: tenant.position.id, replayId: running.id },
    });
    expect(discarded.status).toBe(200);
    // A discarded replay's event finds nothing to run.
    const rerun = await new InngestTestEngine({
      function: replayScoringFunction.inngestFunction,
      events: [scoringReplayRequested.create({ replayId: running.id })],
    }).execute();
    expect(rerun.result).toMatchObject({ skipped: "not running" });
    const list = await callRoute(replays.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    expect((list.body as { replays: ScoringReplayView[] }).replays[0]).toMatchObject({
      id: running.id,
      status: "discarded",
    });
  });
});

describe("a position with evaluated interviews and no rubric change", () => {
  it("applies at once a PATCH that sends back the rubrics it already has", async () => {
    const tenant = await createTenant();
    await createEvaluatedInterview(tenant, { oldScores: [70, 70, 70], secondsAgo: 1 });
    const read = await callRoute(position.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    const patched = await callRoute(position.PATCH, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { title: "Renamed", rubrics: [designRubric((read.body as PositionBody).rubrics)] },
    });
    expect(patched.status).toBe(200);
    expect((patched.body as PositionBody).title).toBe("Renamed");
    const list = await callRoute(replays.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    expect(list.body).toEqual({ replays: [] });
  });
});

describe("a position without evaluated interviews", () => {
  it("applies a rubric change at once, as before", async () => {
    const tenant = await createTenant();
    const read = await callRoute(position.GET, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    const edited = editRubric((read.body as PositionBody).rubrics);
    const patched = await callRoute(position.PATCH, {
      method: "PATCH",
      token: tenant.token,
      params: { id: tenant.position.id },
      json: { rubrics: [edited] },
    });
    expect(patched.status).toBe(200);
    expect(designRubric((patched.body as PositionBody).rubrics)).toEqual(edited);
  });
});

describe("a replay whose scorer keeps failing", () => {
  it("ends failed with a reason for the operator, and the rubric stays as it was", async () => {
    const holder = globalThis as typeof globalThis & { __interviewAi?: AiProvider };
    const deployed = holder.__interviewAi;
    const offline = createOfflineProvider();
    holder.__interviewAi = {
      ...offline,
      evaluateAnswer: async () => {
        throw new Error("the scoring service is unavailable");
      },
    };
    try {
      const tenant = await createTenant();
      await createEvaluatedInterview(tenant, { oldScores: [70, 70, 70], secondsAgo: 1 });
      const patched = await callRoute(position.PATCH, {
        method: "PATCH",
        token: tenant.token,
        params: { id: tenant.position.id },
        json: { rubrics: [editRubric([])] },
      });
      expect(patched.status).toBe(202);
      const { replay } = patched.body as HeldBody;
      const read = await callRoute(one.GET, {
        token: tenant.token,
        params: { id: tenant.position.id, replayId: replay.id },
      });
      const failed = (read.body as { replay: ScoringReplayView }).replay;
      expect(failed).toMatchObject({
        status: "failed",
        error: "Replay failed: the scoring service is unavailable",
        result: null,
      });
      for (const text of replayAnswerTexts) expect(failed.error).not.toContain(text.slice(0, 20));
      const after = await callRoute(position.GET, {
        token: tenant.token,
        params: { id: tenant.position.id },
      });
      expect(designRubric((after.body as PositionBody).rubrics)).toEqual(designRubric([]));
    } finally {
      holder.__interviewAi = deployed;
    }
  }, 30_000);
});
