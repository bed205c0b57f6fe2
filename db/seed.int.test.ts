import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { POST as completeInterview } from "@/app/api/interviews/[id]/complete/route";
import { GET as getQuestions } from "@/app/api/interviews/[id]/questions/route";
import { GET as getReport } from "@/app/api/interviews/[id]/report/route";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import { POST as postTranscripts } from "@/app/api/interviews/[id]/transcripts/route";
import { getDatabase, getDb } from "@/db/client";
import { answerBank } from "@/db/schema";
import { callRoute } from "@/tests/support/call-route";
import { testEnv } from "@/tests/support/test-env";
import { openDatabase } from "./open-database";
import { demoTypedAnswers } from "./seed-data/demo-answers";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");
const tmpDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tmpDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function seed(env: Record<string, string>) {
  const { stdout } = await run("npm", ["run", "-s", "db:seed", "--", "--json"], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return JSON.parse(stdout) as Record<string, unknown> & {
    mode: string;
    interviewId: string;
    inviteToken: string;
    apiToken: string;
    operatorApiToken: string;
    otherCompany: { apiToken: string };
    evaluatedInterviews: { id: string; status: string }[];
    approvedBankAnswers: number;
  };
}

async function newDataDir() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "interview-seed-"));
  tmpDirs.push(dir);
  return path.join(dir, "pglite");
}

describe.runIf(testEnv.TEST_DB_DRIVER === "pg")("npm run db:seed against DATABASE_URL", () => {
  it("prints the JSON contract, reseeds safely, and its tokens read the seeded questions", async () => {
    const { url } = (await getDatabase()) as unknown as { url: string };
    const env = { DATABASE_URL: url };
    const first = await seed(env);
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining([
        "companyId",
        "positionIds",
        "interviewId",
        "inviteUrl",
        "inviteToken",
        "apiToken",
        "operatorApiToken",
        "recruiter",
        "operator",
      ]),
    );
    expect(first.positionIds).toHaveLength(2);
    expect(first.recruiter).toEqual({ email: expect.any(String), password: expect.any(String) });

    const second = await seed(env);
    expect(second.mode).toBe("reset");
    expect(second.questionBank).toMatchObject({ inserted: 0 });

    const params = { id: second.interviewId };
    for (const token of [second.apiToken, second.inviteToken]) {
      const result = await callRoute(getQuestions, { token, params });
      expect(result.status).toBe(200);
      const { questions } = result.body as {
        questions: { id: string; order: number; content: string }[];
      };
      expect(questions.length).toBeGreaterThanOrEqual(5);
      expect(questions.map((q) => q.order)).toEqual(questions.map((_, i) => i + 1));
    }
    expect((await callRoute(getQuestions, { params })).status).toBe(401);
    expect(
      (await callRoute(getQuestions, { token: second.otherCompany.apiToken, params })).status,
    ).toBe(404);
    expect((await callRoute(getQuestions, { token: first.apiToken, params })).status).toBe(401);

    // The other demo candidates went through the offline pipeline to a report.
    expect(second.evaluatedInterviews).toHaveLength(4);
    for (const evaluated of second.evaluatedInterviews) {
      expect(evaluated.status).toBe("evaluated");
      const report = await callRoute(getReport, { token: second.apiToken, params: evaluated });
      expect(report.status).toBe(200);
      // The offline heuristic never gives a hire band.
      expect(report.body).toMatchObject({ report: { recommendation: "needs_review" } });
    }
    // The seed nominates its own candidates' best answers, as a recruiter would from the report.
    expect(second.approvedBankAnswers).toBeGreaterThan(0);

    // The seeded invite, answered with the demo's typed answers and no env configured, ends in a
    // report, and banks nothing by itself: an offline score never does (a recruiter nominates).
    const invite = second.inviteToken;
    const questions = (
      (await callRoute(getQuestions, { token: invite, params })).body as {
        questions: { id: string }[];
      }
    ).questions;
    await callRoute(startInterview, { method: "POST", token: invite, params });
    const segments = questions.map((question, index) => ({
      id: `typed-${index}`,
      questionId: question.id,
      speaker: "candidate",
      text: demoTypedAnswers[index],
      startMs: index * 60_000,
      endMs: index * 60_000 + 50_000,
    }));
    expect(
      (await callRoute(postTranscripts, { token: invite, params, json: { segments } })).status,
    ).toBe(201);
    await callRoute(completeInterview, { method: "POST", token: invite, params });
    const report = await callRoute(getReport, { token: second.apiToken, params });
    expect(report.status).toBe(200);
    expect((report.body as { report: { provider: string } }).report.provider).toBe("offline");
    const db = await getDb();
    const banked = await db
      .select()
      .from(answerBank)
      .where(eq(answerBank.sourceInterviewId, second.interviewId));
    expect(banked).toEqual([]);
  }, 180_000);
});

describe.runIf(testEnv.TEST_DB_DRIVER === "pglite")(
  "npm run db:seed on the embedded database",
  () => {
    it("seeds a fresh folder, then refuses clearly while another process holds it", async () => {
      const dataDir = await newDataDir();
      const first = await seed({ PGLITE_DATA_DIR: dataDir });
      expect(first.mode).toBe("fresh");
      expect(first.questionBank).toMatchObject({ inserted: expect.any(Number) });

      const holder = await openDatabase({ pgliteDataDir: dataDir });
      try {
        const failure = await seed({ PGLITE_DATA_DIR: dataDir }).then(
          () => null,
          (error: { code: number; stderr: string }) => error,
        );
        expect(failure?.code).toBe(1);
        expect(failure?.stderr).toContain(`is in use by process ${process.pid}`);
      } finally {
        await holder.close();
      }

      const again = await seed({ PGLITE_DATA_DIR: dataDir });
      expect(again.mode).toBe("reset");
    }, 90_000);
  },
);
