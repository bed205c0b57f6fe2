// The question's clip in the server's AI voice, authorised by the invite token like every
// candidate call. Not `no-store`: the server lets the browser keep a clip for a day.
import { z } from "zod";
import { CandidateApiError } from "./candidate-api";

const errorCodeSchema = z.object({ error: z.object({ code: z.string() }) });

export async function fetchQuestionSpeech(options: {
  inviteToken: string;
  interviewId: string;
  questionId: string;
}): Promise<Blob> {
  const path = `/api/interviews/${options.interviewId}/questions/${encodeURIComponent(options.questionId)}/speech`;
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${options.inviteToken}` },
  });
  if (!response.ok) {
    const body = errorCodeSchema.safeParse(await response.json().catch(() => null));
    const code = body.success ? body.data.error.code : "http_error";
    throw new CandidateApiError(response.status, code, `The voice is unavailable (${code}).`);
  }
  const clip = await response.blob();
  if (!clip.type.startsWith("audio/")) {
    throw new CandidateApiError(response.status, "not_audio", "The voice answered no audio.");
  }
  return clip;
}
