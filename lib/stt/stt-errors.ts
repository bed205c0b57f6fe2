import "server-only";
import { ApiError } from "@/lib/http/api-error";

export function sttUnavailable(): ApiError {
  return new ApiError({
    code: "stt_unavailable",
    message: "Speech-to-text is off on this server (Deepgram is not configured); type the answer.",
  });
}

/** Deliberately vague: the cause is logged server-side, and nothing about the key reaches the caller. */
export function sttGrantFailed(): ApiError {
  return new ApiError({
    code: "stt_grant_failed",
    message: "Speech-to-text could not start: the transcription service refused or did not answer.",
  });
}
