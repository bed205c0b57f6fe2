import { z } from "zod";
import type { OperationSpec } from "../operation-spec";
import { interviewIdParams, uuidPathParam } from "../path-params";

export const questionSpeechOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/interviews/{id}/questions/{questionId}/speech",
    summary: "The question read aloud by the AI interviewer's voice (Deepgram Aura-2)",
    description:
      "The voice is the one DEEPGRAM_TTS_VOICES names for the position's language. Each (voice, text) is synthesised once, streamed while Deepgram produces it, and stored in `speech_clips`; every later request, from any interview, is served from there. `ETag` is the clip's hash and `Cache-Control: private, max-age=86400`; `Content-Length` is sent when the clip comes from storage.",
    tag: "Interview session",
    access: { member: "interview:read", orCandidate: true },
    pathParams: { ...interviewIdParams, questionId: uuidPathParam("question") },
    success: {
      status: 200,
      description: "The audio.",
      mediaType: "audio/mpeg",
      schema: z.string().meta({ format: "binary", description: "MP3 audio." }),
    },
    errors: {
      404: "`not_found`: no such interview or question (or another company's); or `tts_unavailable`: no AI voice applies (Deepgram is not configured, or Aura-2 has no voice for the position's language, e.g. Korean), so the page reads the question with the browser's speech synthesis.",
      502: "`tts_failed`: Deepgram refused or broke off; nothing is stored, and the next request tries again.",
    },
  },
];
