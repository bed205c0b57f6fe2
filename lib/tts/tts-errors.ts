import "server-only";
import { ApiError } from "@/lib/http/api-error";

/** 404, not 503: nothing is broken, this question simply has no server voice; the page reads it. */
export function ttsUnavailable(): ApiError {
  return new ApiError({
    code: "tts_unavailable",
    message:
      "No AI voice for this question (Deepgram is not configured, or Aura-2 has no voice for the position's language); the browser reads it aloud.",
  });
}

/** Deliberately vague: the cause is logged server-side, and nothing about the key reaches the caller. */
export function ttsFailed(): ApiError {
  return new ApiError({
    code: "tts_failed",
    message: "The voice service refused or did not answer; the browser reads the question instead.",
  });
}
