import { after } from "next/server";
import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { getPosition } from "@/lib/db/positions";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getQuestionSpeech } from "@/lib/tts/get-question-speech";
import { getSpeechVoice } from "@/lib/tts/get-speech-voice";
import { ttsUnavailable } from "@/lib/tts/tts-errors";

// GET /api/interviews/{id}/questions/{questionId}/speech – the question read aloud by the
// position language's Aura-2 voice: synthesised once per (voice, text), then served from storage
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["candidate", "interview:read"],
  });
  const questionId = uuidParam(params, { name: "questionId", entity: "Question" });
  const questions = await listInterviewQuestionsCached(interviewId);
  const question = questions.find((candidate) => candidate.id === questionId);
  if (!question) throw notFound("Question");
  const position = await getPosition({ id: interview.positionId, companyId: interview.companyId });
  const voice = position ? getSpeechVoice(position.language) : null;
  if (!voice) throw ttsUnavailable();

  const speech = await getQuestionSpeech({ voice, text: question.content });
  if (speech.stored) keepRunningAfterResponse(speech.stored);
  const headers = new Headers({
    "Content-Type": speech.contentType,
    // The clip for this text never changes; a reworded question has another hash.
    "Cache-Control": "private, max-age=86400",
    ETag: `"${speech.hash}"`,
  });
  if (speech.byteLength !== null) headers.set("Content-Length", String(speech.byteLength));
  return new Response(speech.body, { headers });
});

/** Serverless hosts may freeze once the response ends: `after` holds them until the clip is stored. */
function keepRunningAfterResponse(work: Promise<void>) {
  try {
    after(work);
  } catch {
    // Outside a Next request (route tests) there is nothing to hold open; the work runs on.
  }
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
