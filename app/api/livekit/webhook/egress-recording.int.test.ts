// The LiveKit Egress path end to end on our side: signed webhooks in, Twirp calls out to a fake of
// LiveKit's API, the recording row linked to its interview, and each answer found in the file.
import { and, eq } from "drizzle-orm";
import { EgressStatus } from "livekit-server-sdk";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { companies, interviews, recordings } from "@/db/schema";
import { listTranscriptSegments } from "@/lib/db/transcripts";
import { locateAnswersInEgressFile } from "@/lib/media/egress-answer-offsets";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createTenant, type Tenant } from "@/tests/support/factories";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";
import {
  egressEventBody,
  signWebhookBody,
  trackPublishedBody,
} from "@/tests/support/livekit-twirp-fake-webhook";
import { POST as completeInterview } from "../../interviews/[id]/complete/route";
import { POST as postErase } from "../../interviews/[id]/erase/route";
import { POST as postTranscripts } from "../../interviews/[id]/transcripts/route";
import { POST as postWebhook } from "./route";

// LiveKit and the bucket point at fakes before any app module reads its env. LiveKit's egress
// uploads to the bucket; here the test puts the "uploaded" file there itself.
const livekit = await vi.hoisted(async () => {
  const { startLivekitTwirpFake } = await import("@/tests/support/livekit-twirp-fake");
  const { startS3FakeServer } = await import("@/tests/support/s3-fake-server");
  const apiKey = "APIegresstest";
  const apiSecret = `egress-secret-${"y".repeat(32)}`;
  const fake = await startLivekitTwirpFake({ apiKey, apiSecret });
  const bucket = await startS3FakeServer({
    bucket: "interview-recordings",
    accessKeyId: "egress-access-key",
  });
  process.env.LIVEKIT_URL = fake.url;
  process.env.LIVEKIT_API_KEY = apiKey;
  process.env.LIVEKIT_API_SECRET = apiSecret;
  process.env.RECORDINGS_S3_BUCKET = "interview-recordings";
  process.env.RECORDINGS_S3_REGION = "eu-central-1";
  process.env.RECORDINGS_S3_ENDPOINT = bucket.endpoint;
  process.env.RECORDINGS_S3_ACCESS_KEY_ID = "egress-access-key";
  process.env.RECORDINGS_S3_SECRET_ACCESS_KEY = "egress-secret-key";
  process.env.RECORDINGS_S3_FORCE_PATH_STYLE = "true";
  return { fake, bucket, apiKey, apiSecret };
});

async function deliver(body: string, options: { secret?: string; authorization?: string } = {}) {
  const authorization =
    options.authorization ??
    (await signWebhookBody({
      body,
      apiKey: livekit.apiKey,
      apiSecret: options.secret ?? livekit.apiSecret,
    }));
  return callRoute(postWebhook, {
    method: "POST",
    path: "/api/livekit/webhook",
    body,
    headers: { "content-type": "application/webhook+json", authorization },
  });
}

async function egressRows(interviewId: string) {
  const db = await getDb();
  return db
    .select()
    .from(recordings)
    .where(and(eq(recordings.interviewId, interviewId), eq(recordings.source, "egress")));
}

/** An interview in progress whose company records and whose candidate agreed. */
async function startRecordedInterview(tenant: Tenant, options: { hasConsent: boolean }) {
  const started = await startInterviewThroughApi(tenant, { questionCount: 2 });
  const db = await getDb();
  if (options.hasConsent) {
    await db
      .update(interviews)
      .set({ recordingConsentedAt: new Date() })
      .where(eq(interviews.id, started.id));
  }
  const [row] = await db.select().from(interviews).where(eq(interviews.id, started.id));
  return { ...started, startedAt: row?.startedAt ?? new Date() };
}

const published = (interviewId: string, trackSid = "TR_mic1") =>
  trackPublishedBody({
    roomName: `interview-${interviewId}`,
    identity: `candidate-${interviewId}`,
    trackSid,
  });

let tenant: Tenant;
beforeAll(async () => {
  tenant = await createTenant();
  const db = await getDb();
  await db
    .update(companies)
    .set({ recordingMode: "audio" })
    .where(eq(companies.id, tenant.company.id));
});
afterAll(async () => {
  await livekit.fake.close();
  await livekit.bucket.close();
});

describe("POST /api/livekit/webhook", () => {
  it("refuses a forged, altered or unsigned webhook with 401 and starts nothing", async () => {
    const interview = await startRecordedInterview(tenant, { hasConsent: true });
    const body = published(interview.id);
    const forged = await deliver(body, { secret: `wrong-secret-${"z".repeat(32)}` });
    const signedForOther = await signWebhookBody({
      body: published(interview.id, "TR_other"),
      apiKey: livekit.apiKey,
      apiSecret: livekit.apiSecret,
    });
    const altered = await deliver(body, { authorization: signedForOther });
    const unsigned = await deliver(body, { authorization: "" });
    for (const result of [forged, altered, unsigned]) {
      expect(result.status).toBe(401);
      expect(errorCode(result)).toBe("unauthorized");
    }
    expect(await egressRows(interview.id)).toEqual([]);
    expect(
      [...livekit.fake.egresses.values()].some((e) => e.request.roomName.endsWith(interview.id)),
    ).toBe(false);
  });

  it("refuses a body over the size cap with 413", async () => {
    const result = await deliver(`{"event":"${"x".repeat(70 * 1024)}"}`);
    expect(result.status).toBe(413);
  });

  it("records nothing when the candidate did not agree to be recorded", async () => {
    const interview = await startRecordedInterview(tenant, { hasConsent: false });
    expect((await deliver(published(interview.id))).status).toBe(204);
    expect(await egressRows(interview.id)).toEqual([]);
  });

  it("starts one egress of the candidate's microphone per interview, however often LiveKit delivers", async () => {
    const interview = await startRecordedInterview(tenant, { hasConsent: true });
    const body = published(interview.id);
    const first = await deliver(body);
    // A retry and a concurrent duplicate of the same delivery.
    const again = await Promise.all([deliver(body), deliver(body)]);
    expect([first, ...again].map((result) => result.status)).toEqual([204, 204, 204]);

    const started = [...livekit.fake.egresses.values()].filter(
      (egress) => egress.request.roomName === `interview-${interview.id}`,
    );
    expect(started).toHaveLength(1);
    const request = started[0]?.request;
    expect(request?.trackId).toBe("TR_mic1");
    expect(request?.output.case).toBe("file");
    const file = request?.output.case === "file" ? request.output.value : undefined;
    expect(file?.filepath).toBe(`recordings/${interview.id}/egress-TR_mic1.ogg`);
    expect(file?.output.case).toBe("s3");
    expect(file?.output.value).toMatchObject({
      bucket: "interview-recordings",
      region: "eu-central-1",
      endpoint: livekit.bucket.endpoint,
      forcePathStyle: true,
      accessKey: "egress-access-key",
      secret: "egress-secret-key",
    });
    expect(livekit.fake.calls.every((call) => call.isAuthorized)).toBe(true);

    const [row] = await egressRows(interview.id);
    expect(row).toMatchObject({
      source: "egress",
      questionId: null,
      status: "recording",
      egressId: started[0]?.info.egressId,
      storageKey: file?.filepath,
      contentType: "audio/ogg",
    });
  });

  it("gives the claim back when LiveKit cannot start the egress, so its retry starts it", async () => {
    const interview = await startRecordedInterview(tenant, { hasConsent: true });
    livekit.fake.failNextStart();
    const failed = await deliver(published(interview.id));
    expect(failed.status).toBe(500);
    expect(await egressRows(interview.id)).toEqual([]);
    expect((await deliver(published(interview.id))).status).toBe(204);
    expect(await egressRows(interview.id)).toHaveLength(1);
  });

  it("stops the egress at completion and links the uploaded file with each answer's offsets", async () => {
    const interview = await startRecordedInterview(tenant, { hasConsent: true });
    expect((await deliver(published(interview.id, "TR_mic2"))).status).toBe(204);
    const [claimed] = await egressRows(interview.id);
    const egressId = claimed?.egressId ?? "";
    const [first, second] = interview.questions;
    const segments = [
      {
        id: "a1",
        questionId: first?.id,
        speaker: "candidate",
        text: "First.",
        startMs: 9_000,
        endMs: 14_000,
      },
      {
        id: "a2",
        questionId: first?.id,
        speaker: "candidate",
        text: "More.",
        startMs: 14_500,
        endMs: 20_000,
      },
      {
        id: "b1",
        questionId: second?.id,
        speaker: "candidate",
        text: "Second.",
        startMs: 41_000,
        endMs: 52_500,
      },
    ];
    const posted = await callRoute(postTranscripts, {
      token: interview.invite,
      params: interview.params,
      json: { segments },
    });
    expect(posted.status).toBeLessThan(300);

    const completed = await callRoute(completeInterview, {
      method: "POST",
      token: interview.invite,
      params: interview.params,
    });
    expect(completed.status).toBe(200);
    const stops = livekit.fake.calls.filter((call) => call.method === "StopEgress");
    expect(stops.length).toBeGreaterThanOrEqual(1);
    expect(livekit.fake.egresses.get(egressId)?.info.status).toBe(EgressStatus.EGRESS_ENDING);

    // LiveKit's report: the file began 3.5 s into the interview and holds 60 s.
    const info = livekit.fake.endEgress(egressId, {
      startedAtMs: interview.startedAt.getTime() + 3_500,
      durationMs: 60_000,
      size: 480_000,
    });
    const ended = egressEventBody("egress_ended", info);
    expect((await deliver(ended)).status).toBe(204);
    // A second delivery of the end changes nothing.
    expect((await deliver(ended)).status).toBe(204);

    const [row] = await egressRows(interview.id);
    expect(row).toMatchObject({
      status: "ready",
      byteLength: 480_000,
      durationMs: 60_000,
      clockOffsetMs: 3_500,
    });
    expect(row?.completedAt).toBeInstanceOf(Date);

    const stored = await listTranscriptSegments({ interviewId: interview.id });
    const windows = locateAnswersInEgressFile({
      segments: stored.filter((segment) => segment.speaker === "candidate"),
      clockOffsetMs: row?.clockOffsetMs ?? 0,
    });
    expect(windows).toEqual([
      { questionId: first?.id, startMs: 5_500, endMs: 16_500 },
      { questionId: second?.id, startMs: 37_500, endMs: 49_000 },
    ]);
  });

  it("completes normally when LiveKit ended the egress before the stop", async () => {
    const interview = await startRecordedInterview(tenant, { hasConsent: true });
    expect((await deliver(published(interview.id, "TR_mic3"))).status).toBe(204);
    const [claimed] = await egressRows(interview.id);
    // The candidate left: LiveKit ended the egress, its egress_ended webhook is still on the way.
    livekit.fake.endEgress(claimed?.egressId ?? "", {
      startedAtMs: Date.now(),
      durationMs: 1_000,
      size: 100,
    });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const stopsBefore = livekit.fake.calls.filter((call) => call.method === "StopEgress").length;
    const completed = await callRoute(completeInterview, {
      method: "POST",
      token: interview.invite,
      params: interview.params,
    });
    const stopsAfter = livekit.fake.calls.filter((call) => call.method === "StopEgress").length;
    expect(completed.status).toBe(200);
    expect(stopsAfter - stopsBefore).toBe(1);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("deletes the file LiveKit uploads after its interview was erased, and only that one", async () => {
    const interview = await startRecordedInterview(tenant, { hasConsent: true });
    expect((await deliver(published(interview.id, "TR_mic9"))).status).toBe(204);
    const [claimed] = await egressRows(interview.id);
    const egressId = claimed?.egressId ?? "";
    const erased = await callRoute(postErase, {
      method: "POST",
      token: tenant.token,
      params: interview.params,
      json: { confirm: interview.id },
    });
    expect(erased.status).toBe(200);
    expect(livekit.fake.egresses.get(egressId)?.info.status).toBe(EgressStatus.EGRESS_ENDING);

    // The stopped egress uploads its last file after the erase, then reports it.
    const key = claimed?.storageKey ?? "";
    const other = `recordings/${crypto.randomUUID()}/egress-TR_other.ogg`;
    for (const stored of [key, other]) {
      livekit.bucket.objects.set(stored, { body: Buffer.from("ogg"), contentType: "audio/ogg" });
    }
    const info = livekit.fake.endEgress(egressId, {
      startedAtMs: Date.now(),
      durationMs: 1_000,
      size: 3,
    });
    expect((await deliver(egressEventBody("egress_ended", info))).status).toBe(204);
    expect(livekit.bucket.objects.has(key)).toBe(false);
    // A file of an egress we know nothing about is never touched.
    expect(livekit.bucket.objects.has(other)).toBe(true);
  });
});
