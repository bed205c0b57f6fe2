import { format } from "node:util";
import { InngestTestEngine } from "@inngest/test";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from "vitest";
import { POST as createInterviewRoute } from "@/app/api/interviews/route";
import { getDb } from "@/db/client";
import { interviews, jobRuns } from "@/db/schema";
import { dispatch } from "@/inngest/dispatch";
import { interviewCompleted } from "@/inngest/events";
import { evaluateInterviewFunction } from "@/inngest/functions/evaluate-interview";
import { createInterview } from "@/lib/db/interviews";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";

// Test-only constraints (this file's own database) make real app queries fail on rows that hold
// the sentinels, so the errors carry them in drizzle's params and in Postgres' failing-row detail.
const routeSentinel = "route-sentinel";
const jobSentinel = "job-sentinel";
const resumeSentinel = "RESUME-SENTINEL Worked at Initech on TPS reports";

let consoleSpies: MockInstance[] = [];

/** Everything the app printed, formatted the way Node prints console arguments. */
function captureConsole(): () => string {
  consoleSpies = (["error", "warn", "info", "log"] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => {}),
  );
  return () =>
    consoleSpies
      .flatMap((spy) => spy.mock.calls.map((args) => format(...(args as unknown[]))))
      .join("\n");
}

beforeAll(async () => {
  const db = await getDb();
  await db.execute(
    sql.raw(
      `alter table interviews add constraint test_route_sentinel_ck check (candidate_email not like '${routeSentinel}%')`,
    ),
  );
  await db.execute(
    sql.raw(
      `alter table interviews add constraint test_job_sentinel_ck check (candidate_email not like '${jobSentinel}%' or status <> 'evaluating') not valid`,
    ),
  );
});

afterEach(() => {
  for (const spy of consoleSpies) spy.mockRestore();
  consoleSpies = [];
});

/** A completed interview whose evaluation fails on its first update, with the sentinels in its row. */
async function createCompletedSentinelInterview() {
  const tenant = await createTenant();
  const email = `${jobSentinel}-${crypto.randomUUID()}@example.com`;
  const { interview } = await createInterview({
    companyId: tenant.company.id,
    createdByUserId: tenant.recruiter.id,
    positionId: tenant.position.id,
    candidateEmail: email,
    candidateName: "Sentinel Candidate",
    resumeText: resumeSentinel,
    questionCount: 2,
    inviteTtlDays: 7,
  });
  const db = await getDb();
  await db.update(interviews).set({ status: "completed" }).where(eq(interviews.id, interview.id));
  return { interview, email };
}

describe("errors in logs and job records", () => {
  it("logs a failed insert in a route by SQLSTATE and constraint, without the candidate's email or résumé", async () => {
    const tenant = await createTenant();
    const printed = captureConsole();
    const email = `${routeSentinel}-${crypto.randomUUID()}@example.com`;
    const response = await callRoute(createInterviewRoute, {
      path: "/api/interviews",
      token: tenant.token,
      json: {
        positionId: tenant.position.id,
        candidateEmail: email,
        candidateName: "Sentinel Candidate",
        resumeText: resumeSentinel,
      },
    });
    expect(response.status).toBe(500);
    const output = printed();
    expect(output).toContain("23514");
    expect(output).toContain("test_route_sentinel_ck");
    expect(output).not.toContain(routeSentinel);
    expect(output).not.toContain("RESUME-SENTINEL");
    expect(JSON.stringify(response.body)).not.toContain(routeSentinel);
  });

  it("records an in-process job that failed on a row by SQLSTATE, with the row's email in neither job_runs nor the log", async () => {
    const { interview } = await createCompletedSentinelInterview();
    const printed = captureConsole();
    await dispatch(interviewCompleted, { interviewId: interview.id });
    const output = printed();

    const db = await getDb();
    const [run] = await db.select().from(jobRuns).where(eq(jobRuns.interviewId, interview.id));
    expect(run).toMatchObject({ status: "failed", engine: "in-process" });
    expect(run?.error).toMatch(/check_violation \(SQLSTATE 23514\).*test_job_sentinel_ck/);
    expect(run?.error).not.toContain(jobSentinel);
    expect(run?.error).not.toContain("RESUME-SENTINEL");
    expect(output).toContain("23514");
    expect(output).not.toContain(jobSentinel);
    expect(output).not.toContain("RESUME-SENTINEL");
    // The failure reason is shown to the recruiter and the candidate.
    const [stored] = await db.select().from(interviews).where(eq(interviews.id, interview.id));
    expect(stored?.failureReason).toContain("23514");
    expect(stored?.failureReason).not.toContain(jobSentinel);
  }, 20_000);

  it("hands Inngest a failed step's error by SQLSTATE, without the row's email or résumé", async () => {
    const { interview } = await createCompletedSentinelInterview();
    const printed = captureConsole();
    const { error } = await new InngestTestEngine({
      function: evaluateInterviewFunction.inngestFunction,
      events: [interviewCompleted.create({ interviewId: interview.id })],
    }).execute();
    const output = printed();

    const sent = JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}));
    expect(sent).toContain("23514");
    expect(sent).not.toContain(jobSentinel);
    expect(sent).not.toContain("RESUME-SENTINEL");
    expect(output).not.toContain(jobSentinel);
  });
});
