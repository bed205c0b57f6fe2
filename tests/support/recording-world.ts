// A candidate's browser recording through the API: an interview of a company that records, whose
// candidate agreed, and the calls the page's recorder makes.
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { GET as listQuestions } from "@/app/api/interviews/[id]/questions/route";
import { POST as sendChunk } from "@/app/api/interviews/[id]/recordings/[recordingId]/chunks/[seq]/route";
import { POST as completeRecording } from "@/app/api/interviews/[id]/recordings/[recordingId]/complete/route";
import { POST as consent } from "@/app/api/interviews/[id]/recordings/consent/route";
import { POST as startRecording } from "@/app/api/interviews/[id]/recordings/route";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import { getDb } from "@/db/client";
import { companies } from "@/db/schema";
import { callRoute } from "./call-route";
import { createInvitedInterview, createTenant } from "./factories";

const fixtures = path.join(import.meta.dirname, "../fixtures/recordings");
/** Four 1 s chunks of Chromium's MediaRecorder (audio/webm;codecs=opus). */
export const recordedChunk = (index: number) =>
  fs.readFileSync(path.join(fixtures, `chunk-${index}.webm-part`));

/** A started interview of a company that records, whose candidate agreed (unless told not to). */
export async function setupRecordedInterview(
  options: { recordingMode?: "off" | "audio"; agree?: boolean } = {},
) {
  const tenant = await createTenant();
  const mode = options.recordingMode ?? "audio";
  const db = await getDb();
  await db
    .update(companies)
    .set({ recordingMode: mode })
    .where(eq(companies.id, tenant.company.id));
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 2 });
  const params = { id: interview.id };
  const listed = await callRoute(listQuestions, { token: tenant.token, params });
  const questionIds = (listed.body as { questions: { id: string }[] }).questions.map((q) => q.id);
  await callRoute(startInterview, { method: "POST", token: inviteToken, params });
  if (options.agree ?? true) {
    const agreed = await callRoute(consent, { method: "POST", token: inviteToken, params });
    expect(agreed.status).toBe(200);
  }
  return { tenant, interview, inviteToken, params, questionIds };
}

export type RecordedInterview = Awaited<ReturnType<typeof setupRecordedInterview>>;

export async function startAnswerRecording(world: RecordedInterview, token = world.inviteToken) {
  return callRoute(startRecording, {
    method: "POST",
    token,
    params: world.params,
    json: {
      questionId: world.questionIds[0],
      clockOffsetMs: 5000,
      contentType: "audio/webm;codecs=opus",
    },
  });
}

/** Raw bytes, as the browser's outbox sends them (callRoute sends only text). */
export async function sendRecordingChunk(options: {
  token: string;
  params: Record<string, string>;
  body: Buffer | string;
}) {
  const req = new Request("http://localhost:3000/api/test", {
    method: "POST",
    headers: {
      authorization: `Bearer ${options.token}`,
      "content-type": "application/octet-stream",
    },
    body: typeof options.body === "string" ? options.body : new Uint8Array(options.body),
  });
  const response = await sendChunk(req, { params: Promise.resolve(options.params) });
  const body = (await response.json()) as unknown;
  return { status: response.status, headers: response.headers, body };
}

export async function completeAnswerRecording(world: RecordedInterview, recordingId: string) {
  return callRoute(completeRecording, {
    method: "POST",
    token: world.inviteToken,
    params: { ...world.params, recordingId },
    json: { durationMs: 3300 },
  });
}
