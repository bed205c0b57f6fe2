import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { interviewQuestions, interviews } from "@/db/schema";
import {
  countInvitationMails,
  countPositionInterviews,
  inviteTaken,
  oneRow,
  postBatch,
  postCsv,
} from "@/tests/support/batch-invite-calls";
import { buildCandidatesCsv, countTakenRows } from "@/tests/support/candidates-csv";
import { countRows } from "@/tests/support/count-rows";
import { addTeammate, createTenant } from "@/tests/support/factories";

// Without a request, the in-process engine runs each follow-up (980 mails sent to the outbox, 980
// question runs) inside the call instead of after the response: minutes on a busy machine.
const followUpsInlineMs = 240_000;

describe("POST /api/interviews/batch with a 1,000-row CSV", () => {
  it("previews the 20 bad rows by row and field, then creates the other 980 with their questions", {
    timeout: followUpsInlineMs,
  }, async () => {
    const tenant = await createTenant();
    const takenEmails = Array.from(
      { length: countTakenRows({ rows: 1000, badCount: 20 }) },
      (_, index) => `taken-${index}@example.com`,
    );
    for (const email of takenEmails) await inviteTaken(tenant, email);
    const { csv, expected } = buildCandidatesCsv({
      rows: 1000,
      badCount: 20,
      tag: "int",
      takenEmails,
    });

    const preview = await postCsv(tenant, csv);
    expect(preview.status).toBe(200);
    const previewed = preview.body as {
      candidates: unknown[];
      readyCount: number;
      problems: { row: number; field: string; code: string }[];
    };
    expect(previewed.candidates).toHaveLength(1000);
    expect(previewed.problems.map(({ row, field, code }) => ({ row, field, code }))).toEqual(
      expected,
    );
    expect(previewed.readyCount).toBe(980);
    expect(await countPositionInterviews(tenant.position.id)).toBe(takenEmails.length);

    const created = await postBatch(tenant, {
      key: "csv-1000",
      json: {
        positionId: tenant.position.id,
        candidates: previewed.candidates,
      },
    });
    expect(created.status).toBe(201);
    const body = created.body as {
      created: { row: number; interviewId: string; inviteUrl: string }[];
      problems: { row: number }[];
    };
    expect(body.created).toHaveLength(980);
    expect(body.problems.map((problem) => problem.row)).toEqual(expected.map((p) => p.row));
    expect(new Set(body.created.map((row) => row.inviteUrl)).size).toBe(980);
    expect(await countPositionInterviews(tenant.position.id)).toBe(980 + takenEmails.length);
    expect(await countInvitationMails(tenant)).toBe(980);

    const [first] = body.created;
    const db = await getDb();
    const [stored] = await db
      .select()
      .from(interviews)
      .where(eq(interviews.id, first?.interviewId ?? ""));
    expect(stored).toMatchObject({
      candidateEmail: "cand-int-1@example.com",
      candidateName: "Candidate 1",
      externalCandidateId: "cand-1",
      externalApplicationId: "app-1",
      status: "invited",
    });
    const [questions] = await db
      .select({ total: count() })
      .from(interviewQuestions)
      .where(eq(interviewQuestions.interviewId, first?.interviewId ?? ""));
    expect(questions?.total).toBe(5);
  });
});

describe("POST /api/interviews/batch rows and callers", () => {
  it("queues no invitation when sendInvitations is false, and still answers each link", async () => {
    const tenant = await createTenant();
    const result = await postBatch(tenant, {
      key: "no-mail",
      json: {
        positionId: tenant.position.id,
        sendInvitations: false,
        candidates: [oneRow()[0], { name: "Grace", email: "grace@example.com" }],
      },
    });
    expect(result.status).toBe(201);
    expect((result.body as { created: { inviteUrl: string }[] }).created).toHaveLength(2);
    expect(await countInvitationMails(tenant)).toBe(0);
  });

  it("creates nothing on a dry run and lists a duplicate for the position", async () => {
    const tenant = await createTenant();
    await inviteTaken(tenant, "taken@example.com");
    const result = await postBatch(tenant, {
      json: {
        positionId: tenant.position.id,
        dryRun: true,
        candidates: [
          { name: "Taken", email: "Taken@Example.com" },
          { name: "Zoned", email: "zoned@example.com", candidateTimeZone: "Mars/Olympus" },
          { name: "Fine", email: "fine@example.com", candidateTimeZone: "Asia/Seoul" },
        ],
      },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      dryRun: true,
      readyCount: 1,
      created: [],
      problems: [
        { row: 1, field: "email", code: "duplicate_for_position" },
        { row: 2, field: "candidateTimeZone", code: "invalid_time_zone" },
      ],
    });
    expect(await countPositionInterviews(tenant.position.id)).toBe(1);
  });

  it("answers 404 for another workspace's position and creates nothing", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const result = await postBatch(tenant, {
      key: "foreign",
      json: { positionId: other.position.id, candidates: oneRow() },
    });
    expect(result.status).toBe(404);
    expect(await countPositionInterviews(other.position.id)).toBe(0);
  });

  it("refuses an evaluator with 403", async () => {
    const tenant = await createTenant();
    const evaluator = await addTeammate(tenant, "evaluator");
    const result = await postBatch(tenant, {
      key: "evaluator",
      token: evaluator.token,
      json: { positionId: tenant.position.id, candidates: oneRow() },
    });
    expect(result.status).toBe(403);
  });

  it("refuses more than 1,000 rows with 422 before reading any", async () => {
    const tenant = await createTenant();
    const before = await countRows(interviews);
    const result = await postBatch(tenant, {
      key: "too-many",
      json: {
        positionId: tenant.position.id,
        candidates: Array.from({ length: 1001 }, (_, i) => ({ name: "A", email: `a${i}@b.co` })),
      },
    });
    expect(result.status).toBe(422);
    expect(await countRows(interviews)).toBe(before);
  });

  it("names a missing required CSV column as a problem and reads no rows", async () => {
    const tenant = await createTenant();
    const result = await postCsv(tenant, "name,resume\nAda,Wrote the first program\n");
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      candidates: [],
      readyCount: 0,
      problems: [{ row: 0, field: "email", code: "missing_column" }],
    });
  });

  it("refuses a file that is not CSV with 422", async () => {
    const tenant = await createTenant();
    const result = await postCsv(tenant, 'name,email\n"Ada,ada@example.com\n');
    expect(result.status).toBe(422);
  });
});
