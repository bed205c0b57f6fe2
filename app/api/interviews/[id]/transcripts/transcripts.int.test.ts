import { describe, expect, it } from "vitest";
import { transcriptSegments } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createInvitedInterview, createTenant, type Tenant } from "@/tests/support/factories";
import { POST as completeInterview } from "../complete/route";
import { PUT as reorderQuestions } from "../questions/order/route";
import { GET as listQuestions } from "../questions/route";
import { POST as startInterview } from "../start/route";
import { POST as addSegments, GET as listSegments } from "./route";

type Segment = {
  id: string;
  questionId: string;
  speaker: "candidate" | "interviewer";
  text: string;
  startMs: number;
  endMs: number;
};

const segment = (id: string, questionId: string, startMs: number): Segment => ({
  id,
  questionId,
  speaker: "candidate",
  text: `Answer part ${id}.`,
  startMs,
  endMs: startMs + 400,
});

/** An invited interview and its question ids in order; started unless told otherwise. */
async function setup(options: { tenant?: Tenant; start?: boolean } = {}) {
  const tenant = options.tenant ?? (await createTenant());
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 3 });
  const params = { id: interview.id };
  const listed = await callRoute(listQuestions, { token: tenant.token, params });
  const questionIds = (listed.body as { questions: { id: string }[] }).questions.map((q) => q.id);
  if (options.start ?? true) {
    const started = await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    expect(started.status).toBe(200);
  }
  return { tenant, interview, inviteToken, params, questionIds };
}

async function post(token: string, params: { id: string }, segments: Segment[]) {
  return callRoute(addSegments, { method: "POST", token, params, json: { segments } });
}

async function list(token: string, params: { id: string }, query = "") {
  const result = await callRoute(listSegments, {
    path: `/api/interviews/${params.id}/transcripts${query}`,
    token,
    params,
  });
  return { ...result, segments: (result.body as { segments?: Segment[] } | null)?.segments };
}

describe("POST /api/interviews/{id}/transcripts", () => {
  it("stores a new batch with 201, and answers a retried batch with 200 as duplicates", async () => {
    const { inviteToken, params, questionIds } = await setup();
    const [q1, q2] = questionIds as [string, string];
    const batch = [segment("seg-1", q1, 0), segment("seg-2", q1, 500), segment("seg-3", q2, 0)];
    const before = await countRows(transcriptSegments);

    const first = await post(inviteToken, params, batch);
    expect(first.status).toBe(201);
    const body = first.body as { stored: string[]; duplicates: string[] };
    expect([...body.stored].sort()).toEqual(["seg-1", "seg-2", "seg-3"]);
    expect(body.duplicates).toEqual([]);
    expect(await countRows(transcriptSegments)).toBe(before + 3);

    const retry = await post(inviteToken, params, batch);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ stored: [], duplicates: ["seg-1", "seg-2", "seg-3"] });
    expect(await countRows(transcriptSegments)).toBe(before + 3);
  });

  it("stores only the new segment of a batch that mixes a new id with a stored one", async () => {
    const { inviteToken, params, questionIds } = await setup();
    const q1 = questionIds[0] as string;
    expect((await post(inviteToken, params, [segment("old", q1, 0)])).status).toBe(201);
    const before = await countRows(transcriptSegments);
    const changedOld = { ...segment("old", q1, 0), text: "A rewritten text is not stored." };
    const mixed = await post(inviteToken, params, [changedOld, segment("new", q1, 800)]);
    expect(mixed.status).toBe(201);
    expect(mixed.body).toEqual({ stored: ["new"], duplicates: ["old"] });
    expect(await countRows(transcriptSegments)).toBe(before + 1);
    const { segments } = await list(inviteToken, params);
    expect(segments?.map((s) => [s.id, s.text])).toEqual([
      ["old", "Answer part old."],
      ["new", "Answer part new."],
    ]);
  });

  it("refuses segments with 409 before the start and after the completion", async () => {
    const { inviteToken, params, questionIds } = await setup({ start: false });
    const q1 = questionIds[0] as string;
    const before = await countRows(transcriptSegments);
    const early = await post(inviteToken, params, [segment("early", q1, 0)]);
    expect(early.status).toBe(409);
    expect(errorCode(early)).toBe("conflict");

    await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    const done = await callRoute(completeInterview, { method: "POST", token: inviteToken, params });
    expect(done.status).toBe(200);
    const late = await post(inviteToken, params, [segment("late", q1, 0)]);
    expect(late.status).toBe(409);
    expect(errorCode(late)).toBe("conflict");
    expect(await countRows(transcriptSegments)).toBe(before);
  });

  it("refuses a recruiter with 403", async () => {
    const { tenant, params, questionIds } = await setup();
    const before = await countRows(transcriptSegments);
    const result = await post(tenant.token, params, [segment("r", questionIds[0] as string, 0)]);
    expect(result.status).toBe(403);
    expect(errorCode(result)).toBe("forbidden");
    expect(await countRows(transcriptSegments)).toBe(before);
  });

  it.each([
    [
      "a question of another interview",
      (q: string, foreign: string) => ({
        json: { segments: [segment("a", q, 0), segment("b", foreign, 0)] },
      }),
      422,
    ],
    [
      "endMs before startMs",
      (q: string) => ({
        json: { segments: [{ ...segment("a", q, 1000), endMs: 999 }] },
      }),
      422,
    ],
    [
      "a duplicated id in one batch",
      (q: string) => ({
        json: { segments: [segment("a", q, 0), segment("a", q, 500)] },
      }),
      422,
    ],
    [
      "more than 200 segments",
      (q: string) => ({
        json: { segments: Array.from({ length: 201 }, (_, i) => segment(`s${i}`, q, i * 10)) },
      }),
      422,
    ],
    ["an empty list", () => ({ json: { segments: [] } }), 422],
    [
      "malformed JSON",
      () => ({
        body: '{"segments": [',
        headers: { "content-type": "application/json" },
      }),
      400,
    ],
  ])("answers %s with a JSON error and writes nothing", async (_label, build, status) => {
    const tenant = await createTenant();
    const { inviteToken, params, questionIds } = await setup({ tenant });
    const foreign = (await setup({ tenant, start: false })).questionIds[0] as string;
    const before = await countRows(transcriptSegments);
    const request = build(questionIds[0] as string, foreign);
    const result = await callRoute(addSegments, {
      method: "POST",
      token: inviteToken,
      params,
      ...request,
    });
    expect(result.status).toBe(status);
    expect(errorCode(result)).toBeDefined();
    expect(await countRows(transcriptSegments)).toBe(before);
  });
});

describe("GET /api/interviews/{id}/transcripts", () => {
  it("lists segments in question order, then by start time, to the recruiter and the candidate", async () => {
    const { tenant, inviteToken, params, questionIds } = await setup({ start: false });
    const [q1, q2, q3] = questionIds as [string, string, string];
    // The question order, not creation order, must rule: ask q3 first, then q1, then q2.
    const reordered = await callRoute(reorderQuestions, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { questionIds: [q3, q1, q2] },
    });
    expect(reordered.status).toBe(200);
    await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    const stored = await post(inviteToken, params, [
      segment("q1-late", q1, 900),
      segment("q2-only", q2, 0),
      segment("q3-late", q3, 700),
      segment("q1-early", q1, 100),
      segment("q3-early", q3, 50),
    ]);
    expect(stored.status).toBe(201);

    const expected = ["q3-early", "q3-late", "q1-early", "q1-late", "q2-only"];
    for (const token of [tenant.token, inviteToken]) {
      const result = await list(token, params);
      expect(result.status).toBe(200);
      expect(result.segments?.map((s) => s.id)).toEqual(expected);
    }
    const { segments } = await list(tenant.token, params);
    expect(segments?.[0]).toMatchObject({
      id: "q3-early",
      questionId: q3,
      speaker: "candidate",
      text: "Answer part q3-early.",
      startMs: 50,
      endMs: 450,
    });
  });

  it("filters by ?questionId= and refuses a malformed one with 422", async () => {
    const { tenant, inviteToken, params, questionIds } = await setup();
    const [q1, q2] = questionIds as [string, string];
    await post(inviteToken, params, [
      segment("a", q1, 0),
      segment("b", q2, 0),
      segment("c", q2, 300),
    ]);
    const filtered = await list(tenant.token, params, `?questionId=${q2}`);
    expect(filtered.status).toBe(200);
    expect(filtered.segments?.map((s) => s.id)).toEqual(["b", "c"]);
    expect(filtered.segments?.every((s) => s.questionId === q2)).toBe(true);

    const bad = await list(tenant.token, params, "?questionId=nope");
    expect(bad.status).toBe(422);
    expect(errorCode(bad)).toBe("unprocessable_entity");
  });
});
