import { describe, expect, it, vi } from "vitest";
import { transcriptSegments } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { GET as listQuestions } from "../questions/route";
import { POST as startInterview } from "../start/route";
import { POST as addSegments } from "./route";

// Before any app module reads its env: small caps, so a test can reach them.
vi.hoisted(() => {
  process.env.MAX_TRANSCRIPT_SEGMENTS_PER_INTERVIEW = "10";
  process.env.MAX_TRANSCRIPT_CHARS_PER_INTERVIEW = "1000";
});

type Segment = {
  id: string;
  questionId: string;
  speaker: string;
  text: string;
  startMs: number;
  endMs: number;
};

const segment = (id: string, questionId: string, text = `Answer part ${id}.`): Segment => ({
  id,
  questionId,
  speaker: "candidate",
  text,
  startMs: 0,
  endMs: 400,
});

async function startedInterview() {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 3 });
  const params = { id: interview.id };
  const listed = await callRoute(listQuestions, { token: tenant.token, params });
  const questionId = (listed.body as { questions: { id: string }[] }).questions[0]?.id ?? "";
  expect(
    (await callRoute(startInterview, { method: "POST", token: inviteToken, params })).status,
  ).toBe(200);
  const post = (segments: Segment[]) =>
    callRoute(addSegments, { method: "POST", token: inviteToken, params, json: { segments } });
  return { questionId, post };
}

describe("POST /api/interviews/{id}/transcripts limits", () => {
  it("refuses an interviewer segment from the candidate with 422, storing nothing", async () => {
    const { questionId, post } = await startedInterview();
    const before = await countRows(transcriptSegments);
    const forged = { ...segment("forged", questionId), speaker: "interviewer" };
    const result = await post([segment("own", questionId), forged]);
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
    expect(await countRows(transcriptSegments)).toBe(before);
  });

  it("refuses the batch that would pass the segment cap with 413, writing none of it", async () => {
    const { questionId, post } = await startedInterview();
    const first = Array.from({ length: 8 }, (_, index) => segment(`a${index}`, questionId));
    expect((await post(first)).status).toBe(201);
    const before = await countRows(transcriptSegments);
    const over = await post([
      segment("b1", questionId),
      segment("b2", questionId),
      segment("b3", questionId),
    ]);
    expect(over.status).toBe(413);
    expect(errorCode(over)).toBe("payload_too_large");
    expect(await countRows(transcriptSegments)).toBe(before);
    // Up to the cap still fits, and a retry of what is stored is not counted twice.
    expect((await post([segment("b1", questionId), segment("b2", questionId)])).status).toBe(201);
    expect((await post(first)).status).toBe(200);
    expect((await post([segment("c1", questionId)])).status).toBe(413);
  });

  it("refuses text past the character cap with 413, writing none of the batch", async () => {
    const { questionId, post } = await startedInterview();
    expect((await post([segment("long", questionId, "x".repeat(900))])).status).toBe(201);
    const before = await countRows(transcriptSegments);
    const over = await post([
      segment("short", questionId, "ok"),
      segment("more", questionId, "y".repeat(99)),
    ]);
    expect(over.status).toBe(413);
    expect(await countRows(transcriptSegments)).toBe(before);
  });

  it("lets only one of two concurrent batches through when together they pass the cap", async () => {
    const { questionId, post } = await startedInterview();
    const batch = (prefix: string) =>
      Array.from({ length: 6 }, (_, index) => segment(`${prefix}${index}`, questionId));
    const results = await Promise.all([post(batch("x")), post(batch("y"))]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 413]);
  });
});
