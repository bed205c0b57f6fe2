import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { speechClipClaims, speechClips } from "@/db/schema";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { hashSpeechClip } from "@/lib/tts/speech-clip-hash";
import { buildFakeSpeechClip } from "@/tests/support/deepgram-fake-speak";
import { createInvitedInterview, createTenant, type Tenant } from "@/tests/support/factories";
import { GET } from "./route";

const fake = await vi.hoisted(async () => {
  const { startDeepgramForApp } = await import("@/tests/support/deepgram-env");
  process.env.DEEPGRAM_TTS_VOICES = "en=aura-2-thalia-en";
  return startDeepgramForApp();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const voice = "aura-2-thalia-en";

/** The route as Next calls it; the body is read as bytes (the shared helper reads text). */
async function requestSpeech(options: { token: string; interviewId: string; questionId: string }) {
  const response = await GET(
    new Request("http://localhost:3000/api/speech", {
      headers: { authorization: `Bearer ${options.token}` },
    }),
    { params: Promise.resolve({ id: options.interviewId, questionId: options.questionId }) },
  );
  const bytes = Buffer.from(await response.arrayBuffer());
  const isJson = response.headers.get("content-type")?.startsWith("application/json");
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    error: isJson ? (JSON.parse(bytes.toString()).error as { code: string }) : null,
  };
}

/** An interview that asks every question of the tenant's bank, so two of them share their texts. */
async function interviewWithAllQuestions(tenant: Tenant) {
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 6 });
  const questions = await listInterviewQuestions({ interviewId: interview.id });
  return { interviewId: interview.id, inviteToken, questions };
}

async function storedClip(text: string) {
  const db = await getDb();
  const [clip] = await db
    .select()
    .from(speechClips)
    .where(eq(speechClips.hash, hashSpeechClip({ voice, text })));
  return clip ?? null;
}

describe("GET /api/interviews/{id}/questions/{questionId}/speech", () => {
  it("synthesises a question once, then serves it from storage to another interview and to the recruiter", async () => {
    const tenant = await createTenant();
    const first = await interviewWithAllQuestions(tenant);
    const question = first.questions[0];
    if (!question) throw new Error("expected a question");
    const expected = buildFakeSpeechClip(question.content);

    const fresh = await requestSpeech({
      ...first,
      token: first.inviteToken,
      questionId: question.id,
    });
    expect(fresh.status).toBe(200);
    expect(fresh.bytes.equals(expected)).toBe(true);
    expect(fresh.headers.get("content-type")).toBe("audio/mpeg");
    expect(fresh.headers.get("cache-control")).toBe("private, max-age=86400");
    const etag = `"${hashSpeechClip({ voice, text: question.content })}"`;
    expect(fresh.headers.get("etag")).toBe(etag);
    expect(fake.speakRequests).toEqual([
      expect.objectContaining({ text: question.content, model: voice, encoding: "mp3" }),
    ]);
    await vi.waitFor(async () => expect(await storedClip(question.content)).not.toBeNull());

    const second = await interviewWithAllQuestions(tenant);
    const same = second.questions.find((candidate) => candidate.content === question.content);
    if (!same) throw new Error("expected the same question in the second interview");
    const fromStorage = await requestSpeech({
      ...second,
      token: second.inviteToken,
      questionId: same.id,
    });
    expect(fromStorage.status).toBe(200);
    expect(fromStorage.bytes.equals(expected)).toBe(true);
    expect(fromStorage.headers.get("content-length")).toBe(String(expected.length));
    expect(fromStorage.headers.get("etag")).toBe(etag);
    const byRecruiter = await requestSpeech({
      ...second,
      token: tenant.token,
      questionId: same.id,
    });
    expect(byRecruiter.status).toBe(200);
    expect(fake.countSpeaks(question.content)).toBe(1);
  });

  it("refuses another interview's question, another candidate and another company's recruiter, calling no one", async () => {
    const tenant = await createTenant();
    const mine = await interviewWithAllQuestions(tenant);
    const theirs = await interviewWithAllQuestions(tenant);
    const stranger = await createTenant();
    const theirQuestionId = theirs.questions[0]?.id ?? "";
    const myQuestionId = mine.questions[0]?.id ?? "";
    const refusals = await Promise.all([
      requestSpeech({ ...mine, token: mine.inviteToken, questionId: theirQuestionId }),
      requestSpeech({ ...theirs, token: mine.inviteToken, questionId: theirQuestionId }),
      requestSpeech({ ...mine, token: stranger.token, questionId: myQuestionId }),
    ]);
    expect(refusals.map((refusal) => [refusal.status, refusal.error?.code])).toEqual([
      [404, "not_found"],
      [404, "not_found"],
      [404, "not_found"],
    ]);
    expect(fake.countSpeaks()).toBe(0);
  });

  it("answers 404 tts_unavailable for a Korean position (Aura-2 has no Korean voice)", async () => {
    const korean = await interviewWithAllQuestions(await createTenant({ language: "ko" }));
    const result = await requestSpeech({
      ...korean,
      token: korean.inviteToken,
      questionId: korean.questions[0]?.id ?? "",
    });
    expect(result.status).toBe(404);
    expect(result.error?.code).toBe("tts_unavailable");
    expect(fake.countSpeaks()).toBe(0);
  });

  it("answers 502 tts_failed when Deepgram refuses, without the key or its body, and stores nothing", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const interview = await interviewWithAllQuestions(await createTenant());
    const question = interview.questions[0];
    if (!question) throw new Error("expected a question");
    fake.failNextSpeaks({ status: 500, times: 2 });
    const result = await requestSpeech({
      ...interview,
      token: interview.inviteToken,
      questionId: question.id,
    });
    expect(result.status).toBe(502);
    expect(result.error?.code).toBe("tts_failed");
    const everything = JSON.stringify([result.bytes.toString(), logged.mock.calls]);
    expect(everything).not.toContain(fake.apiKey);
    expect(everything).not.toContain("Injected failure");
    expect(logged).toHaveBeenCalledWith(
      "[tts] Deepgram speak failed",
      expect.objectContaining({ status: 500 }),
    );
    expect(await storedClip(question.content)).toBeNull();
    logged.mockRestore();
  });

  it("stores nothing when the audio breaks off, and synthesises again on the next request", async () => {
    const interview = await interviewWithAllQuestions(await createTenant());
    const question = interview.questions[0];
    if (!question) throw new Error("expected a question");
    const request = { ...interview, token: interview.inviteToken, questionId: question.id };
    fake.failNextSpeaks();
    await expect(requestSpeech(request)).rejects.toThrow();
    // Give a store that wrongly went ahead the time to land.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await storedClip(question.content)).toBeNull();

    const retried = await requestSpeech(request);
    expect(retried.status).toBe(200);
    expect(retried.bytes.equals(buildFakeSpeechClip(question.content))).toBe(true);
    expect(fake.countSpeaks(question.content)).toBe(2);
    await vi.waitFor(async () => expect(await storedClip(question.content)).not.toBeNull());
  });

  it("makes one Deepgram call for 20 parallel first requests of a clip, and gives all 20 the clip", async () => {
    const interview = await interviewWithAllQuestions(await createTenant());
    const question = interview.questions[0];
    if (!question) throw new Error("expected a question");
    const request = { ...interview, token: interview.inviteToken, questionId: question.id };
    const release = fake.holdSpeaks();
    const responses = Promise.all(Array.from({ length: 20 }, () => requestSpeech(request)));
    await vi.waitFor(() => expect(fake.countSpeaks()).toBeGreaterThanOrEqual(1));
    // Deepgram is held: without one synthesis per clip, the other 19 would be asking it now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    const results = await Promise.all(await responses);
    const expected = buildFakeSpeechClip(question.content);
    expect(results.map((result) => result.status)).toEqual(Array(20).fill(200));
    expect(results.every((result) => result.bytes.equals(expected))).toBe(true);
    expect(fake.countSpeaks(question.content)).toBe(1);
    await vi.waitFor(async () => expect(await storedClip(question.content)).not.toBeNull());
    expect(await claimOf(question.content)).toBeNull();
  });

  it("waits for the clip another instance is synthesising instead of calling Deepgram again", async () => {
    const interview = await interviewWithAllQuestions(await createTenant());
    const question = interview.questions[0];
    if (!question) throw new Error("expected a question");
    const hash = hashSpeechClip({ voice, text: question.content });
    const db = await getDb();
    await db.insert(speechClipClaims).values({ hash });
    const response = requestSpeech({
      ...interview,
      token: interview.inviteToken,
      questionId: question.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The other instance finishes: its clip (shorter here, to tell them apart) and no claim.
    const theirs = buildFakeSpeechClip(question.content, 10);
    await db.insert(speechClips).values({
      hash,
      voice,
      contentType: "audio/mpeg",
      audio: theirs,
      byteLength: theirs.length,
    });
    await db.delete(speechClipClaims).where(eq(speechClipClaims.hash, hash));
    const result = await response;
    expect(result.status).toBe(200);
    expect(result.bytes.equals(theirs)).toBe(true);
    expect(fake.countSpeaks()).toBe(0);
  });

  it("takes over a claim its instance left behind (older than a synthesis can take)", async () => {
    const interview = await interviewWithAllQuestions(await createTenant());
    const question = interview.questions[0];
    if (!question) throw new Error("expected a question");
    const hash = hashSpeechClip({ voice, text: question.content });
    const db = await getDb();
    await db.insert(speechClipClaims).values({ hash, claimedAt: new Date(Date.now() - 3_600_000) });
    const result = await requestSpeech({
      ...interview,
      token: interview.inviteToken,
      questionId: question.id,
    });
    expect(result.status).toBe(200);
    expect(fake.countSpeaks(question.content)).toBe(1);
    await vi.waitFor(async () => expect(await claimOf(question.content)).toBeNull());
  });
});

async function claimOf(text: string) {
  const db = await getDb();
  const [claim] = await db
    .select()
    .from(speechClipClaims)
    .where(eq(speechClipClaims.hash, hashSpeechClip({ voice, text })));
  return claim ?? null;
}
