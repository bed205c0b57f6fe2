// The candidate's calls for recording answers, authorised by the invite token like the rest.
import { z } from "zod";
import { CandidateApiError } from "./candidate-api";

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const recordingSchema = z.object({ id: z.string(), status: z.string() });

export function createRecordingApi(options: { inviteToken: string; interviewId: string }) {
  const base = `/api/interviews/${options.interviewId}/recordings`;

  async function post(path: string, body: BodyInit | undefined, contentType?: string) {
    const response = await fetch(path, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${options.inviteToken}`,
        ...(contentType ? { "Content-Type": contentType } : {}),
      },
      body,
      cache: "no-store",
    });
    const parsed: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = errorSchema.safeParse(parsed);
      throw new CandidateApiError(
        response.status,
        error.success ? error.data.error.code : "http_error",
        error.success ? error.data.error.message : `The server answered ${response.status}.`,
      );
    }
    return parsed;
  }

  const json = (value: unknown) => JSON.stringify(value);
  return {
    consent: () => post(`${base}/consent`, undefined),
    start: async (input: { questionId: string; clockOffsetMs: number; contentType: string }) =>
      recordingSchema.parse(await post(base, json(input), "application/json")),
    sendChunk: (input: { recordingId: string; seq: number; bytes: Blob }) =>
      post(
        `${base}/${input.recordingId}/chunks/${input.seq}`,
        input.bytes,
        "application/octet-stream",
      ),
    complete: (input: { recordingId: string; durationMs: number }) =>
      post(
        `${base}/${input.recordingId}/complete`,
        json({ durationMs: input.durationMs }),
        "application/json",
      ),
  };
}

export type RecordingApi = ReturnType<typeof createRecordingApi>;
